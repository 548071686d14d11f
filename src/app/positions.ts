/** Positions ⇄ graph node attributes. Sigma reads `x`/`y`; the atlas file stores `Positions`. */
import type { AtlasGraph } from "../graph/build.ts";
import type { Positions } from "../model/types.ts";

/**
 * Writes the given positions onto the graph. Returns the nodes that got none (a dataset
 * whose layout does not cover its graph must be laid out again).
 */
export function applyPositions(graph: AtlasGraph, positions: Positions): string[] {
  const missing: string[] = [];
  graph.updateEachNodeAttributes((node, attributes) => {
    const position = positions[node];
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1])) {
      attributes.x = position[0];
      attributes.y = position[1];
    } else {
      missing.push(node);
    }
    return attributes;
  });
  return missing;
}

export function hasAllPositions(graph: AtlasGraph, positions: Positions | undefined): boolean {
  if (!positions) return false;
  return graph.everyNode((node) => {
    const position = positions[node];
    return !!position && Number.isFinite(position[0]) && Number.isFinite(position[1]);
  });
}
