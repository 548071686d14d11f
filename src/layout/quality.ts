/**
 * One number for how well a layout shows its graph, used by tests and benchmarks:
 *
 *   quality = mean edge length / mean distance between node pairs      (lower is better)
 *
 * Node pairs are all pairs when there are at most 2,000 of them (exact, no chance involved),
 * otherwise 2,000 pairs drawn with the seeded generator. Scale-free: multiplying every position
 * by a constant leaves it unchanged. Nodes or edges without a position are ignored; satellites
 * count like any node, so a dataset with a big cloud scores higher (its many cloud pairs are
 * short): compare numbers on the same graph only.
 */
import type Graph from "graphology";
import type { Positions } from "../model/types.ts";
import { seededRandom } from "./random.ts";

export const QUALITY_PAIR_SAMPLE = 2000;

export function layoutQuality(graph: Graph, positions: Positions, seed = 1): number {
  let edgeLength = 0;
  let edges = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = positions[source];
    const b = positions[target];
    if (!a || !b) return;
    edgeLength += Math.hypot(a[0] - b[0], a[1] - b[1]);
    edges++;
  });

  const placed = graph.filterNodes((node) => positions[node] !== undefined).map((node) => positions[node]);
  const n = placed.length;
  const pairCount = (n * (n - 1)) / 2;
  if (edges === 0 || pairCount === 0) return NaN;

  let pairDistance = 0;
  let pairs = 0;
  if (pairCount <= QUALITY_PAIR_SAMPLE) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        pairDistance += Math.hypot(placed[i][0] - placed[j][0], placed[i][1] - placed[j][1]);
        pairs++;
      }
    }
  } else {
    const random = seededRandom(seed);
    while (pairs < QUALITY_PAIR_SAMPLE) {
      const i = Math.floor(random() * n);
      const j = Math.floor(random() * n);
      if (i === j) continue;
      pairDistance += Math.hypot(placed[i][0] - placed[j][0], placed[i][1] - placed[j][1]);
      pairs++;
    }
  }
  if (pairDistance === 0) return NaN;
  return edgeLength / edges / (pairDistance / pairs);
}
