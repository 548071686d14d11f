// Types for the one internal module of graphology-layout-forceatlas2 we use directly: a single
// FA2 iteration over its flat matrices. Calling it ourselves keeps FA2's per-node speed state
// (`convergence`, previous forces) across our steps, which `forceAtlas2.assign` would reset.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): unknown;
}

// The helper that fills those matrices from a graph (used by the benchmark's plain baseline).
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (...args: unknown[]) => number): { nodes: Float32Array; edges: Float32Array };
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
