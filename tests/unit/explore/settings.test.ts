import { describe, expect, it } from "vitest";
import { papersAboveThreshold, parseThreshold, thresholdSummary } from "../../../src/graph/hyperauthored.ts";
import { exploreFromQuery, exploreToQuery, formatYears, parseColorMode, parseYears } from "../../../src/app/explore-url.ts";
import { queryToState, stateToQuery } from "../../../src/app/url.ts";
import { firstYears, NO_YEAR_COLOR, yearColor } from "../../../src/view/year-colors.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "./default-graph.ts";

describe("hyperauthored threshold", () => {
  const { graph } = defaultGraph();

  it("names the papers above it", () => {
    expect(thresholdSummary(papersAboveThreshold(graph, 25), 25)).toBe("1 paper has more than 25 authors: Beyond the Imitation Game (450)");
    expect(thresholdSummary(papersAboveThreshold(graph, 9), 9)).toBe(
      "3 papers have more than 9 authors: Beyond the Imitation Game (450), Solving Quantitative Reasoning… (14), Exploring Length Generalization in… (10)",
    );
    expect(thresholdSummary(papersAboveThreshold(graph, 3), 3)).toMatch(/^5 papers have more than 3 authors: .* and 2 more$/);
    expect(thresholdSummary(papersAboveThreshold(graph, 450), 450)).toBe("No paper has more than 450 authors.");
  });

  it("reads only whole numbers within bounds", () => {
    expect(parseThreshold("25")).toBe(25);
    expect(parseThreshold(" 100 ")).toBe(100);
    expect(parseThreshold("1")).toBeUndefined();
    expect(parseThreshold("2.5")).toBeUndefined();
    expect(parseThreshold("-3")).toBeUndefined();
    expect(parseThreshold("1e3")).toBeUndefined();
    expect(parseThreshold("")).toBeUndefined();
    expect(parseThreshold(null)).toBeUndefined();
  });
});

describe("URL parameters years, color, hyper", () => {
  it("parses year ranges and refuses anything else", () => {
    expect(parseYears("2021-2022")).toEqual({ from: 2021, to: 2022 });
    expect(parseYears("2022")).toEqual({ from: 2022, to: 2022 });
    expect(parseYears("2022-2021")).toEqual({ from: 2021, to: 2022 });
    expect(parseYears("2021–2022")).toEqual({ from: 2021, to: 2022 });
    for (const bad of ["", "22-23", "2021-", "abc", "2021-2022-2023", "0999-2000", "2021,2022"]) expect(parseYears(bad)).toBeUndefined();
    expect(formatYears({ from: 2022, to: 2022 })).toBe("2022");
    expect(parseColorMode("community")).toBe("community");
    expect(parseColorMode("kind")).toBeUndefined();
    expect(parseColorMode("<b>")).toBeUndefined();
  });

  it("round-trips through the app's URL functions, next to the selection", () => {
    const state = {
      selection: { kind: "person" as const, personId: "ethan-dyer" },
      years: { from: 2021, to: 2022 },
      colorMode: "community" as const,
      hyperThreshold: 10,
    };
    const query = stateToQuery(state);
    expect(query.toString()).toBe("person=ethan-dyer&years=2021-2022&color=community&hyper=10");
    expect(queryToState(query)).toEqual(state);
  });

  it("writes nothing for the defaults and reads absent parameters as undefined", () => {
    const params = new URLSearchParams();
    exploreToQuery({ colorMode: "kind" }, params);
    expect(params.toString()).toBe("");
    expect(exploreFromQuery(new URLSearchParams("years=junk&color=pink&hyper=0"))).toEqual({ years: undefined, colorMode: undefined, hyperThreshold: undefined });
  });
});

describe("colour by year", () => {
  it("gives coauthors of the focal person their first shared year, others their first paper year", () => {
    const graph = buildGraph(smallCollection());
    const years = firstYears(graph, "ann");
    // ann: 2019 (big); bob shares alpha (2020) with ann; di never wrote with ann: her only paper is undated.
    expect(years.get("a:ann")).toBe(2019);
    expect(years.get("a:bob")).toBe(2020);
    expect(years.get("a:eve")).toBe(2019);
    expect(years.has("a:di")).toBe(false);
    expect(years.get("p:beta")).toBe(2021);
    expect(years.has("p:gamma")).toBe(false);
  });

  it("the default dataset: Slone since Caliban (2020), Dyer since 2021, Lewkowycz since 2022, BIG-bench's crowd 2023", () => {
    const { graph, focalPersonId } = defaultGraph();
    const years = firstYears(graph, focalPersonId);
    expect(years.get("a:vinay-venkatesh-ramasesh")).toBe(2020);
    expect(years.get("a:ambrose-slone")).toBe(2020);
    expect(years.get("a:ethan-dyer")).toBe(2021);
    expect(years.get("a:aitor-lewkowycz")).toBe(2022);
    expect(years.get("a:aarohi-srivastava")).toBe(2023);
  });

  it("maps years onto viridis, oldest dark, newest light; no year is grey", () => {
    const extent = { min: 2020, max: 2023 };
    expect(yearColor(2020, extent)).toBe("#46085c");
    expect(yearColor(2023, extent)).toBe("#a2da37");
    expect(yearColor(2030, extent)).toBe(yearColor(2023, extent));
    expect(yearColor(undefined, extent)).toBe(NO_YEAR_COLOR);
    expect(yearColor(2020, { min: 2020, max: 2020 })).toBe(yearColor(2021.5, extent));
  });
});
