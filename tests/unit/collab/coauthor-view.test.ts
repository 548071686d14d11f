import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { coauthorNoteText, coauthorStatusText, coauthorView, formatWeight, linkSize } from "../../../src/graph/coauthor-view.ts";
import { smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "../explore/default-graph.ts";

describe("coauthorView", () => {
  it("keeps every person, leaves out links of papers above the threshold, copies positions", () => {
    const graph = buildGraph(smallCollection());
    graph.forEachNode((node, attributes) => graph.mergeNodeAttributes(node, { x: node.length, y: attributes.kind === "author" ? 1 : 2 }));
    const view = coauthorView(graph, "full", 3);
    // "big" has 4 authors > 3: eve, fay, gus stay as unlinked nodes.
    expect(view.people).toBe(7);
    expect(view.excludedPapers).toBe(1);
    expect(view.graph.edges().sort()).toEqual(["a:ann~a:bob", "a:ann~a:cy", "a:bob~a:cy", "a:bob~a:di"]);
    expect(view.graph.getEdgeAttributes("a:ann~a:bob")).toEqual({ weight: 2, papers: ["alpha", "beta"] });
    expect(view.graph.degree("a:eve")).toBe(0);
    expect(view.graph.getNodeAttribute("a:eve", "x" as never)).toBe(5);
    expect(view.maxWeight).toBe(2);
  });

  it("fractional counting: 1/(n−1) per paper", () => {
    const view = coauthorView(buildGraph(smallCollection()), "fractional", 25);
    expect(view.graph.getEdgeAttribute("a:ann~a:bob", "weight")).toBeCloseTo(1 / 2 + 1, 10);
    expect(view.graph.getEdgeAttribute("a:ann~a:eve", "weight")).toBeCloseTo(1 / 3, 10);
    expect(view.excludedPapers).toBe(0);
  });

  it("the default dataset: 462 people, BIG-bench's links left out", () => {
    const view = coauthorView(defaultGraph().graph, "full", 25);
    expect(view.people).toBe(462);
    expect(view.excludedPapers).toBe(1);
    // Links among the 21 people of the other 7 papers only.
    expect(view.graph.filterNodes((node) => view.graph.degree(node) > 0).length).toBe(21);
    expect(view.graph.getEdgeAttribute(view.graph.edge("a:vinay-venkatesh-ramasesh", "a:kyle-aitken") as string, "weight")).toBe(2);
    expect(coauthorStatusText(view)).toBe(`462 people · ${view.links} coauthor links`);
    expect(coauthorNoteText(view)).toBe("Link weight: shared papers (full counting). Links from 1 paper with more than 25 authors are not drawn.");
  });

  it("sizes and formats weights", () => {
    expect(linkSize(1, 4)).toBe(3.4);
    expect(linkSize(4, 4)).toBe(6);
    expect(linkSize(1, 0)).toBe(0.8);
    expect(formatWeight(2)).toBe("2");
    expect(formatWeight(1 / 3)).toBe("0.33");
  });
});
