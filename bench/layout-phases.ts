/** Time per layout phase: node bin/run-ts.mjs bench/layout-phases.ts N [initial] */
import { buildGraph } from "../src/graph/build.ts";
import { layoutSteps, layoutQuality } from "../src/layout/index.ts";
import { syntheticDataset } from "./layout-fixtures.ts";

const [size = "5000", initial = "random"] = process.argv.slice(2);
const graph = buildGraph(syntheticDataset(Number(size)));
console.log(`${graph.order} nodes, ${graph.size} edges`);
const steps = layoutSteps(graph, { initial: initial as "random" | "barycentric", progressEvery: 50 });
let last = performance.now();
const t0 = last;
const cpu0 = process.cpuUsage();
const cpuMs = () => { const u = process.cpuUsage(cpu0); return ((u.user + u.system) / 1000).toFixed(0); };
for (;;) {
  const next = steps.next();
  const now = performance.now();
  if (next.done) {
    const r = next.value;
    console.log(`done +${(now - last).toFixed(0)} ms; total ${(now - t0).toFixed(0)} ms wall, ${cpuMs()} ms CPU; ${r.iterations} it, converged ${r.converged}, overlap-free ${r.overlapFree}, quality ${layoutQuality(graph, r.positions).toFixed(4)}`);
    break;
  }
  console.log(`${next.value.phase} it ${next.value.iteration} disp ${next.value.displacement.toExponential(2)} +${(now - last).toFixed(0)} ms (CPU so far ${cpuMs()} ms)`);
  last = now;
}
