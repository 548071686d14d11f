/**
 * Where `coauthor-atlas build` spends its time on a big generated input: each stage of the
 * pipeline run on its own (import, identity, graph, layout, serialize), CPU ms (this process's
 * user+system time, so a loaded machine does not inflate it) beside wall ms.
 *
 * The layout gets the same repulsion worker pool as `coauthor-atlas build` (`--threads 0`: the
 * main thread alone); its CPU figure then counts every thread, so wall < CPU means it ran in parallel.
 *
 * `node bin/run-ts.mjs bench/profile-build.ts [--records 55000] [--seed 1] [--no-layout] [--threads N]`
 */
import { generateBibtex } from "./generate.ts";
import { importFiles } from "../src/import/index.ts";
import { collect } from "../src/identity/index.ts";
import { collectionToAtlas } from "../src/dataset/build.ts";
import { atlasToCollection } from "../src/dataset/read.ts";
import { serializeAtlas } from "../src/dataset/index.ts";
import { buildGraph } from "../src/graph/build.ts";
import { layoutGraph } from "../src/layout/index.ts";
import { createRepulsionPool } from "../src/layout/repulsion-pool.ts";

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const records = Number(argument("--records") ?? 55_000);
const seed = Number(argument("--seed") ?? 1);
const rows: string[][] = [];

function stage<T>(name: string, run: () => T): T {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = run();
  const used = process.cpuUsage(cpu);
  rows.push([name, ((used.user + used.system) / 1000).toFixed(0), (performance.now() - wall).toFixed(0)]);
  process.stderr.write(`${name}: cpu ${rows.at(-1)![1]} ms, wall ${rows.at(-1)![2]} ms\n`);
  return result;
}

const text = stage("generate", () => generateBibtex({ records, seed }));
const results = stage("import", () => importFiles([{ name: "generated.bib", text }]));
const collection = stage("identity", () => collect(results, { hyperauthorThreshold: 25 }));
const atlas = stage("atlas", () =>
  collectionToAtlas(collection, { title: "profile", inputs: [], hyperauthorThreshold: 25 }),
);
const graph = stage("graph", () => buildGraph(atlasToCollection(atlas)));
process.stderr.write(`${graph.order} nodes, ${graph.size} edges\n`);
if (!process.argv.includes("--no-layout")) {
  const iterations = Number(argument("--iterations") ?? 3000);
  const threads = argument("--threads");
  const pool = createRepulsionPool(threads === undefined ? undefined : Number(threads));
  await pool.ready();
  const result = stage("layout", () => layoutGraph(graph, { seed: 1, maxIterations: iterations, repulsion: pool }));
  process.stderr.write(`layout: ${pool.threads} worker thread(s), ${pool.sharedWalks} walks shared with them\n`);
  await pool.close();
  process.stderr.write(`layout: ${result.iterations} iterations, converged ${result.converged}\n`);
  atlas.layout = { seed: 1, iterations: result.iterations, converged: result.converged, positions: result.positions };
}
const serialized = stage("serialize", () => serializeAtlas(atlas));
process.stderr.write(`file: ${(serialized.length / 1e6).toFixed(1)} MB\n`);
console.log(["stage", "cpu ms", "wall ms"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
