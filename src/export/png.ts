/**
 * SVG → PNG on the command line, with resvg (a Rust renderer shipped as a prebuilt binary in
 * its npm package): the very SVG of svg.ts, so the PNG shows exactly what the SVG shows.
 * Node only; the browser uses png-browser.ts.
 */
import type { AtlasFile } from "../model/types.ts";
import { chooseFonts, type FontChoice } from "./fonts.ts";
import { renderSvgPicture, type SvgOptions } from "./svg.ts";
import type { GraphSourceInput } from "./source.ts";

export interface PngResult {
  png: Uint8Array;
  width: number;
  height: number;
  /** Problems worth telling the user (no fonts found: labels may be missing). */
  warnings: string[];
}

type ResvgModule = typeof import("@resvg/resvg-js");
let resvg: Promise<ResvgModule> | undefined;

/** Loaded on first use, so commands that never rasterise do not pay for (or depend on) the binary. */
function loadResvg(): Promise<ResvgModule> {
  resvg ??= import("@resvg/resvg-js").catch((cause: Error) => {
    resvg = undefined;
    throw new Error(`PNG export needs @resvg/resvg-js, which did not load on this platform (${cause.message.split("\n")[0]})`);
  });
  return resvg;
}

let fonts: FontChoice | undefined;

/** Rasterises an SVG at exactly `width` pixels (height follows the SVG's aspect). */
export async function svgToPng(svg: string, width: number): Promise<PngResult> {
  const { Resvg } = await loadResvg();
  fonts ??= chooseFonts();
  const warnings: string[] = [];
  if (!fonts.sansSerif) warnings.push("no DejaVu, Liberation or Noto Sans font found; labels use whatever system font resvg finds (install fonts-dejavu-core)");
  const image = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: fonts.sansSerif
      ? { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.sansSerif, sansSerifFamily: fonts.sansSerif }
      : { loadSystemFonts: true },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  }).render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height, warnings };
}

/** The SVG picture of svg.ts, rasterised at its width. */
export async function renderPng(input: AtlasFile | GraphSourceInput, options: SvgOptions = {}): Promise<PngResult> {
  const picture = renderSvgPicture(input, options);
  return svgToPng(picture.svg, picture.width);
}
