import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { initialState, type AppState } from "../../../src/app/state.ts";
import { createExploreLayer, EXCLUDED_PAPER_COLOR, inHighlightedCommunity, OTHER_COMMUNITIES } from "../../../src/view/explore-layer.ts";
import { communityLegend, yearLegendStops } from "../../../src/view/explore-legend.ts";
import { communitiesFor, UNCOUNTED_COLOR } from "../../../src/graph/communities.ts";
import { satelliteNodes } from "../../../src/layout/satellites.ts";
import { computeLooks } from "../../../src/view/style.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import { yearsUnderBrush } from "../../../src/panels/timeline.ts";
import { rangeFromInputs } from "../../../src/panels/explore-bar.ts";
import { contextInRange, graphInRange } from "../../../src/app/range-context.ts";
import { papersOf, coauthorsOf } from "../../../src/graph/queries.ts";
import { smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "./default-graph.ts";
import type { AtlasContext } from "../../../src/app/context.ts";

const state = (patch: Partial<AppState>): AppState => ({ ...initialState(), ...patch });

describe("explore layer (what the settings change in the drawing)", () => {
  const { graph } = defaultGraph();
  const satellites = satelliteNodes(graph);
  const looks = computeLooks(graph, { satellites });
  const display = (layer: ReturnType<typeof createExploreLayer>, node: string) => layer.node(node, { color: layer.look(node, looks.get(node)!).color, labelVisibility: "auto", zIndex: 3 });

  it("hides papers outside the range and the people only on them, and their edges", () => {
    const layer = createExploreLayer(graph, satellites);
    expect(layer.update(state({ years: { from: 2021, to: 2021 } }))).toBe(true);
    expect(layer.update(state({ years: { from: 2021, to: 2021 } }))).toBe(false);
    expect(display(layer, "p:arxiv:2206.14858").visibility).toBe("hidden");
    expect(display(layer, "a:aitor-lewkowycz").visibility).toBe("hidden"); // 2022 and 2023 only
    expect(display(layer, "a:kyle-aitken").visibility).toBeUndefined();
    expect(layer.hiddenNodes().size).toBe(462 + 8 - (3 + 8)); // 2021: 3 papers, 8 people
    expect(layer.edge("a:aitor-lewkowycz|p:arxiv:2206.14858", {}).visibility).toBe("hidden");
    layer.update(state({}));
    expect(layer.hiddenNodes().size).toBe(0);
  });

  it("colours by community: members by rank, BIG-bench's crowd and the left-out paper grey", () => {
    const layer = createExploreLayer(graph, satellites);
    layer.update(state({ colorMode: "community" }));
    expect(display(layer, "a:cem-anil").color).toBe("#0072B2");
    expect(display(layer, "a:vinay-venkatesh-ramasesh").color).toBe("#E69F00");
    expect(display(layer, "a:aarohi-srivastava").color).toBe(UNCOUNTED_COLOR);
    expect(display(layer, "p:arxiv:2206.04615").color).toBe(EXCLUDED_PAPER_COLOR);
  });

  it("dims everyone outside a highlighted community and names its members", () => {
    const layer = createExploreLayer(graph, satellites);
    layer.update(state({ colorMode: "community", highlightedCommunity: 2 }));
    expect(display(layer, "a:kyle-aitken")).toMatchObject({ color: "#009E73", labelVisibility: "visible" });
    expect(display(layer, "a:ethan-dyer")).toMatchObject({ color: VIEW_COLORS.dimmedNode, labelVisibility: "hidden" });
    expect(layer.edge("a:kyle-aitken|p:arxiv:2110.15253", {}).color).toBe(VIEW_COLORS.strongEdge);
    expect(layer.edge("a:ethan-dyer|p:arxiv:2007.07400", {}).color).toBe(VIEW_COLORS.dimmedEdge);
    expect(inHighlightedCommunity(9, OTHER_COMMUNITIES)).toBe(true);
    expect(inHighlightedCommunity(3, OTHER_COMMUNITIES)).toBe(false);
    expect(inHighlightedCommunity(undefined, 0)).toBe(false);
  });

  it("a threshold above 450 gives BIG-bench's crowd normal discs; below 10 makes the Minerva-only people a cloud", () => {
    const layer = createExploreLayer(graph, satellites);
    expect(looks.get("a:aarohi-srivastava")!.satellite).toBe(true);
    layer.update(state({ hyperThreshold: 500 }));
    const crowd = layer.look("a:aarohi-srivastava", looks.get("a:aarohi-srivastava")!);
    expect(crowd).toMatchObject({ satellite: false, labelRule: "zoom", color: VIEW_COLORS.author });
    layer.update(state({ hyperThreshold: 9 }));
    expect(layer.look("a:henryk-michalewski", looks.get("a:henryk-michalewski")!)).toMatchObject({ satellite: true, size: 2, labelRule: "never" });
    expect(layer.look("a:vinay-venkatesh-ramasesh", looks.get("a:vinay-venkatesh-ramasesh")!).satellite).toBe(false);
  });

  it("colours by first year on viridis", () => {
    const layer = createExploreLayer(graph, satellites);
    layer.update(state({ colorMode: "year" }));
    expect(display(layer, "a:ambrose-slone").color).toBe("#46085c"); // 2020: the darkest
    expect(display(layer, "a:aarohi-srivastava").color).toBe("#a2da37"); // 2023
  });
});

describe("legends", () => {
  it("names each community by its best-known members, with the number of people", () => {
    const { graph } = defaultGraph();
    const legend = communityLegend(graph, communitiesFor(graph), 25);
    expect(legend.entries.map((entry) => [entry.rank, entry.color, entry.people])).toEqual([
      [0, "#0072B2", 10],
      [1, "#E69F00", 6],
      [2, "#009E73", 5],
    ]);
    expect(legend.entries[1].label).toBe("Vinay Venkatesh Ramasesh, Ethan Dyer +4");
    expect(legend.uncounted).toBe("441 people only on papers with more than 25 authors: in no community");
  });

  it("labels the year scale at the ends and up to three years between", () => {
    expect(yearLegendStops({ min: 2020, max: 2023 })).toEqual([2020, 2021, 2022, 2023]);
    expect(yearLegendStops({ min: 2020, max: 2020 })).toEqual([2020]);
    expect(yearLegendStops({ min: 1990, max: 2024 })).toEqual([1990, 1999, 2008, 2017, 2024]);
  });
});

describe("time controls", () => {
  const bins = [2020, 2021, 2022, 2023].map((year) => ({ year }));
  const centre = (year: number) => 10 + (year - 2020) * 20; // columns 20 px apart

  it("snaps a brush to the years whose column centres it covers", () => {
    expect(yearsUnderBrush(bins, centre, 0, 35)).toEqual({ from: 2020, to: 2021 });
    expect(yearsUnderBrush(bins, centre, 45, 75)).toEqual({ from: 2022, to: 2023 });
    // Too narrow to cover a centre: the nearest year.
    expect(yearsUnderBrush(bins, centre, 31, 33)).toEqual({ from: 2021, to: 2021 });
    expect(yearsUnderBrush([], centre, 0, 10)).toBeUndefined();
  });

  it("reads typed years, swapping and clamping them", () => {
    const extent = { min: 2020, max: 2023 };
    expect(rangeFromInputs("2021", "2022", extent)).toEqual({ from: 2021, to: 2022 });
    expect(rangeFromInputs("2023", "2021", extent)).toEqual({ from: 2021, to: 2023 });
    expect(rangeFromInputs("1900", "2021", extent)).toEqual({ from: 2020, to: 2021 });
    expect(rangeFromInputs("", "2021", extent)).toBeUndefined();
    expect(rangeFromInputs("20.5", "2021", extent)).toBeUndefined();
    expect(rangeFromInputs("1900", "1950", extent)).toBeUndefined();
  });
});

describe("panels under a year filter", () => {
  it("see only the papers in the range and the people on them", () => {
    const graph = buildGraph(smallCollection());
    const sub = graphInRange(graph, { from: 2020, to: 2021 });
    expect(sub.nodes().sort()).toEqual(["a:ann", "a:bob", "a:cy", "p:alpha", "p:beta"]);
    expect(papersOf(sub, "bob")).toEqual(["beta", "alpha"]);
    expect(coauthorsOf(sub, "ann").map((row) => [row.personId, row.shared])).toEqual([
      ["bob", 2],
      ["cy", 1],
    ]);
    expect(sub.getNodeAttribute("a:ann", "papers" as never)).toBe(2);
    // The full graph is untouched.
    expect(graph.order).toBe(11);
  });

  it("caches the filtered context per range and passes the context through without one", () => {
    const graph = buildGraph(smallCollection());
    const context = { graph } as unknown as AtlasContext;
    expect(contextInRange(context, undefined)).toBe(context);
    const a = contextInRange(context, { from: 2020, to: 2020 });
    expect(contextInRange(context, { from: 2020, to: 2020 })).toBe(a);
    expect(contextInRange(context, { from: 2021, to: 2021 }).graph.order).toBe(3);
  });
});

describe("status line", () => {
  it("is the dataset line without a range and 'Showing N of M papers' with one", async () => {
    const { exploreStatusText } = await import("../../../src/app/explore.ts");
    const graph = buildGraph(smallCollection());
    const context = { graph, atlas: { papers: new Array(4), people: new Array(7) } } as unknown as AtlasContext;
    expect(exploreStatusText(context, {})).toBe("4 papers · 7 people");
    expect(exploreStatusText(context, { years: { from: 2021, to: 2021 } })).toBe("Showing 1 of 4 papers (2021) · 2 of 7 people · 1 without a year hidden");
  });
});

describe("cloud note under another threshold", () => {
  it("counts who is drawn small", async () => {
    const { cloudNoteForThreshold } = await import("../../../src/app/explore.ts");
    const { graph } = defaultGraph();
    expect(cloudNoteForThreshold(graph, 500)).toBeUndefined();
    expect(cloudNoteForThreshold(graph, 25)).toBe("441 people only on papers with more than 25 authors are drawn small and unlabelled around them.");
    // Minerva's 14 authors minus Ramasesh, Lewkowycz, Dyer and Slone (who also wrote smaller papers) join the 441.
    expect(cloudNoteForThreshold(graph, 9)).toBe("451 people only on papers with more than 9 authors are drawn small and unlabelled around them.");
  });
});
