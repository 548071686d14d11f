/** Compares layout variants on a synthetic graph (CPU time, iterations, quality): node bin/run-ts.mjs bench/layout-compare.ts N */
import { buildGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality, type LayoutOptions } from "../src/layout/index.ts";
import { syntheticDataset } from "./layout-synthetic.ts";

const size = Number(process.argv[2] ?? 1500);
const graph = buildGraph(syntheticDataset(size));
const variants: [string, LayoutOptions][] = [
  ["leaves force, random", { leaves: "force" }],
  ["leaves orbit, random", { leaves: "orbit" }],
  ["leaves orbit, barycentric", { leaves: "orbit", initial: "barycentric" }],
];
console.log(`${graph.order} nodes, ${graph.size} edges`);
for (const [name, options] of variants) {
  const cpu = process.cpuUsage();
  const r = layoutGraph(graph, options);
  const used = process.cpuUsage(cpu);
  console.log(`${name}: ${r.iterations} it, converged ${r.converged}, overlap-free ${r.overlapFree}, ` +
    `${((used.user + used.system) / 1000).toFixed(0)} ms CPU, quality ${layoutQuality(graph, r.positions).toFixed(4)}`);
}
