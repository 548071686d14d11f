/**
 * The layout baseline of issue 6, kept plain on purpose: graphology-layout-forceatlas2 as its
 * README shows it — `inferSettings` (Barnes-Hut above 2,000 nodes, θ = 0.5), mass 1 + degree —
 * on every node of the graph from seeded random positions (the same square as our random start),
 * stepped one `iterate` at a time until the same convergence test ours stops on
 * (src/layout/convergence.ts). No satellites, no leaves, no overlap removal.
 */
import type Graph from "graphology";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import DEFAULT_SETTINGS from "graphology-layout-forceatlas2/defaults.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import type { AtlasGraph } from "../src/graph/build.ts";
import type { Positions } from "../src/model/types.ts";
import { convergenceCounter, DEFAULT_CONVERGENCE, relativeDisplacement, type ConvergenceTest } from "../src/layout/convergence.ts";
import { initialPositions } from "../src/layout/initial.ts";

const PPN = 10;

export interface BaselineOptions {
  seed?: number;
  maxIterations?: number;
  convergence?: ConvergenceTest;
  onProgress?: (iteration: number, displacement: number) => void;
}

export interface BaselineResult {
  positions: Positions;
  iterations: number;
  converged: boolean;
  /** CPU ms of this process during the layout (user + system). */
  cpuMs: number;
}

export function baselineLayout(graph: AtlasGraph, options: BaselineOptions = {}): BaselineResult {
  const cpu = process.cpuUsage();
  const nodes = graph.nodes();
  const start = initialPositions(graph, nodes, "random", options.seed ?? 1);
  const copy = graph.copy() as Graph;
  nodes.forEach((node, i) => copy.mergeNodeAttributes(node, { x: start.xs[i], y: start.ys[i], size: 1 }));
  const { nodes: matrix, edges } = graphToByteArrays(copy, () => 1);
  // What `forceAtlas2(graph, { settings: inferSettings(graph) })` runs: defaults, then the inferred values.
  const settings = { ...DEFAULT_SETTINGS, ...forceAtlas2.inferSettings(copy) } as Required<ForceAtlas2Settings>;
  const maxIterations = options.maxIterations ?? 3000;
  const counter = convergenceCounter(options.convergence ?? DEFAULT_CONVERGENCE);
  const before = new Float32Array(matrix.length);
  let iterations = 0;
  let converged = false;
  while (!converged && iterations < maxIterations) {
    before.set(matrix);
    iterate(settings, matrix, edges);
    iterations++;
    const displacement = relativeDisplacement(before, matrix, nodes.length, PPN);
    converged = counter.update(displacement);
    if (iterations % 25 === 0) options.onProgress?.(iterations, displacement);
  }
  const positions: Positions = {};
  nodes.forEach((node, i) => (positions[node] = [matrix[i * PPN], matrix[i * PPN + 1]]));
  const used = process.cpuUsage(cpu);
  return { positions, iterations, converged, cpuMs: (used.user + used.system) / 1000 };
}
