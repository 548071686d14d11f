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

/** Builds the bipartite graph in one go: `buildGraphSteps` run to the end. */
export function buildGraph(collection: GraphSource): AtlasGraph {
  const steps = buildGraphSteps(collection, { papersPerStep: Infinity, peoplePerStep: Infinity });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type GraphSource = Pick<Collection, "papers" | "people" | "focalPersonId" | "coauthorNetwork">;

export interface GraphStepOptions {
  /** Papers (with their authorship edges) added between two pauses. */
  papersPerStep?: number;
  /** People added between two pauses. */
  peoplePerStep?: number;
}

/**
 * Builds the bipartite graph, pausing (`yield`) every few thousand papers so the app can build
 * a 100k-node graph on the main thread in short tasks. The result is the same however the work
 * is sliced. A paper's authorship naming a person missing from `people` still gets an author
 * node (labelled with the name as written), so no author slot is lost.
 */
export function* buildGraphSteps(collection: GraphSource, options: GraphStepOptions = {}): Generator<void, AtlasGraph> {
  const papersPerStep = atLeastOne(options.papersPerStep ?? 1500);
  const peoplePerStep = atLeastOne(options.peoplePerStep ?? 8000);
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const authors = new Map<string, AuthorSlot>();
  // The work is in plain functions called per slice: V8 runs a generator's own loop body markedly slower.
  for (let start = 0; start < collection.people.length; start += peoplePerStep) {
    addPeople(graph, collection, start, start + peoplePerStep, authors);
    yield;
  }
  for (let start = 0; start < collection.papers.length; start += papersPerStep) {
    addPapers(graph, collection, start, start + papersPerStep, authors);
    yield;
  }
  const network = collection.coauthorNetwork;
  if (network) addCoauthorLinks(graph, network);
  return graph;
}

/** A slice size that always moves forward (0, negative or NaN would loop forever or skip everything). */
function atLeastOne(size: number): number {
  return size >= 1 ? size : 1;
}

/**
 * What the builder keeps per author so that each authorship costs one map lookup. Speed at 100k+
 * nodes: the node key is made once (a fresh `"a:" + id` per authorship costs a string and a
 * hash each time), the graph's own attributes object gets its paper count as edges are added
 * (no pass over the graph afterwards), and whether the id has a `|` is asked once.
 */
interface AuthorSlot {
  key: string;
  attributes: AuthorNodeAttributes;
  idHasBar: boolean;
}

function addAuthorNode(graph: AtlasGraph, authors: Map<string, AuthorSlot>, personId: string, label: string, focal: boolean): void {
  const key = authorNode(personId);
  // A person listed twice: mergeNode writes the later attributes into the first object, which the slot keeps.
  graph.mergeNode(key, { kind: "author", personId, label, papers: 0, focal });
  if (authors.has(personId)) return;
  useDictionaryAdjacency(graph, key);
  authors.set(personId, { key, attributes: graph.getNodeAttributes(key) as AuthorNodeAttributes, idHasBar: personId.includes("|") });
}

function addPeople(graph: AtlasGraph, collection: GraphSource, from: number, to: number, authors: Map<string, AuthorSlot>): void {
  const focal = collection.focalPersonId;
  const people = collection.people;
  const end = Math.min(to, people.length);
  for (let index = from; index < end; index++) {
    const person = people[index];
    addAuthorNode(graph, authors, person.id, person.name, person.id === focal);
  }
}

function addPapers(graph: AtlasGraph, collection: GraphSource, from: number, to: number, authors: Map<string, AuthorSlot>): void {
  const focal = collection.focalPersonId;
  const papers = collection.papers;
  const end = Math.min(to, papers.length);
  // The people already on the current paper: the graph's own "edge exists" check, answered locally.
  const onPaper = new Set<string>();
  for (let index = from; index < end; index++) {
    const paper = papers[index];
    const paperKey = paperNode(paper.id);
    if (graph.hasNode(paperKey)) continue; // duplicate paper id: the first one wins
    const given: PaperNodeAttributes = { kind: "paper", paperId: paper.id, label: paper.title, authors: 0, hyperauthored: paper.hyperauthored };
    if (paper.year !== undefined) given.year = paper.year;
    graph.addNode(paperKey, given);
    const attributes = graph.getNodeAttributes(paperKey) as PaperNodeAttributes;
    useDictionaryAdjacency(graph, paperKey);
    // Ids with `|` (only in hand-made dataset files) could spell another pair's edge key
    // (`a:x|p:y` on `z` and `x` on `y|p:z`): only then ask the graph whether the key is taken.
    const paperIdHasBar = paper.id.includes("|");
    let authorCount = 0;
    onPaper.clear();
    for (const authorship of paper.authors) {
      const personId = authorship.personId;
      let author = authors.get(personId);
      if (author === undefined) {
        addAuthorNode(graph, authors, personId, authorship.name, personId === focal);
        author = authors.get(personId)!;
      }
      if (onPaper.has(personId)) continue; // same person listed twice: keep the first position
      onPaper.add(personId);
      const edgeKey = author.key + "|" + paperKey;
      if ((paperIdHasBar || author.idHasBar) && graph.hasEdge(edgeKey)) continue;
      graph.addUndirectedEdgeWithKey(edgeKey, author.key, paperKey, { kind: "authorship", position: authorship.position });
      // Degree-derived counts, written as the edges go in so the view and panels need not recompute them.
      author.attributes.papers++;
      authorCount++;
    }
    attributes.authors = authorCount;
  }
}

/** An author–author graph file: its links join people directly (keys `a:x|a:y`, sorted ends). */
function addCoauthorLinks(graph: AtlasGraph, network: NonNullable<GraphSource["coauthorNetwork"]>): void {
  for (const link of network.links) {
    const [a, b] = [authorNode(link.source), authorNode(link.target)].sort();
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b)) continue;
    const key = `${a}|${b}`;
    if (graph.hasEdge(key)) continue;
    graph.addUndirectedEdgeWithKey(key, a, b, { kind: "coauthor", position: -1, weight: Number.isFinite(link.weight) ? link.weight : 1 });
  }
}

/**
 * graphology keeps each node's neighbours in a plain object keyed by neighbour key. V8 gives such
 * an object a new hidden class for every key added while it is in "fast" mode, and with 100k
 * distinct node keys that means hundreds of thousands of one-use hidden classes; an object in
 * dictionary mode is a plain hash table. Adding and deleting two throw-away keys switches the
 * (still empty) object to dictionary mode up front. Enumeration order is insertion order either
 * way (node keys are never integer-like), so the graph is the same. Internal field: skipped if absent.
 */
const DICTIONARY_PROBE_A = "\u0000a";
const DICTIONARY_PROBE_B = "\u0000b";
function useDictionaryAdjacency(graph: AtlasGraph, node: string): void {
  const data = (graph as unknown as { _nodes?: Map<string, { undirected?: Record<string, unknown> }> })._nodes?.get(node);
  const adjacency = data?.undirected;
  if (!adjacency || typeof adjacency !== "object") return;
  adjacency[DICTIONARY_PROBE_A] = 0;
  adjacency[DICTIONARY_PROBE_B] = 0;
  delete adjacency[DICTIONARY_PROBE_A];
  delete adjacency[DICTIONARY_PROBE_B];
}
