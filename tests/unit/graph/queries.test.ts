import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { coauthorProjection, coauthorsOf, papersOf, sharedPapers } from "../../../src/graph/queries.ts";
import { hyperCollection, smallCollection } from "./fixture.ts";

const graph = buildGraph(smallCollection());

describe("papersOf", () => {
  it("sorts by year, newest first; undated last", () => {
    expect(papersOf(graph, "ann")).toEqual(["beta", "alpha", "big"]);
    expect(papersOf(graph, "bob")).toEqual(["beta", "alpha", "gamma"]);
    expect(papersOf(graph, "di")).toEqual(["gamma"]);
    expect(papersOf(graph, "nobody")).toEqual([]);
  });
});

describe("coauthorsOf", () => {
  it("ranks by shared papers, then name", () => {
    expect(coauthorsOf(graph, "ann")).toEqual([
      { personId: "bob", shared: 2 },
      { personId: "cy", shared: 1 },
      { personId: "eve", shared: 1 },
      { personId: "fay", shared: 1 },
      { personId: "gus", shared: 1 },
    ]);
    expect(coauthorsOf(graph, "bob")).toEqual([
      { personId: "ann", shared: 2 },
      { personId: "cy", shared: 1 },
      { personId: "di", shared: 1 },
    ]);
    expect(coauthorsOf(graph, "nobody")).toEqual([]);
  });
});

describe("sharedPapers", () => {
  it("lists papers both people wrote", () => {
    expect(sharedPapers(graph, "ann", "bob")).toEqual(["beta", "alpha"]);
    expect(sharedPapers(graph, "bob", "ann")).toEqual(["beta", "alpha"]);
    expect(sharedPapers(graph, "ann", "di")).toEqual([]);
    expect(sharedPapers(graph, "ann", "nobody")).toEqual([]);
  });
});

function weights(projection: ReturnType<typeof coauthorProjection>): Record<string, number> {
  const result: Record<string, number> = {};
  projection.forEachEdge((key, attributes) => {
    result[key] = attributes.weight;
  });
  return result;
}

describe("coauthorProjection", () => {
  it("full counting: one per shared paper", () => {
    const projection = coauthorProjection(graph, { counting: "full" });
    expect(projection.order).toBe(7);
    expect(weights(projection)).toEqual({
      "a:ann~a:bob": 2,
      "a:ann~a:cy": 1,
      "a:bob~a:cy": 1,
      "a:bob~a:di": 1,
      "a:ann~a:eve": 1,
      "a:ann~a:fay": 1,
      "a:ann~a:gus": 1,
      "a:eve~a:fay": 1,
      "a:eve~a:gus": 1,
      "a:fay~a:gus": 1,
    });
    expect(projection.getEdgeAttribute("a:ann~a:bob", "papers")).toEqual(["alpha", "beta"]);
    expect(projection.getNodeAttributes("a:ann")).toEqual({ personId: "ann", label: "Ann Able", focal: true, papers: 3 });
  });

  it("fractional counting: 1/(n-1) per pair", () => {
    const w = weights(coauthorProjection(graph, { counting: "fractional" }));
    expect(w["a:ann~a:bob"]).toBe(1.5); // 0.5 (alpha, 3 authors) + 1 (beta, 2 authors)
    expect(w["a:ann~a:cy"]).toBe(0.5);
    expect(w["a:bob~a:cy"]).toBe(0.5);
    expect(w["a:bob~a:di"]).toBe(1);
    expect(w["a:eve~a:fay"]).toBeCloseTo(1 / 3, 15);
    expect(w["a:ann~a:gus"]).toBeCloseTo(1 / 3, 15);
    // Each author gets total weight 1 per multi-author paper: ann has 3 such papers.
    const ann = Object.entries(w).filter(([k]) => k.split("~").includes("a:ann")).reduce((s, [, v]) => s + v, 0);
    expect(ann).toBeCloseTo(3, 12);
  });

  it("leaves hyperauthored papers out on request", () => {
    const projection = coauthorProjection(graph, { counting: "full", includeHyperauthored: false });
    expect(projection.nodes()).toEqual(["a:ann", "a:bob", "a:cy", "a:di"]);
    expect(weights(projection)).toEqual({ "a:ann~a:bob": 2, "a:ann~a:cy": 1, "a:bob~a:cy": 1, "a:bob~a:di": 1 });
    expect(projection.getNodeAttribute("a:ann", "papers")).toBe(2);
  });

  it("uses an explicit threshold instead of the paper flag", () => {
    const projection = coauthorProjection(graph, { counting: "fractional", includeHyperauthored: false, hyperauthorThreshold: 2 });
    expect(weights(projection)).toEqual({ "a:ann~a:bob": 1, "a:bob~a:di": 1 });
    const kept = coauthorProjection(graph, { counting: "full", includeHyperauthored: false, hyperauthorThreshold: 4 });
    expect(kept.size).toBe(10);
  });

  it("projects a 450-author paper (101,025 pairs) fast", () => {
    const big = buildGraph(hyperCollection(450));
    // CPU time of this process, not wall time: the test machine is shared. ~0.35 s when idle.
    const cpu = process.cpuUsage();
    const projection = coauthorProjection(big, { counting: "fractional" });
    const used = process.cpuUsage(cpu);
    const elapsed = (used.user + used.system) / 1000;
    expect(projection.order).toBe(450);
    expect(projection.size).toBe((450 * 449) / 2);
    expect(projection.getEdgeAttribute("a:x0~a:x449", "weight")).toBe(1 / 449);
    expect(projection.getEdgeAttribute("a:x0~a:x449", "papers")).toEqual(["huge"]);
    expect(elapsed).toBeLessThan(3000);
    const without = coauthorProjection(big, { counting: "full", includeHyperauthored: false });
    expect(without.order).toBe(0);
  });
});
