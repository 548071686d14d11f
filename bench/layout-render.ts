/**
 * Renders a layout to SVG (and PNG when ImageMagick is present) so it can be looked at:
 *   node bin/run-ts.mjs bench/layout-render.ts [default [seed] | synthetic N [seed] | file PATH [seed]]
 * Output in bench/out/ (not committed).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { buildGraph, type AtlasGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality, type LayoutResult } from "../src/layout/index.ts";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { importFiles } from "../src/import/index.ts";
import { collect } from "../src/identity/index.ts";
import { defaultDataset, syntheticDataset } from "./layout-fixtures.ts";

const [which = "default", sizeArg = "2000", seedArg = "1"] = process.argv.slice(2);
const collection =
  which === "default" ? defaultDataset()
  : which === "file" ? collect(importFiles([{ name: basename(sizeArg), text: readFileSync(sizeArg, "utf8") }]), {})
  : syntheticDataset(Number(sizeArg));
const seed = which === "default" ? Number(sizeArg === "2000" ? seedArg : sizeArg) : Number(seedArg);
const graph = buildGraph(collection);
const start = performance.now();
const result = layoutGraph(graph, { seed });
const ms = performance.now() - start;
console.log(`${which}: ${graph.order} nodes, ${graph.size} edges, ${result.satellites.length} satellites; ` +
  `${result.iterations} iterations, converged ${result.converged}, overlap-free ${result.overlapFree}, ` +
  `${ms.toFixed(0)} ms, quality ${layoutQuality(graph, result.positions).toFixed(4)}`);

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
function svg(graph: AtlasGraph, result: LayoutResult, labels: boolean): string {
  const sat = new Set(result.satellites);
  const xs = Object.values(result.positions).map((p) => p[0]);
  const ys = Object.values(result.positions).map((p) => p[1]);
  const minX = Math.min(...xs) - 1, maxX = Math.max(...xs) + 3, minY = Math.min(...ys) - 1, maxY = Math.max(...ys) + 1;
  const scale = 1400 / Math.max(maxX - minX, maxY - minY);
  const X = (x: number) => ((x - minX) * scale).toFixed(1);
  const Y = (y: number) => ((y - minY) * scale).toFixed(1);
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${((maxX - minX) * scale).toFixed(0)}" height="${((maxY - minY) * scale).toFixed(0)}"><rect width="100%" height="100%" fill="white"/>`];
  graph.forEachEdge((_e, _a, s, t) => {
    const [a, b] = [result.positions[s], result.positions[t]];
    const faint = sat.has(s) || sat.has(t);
    out.push(`<line x1="${X(a[0])}" y1="${Y(a[1])}" x2="${X(b[0])}" y2="${Y(b[1])}" stroke="${faint ? "#e8e8e8" : "#999"}" stroke-width="${faint ? 0.3 : 1}"/>`);
  });
  graph.forEachNode((node, attributes) => {
    const [x, y] = result.positions[node];
    const r = result.radii[node] * scale;
    const fill = sat.has(node) ? "#56b4e9" : attributes.kind === "paper" ? "#e69f00" : "#0072b2";
    out.push(`<circle cx="${X(x)}" cy="${Y(y)}" r="${r.toFixed(1)}" fill="${fill}"/>`);
    if (labels && !sat.has(node)) out.push(`<text x="${(Number(X(x)) + r + 2).toFixed(1)}" y="${(Number(Y(y)) + 4).toFixed(1)}" font-size="12" font-family="sans-serif">${escape(attributes.label.slice(0, 30))}</text>`);
  });
  out.push("</svg>");
  return out.join("\n");
}

mkdirSync("bench/out", { recursive: true });
const base = `bench/out/layout-${which}${which === "default" ? "" : "-" + basename(sizeArg)}-seed${seed}`;
writeFileSync(base + ".svg", svg(graph, result, graph.order < 1000));
try {
  execFileSync("convert", [base + ".svg", base + ".png"]);
  console.log("wrote", base + ".png");
} catch {
  console.log("wrote", base + ".svg (no ImageMagick for PNG)");
}
