/**
 * Issue 6's layout claim, measured side by side in one run:
 *
 *   1. generate a seeded BibTeX file (default 55,000 records ≈ 99k nodes, 372k authorships);
 *   2. `coauthor-atlas build` it (our layout: multilevel ForceAtlas2, satellites, overlap removal),
 *      then `coauthor-atlas export --format gexf` (positions included) — both through the CLI's
 *      own entry point, in this process, so their CPU time can be read;
 *   3. read the GEXF back and score its positions;
 *   4. run the baseline (plain graphology ForceAtlas2, inferred settings, random start, the same
 *      convergence test: bench/layout-baseline.ts) on the same graph and score it;
 *   5. print CPU seconds, iterations and quality side by side, and the ratio.
 *
 * Quality = mean edge length / mean distance between random node pairs (src/layout/quality.ts),
 * lower is better, computed the same way on both; our layout is also timed on its own (the
 * `layoutGraph` call on the graph the build made) so the ratio compares layout with layout.
 *
 *   node bin/run-ts.mjs bench/layout-vs-baseline.ts [--records 55000] [--seed 1] [--baseline-cap 3000] [--keep DIR]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { main as cli } from "../src/cli/main.ts";
import { atlasToCollection, readAtlasBytes } from "../src/dataset/read.ts";
import { buildGraph, type AtlasGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality, type LayoutResult } from "../src/layout/index.ts";
import type { Positions } from "../src/model/types.ts";
import { baselineLayout, type BaselineResult } from "./layout-baseline.ts";
import { generateBibtex } from "./generate.ts";

export interface LayoutComparison {
  nodes: number;
  edges: number;
  ours: { cpuMs: number; iterations: number; levels: number[]; levelIterations: number[]; converged: boolean; quality: number };
  baseline: { cpuMs: number; iterations: number; converged: boolean; quality: number };
  /** Baseline CPU time / ours. */
  speedup: number;
}

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Our layout and the baseline on one graph, each timed in CPU ms, each scored the same way. */
export function compareLayouts(
  graph: AtlasGraph,
  options: { seed?: number; baselineCap?: number; onProgress?: (line: string) => void } = {},
): LayoutComparison {
  const seed = options.seed ?? 1;
  const say = options.onProgress ?? (() => {});
  say(`ours: laying out ${graph.order} nodes…`);
  const start = cpuMs();
  const ours: LayoutResult = layoutGraph(graph, { seed });
  const oursMs = cpuMs() - start;
  say(`ours: ${(oursMs / 1000).toFixed(1)} s CPU; baseline: running…`);
  const baseline: BaselineResult = baselineLayout(graph, {
    seed,
    maxIterations: options.baselineCap ?? 3000,
    onProgress: (iteration, displacement) => say(`baseline: ${iteration} iterations, displacement ${displacement.toExponential(2)}`),
  });
  return {
    nodes: graph.order,
    edges: graph.size,
    ours: {
      cpuMs: oursMs,
      iterations: ours.iterations,
      levels: ours.levels,
      levelIterations: ours.levelIterations,
      converged: ours.converged,
      quality: layoutQuality(graph, ours.positions, seed),
    },
    baseline: {
      cpuMs: baseline.cpuMs,
      iterations: baseline.iterations,
      converged: baseline.converged,
      quality: layoutQuality(graph, baseline.positions, seed),
    },
    speedup: baseline.cpuMs / oursMs,
  };
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

async function run(): Promise<void> {
  const records = Number(argument("--records", "55000"));
  const seed = Number(argument("--seed", "1"));
  const baselineCap = Number(argument("--baseline-cap", "3000"));
  const kept = process.argv.includes("--keep") ? argument("--keep", "") : "";
  const dir = kept || mkdtempSync(join(tmpdir(), "atlas-layout-"));
  const bib = join(dir, "generated.bib");
  // The compact encoding: the JSON file of ~99k nodes (76 MB) is over the CLI's 64 MB input limit.
  const atlasPath = join(dir, "generated.atlas");
  const gexfPath = join(dir, "generated.gexf");
  const log = (line: string) => process.stderr.write(`[layout-vs-baseline] ${line}\n`);

  writeFileSync(bib, generateBibtex({ records, seed }));
  log(`${records} generated records → ${bib} (${(statSync(bib).size / 1e6).toFixed(1)} MB)`);

  let before = cpuMs();
  const buildStart = performance.now();
  if ((await cli(["build", bib, "-o", atlasPath])) !== 0) throw new Error("coauthor-atlas build failed");
  const buildMs = cpuMs() - before;
  const buildWallMs = performance.now() - buildStart;
  before = cpuMs();
  if ((await cli(["export", atlasPath, "--format", "gexf", "-o", gexfPath])) !== 0) throw new Error("coauthor-atlas export failed");
  const exportMs = cpuMs() - before;

  const read = readAtlasBytes(readFileSync(atlasPath), atlasPath);
  if (!read.atlas) throw new Error(`could not read ${atlasPath}`);
  const graph = buildGraph(atlasToCollection(read.atlas));
  const gexf = parseGexf(Graph, readFileSync(gexfPath, "utf8"));
  const exported: Positions = {};
  gexf.forEachNode((node, attributes) => (exported[node] = [attributes.x, attributes.y]));
  const exportedQuality = layoutQuality(graph, exported, seed);

  const comparison = compareLayouts(graph, { seed, baselineCap, onProgress: log });
  const q = (value: number) => value.toFixed(4);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`\n### Layout: ours vs baseline, one run (${comparison.nodes.toLocaleString("en")} nodes, ${comparison.edges.toLocaleString("en")} edges; ${records.toLocaleString("en")} generated records, seed ${seed})\n`);
  console.log(`| | CPU s | iterations | converged | quality (lower is better) |`);
  console.log(`|---|---:|---:|:-:|---:|`);
  console.log(`| baseline: graphology FA2, inferSettings (θ 0.5), random start | ${s(comparison.baseline.cpuMs)} | ${comparison.baseline.iterations} | ${comparison.baseline.converged ? "yes" : "no"} | ${q(comparison.baseline.quality)} |`);
  console.log(`| ours: multilevel FA2 (levels ${comparison.ours.levels.join(" → ")}) + overlap removal | ${s(comparison.ours.cpuMs)} | ${comparison.ours.levelIterations.join(" / ")} | ${comparison.ours.converged ? "yes" : "no"} | ${q(comparison.ours.quality)} |`);
  console.log(`| **ratio** | **${comparison.speedup.toFixed(1)}× faster** | | | ${comparison.ours.quality <= comparison.baseline.quality ? "ours equal or better" : "**ours worse**"} |`);
  console.log(`\nThe whole \`coauthor-atlas build\` (import, identity, graph, layout, write) took ${s(buildWallMs)} s wall, ${s(buildMs)} s CPU (every thread: its layout walks the repulsion on all CPUs; the comparison above is single-threaded on both sides); \`export --format gexf\` ${s(exportMs)} s CPU.`);
  console.log(`Quality of the positions read back from the GEXF file: ${q(exportedQuality)} (the build's layout${Math.abs(exportedQuality - comparison.ours.quality) < 1e-3 ? ", the same as ours above" : ""}).`);
  if (!kept) rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("layout-vs-baseline.ts")) {
  await run();
}
