import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { collaborationPath, pathElements } from "../../../src/graph/path.ts";
import { paper, peopleOf, smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "../explore/default-graph.ts";

describe("collaborationPath", () => {
  const graph = buildGraph(smallCollection());

  it("joins two coauthors by one paper, preferring the paper with fewer authors", () => {
    // ann and bob share alpha (3 authors) and beta (2 authors).
    expect(collaborationPath(graph, "ann", "bob")).toEqual({ people: ["ann", "bob"], papers: ["beta"] });
  });

  it("walks person–paper–person across two papers", () => {
    expect(collaborationPath(graph, "cy", "di")).toEqual({ people: ["cy", "bob", "di"], papers: ["alpha", "gamma"] });
    expect(collaborationPath(graph, "eve", "di")).toEqual({ people: ["eve", "ann", "bob", "di"], papers: ["big", "beta", "gamma"] });
  });

  it("says null for an unknown person or a paper id, and one person for the same person twice", () => {
    expect(collaborationPath(graph, "ann", "nobody")).toBeNull();
    expect(collaborationPath(graph, "alpha", "ann")).toBeNull();
    expect(collaborationPath(graph, "ann", "ann")).toEqual({ people: ["ann"], papers: [] });
  });

  it("says null when no chain joins two people", () => {
    const papers = [paper("one", "One", 2020, ["a", "b"]), paper("two", "Two", 2021, ["c", "d"])];
    const split = buildGraph({ papers, people: peopleOf(papers, { a: "A", b: "B", c: "C", d: "D" }) });
    expect(collaborationPath(split, "a", "d")).toBeNull();
    expect(collaborationPath(split, "a", "b")).toEqual({ people: ["a", "b"], papers: ["one"] });
  });

  it("breaks ties between people by name, whatever the insertion order", () => {
    // x reaches z through either "Mia" or "Abe" (both on p1 with x); Abe comes first by name.
    const papers = [paper("p1", "P1", 2020, ["x", "m", "a"]), paper("p3", "P3", 2020, ["m", "z"]), paper("p4", "P4", 2020, ["a", "z"])];
    const names = { x: "Xi", m: "Mia", a: "Abe", z: "Zed" };
    const forward = buildGraph({ papers, people: peopleOf(papers, names) });
    const reversed = buildGraph({ papers: [...papers].reverse(), people: peopleOf(papers, names).reverse() });
    const expected = { people: ["x", "a", "z"], papers: ["p1", "p4"] };
    expect(collaborationPath(forward, "x", "z")).toEqual(expected);
    expect(collaborationPath(reversed, "x", "z")).toEqual(expected);
  });

  it("lists the nodes and authorship edges to draw", () => {
    expect(pathElements({ people: ["cy", "bob", "di"], papers: ["alpha", "gamma"] })).toEqual({
      nodes: ["a:cy", "p:alpha", "a:bob", "p:gamma", "a:di"],
      edges: ["a:cy|p:alpha", "a:bob|p:alpha", "a:bob|p:gamma", "a:di|p:gamma"],
    });
  });
});

describe("collaborationPath on the default dataset", () => {
  const { graph } = defaultGraph();
  const titleOf = (id: string) => graph.getNodeAttribute(`p:${id}`, "label");

  it("joins two BIG-bench-only authors through BIG-bench alone", () => {
    const path = collaborationPath(graph, "aarohi-srivastava", "ziyi-wu");
    expect(path?.people).toEqual(["aarohi-srivastava", "ziyi-wu"]);
    expect(path?.papers.map(titleOf)).toEqual(["Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models"]);
  });

  it("reaches Kyle Aitken through Vinay Ramasesh: BIG-bench, then the smaller of their two shared papers", () => {
    const path = collaborationPath(graph, "aarohi-srivastava", "kyle-aitken");
    expect(path?.people).toEqual(["aarohi-srivastava", "vinay-venkatesh-ramasesh", "kyle-aitken"]);
    expect(path?.papers.map(titleOf)).toEqual([
      "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models",
      "Understanding How Encoder-Decoder Architectures Attend",
    ]);
  });
});
