import { describe, expect, it } from "vitest";
import { authorNode, buildGraph, paperNode } from "../../../src/graph/build.ts";
import { paper, peopleOf, smallCollection } from "./fixture.ts";

describe("buildGraph", () => {
  const graph = buildGraph(smallCollection());

  it("has one node per person and per paper, one edge per author slot", () => {
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect(graph.order).toBe(7 + 4);
    expect(graph.size).toBe(3 + 2 + 2 + 4);
  });

  it("inserts people first, then papers, in collection order", () => {
    expect(graph.nodes()).toEqual([
      "a:ann", "a:bob", "a:cy", "a:di", "a:eve", "a:fay", "a:gus",
      "p:alpha", "p:beta", "p:gamma", "p:big",
    ]);
  });

  it("sets author attributes", () => {
    expect(graph.getNodeAttributes(authorNode("ann"))).toEqual({ kind: "author", personId: "ann", label: "Ann Able", papers: 3, focal: true });
    expect(graph.getNodeAttributes(authorNode("di"))).toEqual({ kind: "author", personId: "di", label: "Di Dorn", papers: 1, focal: false });
  });

  it("sets paper attributes", () => {
    expect(graph.getNodeAttributes(paperNode("big"))).toEqual({ kind: "paper", paperId: "big", label: "Big", year: 2019, authors: 4, hyperauthored: true });
    expect(graph.getNodeAttributes(paperNode("gamma"))).toEqual({ kind: "paper", paperId: "gamma", label: "Gamma", authors: 2, hyperauthored: false });
  });

  it("keeps author positions on edges with deterministic keys", () => {
    expect(graph.getEdgeAttributes("a:cy|p:alpha")).toEqual({ kind: "authorship", position: 2 });
    expect(graph.edge("p:alpha", "a:cy")).toBe("a:cy|p:alpha");
    expect(graph.getEdgeAttributes("a:di|p:gamma").position).toBe(1);
  });

  it("keeps authors missing from people, and a person listed twice once (first position)", () => {
    const papers = [paper("p", "P", 2000, ["a", "ghost", "a"])];
    const g = buildGraph({ papers, people: peopleOf(papers, { a: "A" }) });
    expect(g.getNodeAttributes("a:ghost")).toEqual({ kind: "author", personId: "ghost", label: "GHOST", papers: 1, focal: false });
    expect(g.size).toBe(2);
    expect(g.getEdgeAttributes("a:a|p:p").position).toBe(0);
    expect(g.getNodeAttributes("p:p")).toMatchObject({ authors: 2 });
  });

  it("keeps the first paper of a duplicate id, a duplicate person's last attributes, and ids with `|` apart", () => {
    const papers = [paper("p", "P", 2000, ["a", "b"]), paper("p", "Again", 2001, ["c"]), paper("q", "Q", 2002, ["a|p:x", "a"])];
    const people = [...peopleOf(papers, { a: "A", b: "B" }), { id: "a", name: "A second", variants: [], ids: {}, paperIds: [] }];
    const g = buildGraph({ papers, people });
    expect(g.nodes()).toEqual(["a:a", "a:b", "p:p", "p:q", "a:a|p:x"]);
    expect(g.getNodeAttributes("p:p")).toMatchObject({ label: "P", authors: 2 });
    expect(g.getNodeAttributes("a:a")).toMatchObject({ label: "A second", papers: 2 });
    expect(g.edges()).toEqual(["a:a|p:p", "a:b|p:p", "a:a|p:x|p:q", "a:a|p:q"]);
  });

  it("lists neighbours in insertion order (adjacency objects switched to dictionary mode stay ordered)", () => {
    const papers = [paper("p1", "P1", 2000, ["z", "a", "m"]), paper("p2", "P2", 2001, ["m", "z"])];
    const g = buildGraph({ papers, people: peopleOf(papers, { z: "Z", a: "A", m: "M" }) });
    expect(g.neighbors("p:p1")).toEqual(["a:z", "a:a", "a:m"]);
    expect(g.neighbors("a:m")).toEqual(["p:p1", "p:p2"]);
    expect(g.neighbors("a:z")).toEqual(["p:p1", "p:p2"]);
  });
});
