/**
 * Focus: the part of the bipartite graph around chosen people. Pure; the view hides every
 * node outside it (hidden, not faded: a faded 450-author cloud would still fill the picture)
 * and keeps every position.
 *
 * - One person, 1 hop: the person, their papers and their coauthors.
 * - One person, 2 hops: also the coauthors' papers and those papers' authors.
 * - Several people ("only these people"): the people and the papers at least two of them share.
 *
 * Drawn edges are the induced ones: an authorship link shows when both its ends are in focus.
 */
import { authorNode, type AtlasGraph } from "./build.ts";

export type FocusHops = 1 | 2;

export interface Focus {
  /** One person: an ego network; two or more: "only these people". */
  personIds: string[];
  hops: FocusHops;
}

export interface FocusNetwork {
  /** Graph node keys in focus. */
  nodes: Set<string>;
  /** Person ids in focus, in graph order. */
  people: string[];
  /** Paper ids in focus, in graph order. */
  papers: string[];
}

/** The people of a focus that exist in the graph, without repeats, in the order given. */
export function knownFocusPeople(graph: AtlasGraph, personIds: readonly string[]): string[] {
  const seen = new Set<string>();
  return personIds.filter((id) => {
    const key = authorNode(id);
    if (seen.has(id) || !graph.hasNode(key) || graph.getNodeAttribute(key, "kind") !== "author") return false;
    seen.add(id);
    return true;
  });
}

/** Graph nodes within `hops` person-steps of one author (a person-step is author → paper → author). */
export function egoNodes(graph: AtlasGraph, personId: string, hops: FocusHops): Set<string> {
  const start = authorNode(personId);
  const nodes = new Set<string>([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops; hop++) {
    const next: string[] = [];
    for (const person of frontier) {
      graph.forEachNeighbor(person, (paper) => {
        if (nodes.has(paper)) return;
        nodes.add(paper);
        graph.forEachNeighbor(paper, (other) => {
          if (nodes.has(other)) return;
          nodes.add(other);
          next.push(other);
        });
      });
    }
    frontier = next;
  }
  return nodes;
}

/** The people and the papers at least two of them authored. */
export function peopleSetNodes(graph: AtlasGraph, personIds: readonly string[]): Set<string> {
  const members = new Set(personIds.map(authorNode));
  const nodes = new Set(members);
  for (const person of members) {
    graph.forEachNeighbor(person, (paper) => {
      if (nodes.has(paper)) return;
      let count = 0;
      graph.forEachNeighbor(paper, (author) => {
        if (members.has(author)) count++;
      });
      if (count >= 2) nodes.add(paper);
    });
  }
  return nodes;
}

/** The focus network, or undefined when none of its people is in the graph. */
export function focusNetwork(graph: AtlasGraph, focus: Focus): FocusNetwork | undefined {
  const known = knownFocusPeople(graph, focus.personIds);
  if (known.length === 0) return undefined;
  const nodes = known.length === 1 ? egoNodes(graph, known[0], focus.hops) : peopleSetNodes(graph, known);
  const people: string[] = [];
  const papers: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (!nodes.has(node)) return;
    if (attributes.kind === "author") people.push(attributes.personId);
    else papers.push(attributes.paperId);
  });
  return { nodes, people, papers };
}
