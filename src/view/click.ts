/**
 * What a click on a graph node selects, given what is selected now. Pure.
 *
 * - a paper → that paper;
 * - an author → that author, except: a coauthor of the selected author (or of the first
 *   person of a selected pair) → the pair, whose shared papers the panel then lists.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { authorNode } from "../graph/build.ts";
import type { Selection } from "../app/state.ts";

export function selectionForClick(graph: AtlasGraph, node: string, current: Selection): Selection {
  if (!graph.hasNode(node)) return current;
  const attributes = graph.getNodeAttributes(node);
  if (attributes.kind === "paper") return { kind: "paper", paperId: attributes.paperId };

  const clicked = attributes.personId;
  const anchor = current.kind === "person" || current.kind === "pair" ? current.personId : undefined;
  if (anchor && anchor !== clicked && areCoauthors(graph, authorNode(anchor), node)) {
    return { kind: "pair", personId: anchor, otherId: clicked };
  }
  return { kind: "person", personId: clicked };
}

export function areCoauthors(graph: AtlasGraph, a: string, b: string): boolean {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return false;
  return graph.someNeighbor(a, (paper) => graph.areNeighbors(paper, b));
}
