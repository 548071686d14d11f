/**
 * The picture's legend: the view's legend keys and simplification notes (view/legend.ts,
 * view/simplification.ts), laid out as a band of rows for an SVG. Pure layout, no markup.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { legendKeys } from "../view/legend.ts";
import { cloudNotes } from "../view/simplification.ts";
import { estimateTextWidth, wrapText } from "./text-metrics.ts";

export interface LegendSwatch {
  kind: "author" | "paper" | "small";
  color: string;
  /** Centre of the swatch, relative to the legend's top-left corner. */
  x: number;
  y: number;
}

export interface LegendLine {
  text: string;
  /** Baseline start, relative to the legend's top-left corner. */
  x: number;
  y: number;
  role: "key" | "note";
}

export interface LegendLayout {
  swatches: LegendSwatch[];
  lines: LegendLine[];
  width: number;
  height: number;
}

export interface LegendMetrics {
  fontSize: number;
  /** Radius of a swatch. */
  swatch: number;
}

/** Keys in rows (wrapping when the width runs out), then each note wrapped to the width. */
export function layoutLegend(graph: AtlasGraph, satellites: ReadonlySet<string>, width: number, metrics: LegendMetrics): LegendLayout {
  const { fontSize, swatch } = metrics;
  const lineHeight = Math.round(fontSize * 1.45 * 10) / 10;
  const gap = fontSize * 1.6;
  const swatches: LegendSwatch[] = [];
  const lines: LegendLine[] = [];
  let x = 0;
  let row = 0;
  for (const key of legendKeys(graph, satellites)) {
    const itemWidth = 2 * swatch + 6 + estimateTextWidth(key.label, fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const middle = row * lineHeight + lineHeight / 2;
    swatches.push({ kind: key.kind, color: key.color, x: x + swatch, y: middle });
    lines.push({ text: key.label, x: x + 2 * swatch + 6, y: middle + fontSize * 0.35, role: "key" });
    x += itemWidth + gap;
  }
  let y = (row + 1) * lineHeight;
  for (const text of noteTexts(graph, satellites)) {
    y += lineHeight * 0.25;
    for (const line of wrapText(text, fontSize, width)) {
      lines.push({ text: line, x: 0, y: y + lineHeight / 2 + fontSize * 0.35, role: "note" });
      y += lineHeight;
    }
  }
  return { swatches, lines, width, height: y };
}

/** A picture has room for a few notes: the largest clouds by name, the rest summed up in one line. */
export const MAX_LEGEND_NOTES = 4;

export function noteTexts(graph: AtlasGraph, satellites: ReadonlySet<string>): string[] {
  const notes = cloudNotes(graph, satellites);
  if (notes.length <= MAX_LEGEND_NOTES) return notes.map((note) => note.text);
  const shown = notes.slice(0, MAX_LEGEND_NOTES - 1);
  const rest = notes.slice(MAX_LEGEND_NOTES - 1);
  const authors = rest.reduce((sum, note) => sum + note.satellites, 0);
  return [
    ...shown.map((note) => note.text),
    `${authors} more authors who appear only on very large papers (${rest.length} more notes in the app's legend) are drawn the same way.`,
  ];
}
