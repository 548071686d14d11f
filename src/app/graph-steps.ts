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
  const focal = collection.focalPersonId;
  const authorKeys = new Map<string, string>();
  let count = 0;
  for (const person of collection.people) {
    const key = authorNode(person.id);
    authorKeys.set(person.id, key);
    graph.mergeNode(key, { kind: "author", personId: person.id, label: person.name, papers: 0, focal: person.id === focal });
    if (++count % PEOPLE_PER_STEP === 0) yield;
  }
  count = 0;
  for (const paper of collection.papers) {
    if (++count % PAPERS_PER_STEP === 0) yield;
    const paperKey = paperNode(paper.id);
    if (graph.hasNode(paperKey)) continue; // duplicate paper id: the first one wins
    const attributes: PaperNodeAttributes = { kind: "paper", paperId: paper.id, label: paper.title, authors: 0, hyperauthored: paper.hyperauthored };
    if (paper.year !== undefined) attributes.year = paper.year;
    graph.addNode(paperKey, attributes);
    for (const authorship of paper.authors) {
      const personId = authorship.personId;
      let authorKey = authorKeys.get(personId);
      if (authorKey === undefined) {
        authorKey = authorNode(personId);
        authorKeys.set(personId, authorKey);
        graph.addNode(authorKey, { kind: "author", personId, label: authorship.name, papers: 0, focal: personId === focal });
      }
      const edgeKey = authorKey + "|" + paperKey;
      if (graph.hasEdge(edgeKey)) continue; // same person listed twice: keep the first position
      graph.addUndirectedEdgeWithKey(edgeKey, authorKey, paperKey, { kind: "authorship", position: authorship.position });
    }
  }
  yield;
  graph.updateEachNodeAttributes((node, attributes) => {
    if (attributes.kind === "author") attributes.papers = graph.degree(node);
    else attributes.authors = graph.degree(node);
    return attributes;
  });
  return graph;
}
