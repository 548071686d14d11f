/**
 * The bipartite graph of graph/build.ts, built in steps: the same nodes, edges, attributes and
 * order as `buildGraph`, but pausing (yield) every few thousand papers so the app can build a
 * 100k-node graph on the main thread in short tasks (graphology graphs cannot cross to a worker
 * without being rebuilt there anyway). tests/unit/app/graph-steps.test.ts checks it against
 * buildGraph.
 */
import Graph from "graphology";
import type { Collection } from "../model/types.ts";
import { authorNode, buildGraph, paperNode, type AtlasGraph, type PaperNodeAttributes } from "../graph/build.ts";

/** Papers (with their authorship edges) added between two pauses. */
const PAPERS_PER_STEP = 1500;
const PEOPLE_PER_STEP = 8000;

export function* buildGraphSteps(collection: Pick<Collection, "papers" | "people" | "focalPersonId" | "coauthorNetwork">): Generator<void, AtlasGraph> {
  // Author–author graph files are small and have their own rules: the one-shot builder.
  if (collection.coauthorNetwork) return buildGraph(collection);
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const authorKeys = new Map<string, string>();
  // The work is in plain functions called per batch: V8 runs a generator's own loop body markedly slower.
  for (let start = 0; start < collection.people.length; start += PEOPLE_PER_STEP) {
    addPeople(graph, collection, start, start + PEOPLE_PER_STEP, authorKeys);
    yield;
  }
  for (let start = 0; start < collection.papers.length; start += PAPERS_PER_STEP) {
    addPapers(graph, collection, start, start + PAPERS_PER_STEP, authorKeys);
    yield;
  }
  countDegrees(graph);
  return graph;
}

type Source = Pick<Collection, "papers" | "people" | "focalPersonId">;

function addPeople(graph: AtlasGraph, collection: Source, from: number, to: number, authorKeys: Map<string, string>): void {
  const focal = collection.focalPersonId;
  const people = collection.people;
  for (let index = from; index < Math.min(to, people.length); index++) {
    const person = people[index];
    const key = authorNode(person.id);
    authorKeys.set(person.id, key);
    graph.mergeNode(key, { kind: "author", personId: person.id, label: person.name, papers: 0, focal: person.id === focal });
    useDictionaryAdjacency(graph, key);
  }
}

function addPapers(graph: AtlasGraph, collection: Source, from: number, to: number, authorKeys: Map<string, string>): void {
  const focal = collection.focalPersonId;
  const papers = collection.papers;
  const onPaper = new Set<string>();
  for (let index = from; index < Math.min(to, papers.length); index++) {
    const paper = papers[index];
    const paperKey = paperNode(paper.id);
    if (graph.hasNode(paperKey)) continue; // duplicate paper id: the first one wins
    const attributes: PaperNodeAttributes = { kind: "paper", paperId: paper.id, label: paper.title, authors: 0, hyperauthored: paper.hyperauthored };
    if (paper.year !== undefined) attributes.year = paper.year;
    graph.addNode(paperKey, attributes);
    useDictionaryAdjacency(graph, paperKey);
    onPaper.clear();
    for (const authorship of paper.authors) {
      const personId = authorship.personId;
      let authorKey = authorKeys.get(personId);
      if (authorKey === undefined) {
        authorKey = authorNode(personId);
        authorKeys.set(personId, authorKey);
        graph.addNode(authorKey, { kind: "author", personId, label: authorship.name, papers: 0, focal: personId === focal });
        useDictionaryAdjacency(graph, authorKey);
      }
      if (onPaper.has(personId)) continue; // same person listed twice: keep the first position
      onPaper.add(personId);
      const edgeKey = authorKey + "|" + paperKey;
      // Ids with `|` (only in hand-made files) could spell another pair's key: only then ask the graph.
      if (personId.includes("|") && graph.hasEdge(edgeKey)) continue;
      graph.addUndirectedEdgeWithKey(edgeKey, authorKey, paperKey, { kind: "authorship", position: authorship.position });
    }
  }
}

/** Degree-derived counts, as buildGraph writes them. */
function countDegrees(graph: AtlasGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    if (attributes.kind === "author") attributes.papers = graph.degree(node);
    else attributes.authors = graph.degree(node);
    return attributes;
  });
}

/**
 * The trick of graph/build.ts (see there): a node's adjacency object switched to dictionary mode
 * before its first neighbour, so 100k distinct neighbour keys do not each make a hidden class.
 * On the 100k-node dataset it took this builder from 6.2 s to 4.1 s CPU (as fast as buildGraph). Internal field: skipped if absent.
 */
function useDictionaryAdjacency(graph: AtlasGraph, node: string): void {
  const data = (graph as unknown as { _nodes?: Map<string, { undirected?: Record<string, unknown> }> })._nodes?.get(node);
  const adjacency = data?.undirected;
  if (!adjacency || typeof adjacency !== "object") return;
  adjacency["\u0000a"] = 0;
  adjacency["\u0000b"] = 0;
  delete adjacency["\u0000a"];
  delete adjacency["\u0000b"];
}
