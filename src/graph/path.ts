/**
 * The collaboration path between two people: the shortest chain person–paper–person–…–person
 * in the bipartite graph (unweighted: every authorship link counts one step). Its
 * collaboration distance is the number of papers along it (an Erdős number, in this dataset).
 *
 * Shortest lengths come from one breadth-first search from the target
 * (graphology-shortest-path's `singleSourceLength`). The chain is then walked from the source,
 * each step taking a neighbour one step closer to the target. Several shortest chains often
 * exist; the tie-break, applied at each step from the source, is documented and total:
 *   - a paper: fewest authors first (a small paper is the closer collaboration), then newest,
 *     then title, then id;
 *   - a person: name (case- and accent-insensitive), then id.
 * So the result is the same for the same graph, whatever the order nodes were added in.
 */
import { singleSourceLength } from "graphology-shortest-path";
import { authorNode, authorshipEdge, paperNode, type AtlasGraph, type AtlasNodeAttributes } from "./build.ts";
import { compareText } from "./queries.ts";

export interface CollaborationPath {
  /** Person ids from `from` to `to`, both included. */
  people: string[];
  /** Paper ids, `papers[i]` links `people[i]` and `people[i + 1]`. */
  papers: string[];
}

/** Orders candidate next steps (see the module comment). */
export function compareStep(a: AtlasNodeAttributes, b: AtlasNodeAttributes, keyA: string, keyB: string): number {
  if (a.kind === "paper" && b.kind === "paper") {
    if (a.authors !== b.authors) return a.authors - b.authors;
    const ya = a.year ?? -Infinity;
    const yb = b.year ?? -Infinity;
    if (ya !== yb) return yb - ya;
  }
  return compareText(a.label, b.label) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
}

/**
 * The shortest collaboration chain from one person to another, or null when either is not a
 * person of the graph or no chain joins them. The same person twice: one person, no paper.
 */
export function collaborationPath(graph: AtlasGraph, fromPersonId: string, toPersonId: string): CollaborationPath | null {
  const fromKey = authorNode(fromPersonId);
  const toKey = authorNode(toPersonId);
  if (!isAuthor(graph, fromKey) || !isAuthor(graph, toKey)) return null;
  if (fromKey === toKey) return { people: [fromPersonId], papers: [] };

  const distance = singleSourceLength(graph, toKey);
  if (distance[fromKey] === undefined) return null;

  const people: string[] = [fromPersonId];
  const papers: string[] = [];
  let current = fromKey;
  while (current !== toKey) {
    const wanted = distance[current] - 1;
    let best: string | undefined;
    graph.forEachNeighbor(current, (neighbour, attributes) => {
      if (distance[neighbour] !== wanted) return;
      if (best === undefined || compareStep(attributes, graph.getNodeAttributes(best), neighbour, best) < 0) best = neighbour;
    });
    // A BFS distance always has a neighbour one step closer; guard anyway against a changed graph.
    if (best === undefined) return null;
    const attributes = graph.getNodeAttributes(best);
    if (attributes.kind === "paper") papers.push(attributes.paperId);
    else people.push(attributes.personId);
    current = best;
  }
  return { people, papers };
}

function isAuthor(graph: AtlasGraph, key: string): boolean {
  return graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "author";
}

/** The graph nodes and authorship edges of a path, for drawing it. */
export function pathElements(path: CollaborationPath): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  path.people.forEach((personId, i) => {
    nodes.push(authorNode(personId));
    const paperId = path.papers[i];
    if (paperId === undefined) return;
    nodes.push(paperNode(paperId));
    edges.push(authorshipEdge(personId, paperId), authorshipEdge(path.people[i + 1], paperId));
  });
  return { nodes, edges };
}
