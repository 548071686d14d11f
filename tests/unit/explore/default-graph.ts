/** The default dataset's graph (data/ramasesh.bib through import + identity), without a layout. */
import { readFileSync } from "node:fs";
import { collect } from "../../../src/identity/index.ts";
import { importFile } from "../../../src/import/index.ts";
import { buildGraph, type AtlasGraph } from "../../../src/graph/build.ts";

let cached: { graph: AtlasGraph; focalPersonId?: string } | undefined;

export function defaultGraph(): { graph: AtlasGraph; focalPersonId?: string } {
  if (cached) return cached;
  const BIB = "data/ramasesh.bib";
  const collection = collect([importFile({ name: BIB, text: readFileSync(BIB, "utf8") })]);
  cached = { graph: buildGraph(collection), focalPersonId: collection.focalPersonId };
  return cached;
}
