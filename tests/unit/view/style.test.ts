import { describe, expect, it } from "vitest";
import { authorSize, sizeScale, computeLooks, satelliteAuthors, shortTitle, topCollaborators } from "../../../src/view/style.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import { fixtureGraph } from "./fixture.ts";

describe("shortTitle", () => {
  it("keeps a short title whole", () => {
    expect(shortTitle("Understanding How Encoder-Decoder Architectures Attend")).toBe("Understanding How Encoder-Decoder…");
    expect(shortTitle("Exploring Length Generalization")).toBe("Exploring Length Generalization");
  });
  it("drops a subtitle after a colon", () => {
    expect(shortTitle("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models")).toBe("Beyond the Imitation Game");
  });
  it("keeps a short head before the colon (it says too little)", () => {
    expect(shortTitle("Caliban: Docker-based job manager for reproducible workflows")).toBe("Caliban: Docker-based job manager for…");
  });
  it("cuts one long word hard", () => {
    expect(shortTitle("x".repeat(100), 10)).toBe("xxxxxxxxx…");
  });
});

describe("authorSize", () => {
  it("grows with papers, by area", () => {
    expect(authorSize(1)).toBe(5.5);
    expect(authorSize(4)).toBe(8);
    expect(authorSize(0)).toBe(5.5);
    expect(authorSize(8)).toBeGreaterThan(authorSize(5));
    expect(authorSize(1000)).toBe(20);
  });

  it("shrinks nodes on big graphs only", () => {
    expect(sizeScale(29)).toBe(1);
    expect(sizeScale(400)).toBe(1);
    expect(sizeScale(1600)).toBe(0.5);
    expect(sizeScale(100_000)).toBe(0.3);
  });
});

describe("satellites and top collaborators", () => {
  const graph = fixtureGraph();
  it("finds the authors whose only paper is hyperauthored", () => {
    const satellites = satelliteAuthors(graph);
    expect(satellites.size).toBe(28);
    expect(satellites.has("a:ethan")).toBe(false);
    expect(satellites.has("a:vinay")).toBe(false);
    expect(satellites.has("a:crowd-00")).toBe(true);
  });
  it("ranks coauthors of the focal researcher by papers, with at least two", () => {
    expect(topCollaborators(graph, "a:vinay", 5)).toEqual(["a:ethan"]);
  });
});

describe("computeLooks", () => {
  const looks = computeLooks(fixtureGraph());
  it("draws the focal researcher big, vermillion, always labelled", () => {
    const focal = looks.get("a:vinay")!;
    expect(focal.color).toBe(VIEW_COLORS.focal);
    expect(focal.labelRule).toBe("always");
    expect(focal.size).toBe(authorSize(4) + 4);
    expect(focal.shape).toBe("circle");
  });
  it("labels top collaborators always, other authors by zoom, satellites never", () => {
    expect(looks.get("a:ethan")!.labelRule).toBe("always");
    expect(looks.get("a:aitor")!.labelRule).toBe("zoom");
    const satellite = looks.get("a:crowd-03")!;
    expect(satellite).toMatchObject({ labelRule: "never", satellite: true, size: 2, color: VIEW_COLORS.satellite });
  });
  it("draws papers as squares with short titles, shown on demand", () => {
    expect(looks.get("p:big")).toMatchObject({ shape: "square", label: "Beyond the Imitation Game", labelRule: "on-demand", size: 10 });
    expect(looks.get("p:p1")).toMatchObject({ shape: "square", size: 7, color: VIEW_COLORS.paper });
  });
});
