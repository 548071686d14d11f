import { describe, expect, it } from "vitest";
import { buildFixtureContext } from "../panels/fixture.ts";
import { chipsOf, pathView } from "../../../src/panels/collab-model.ts";
import { focusSummary } from "../../../src/panels/collab-bar.ts";
import { collabStateFor } from "../../../src/app/collab-state.ts";
import { createCollabLayer, LABEL_ALL_BELOW } from "../../../src/view/collab-layer.ts";

describe("collaboration panel models", () => {
  const context = buildFixtureContext();

  it("lists a path as person, paper, person rows with a summary", () => {
    const view = pathView(context, { from: "kyle", to: "maithra" });
    expect(view?.summary).toBe("Collaboration distance 2: 2 papers, through 1 person");
    expect(view?.rows.map((row) => (row.kind === "person" ? row.name : row.title))).toEqual([
      "Kyle Aitken",
      // Both of Kyle's papers have 4 authors and the same year: the title decides.
      "The geometry of integration in text classification RNNs",
      "Vinay Ramasesh",
      "Anatomy of Catastrophic Forgetting",
      "Maithra Raghu",
    ]);
    expect(view?.rows[1]).toEqual({ kind: "paper", paperId: "arxiv:2010.15114", title: "The geometry of integration in text classification RNNs", meta: "ICLR · 2021" });
  });

  it("says not connected, and nothing for an unknown person", () => {
    const lonely = buildFixtureContext();
    (lonely.people as Map<string, import("../../../src/model/types.ts").Person>).set("solo", { id: "solo", name: "Solo Person", variants: ["Solo Person"], ids: {}, paperIds: [] });
    lonely.graph.addNode("a:solo", { kind: "author", personId: "solo", label: "Solo Person", papers: 0, focal: false });
    const view = pathView(lonely, { from: "kyle", to: "solo" });
    expect(view?.rows).toEqual([]);
    expect(view?.distance).toBeUndefined();
    expect(view?.summary).toBe("Kyle Aitken and Solo Person are not connected in this dataset: no chain of coauthors joins them.");
    expect(pathView(context, { from: "kyle", to: "nobody" })).toBeUndefined();
  });

  it("chips keep known people in order", () => {
    expect(chipsOf(context, ["ethan", "nobody", "kyle"])).toEqual([
      { personId: "ethan", name: "Ethan Dyer" },
      { personId: "kyle", name: "Kyle Aitken" },
    ]);
  });

  it("summarises the focus in the bar", () => {
    expect(focusSummary(context, { focus: { personIds: ["maithra"], hops: 1 } })).toBe("Focus: Maithra Raghu, 1 hop · 3 people, 1 paper");
    expect(focusSummary(context, { focus: { personIds: ["kyle", "ethan"], hops: 1 } })).toBe("Focus: only these 2 people · 2 people, 0 papers");
    expect(focusSummary(context, {})).toBeUndefined();
  });

  it("fits URL state to a dataset: unknown people dropped, a set from an 'only these people' link", () => {
    expect(collabStateFor(context, { focus: { personIds: ["nobody", "kyle", "ethan"], hops: 2 }, path: { from: "kyle", to: "nobody" } })).toEqual({
      focus: { personIds: ["kyle", "ethan"], hops: 2 },
      path: undefined,
      peopleSet: ["kyle", "ethan"],
    });
    expect(collabStateFor(context, { focus: { personIds: ["nobody"], hops: 1 } })).toEqual({ focus: undefined, path: undefined, peopleSet: undefined });
  });
});

describe("collab view layer", () => {
  const { graph } = buildFixtureContext();

  it("hides what is outside the focus, with the edges to it", () => {
    const layer = createCollabLayer(graph);
    expect(layer.update({ focus: { personIds: ["maithra"], hops: 1 } })).toBe(true);
    expect(layer.update({ focus: { personIds: ["maithra"], hops: 1 } })).toBe(false);
    expect(layer.node("a:kyle", { color: "#000" }).visibility).toBe("hidden");
    // Small network: labelled.
    expect(layer.node("a:ethan", { color: "#000", labelVisibility: "auto" })).toEqual({ color: "#000", labelVisibility: "visible" });
    expect(graph.order).toBeLessThan(LABEL_ALL_BELOW);
    expect(layer.edge("a:kyle|p:arxiv:2110.15253", {}).visibility).toBe("hidden");
    expect(layer.edge("a:ethan|p:arxiv:2007.07400", { color: "#111" })).toEqual({ color: "#111" });
  });

  it("draws the path on top and dims the rest, showing path nodes a focus would hide", () => {
    const layer = createCollabLayer(graph);
    layer.update({ path: { from: "kyle", to: "maithra" }, focus: { personIds: ["maithra"], hops: 1 } });
    expect(layer.node("a:kyle", { size: 4 })).toMatchObject({ visibility: "visible", labelVisibility: "visible", zIndex: 40, size: 8 });
    expect(layer.node("a:jose", {}).visibility).toBe("hidden");
    expect(layer.node("a:ethan", { color: "#000" }).color).toBe("#dfe3e8");
    expect(layer.edge("a:kyle|p:arxiv:2010.15114", {})).toMatchObject({ visibility: "visible", size: 3, depth: "topEdges" });
    expect([...layer.pathNodes()]).toEqual(["a:kyle", "p:arxiv:2010.15114", "a:vinay", "p:arxiv:2007.07400", "a:maithra"]);
  });
});
