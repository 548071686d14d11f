/** Prints the convergence trace and quality for several tolerances: node bin/run-ts.mjs bench/layout-convergence.ts [default|synthetic N] */
import { buildGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality } from "../src/layout/index.ts";
import { defaultDataset, syntheticDataset } from "./layout-fixtures.ts";

const [which = "default", size = "2000"] = process.argv.slice(2);
const graph = buildGraph(which === "default" ? defaultDataset() : syntheticDataset(Number(size)));
console.log(`${graph.order} nodes, ${graph.size} edges`);
for (const initial of (process.argv[5] ?? "random,barycentric").split(",") as ("random" | "barycentric")[]) {
  for (const tolerance of (process.argv[4] ?? "0.002,0.001,0.0005,0.0002,0.0001").split(",").map(Number)) {
    const trace: string[] = [];
    const start = performance.now();
    const r = layoutGraph(graph, { tolerance, initial, progressEvery: 50, onProgress: (p) => p.phase === "forces" && trace.length < 12 && trace.push(p.displacement.toExponential(1)) });
    const ms = performance.now() - start;
    const q = [1, 2, 3].map((seed) => layoutQuality(graph, layoutGraph(graph, { tolerance, initial, seed }).positions).toFixed(3));
    console.log(`${initial} tol ${tolerance}: ${r.iterations} it, conv ${r.converged}, ${ms.toFixed(0)} ms, quality seeds 1-3 ${q.join(" ")} | ${trace.join(" ")}`);
  }
}
