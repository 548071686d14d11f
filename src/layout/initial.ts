/**
 * Seeded starting positions for the force simulation.
 *
 * - `random`: uniform in a square whose side grows with √n (constant density).
 * - `barycentric`: papers uniform as above; each author at the mean of its papers' positions
 *   plus a small seeded offset, so authors start next to their work (fewer iterations on big
 *   graphs; the seam where a multilevel placement can plug in later).
 *
 * Nodes are visited in the given order, so the sequence of random numbers is fixed by it.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { seededRandom } from "./random.ts";

export type InitialPlacement = "random" | "barycentric";

/** Side of the starting square per √node, in FA2 units (FA2 settles at a few units per edge). */
const SPREAD_PER_SQRT_NODE = 10;

export function initialPositions(
  graph: AtlasGraph,
  nodes: string[],
  strategy: InitialPlacement,
  seed: number,
): { xs: Float64Array; ys: Float64Array } {
  const n = nodes.length;
  const random = seededRandom(seed);
  const side = SPREAD_PER_SQRT_NODE * Math.sqrt(Math.max(n, 1));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);

  if (strategy === "random") {
    for (let i = 0; i < n; i++) {
      xs[i] = (random() - 0.5) * side;
      ys[i] = (random() - 0.5) * side;
    }
    return { xs, ys };
  }

  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const placed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (graph.getNodeAttributes(nodes[i]).kind !== "paper") continue;
    xs[i] = (random() - 0.5) * side;
    ys[i] = (random() - 0.5) * side;
    placed[i] = 1;
  }
  const jitter = SPREAD_PER_SQRT_NODE / 4;
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    let sx = 0, sy = 0, count = 0;
    graph.forEachNeighbor(nodes[i], (neighbor) => {
      const j = index.get(neighbor);
      if (j === undefined || !placed[j]) return;
      sx += xs[j];
      sy += ys[j];
      count++;
    });
    const angle = random() * 2 * Math.PI;
    const radius = count > 0 ? jitter * (0.5 + random()) : side * (random() - 0.5);
    xs[i] = (count > 0 ? sx / count : 0) + radius * Math.cos(angle);
    ys[i] = (count > 0 ? sy / count : 0) + radius * Math.sin(angle);
  }
  return { xs, ys };
}
