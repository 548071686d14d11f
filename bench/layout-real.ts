/**
 * Layout variants on real inputs through the real pipeline (import → identity → graph):
 *   node bin/run-ts.mjs bench/layout-real.ts FILE… [--render]
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { importFiles } from "../src/import/index.ts";
import { collect } from "../src/identity/index.ts";
import { buildGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality, type LayoutOptions } from "../src/layout/index.ts";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const collection = collect(importFiles(files.map((f) => ({ name: basename(f), text: readFileSync(f, "utf8") }))), {});
const graph = buildGraph(collection);
let leaves = 0;
graph.forEachNode((node, attributes) => {
  if (attributes.kind === "author" && graph.degree(node) === 1) leaves++;
});
console.log(`${files.map((f) => basename(f)).join(", ")}: ${collection.papers.length} papers, ${collection.people.length} people, ${graph.order} nodes, ${graph.size} edges, ${leaves} one-paper authors`);
const variants: [string, LayoutOptions][] = [
  ["default", {}],
  ["leaves force", { leaves: "force" }],
  ["leaves orbit", { leaves: "orbit" }],
  ["leaves orbit, barycentric", { leaves: "orbit", initial: "barycentric" }],
];
for (const [name, options] of variants) {
  const cpu = process.cpuUsage();
  const r = layoutGraph(graph, options);
  const used = process.cpuUsage(cpu);
  console.log(`  ${name}: ${r.iterations} it, converged ${r.converged}, overlap-free ${r.overlapFree}, ${r.satellites.length} satellites, ` +
    `${((used.user + used.system) / 1000).toFixed(0)} ms CPU, quality ${layoutQuality(graph, r.positions).toFixed(4)}`);
}
