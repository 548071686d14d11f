/**
 * The bipartite author–paper graph: the one structure every view and query derives from.
 *
 * Node keys: `a:<personId>` for people, `p:<paperId>` for papers. One `authorship` edge per
 * (person, paper), keyed `<authorNode>|<paperNode>` so keys never depend on graphology's
 * random edge-key prefix. Insertion order is people (collection order) then papers
 * (collection order): the layout iterates nodes in this order, so it is part of determinism.
 */
import Graph from "graphology";
import type { Collection } from "../model/types.ts";

export type NodeKind = "author" | "paper";

export interface AuthorNodeAttributes {
  kind: "author";
  personId: string;
  label: string;
  /** Number of papers of this person in the graph. */
  papers: number;
  focal: boolean;
  /** Set by the app when positions are known (Sigma reads them). */
  x?: number;
  y?: number;
}

export interface PaperNodeAttributes {
  kind: "paper";
  paperId: string;
  label: string;
  year?: number;
  /** Number of distinct people on the paper (known authors only; truncated lists count what is known). */
  authors: number;
  hyperauthored: boolean;
  x?: number;
  y?: number;
}

export type AtlasNodeAttributes = AuthorNodeAttributes | PaperNodeAttributes;

export interface AuthorshipEdgeAttributes {
  /** `coauthor`: a person–person link of an author–author graph file (no papers behind it). */
  kind: "authorship" | "coauthor";
  /** 0-based position of the author on the paper (first position when a person is listed twice); -1 on coauthor links. */
  position: number;
  /** Coauthor links: the file's weight. */
  weight?: number;
}

export type AtlasGraph = Graph<AtlasNodeAttributes, AuthorshipEdgeAttributes>;

export function authorNode(personId: string): string {
  return "a:" + personId;
}

export function paperNode(paperId: string): string {
  return "p:" + paperId;
}

export function authorshipEdge(personId: string, paperId: string): string {
  return authorNode(personId) + "|" + paperNode(paperId);
}

export function isAuthorNode(attributes: AtlasNodeAttributes): attributes is AuthorNodeAttributes {
  return attributes.kind === "author";
}

export function isPaperNode(attributes: AtlasNodeAttributes): attributes is PaperNodeAttributes {
  return attributes.kind === "paper";
}

/**
 * Builds the bipartite graph. A paper's authorship naming a person missing from `people`
 * still gets an author node (labelled with the name as written), so no author slot is lost.
 */
export function buildGraph(collection: Pick<Collection, "papers" | "people" | "focalPersonId" | "coauthorNetwork">): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });

  for (const person of collection.people) {
    graph.mergeNode(authorNode(person.id), {
      kind: "author",
      personId: person.id,
      label: person.name,
      papers: 0,
      focal: person.id === collection.focalPersonId,
    });
  }

  for (const paper of collection.papers) {
    const paperKey = paperNode(paper.id);
    if (graph.hasNode(paperKey)) continue; // duplicate paper id: the first one wins
    const attributes: PaperNodeAttributes = {
      kind: "paper",
      paperId: paper.id,
      label: paper.title,
      authors: 0,
      hyperauthored: paper.hyperauthored,
    };
    if (paper.year !== undefined) attributes.year = paper.year;
    graph.addNode(paperKey, attributes);

    for (const authorship of paper.authors) {
      const authorKey = authorNode(authorship.personId);
      if (!graph.hasNode(authorKey)) {
        graph.addNode(authorKey, {
          kind: "author",
          personId: authorship.personId,
          label: authorship.name,
          papers: 0,
          focal: authorship.personId === collection.focalPersonId,
        });
      }
      const edgeKey = authorshipEdge(authorship.personId, paper.id);
      if (graph.hasEdge(edgeKey)) continue; // same person listed twice: keep the first position
      graph.addUndirectedEdgeWithKey(edgeKey, authorKey, paperKey, {
        kind: "authorship",
        position: authorship.position,
      });
    }
  }

  // An author–author graph file: its links join people directly (keys `a:x|a:y`, sorted ends).
  const network = collection.coauthorNetwork;
  if (network) {
    for (const link of network.links) {
      const [a, b] = [authorNode(link.source), authorNode(link.target)].sort();
      if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
      const key = `${a}|${b}`;
      if (graph.hasEdge(key)) continue;
      graph.addUndirectedEdgeWithKey(key, a, b, { kind: "coauthor", position: -1, weight: Number.isFinite(link.weight) ? link.weight : 1 });
    }
  }

  // Degree-derived counts, written once so the view and panels need not recompute them.
  graph.updateEachNodeAttributes((node, attributes) => {
    if (attributes.kind === "author") attributes.papers = network ? countPaperNeighbors(graph, node) : graph.degree(node);
    else attributes.authors = graph.degree(node);
    return attributes;
  });

  return graph;
}

function countPaperNeighbors(graph: AtlasGraph, node: string): number {
  let count = 0;
  graph.forEachNeighbor(node, (_neighbor, attributes) => {
    if (attributes.kind === "paper") count++;
  });
  return count;
}
