/** The default dataset (data/ramasesh.bib, laid out with seed 1 like `build`), built once per test file. */
import { readFileSync } from "node:fs";
import { buildAtlas } from "../../../src/dataset/index.ts";
import type { AtlasFile } from "../../../src/model/types.ts";

export const DEFAULT_BIB = "data/ramasesh.bib";
let cached: AtlasFile | undefined;

export function defaultAtlas(): AtlasFile {
  cached ??= buildAtlas([{ name: DEFAULT_BIB, text: readFileSync(DEFAULT_BIB, "utf8") }], { layout: true });
  return cached;
}
