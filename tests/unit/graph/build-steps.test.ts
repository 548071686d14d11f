import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { buildAtlas } from "../../../src/dataset/index.ts";
import { atlasToCollection } from "../../../src/dataset/read.ts";
import { buildGraph, buildGraphSteps, type AtlasGraph, type GraphSource, type GraphStepOptions } from "../../../src/graph/build.ts";
import { generateBibtex } from "../../../bench/generate.ts";
import type { Paper, Person } from "../../../src/model/types.ts";

function run(collection: GraphSource, options?: GraphStepOptions) {
  const steps = buildGraphSteps(collection, options);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { graph: step.value, pauses };
    pauses++;
  }
}

/**
 * The graph spelled out with graphology's checked API, one obvious step at a time: what the
 * fast builder (its own key map, no repeated checks, dictionary-mode adjacency) must equal.
 */
function referenceGraph(collection: GraphSource): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const focal = collection.focalPersonId;
  for (const person of collection.people) {
    graph.mergeNode("a:" + person.id, { kind: "author", personId: person.id, label: person.name, papers: 0, focal: person.id === focal });
  }
  for (const paper of collection.papers) {
    const paperKey = "p:" + paper.id;
    if (graph.hasNode(paperKey)) continue;
    graph.addNode(paperKey, { kind: "paper", paperId: paper.id, label: paper.title, authors: 0, hyperauthored: paper.hyperauthored, ...(paper.year !== undefined ? { year: paper.year } : {}) });
    for (const { personId, name, position } of paper.authors) {
      const authorKey = "a:" + personId;
      if (!graph.hasNode(authorKey)) graph.addNode(authorKey, { kind: "author", personId, label: name, papers: 0, focal: personId === focal });
      const edgeKey = authorKey + "|" + paperKey;
      if (graph.hasEdge(authorKey, paperKey) || graph.hasEdge(edgeKey)) continue;
      graph.addUndirectedEdgeWithKey(edgeKey, authorKey, paperKey, { kind: "authorship", position });
    }
  }
  for (const link of collection.coauthorNetwork?.links ?? []) {
    const [a, b] = ["a:" + link.source, "a:" + link.target].sort();
    if (a === b || !graph.hasNode(a) || !graph.hasNode(b) || graph.hasEdge(`${a}|${b}`)) continue;
    graph.addUndirectedEdgeWithKey(`${a}|${b}`, a, b, { kind: "coauthor", position: -1, weight: Number.isFinite(link.weight) ? link.weight : 1 });
  }
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "paper") attributes.authors = graph.degree(node);
    else attributes.papers = graph.neighbors(node).filter((other) => graph.getNodeAttribute(other, "kind") === "paper").length;
  });
  return graph;
}

/** Nodes, edges, attributes and every node's neighbour and edge order: what the view and the layout see. */
function fingerprint(graph: AtlasGraph): string {
  const adjacency = graph.mapNodes((node) => `${node}>${graph.neighbors(node).join(",")};${graph.edges(node).join(",")}`);
  return JSON.stringify(graph.export()) + "\n" + adjacency.join("\n");
}

const person = (id: string, name: string): Person => ({ id, name, variants: [], ids: {}, paperIds: [] });
const paper = (id: string, authors: [string, string][], extra: Partial<Paper> = {}): Paper => ({
  id,
  title: id.toUpperCase(),
  authors: authors.map(([personId, name], position) => ({ personId, name, position })),
  authorsTruncated: false,
  hyperauthored: false,
  sources: [],
  ...extra,
});

const oddities: GraphSource = {
  focalPersonId: "b",
  people: [person("a", "A"), person("b", "B"), person("a", "A again"), person("x|p:y", "Pipe")],
  papers: [
    paper("p1", [["a", "A"], ["ghost", "Ghost Writer"], ["a", "A."]]),
    paper("p1", [["b", "B"]]),
    paper("p2", [["b", "B"], ["ghost", "G"]], { year: 2001, hyperauthored: true }),
    paper("z", [["x|p:y", "Pipe"]]),
    paper("y|p:z", [["x", "X"], ["b", "B"]]),
  ],
};

describe("buildGraph builds what the reference spells out", () => {
  it("on the default dataset", () => {
    const atlas = buildAtlas([{ name: "ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") }]);
    const graph = buildGraph(atlasToCollection(atlas));
    expect(graph.order).toBe(8 + 462);
    expect(fingerprint(graph)).toBe(fingerprint(referenceGraph(atlasToCollection(atlas))));
  });

  it("on hand-made oddities: duplicate paper and person ids, unknown people, a person listed twice, ids whose keys collide", () => {
    const graph = buildGraph(oddities);
    expect(fingerprint(graph)).toBe(fingerprint(referenceGraph(oddities)));
    expect(graph.getNodeAttribute("a:ghost", "label")).toBe("Ghost Writer");
    expect(graph.getNodeAttribute("a:a", "label")).toBe("A again");
    expect(graph.getEdgeAttribute("a:a|p:p1", "position")).toBe(0);
    // `a:x|p:y` + `|p:z` and `a:x` + `|p:y|p:z` spell the same key: the first edge keeps it.
    expect(graph.hasEdge("a:x|p:y|p:z")).toBe(true);
    expect(graph.hasEdge("a:x", "p:y|p:z")).toBe(false);
    expect(graph.getNodeAttributes("p:y|p:z")).toMatchObject({ authors: 1 });
  });

  it("on an author–author graph file (coauthor links, papers counted from paper neighbours)", () => {
    const network: GraphSource = {
      people: [person("a", "A"), person("b", "B"), person("c", "C")],
      papers: [paper("p", [["a", "A"]])],
      coauthorNetwork: {
        people: [],
        links: [
          { source: "b", target: "a", weight: 2 },
          { source: "a", target: "b", weight: 5 },
          { source: "c", target: "c", weight: 1 },
          { source: "c", target: "nobody", weight: 1 },
          { source: "c", target: "a", weight: Number.NaN },
        ],
      },
    };
    const graph = buildGraph(network);
    expect(fingerprint(graph)).toBe(fingerprint(referenceGraph(network)));
    expect(graph.edges()).toEqual(["a:a|p:p", "a:a|a:b", "a:a|a:c"]);
    expect(graph.getEdgeAttributes("a:a|a:b")).toEqual({ kind: "coauthor", position: -1, weight: 2 });
    expect(graph.getEdgeAttribute("a:a|a:c", "weight")).toBe(1);
    expect(graph.getNodeAttributes("a:a")).toMatchObject({ papers: 1 });
    expect(graph.getNodeAttributes("a:b")).toMatchObject({ papers: 0 });
  });
});

describe("buildGraphSteps gives the same graph however the work is sliced", () => {
  const atlas = buildAtlas([{ name: "gen.bib", text: generateBibtex({ records: 2000, seed: 5 }) }]);
  const collection = atlasToCollection(atlas);
  const expected = fingerprint(referenceGraph(collection));

  it("on a generated dataset, pausing every 1,500 papers and 8,000 people by default", () => {
    const { graph, pauses } = run(collection);
    expect(pauses).toBe(Math.ceil(collection.people.length / 8000) + Math.ceil(collection.papers.length / 1500));
    expect(fingerprint(graph)).toBe(expected);
    expect(fingerprint(buildGraph(collection))).toBe(expected);
  });

  it("in slices of any size (a slice below 1 counts as 1)", () => {
    expect(fingerprint(run(collection, { papersPerStep: 7, peoplePerStep: 333 }).graph)).toBe(expected);
    for (const size of [1, 2, 3, 0, -5, Number.NaN]) {
      const { graph, pauses } = run(oddities, { papersPerStep: size, peoplePerStep: size });
      expect(fingerprint(graph), String(size)).toBe(fingerprint(referenceGraph(oddities)));
      if (size <= 1 || Number.isNaN(size)) expect(pauses).toBe(oddities.people.length + oddities.papers.length);
    }
  });
});
