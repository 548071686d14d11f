/**
 * Hover and selection at scale: the partial restyle (changedItems) must leave sigma's cached
 * display data exactly as a full restyle would, and cost what changed, not the graph's size.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, type AtlasGraph } from "../../../src/graph/build.ts";
import type { Paper, Person } from "../../../src/model/types.ts";
import { changedItems, computeEmphasis, selectionEmphasis, withHover, type Emphasis, type EmphasisOptions } from "../../../src/view/emphasis.ts";
import { computeLooks } from "../../../src/view/style.ts";
import { edgeDisplay, nodeDisplay } from "../../../src/view/reducers.ts";
import { legendCloudNotes, type CloudNote } from "../../../src/view/simplification.ts";
import { movingSettings, renderInsteadOfRefreshAfterDrag, THIN_WHILE_MOVING_MIN_EDGES } from "../../../src/view/moving.ts";
import type { Selection } from "../../../src/app/state.ts";
import { NO_SELECTION } from "../../../src/app/state.ts";

/** Seeded lab-shaped graph: `labs` groups of 12 people, each paper 2–6 authors from one lab (sometimes two). */
function labGraph(labs: number, papersPerLab: number, seed = 7): AtlasGraph {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const papers: Paper[] = [];
  for (let lab = 0; lab < labs; lab++) {
    for (let i = 0; i < papersPerLab; i++) {
      const authors = new Set<string>([`l${lab}-0`]);
      const count = 2 + Math.floor(random() * 5);
      while (authors.size < count) {
        const other = random() < 0.1 ? (lab + 1) % labs : lab;
        authors.add(`l${other}-${Math.floor(random() * 12)}`);
      }
      papers.push({
        id: `l${lab}-p${i}`,
        title: `Paper ${i} of lab ${lab}`,
        year: 2000 + (i % 20),
        authors: [...authors].map((personId, position) => ({ personId, name: personId, position })),
        authorsTruncated: false,
        hyperauthored: false,
        sources: [],
      });
    }
  }
  const people = new Map<string, Person>();
  for (const paper of papers) {
    for (const { personId } of paper.authors) {
      const person = people.get(personId) ?? { id: personId, name: `Person ${personId}`, variants: [], ids: {}, paperIds: [] };
      person.paperIds.push(paper.id);
      people.set(personId, person);
    }
  }
  return buildGraph({ papers, people: [...people.values()], focalPersonId: "l0-0" });
}

type Shown = Record<string, unknown>;

/** What the view shows per node/edge for an emphasis (the reducers, plus the hovered flag the theme step reads). */
function showNode(graph: AtlasGraph, looks: ReturnType<typeof computeLooks>, node: string, emphasis: Emphasis): Shown {
  return { ...nodeDisplay(looks.get(node)!, node, { emphasis, cameraRatio: 1 }, node === "a:l0-0"), hovered: node === emphasis.hovered };
}

function showEdge(edge: string, emphasis: Emphasis): Shown {
  return { ...edgeDisplay(edge, false, { emphasis, cameraRatio: 1 }) };
}

describe("partial restyle on hover and selection", () => {
  const graph = labGraph(30, 12);
  const looks = computeLooks(graph);
  const nodes = graph.nodes();
  const authors = nodes.filter((node) => node.startsWith("a:"));

  for (const options of [{ dimOnHover: true, dimOnSelect: true }, { dimOnHover: false, dimOnSelect: true }, { dimOnHover: false, dimOnSelect: false }] as EmphasisOptions[]) {
    it(`restyling only changedItems gives the full restyle's picture (${JSON.stringify(options)})`, () => {
      let emphasis = computeEmphasis(graph, NO_SELECTION, undefined, options);
      const nodeCache = new Map(nodes.map((node) => [node, showNode(graph, looks, node, emphasis)]));
      const edgeCache = new Map(graph.edges().map((edge) => [edge, showEdge(edge, emphasis)]));
      const steps: [Selection, string | undefined][] = [
        [NO_SELECTION, authors[3]],
        [NO_SELECTION, authors[40]],
        [{ kind: "person", personId: authors[3].slice(2) }, authors[3]],
        [{ kind: "person", personId: authors[3].slice(2) }, "p:l5-p2"],
        [{ kind: "person", personId: authors[3].slice(2) }, undefined],
        [{ kind: "pair", personId: authors[3].slice(2), otherId: authors[4].slice(2) }, undefined],
        [{ kind: "paper", paperId: "l7-p1" }, authors[100]],
        [NO_SELECTION, authors[100]],
        [NO_SELECTION, undefined],
      ];
      let partial = 0;
      for (const [selection, hovered] of steps) {
        const next = computeEmphasis(graph, selection, hovered, options);
        const changed = changedItems(emphasis, next);
        if (changed) partial++;
        for (const node of changed ? changed.nodes : nodes) nodeCache.set(node, showNode(graph, looks, node, next));
        for (const edge of changed ? changed.edges : graph.edges()) edgeCache.set(edge, showEdge(edge, next));
        for (const node of nodes) expect(nodeCache.get(node), `${node} after ${JSON.stringify([selection, hovered])}`).toEqual(showNode(graph, looks, node, next));
        for (const edge of graph.edges()) expect(edgeCache.get(edge), edge).toEqual(showEdge(edge, next));
        emphasis = next;
      }
      // Without dimming every step is local; with dimming, all but the two that start or stop it.
      expect(partial).toBe(options.dimOnSelect === false ? steps.length : steps.length - 2);
    });
  }

  it("a hover next to a selection restyles the hover's neighbourhood, not the selection's", () => {
    const selection: Selection = { kind: "person", personId: "l0-0" };
    const options = { dimOnHover: false, dimOnSelect: false };
    const base = selectionEmphasis(graph, selection, options);
    expect(base.nodes.size).toBeGreaterThan(20);
    const hovered = "p:l20-p3";
    const changed = changedItems(withHover(graph, base, undefined, options), withHover(graph, base, hovered, options))!;
    expect(changed.nodes.sort()).toEqual([hovered, ...graph.neighbors(hovered)].filter((node) => !base.nodes.has(node) || node === hovered).sort());
    expect(changed.edges.sort()).toEqual(graph.edges(hovered).sort());
    // The cached selection emphasis is not touched by the hover.
    expect(base.nodes.has(hovered)).toBe(false);
    expect(base.hovered).toBeUndefined();
  });

  it("big graphs: a selection only emphasises (no dimming), so a click is a partial restyle too", () => {
    const options = { dimOnHover: false, dimOnSelect: false };
    const selected = computeEmphasis(graph, { kind: "paper", paperId: "l3-p0" }, undefined, options);
    expect(selected.dimOthers).toBe(false);
    const changed = changedItems(computeEmphasis(graph, NO_SELECTION, undefined, options), selected)!;
    expect(changed.nodes.sort()).toEqual(["p:l3-p0", ...graph.neighbors("p:l3-p0")].sort());
    const outside = nodes.find((node) => !selected.nodes.has(node))!;
    expect(showNode(graph, looks, outside, selected)).toEqual(showNode(graph, looks, outside, computeEmphasis(graph, NO_SELECTION)));
  });
});

describe("thinning while the camera moves", () => {
  it("only from THIN_WHILE_MOVING_MIN_EDGES edges on", () => {
    expect(movingSettings(1_200)).toEqual({ hideEdgesOnMove: false, hideLabelsOnMove: false });
    expect(movingSettings(THIN_WHILE_MOVING_MIN_EDGES)).toEqual({ hideEdgesOnMove: true, hideLabelsOnMove: true });
  });

  it("after a drag, one render replaces sigma's full refresh; a click (no drag) is left alone", async () => {
    const listeners: (() => void)[] = [];
    const captor = { draggedEvents: 0, on: (_event: "mouseup", listener: () => void) => listeners.push(listener) };
    let renders = 0;
    renderInsteadOfRefreshAfterDrag(captor, () => renders++);
    captor.draggedEvents = 5;
    listeners.forEach((listener) => listener());
    // Sigma's click test runs in the same task, before the microtask: it still sees the drag.
    expect(captor.draggedEvents).toBe(5);
    await Promise.resolve();
    expect(captor.draggedEvents).toBe(0);
    expect(renders).toBe(1);
    listeners.forEach((listener) => listener());
    await Promise.resolve();
    expect(renders).toBe(1);
  });
});

describe("legendCloudNotes", () => {
  const note = (satellites: number, i: number): CloudNote => ({ paperNode: `p:${i}`, satellites, authors: 100, text: `note ${i}` });

  it("keeps every note up to three, then the two largest and one line for the rest", () => {
    expect(legendCloudNotes([note(5, 1), note(4, 2), note(3, 3)])).toEqual(["note 1", "note 2", "note 3"]);
    expect(legendCloudNotes([note(5, 1), note(4, 2), note(3, 3), note(2, 4), note(1200, 5)])).toEqual([
      "note 1",
      "note 2",
      "1,205 more authors of very large papers (3 more notes) are drawn the same way.",
    ]);
  });
});
