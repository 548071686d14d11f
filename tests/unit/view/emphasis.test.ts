import { describe, expect, it } from "vitest";
import { changedItems, computeEmphasis, framingNodes, selectedNodes } from "../../../src/view/emphasis.ts";
import { selectionForClick, areCoauthors } from "../../../src/view/click.ts";
import { cloudNotes } from "../../../src/view/simplification.ts";
import { satelliteAuthors, computeLooks } from "../../../src/view/style.ts";
import { edgeDisplay, nodeDisplay } from "../../../src/view/reducers.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import { NO_SELECTION } from "../../../src/app/state.ts";
import { fixtureGraph } from "./fixture.ts";

const graph = fixtureGraph();

describe("computeEmphasis", () => {
  it("is inactive with nothing selected or hovered", () => {
    const emphasis = computeEmphasis(graph, NO_SELECTION);
    expect(emphasis.active).toBe(false);
    expect(emphasis.nodes.size).toBe(0);
  });

  it("hover: the node and its neighbours", () => {
    const emphasis = computeEmphasis(graph, NO_SELECTION, "p:p1");
    expect([...emphasis.nodes.entries()].sort()).toEqual([
      ["a:aitor", "related"],
      ["a:ethan", "related"],
      ["a:vinay", "related"],
      ["p:p1", "focus"],
    ]);
    expect(emphasis.edges.size).toBe(3);
  });

  it("person: the author, their papers, and their coauthors", () => {
    const emphasis = computeEmphasis(graph, { kind: "person", personId: "sam" });
    expect(emphasis.nodes.get("a:sam")).toBe("focus");
    expect(emphasis.nodes.get("p:p3")).toBe("related");
    expect(emphasis.nodes.get("a:vinay")).toBe("related");
    expect(emphasis.nodes.has("p:p1")).toBe(false);
    expect(emphasis.edges).toEqual(new Set(["a:sam|p:p3"]));
    expect(emphasis.selected).toEqual(["a:sam"]);
  });

  it("pair: the two people and only the papers they share", () => {
    const emphasis = computeEmphasis(graph, { kind: "pair", personId: "vinay", otherId: "ethan" });
    expect([...emphasis.nodes.keys()].sort()).toEqual(["a:ethan", "a:vinay", "p:big", "p:p1", "p:p2"]);
    expect(emphasis.edges.size).toBe(6);
  });

  it("ignores a selection naming unknown nodes", () => {
    expect(computeEmphasis(graph, { kind: "person", personId: "nobody" }).active).toBe(false);
    expect(selectedNodes(graph, { kind: "paper", paperId: "p1" })).toEqual(["p:p1"]);
  });
});

describe("selectionForClick", () => {
  it("selects a paper, an author, and a pair when clicking a coauthor of the selected author", () => {
    expect(selectionForClick(graph, "p:p2", NO_SELECTION)).toEqual({ kind: "paper", paperId: "p2" });
    expect(selectionForClick(graph, "a:sam", NO_SELECTION)).toEqual({ kind: "person", personId: "sam" });
    const person = { kind: "person", personId: "vinay" } as const;
    expect(selectionForClick(graph, "a:sam", person)).toEqual({ kind: "pair", personId: "vinay", otherId: "sam" });
    expect(selectionForClick(graph, "a:vinay", person)).toEqual(person);
  });

  it("switches the partner of a pair, and selects a non-coauthor alone", () => {
    const pair = { kind: "pair", personId: "vinay", otherId: "sam" } as const;
    expect(selectionForClick(graph, "a:aitor", pair)).toEqual({ kind: "pair", personId: "vinay", otherId: "aitor" });
    expect(selectionForClick(graph, "a:zoe", pair)).toEqual({ kind: "person", personId: "zoe" });
    expect(areCoauthors(graph, "a:zoe", "a:vinay")).toBe(false);
  });
});

describe("cloudNotes", () => {
  it("says how many authors are drawn as a cloud around the hyperauthored paper", () => {
    const notes = cloudNotes(graph, satelliteAuthors(graph));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ paperNode: "p:big", satellites: 28, authors: 30 });
    expect(notes[0].text).toBe(
      "28 authors who appear only on “Beyond the Imitation Game” (30 authors) are drawn as a small cloud around it, unlabelled.",
    );
  });
});

describe("reducers", () => {
  const looks = computeLooks(graph);
  const plain = { emphasis: computeEmphasis(graph, NO_SELECTION), cameraRatio: 1 };

  it("plain view: base look, paper labels hidden until zoomed in", () => {
    expect(nodeDisplay(looks.get("p:p1")!, "p:p1", plain, false).labelVisibility).toBe("hidden");
    expect(nodeDisplay(looks.get("p:p1")!, "p:p1", { ...plain, cameraRatio: 0.3 }, false).labelVisibility).toBe("auto");
    expect(nodeDisplay(looks.get("a:vinay")!, "a:vinay", plain, true)).toMatchObject({ labelVisibility: "visible", color: VIEW_COLORS.focal });
    expect(edgeDisplay("a:crowd-01|p:big", true, plain)).toMatchObject({ size: 0.5, color: VIEW_COLORS.satelliteEdge });
  });

  it("selection: focus grows and is labelled, related papers labelled, the rest dimmed but the focal researcher keeps a label", () => {
    const frame = { emphasis: computeEmphasis(graph, { kind: "person", personId: "sam" }), cameraRatio: 1 };
    expect(nodeDisplay(looks.get("a:sam")!, "a:sam", frame, false)).toMatchObject({ labelVisibility: "visible", depth: "topNodes", backdropVisibility: "visible" });
    expect(nodeDisplay(looks.get("p:p3")!, "p:p3", frame, false).backdropVisibility).toBeUndefined();
    expect(nodeDisplay(looks.get("p:p3")!, "p:p3", frame, false).labelVisibility).toBe("visible");
    expect(nodeDisplay(looks.get("p:p1")!, "p:p1", frame, false)).toMatchObject({ color: VIEW_COLORS.dimmedNode, labelVisibility: "hidden" });
    expect(nodeDisplay(looks.get("a:vinay")!, "a:vinay", frame, true).labelVisibility).toBe("visible");
    expect(edgeDisplay("a:sam|p:p3", false, frame)).toMatchObject({ color: VIEW_COLORS.strongEdge, depth: "topEdges" });
    expect(edgeDisplay("a:vinay|p:p1", false, frame)).toMatchObject({ color: VIEW_COLORS.dimmedEdge });
  });
});

describe("framingNodes", () => {
  it("frames a pair with their shared papers only, an author with their papers, a paper with its authors", () => {
    expect(framingNodes(graph, { kind: "pair", personId: "vinay", otherId: "sam" }).sort()).toEqual(["a:sam", "a:vinay", "p:p3"]);
    expect(framingNodes(graph, { kind: "person", personId: "sam" }).sort()).toEqual(["a:sam", "p:p3"]);
    expect(framingNodes(graph, { kind: "paper", paperId: "p1" }).sort()).toEqual(["a:aitor", "a:ethan", "a:vinay", "p:p1"]);
    expect(framingNodes(graph, { kind: "none" })).toEqual([]);
  });
});

describe("hover in big graphs", () => {
  const looks = computeLooks(graph);
  it("emphasises without dimming when dimOnHover is off, and only redraws what changed", () => {
    const plain = computeEmphasis(graph, NO_SELECTION);
    const hover = computeEmphasis(graph, NO_SELECTION, "p:p1", { dimOnHover: false });
    expect(hover).toMatchObject({ active: true, dimOthers: false });
    const frame = { emphasis: hover, cameraRatio: 1 };
    expect(nodeDisplay(looks.get("p:p2")!, "p:p2", frame, false).color).toBe(VIEW_COLORS.paper);
    expect(nodeDisplay(looks.get("p:p1")!, "p:p1", frame, false).labelVisibility).toBe("visible");
    expect(edgeDisplay("a:sam|p:p3", false, frame).color).toBe(VIEW_COLORS.edge);
    expect(changedItems(plain, hover)).toEqual({ nodes: ["p:p1", "a:vinay", "a:aitor", "a:ethan"], edges: [...hover.edges] });
  });

  it("redraws everything when dimming starts or stops", () => {
    const plain = computeEmphasis(graph, NO_SELECTION);
    expect(changedItems(plain, computeEmphasis(graph, NO_SELECTION, "p:p1"))).toBeUndefined();
    const selected = computeEmphasis(graph, { kind: "person", personId: "sam" }, undefined, { dimOnHover: false });
    expect(selected.dimOthers).toBe(true);
    expect(changedItems(selected, computeEmphasis(graph, { kind: "person", personId: "sam" }, "p:p1", { dimOnHover: false }))).toBeDefined();
  });
});
