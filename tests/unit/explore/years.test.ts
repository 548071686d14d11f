import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { clampRange, formatRange, paperInRange, playFrames, rangeStatusText, visibleNodes, yearExtent, yearHistogram } from "../../../src/graph/years.ts";
import { paper, peopleOf, smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "./default-graph.ts";

describe("year histogram", () => {
  it("bins every year from the first to the last paper, zeros included, and counts undated papers apart", () => {
    const graph = buildGraph(smallCollection());
    expect(yearExtent(graph)).toEqual({ min: 2019, max: 2021 });
    expect(yearHistogram(graph)).toEqual({
      bins: [
        { year: 2019, count: 1 },
        { year: 2020, count: 1 },
        { year: 2021, count: 1 },
      ],
      undated: 1,
    });
  });

  it("leaves gap years at zero", () => {
    const papers = [paper("a", "A", 2010, ["x"]), paper("b", "B", 2013, ["x"]), paper("c", "C", 2013, ["y"])];
    const graph = buildGraph({ papers, people: peopleOf(papers, { x: "X", y: "Y" }) });
    expect(yearHistogram(graph).bins.map((bin) => bin.count)).toEqual([1, 0, 0, 2]);
  });

  it("has no bins when no paper has a year", () => {
    const papers = [paper("a", "A", undefined, ["x"])];
    const graph = buildGraph({ papers, people: peopleOf(papers, { x: "X" }) });
    expect(yearExtent(graph)).toBeUndefined();
    expect(yearHistogram(graph)).toEqual({ bins: [], undated: 1 });
  });

  it("caps a stray ancient year at 400 bins ending at the last year", () => {
    const papers = [paper("a", "A", 1000, ["x"]), paper("b", "B", 2020, ["x"])];
    const graph = buildGraph({ papers, people: peopleOf(papers, { x: "X" }) });
    const { bins } = yearHistogram(graph);
    expect(bins).toHaveLength(400);
    expect(bins[0].year).toBe(1621);
    expect(bins[399]).toEqual({ year: 2020, count: 1 });
  });

  it("the default dataset: 2020:1, 2021:3, 2022:3, 2023:1", () => {
    expect(yearHistogram(defaultGraph().graph).bins).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 3 },
      { year: 2022, count: 3 },
      { year: 2023, count: 1 },
    ]);
  });
});

describe("year filter", () => {
  it("keeps papers in the range (ends included); undated papers only without a range", () => {
    expect(paperInRange(2021, { from: 2021, to: 2022 })).toBe(true);
    expect(paperInRange(2022, { from: 2021, to: 2022 })).toBe(true);
    expect(paperInRange(2020, { from: 2021, to: 2022 })).toBe(false);
    expect(paperInRange(undefined, { from: 2021, to: 2022 })).toBe(false);
    expect(paperInRange(undefined, undefined)).toBe(true);
  });

  it("keeps the people on kept papers and nobody else", () => {
    const graph = buildGraph(smallCollection());
    const visible = visibleNodes(graph, { from: 2020, to: 2021 });
    expect([...visible.nodes].sort()).toEqual(["a:ann", "a:bob", "a:cy", "p:alpha", "p:beta"]);
    expect(visible).toMatchObject({ papers: 2, totalPapers: 4, people: 3, totalPeople: 7, undatedHidden: 1 });
    expect(rangeStatusText(visible, { from: 2020, to: 2021 })).toBe("Showing 2 of 4 papers (2020–2021) · 3 of 7 people · 1 without a year hidden");
  });

  it("2022 on the default dataset shows 3 of 8 papers and Minerva's 14 people", () => {
    const { graph } = defaultGraph();
    const visible = visibleNodes(graph, { from: 2022, to: 2022 });
    expect(visible.papers).toBe(3);
    expect(visible.totalPapers).toBe(8);
    // Effect of scale (3) and Length generalization (10) have no author outside Minerva's 14.
    expect(visible.people).toBe(14);
    expect(rangeStatusText(visible, { from: 2022, to: 2022 })).toBe("Showing 3 of 8 papers (2022) · 14 of 462 people");
  });

  it("clamps a range to the data and drops one that misses it", () => {
    expect(clampRange({ from: 1990, to: 2021 }, { min: 2019, max: 2023 })).toEqual({ from: 2019, to: 2021 });
    expect(clampRange({ from: 1990, to: 2000 }, { min: 2019, max: 2023 })).toBeUndefined();
    expect(clampRange({ from: 2020, to: 2021 }, undefined)).toBeUndefined();
    expect(formatRange({ from: 2020, to: 2020 })).toBe("2020");
    expect(formatRange({ from: 2020, to: 2022 })).toBe("2020–2022");
  });
});

describe("play frames", () => {
  it("grow from the first year when no range (or all years) is set", () => {
    const extent = { min: 2020, max: 2023 };
    const growing = [
      { from: 2020, to: 2020 },
      { from: 2020, to: 2021 },
      { from: 2020, to: 2022 },
      { from: 2020, to: 2023 },
    ];
    expect(playFrames(extent)).toEqual(growing);
    expect(playFrames(extent, { from: 2020, to: 2023 })).toEqual(growing);
  });

  it("slide a narrower range across the years, keeping its width", () => {
    expect(playFrames({ min: 2020, max: 2023 }, { from: 2022, to: 2023 })).toEqual([
      { from: 2020, to: 2021 },
      { from: 2021, to: 2022 },
      { from: 2022, to: 2023 },
    ]);
    expect(playFrames({ min: 2020, max: 2022 }, { from: 2021, to: 2021 })).toEqual([
      { from: 2020, to: 2020 },
      { from: 2021, to: 2021 },
      { from: 2022, to: 2022 },
    ]);
  });
});
