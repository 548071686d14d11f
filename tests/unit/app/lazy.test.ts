/**
 * The first chunk stays lean: the app entry's static imports (type-only ones excluded) must not
 * reach the build pipeline, the importers, the export writers or the search index; those load on
 * demand with import(). Also: constants copied to keep heavy modules out still equal the originals.
 */
import { readFileSync, existsSync } from "node:fs";
import { dirname, resolve, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT_SEED } from "../../../src/app/layout-seed.ts";
import { DEFAULT_LAYOUT_SEED as BUILD_SEED } from "../../../src/dataset/build.ts";
import { MAX_EXPORT_WIDTH } from "../../../src/export/svg.ts";
import { PNG_WIDTHS } from "../../../src/panels/export-menu.ts";

const ROOT = resolve(import.meta.dirname, "../../..");

/** Every module the entry reaches through static value imports: path → the module that imported it first. */
function staticImports(entry: string): Map<string, string | undefined> {
  const seen = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+["']([^"']+)["']/gms)) {
      const specifier = match[1];
      const dependency = specifier.startsWith(".") ? resolve(dirname(file), specifier) : `npm:${specifier}`;
      if (seen.has(dependency) || (specifier.startsWith(".") && !existsSync(dependency))) continue;
      seen.set(dependency, file);
      if (!dependency.startsWith("npm:")) queue.push(dependency);
    }
  }
  return seen;
}

function chain(seen: Map<string, string | undefined>, module: string): string {
  const path: string[] = [];
  for (let at: string | undefined = module; at; at = seen.get(at)) path.unshift(at.startsWith("npm:") ? at : relative(ROOT, at));
  return path.join(" → ");
}

describe("the app's first chunk", () => {
  const seen = staticImports(resolve(ROOT, "src/app/main.ts"));

  it("reaches the view, the panels and sigma", () => {
    expect(seen.has(resolve(ROOT, "src/view/graph-view.ts"))).toBe(true);
    expect(seen.has("npm:sigma")).toBe(true);
  });

  it.each([
    ["the build pipeline", /src\/dataset\/build\.ts$/],
    ["the importers", /src\/import\/(?!normalize)/],
    ["identity", /src\/identity\//],
    ["the export writers", /src\/export\//],
    ["the layout forces", /src\/layout\/(?!satellites)/],
    ["the search index (MiniSearch)", /search-index\.ts$|npm:minisearch/],
    ["the CSV and XML parsers", /npm:(papaparse|fast-xml-parser)/],
  ])("does not import %s statically", (_what, pattern) => {
    const found = [...seen.keys()].filter((module) => pattern.test(module));
    expect(found.map((module) => chain(seen, module))).toEqual([]);
  });
});

describe("constants kept beside the code that loads late", () => {
  it("are the originals' values", () => {
    expect(DEFAULT_LAYOUT_SEED).toBe(BUILD_SEED);
    expect(PNG_WIDTHS[PNG_WIDTHS.length - 1]).toBe(MAX_EXPORT_WIDTH);
  });
});
