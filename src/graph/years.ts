/**
 * The time filter's pure side: which years the dataset spans, papers per year for the histogram,
 * and which graph nodes a year range keeps.
 *
 * Rules (README, "Time"): a range keeps the papers whose year lies in it (both ends included)
 * and the people on at least one of them. Papers without a year are kept only when no range is
 * active: a range is a question about dates, and an undated paper cannot answer it.
 */
import type { AtlasGraph } from "./build.ts";

/** Both ends included. `from <= to` always (the parsers swap reversed ranges). */
export interface YearRange {
  from: number;
  to: number;
}

export interface YearExtent {
  min: number;
  max: number;
}

export interface YearBin {
  year: number;
  count: number;
}

export interface YearHistogram {
  /** Every year from the first to the last dated paper, zeros included (the axis has no gaps). */
  bins: YearBin[];
  /** Papers without a year (not in any bin). */
  undated: number;
}

/** Years further apart than this are not drawn as one bin per year: a stray year 1000 must not make 1,000 bins. */
export const MAX_YEAR_SPAN = 400;

/** The first and last year of the dated papers, or undefined when no paper has a year. */
export function yearExtent(graph: AtlasGraph): YearExtent | undefined {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== "paper" || attributes.year === undefined) return;
    if (attributes.year < min) min = attributes.year;
    if (attributes.year > max) max = attributes.year;
  });
  return min <= max ? { min, max } : undefined;
}

/** Papers per year, one bin per year between the first and last (capped at MAX_YEAR_SPAN years, from the last). */
export function yearHistogram(graph: AtlasGraph): YearHistogram {
  const extent = yearExtent(graph);
  let undated = 0;
  if (!extent) {
    graph.forEachNode((_node, attributes) => {
      if (attributes.kind === "paper") undated++;
    });
    return { bins: [], undated };
  }
  const first = Math.max(extent.min, extent.max - MAX_YEAR_SPAN + 1);
  const counts = new Array<number>(extent.max - first + 1).fill(0);
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== "paper") return;
    if (attributes.year === undefined) undated++;
    else if (attributes.year >= first) counts[attributes.year - first]++;
  });
  return { bins: counts.map((count, index) => ({ year: first + index, count })), undated };
}

/** Whether a paper of this year passes the range (no range: every paper, dated or not). */
export function paperInRange(year: number | undefined, range: YearRange | undefined): boolean {
  if (!range) return true;
  return year !== undefined && year >= range.from && year <= range.to;
}

/** The range put inside the dataset's extent; undefined when nothing of it overlaps the data or there are no years. */
export function clampRange(range: YearRange | undefined, extent: YearExtent | undefined): YearRange | undefined {
  if (!range || !extent) return undefined;
  const from = Math.max(range.from, extent.min);
  const to = Math.min(range.to, extent.max);
  return from <= to ? { from, to } : undefined;
}

/** `2022`, `2021–2022`. */
export function formatRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

export interface VisibleNodes {
  /** Node keys (`a:…`, `p:…`) the range keeps. */
  nodes: Set<string>;
  papers: number;
  totalPapers: number;
  people: number;
  totalPeople: number;
  /** Undated papers hidden by the range. */
  undatedHidden: number;
}

/** What a range keeps: its papers and the people on them (a person without a kept paper goes). */
export function visibleNodes(graph: AtlasGraph, range: YearRange): VisibleNodes {
  const nodes = new Set<string>();
  let papers = 0;
  let totalPapers = 0;
  let totalPeople = 0;
  let undatedHidden = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "author") {
      totalPeople++;
      return;
    }
    totalPapers++;
    if (!paperInRange(attributes.year, range)) {
      if (attributes.year === undefined) undatedHidden++;
      return;
    }
    papers++;
    nodes.add(node);
    graph.forEachNeighbor(node, (neighbour) => nodes.add(neighbour));
  });
  return { nodes, papers, totalPapers, people: nodes.size - papers, totalPeople, undatedHidden };
}

/** `Showing 3 of 8 papers (2022) · 25 of 462 people`, plus the undated papers a range hides. */
export function rangeStatusText(visible: VisibleNodes, range: YearRange): string {
  const count = new Intl.NumberFormat("en-US");
  const people = `${count.format(visible.people)} of ${count.format(visible.totalPeople)} ${visible.totalPeople === 1 ? "person" : "people"}`;
  const undated = visible.undatedHidden > 0 ? ` · ${count.format(visible.undatedHidden)} without a year hidden` : "";
  return `Showing ${count.format(visible.papers)} of ${count.format(visible.totalPapers)} ${visible.totalPapers === 1 ? "paper" : "papers"} (${formatRange(range)}) · ${people}${undated}`;
}

/**
 * The frames the play button steps through. A range narrower than the data slides across it
 * keeping its width; otherwise (no range, or all years) the window grows from the first year,
 * so collaborations appear in the order they began.
 */
export function playFrames(extent: YearExtent, range?: YearRange): YearRange[] {
  const frames: YearRange[] = [];
  const clamped = clampRange(range, extent);
  const width = clamped ? clamped.to - clamped.from : extent.max - extent.min;
  if (clamped && width < extent.max - extent.min) {
    for (let from = extent.min; from + width <= extent.max; from++) frames.push({ from, to: from + width });
  } else {
    for (let to = extent.min; to <= extent.max; to++) frames.push({ from: extent.min, to });
  }
  return frames;
}
