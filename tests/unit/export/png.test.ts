import { describe, expect, it } from "vitest";
import { renderPng, svgToPng } from "../../../src/export/png.ts";
import { renderSvg } from "../../../src/export/svg.ts";
import { chooseFonts } from "../../../src/export/fonts.ts";
import { defaultAtlas } from "./fixture.ts";
import { pngHeader, topLeftPixel } from "./png-reader.ts";

describe("PNG export (resvg)", () => {
  const atlas = defaultAtlas();

  it("is exactly 800 px wide, opaque white in the light theme", async () => {
    const result = await renderPng(atlas, { width: 800 });
    const header = pngHeader(result.png);
    expect(header.width).toBe(800);
    expect(header.height).toBe(result.height);
    expect(topLeftPixel(result.png)).toEqual([255, 255, 255, 255]);
  });

  it("is exactly 3840 px wide at 4K", async () => {
    const result = await renderPng(atlas, { width: 3840, height: 2160 });
    expect(pngHeader(result.png)).toMatchObject({ width: 3840, height: 2160 });
  });

  it("has a transparent corner when asked, and the dark background otherwise", async () => {
    const transparent = await renderPng(atlas, { width: 400, transparent: true });
    expect(topLeftPixel(transparent.png)[3]).toBe(0);
    const dark = await renderPng(atlas, { width: 400, theme: "dark" });
    expect(topLeftPixel(dark.png)).toEqual([0x14, 0x18, 0x1d, 255]);
  });

  it("renders text with an installed sans font (labels are ink, not blanks)", async () => {
    expect(chooseFonts().sansSerif).toBeDefined();
    const withText = await svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="30" font-size="24" font-family="Inter, Helvetica, Arial, sans-serif">Ramasesh</text></svg>`, 200);
    const blank = await svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"></svg>`, 200);
    expect(withText.warnings).toEqual([]);
    expect(withText.png.length).toBeGreaterThan(blank.png.length + 200);
  });

  it("falls back to scanning system fonts when no known face is installed", () => {
    expect(chooseFonts(() => false)).toEqual({ files: [] });
    expect(chooseFonts((path) => path.endsWith("LiberationSans-Regular.ttf")).sansSerif).toBe("Liberation Sans");
  });

  it("rasterises the very SVG the svg export writes", async () => {
    const svg = renderSvg(atlas, { width: 600 });
    const result = await svgToPng(svg, 600);
    expect(result.width).toBe(600);
    expect(result.height).toBe(Number(/height="(\d+)"/.exec(svg)![1]));
  });
});
