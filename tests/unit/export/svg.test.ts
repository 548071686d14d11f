import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { renderSvg, renderSvgPicture } from "../../../src/export/svg.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { atlasToCollection } from "../../../src/dataset/index.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import type { AtlasFile } from "../../../src/model/types.ts";
import { defaultAtlas } from "./fixture.ts";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["text", "circle", "rect", "line", "g"].includes(name), parseTagValue: false });

/** Every `<text>` content in document order, decoded. */
function texts(svg: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "text") for (const text of child as unknown[]) found.push(typeof text === "object" ? String((text as Record<string, unknown>)["#text"]) : String(text));
      else walk(child);
    }
  };
  walk(parser.parse(svg));
  return found;
}

const TOP_NAMES = ["Vinay Venkatesh Ramasesh", "Aitor Lewkowycz", "Ethan Dyer", "Ambrose Slone", "Anders Andreassen", "Behnam Neyshabur", "Guy Gur-Ari", "Vedant Misra"];

describe("renderSvg on the default dataset", () => {
  const atlas = defaultAtlas();
  const svg = renderSvg(atlas, { width: 1920 });
  const root = parser.parse(svg).svg;

  it("is a parseable SVG of the requested width with a viewBox and the generic font stack", () => {
    expect(root["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(root["@_width"]).toBe("1920");
    expect(Number(root["@_height"])).toBeGreaterThan(900);
    expect(root["@_viewBox"]).toMatch(/^0 0 1440 [\d.]+$/);
    expect(root["@_font-family"]).toBe("Inter, Helvetica, Arial, sans-serif");
  });

  it("names the focal researcher in a <text> element", () => {
    expect(svg).toMatch(/<text [^>]*>Vinay Venkatesh Ramasesh<\/text>/);
  });

  it("labels exactly what the view labels at its default zoom: the focal researcher and the top 7 collaborators", () => {
    const picture = renderSvgPicture(atlas, { width: 1920 });
    expect(picture.labelled).toHaveLength(8);
    const labelGroup = root.g.find((group: Record<string, string>) => group["@_class"] === "labels");
    expect(labelGroup.text.map((text: Record<string, string>) => text["#text"]).sort()).toEqual([...TOP_NAMES].sort());
  });

  it("draws every edge as a line and every node as a circle (authors) or square (papers) in the view's colours", () => {
    const group = (name: string) => root.g.find((g: Record<string, string>) => g["@_class"] === name);
    const edgeLines = (group("edges")?.line.length ?? 0) + (group("satellite-edges")?.line.length ?? 0);
    expect(edgeLines).toBe(493);
    expect(group("satellite-edges")["@_stroke"]).toBe(VIEW_COLORS.satelliteEdge);
    expect(group("edges")["@_stroke"]).toBe(VIEW_COLORS.edge);
    const nodes = group("nodes");
    expect(nodes.circle).toHaveLength(462);
    expect(nodes.rect).toHaveLength(8);
    const fills = (shapes: Record<string, string>[]) => shapes.map((shape) => shape["@_fill"]);
    expect(fills(nodes.circle).filter((fill) => fill === VIEW_COLORS.focal)).toHaveLength(1);
    expect(fills(nodes.circle).filter((fill) => fill === VIEW_COLORS.satellite)).toHaveLength(441);
    expect(new Set(fills(nodes.rect))).toEqual(new Set([VIEW_COLORS.paper]));
    // The focal disc: authorSize(8) + 4 = 14.1 px radius.
    const focal = nodes.circle.find((circle: Record<string, string>) => circle["@_fill"] === VIEW_COLORS.focal);
    expect(focal["@_r"]).toBe("14.1");
  });

  it("fits every node inside the picture, with a margin", () => {
    const [, , viewWidth, viewHeight] = root["@_viewBox"].split(" ").map(Number);
    const nodes = root.g.find((g: Record<string, string>) => g["@_class"] === "nodes");
    for (const circle of nodes.circle) {
      const [cx, cy, r] = [circle["@_cx"], circle["@_cy"], circle["@_r"]].map(Number);
      expect(cx - r).toBeGreaterThanOrEqual(20);
      expect(cx + r).toBeLessThanOrEqual(viewWidth - 20);
      expect(cy - r).toBeGreaterThanOrEqual(20);
      expect(cy + r).toBeLessThanOrEqual(viewHeight - 20);
    }
  });

  it("has the view's legend: keys and the satellite-cloud note", () => {
    const all = texts(svg);
    for (const key of ["Author (size: papers)", "Paper", "Author of a very large paper only"]) expect(all).toContain(key);
    const legend = root.g.find((g: Record<string, string>) => g["@_class"] === "legend");
    const legendText = legend.text.map((text: Record<string, string>) => text["#text"]).join(" ");
    expect(legendText).toContain("441 authors who appear only on “Beyond the Imitation Game” (450 authors) are drawn as a small cloud around it, unlabelled.");
  });

  it("keeps every text at least 10 px at the requested width, even at 800 px", () => {
    const small = renderSvg(atlas, { width: 800 });
    const parsed = parser.parse(small).svg;
    const scale = 800 / Number(parsed["@_viewBox"].split(" ")[2]);
    const sizes = [...small.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]) * scale);
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });

  it("honours width, height, transparency and theme", () => {
    const picture = renderSvgPicture(atlas, { width: 1000, height: 700, theme: "dark" });
    expect([picture.width, picture.height]).toEqual([1000, 700]);
    expect(picture.svg).toContain(`width="1000" height="700"`);
    expect(picture.svg).toMatch(/<rect x="0" y="0" [^>]*fill="#14181d"\/>/);
    const transparent = renderSvg(atlas, { width: 1000, transparent: true });
    expect(transparent).not.toMatch(/<rect x="0" y="0" /);
    expect(renderSvg(atlas, { width: 99999 })).toContain(`width="3840"`);
  });

  it("is deterministic", () => {
    expect(renderSvg(atlas, { width: 1920 })).toBe(svg);
  });
});

describe("renderSvg with hostile and odd inputs", () => {
  const atlas = defaultAtlas();

  it("keeps names with markup, ampersands and quotes as text", () => {
    const hostile: AtlasFile = structuredClone(atlas);
    const focal = hostile.people.find((person) => person.id === hostile.focalPersonId)!;
    focal.name = `<script>alert("x")</script> & 'Dr. Q'`;
    hostile.title = `A & B <b>bold</b>`;
    const svg = renderSvg(hostile);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(texts(svg)).toContain(`<script>alert("x")</script> & 'Dr. Q'`);
    expect(texts(svg)).toContain(`A & B <b>bold</b>`);
  });

  it("draws a graph handed over as graph + positions (the app's path)", () => {
    const graph = buildGraph(atlasToCollection(atlas));
    const svg = renderSvg({ graph, positions: atlas.layout!.positions, title: "From the app" }, { width: 1200, legend: false });
    expect(svg).toContain(">From the app</text>");
    expect(svg).not.toContain('class="legend"');
    expect(svg).toMatch(/<text [^>]*>Vinay Venkatesh Ramasesh<\/text>/);
    // The app's graph carries x/y for Sigma: positions may come from there.
    const positions = atlas.layout!.positions;
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, x: positions[node][0], y: positions[node][1] }));
    expect(renderSvg({ graph, title: "From the app" }, { width: 1200, legend: false })).toBe(svg);
  });

  it("lays out an atlas without positions and draws empty or one-node datasets", () => {
    const unplaced: AtlasFile = structuredClone(atlas);
    delete unplaced.layout;
    expect(renderSvg(unplaced)).toBe(renderSvg(atlas)); // same seed 1 layout, rounded like build's
    const empty: AtlasFile = { ...structuredClone(atlas), papers: [], people: [], focalPersonId: undefined, layout: undefined };
    expect(parser.parse(renderSvg(empty)).svg["@_width"]).toBe("1920");
    const one: AtlasFile = { ...structuredClone(atlas), papers: [], people: [atlas.people[0]], layout: undefined };
    expect(renderSvg(one)).toContain("<circle ");
  });
});
