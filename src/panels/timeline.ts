/**
 * The time filter's histogram: papers per year as columns with a d3-brush across them. The
 * brush snaps to whole years; a click outside the selection clears the filter. Keyboard users
 * get the From/To inputs of the explore bar (d3-brush has no keyboard support of its own).
 */
import { axisBottom } from "d3-axis";
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import "d3-transition";
import type { YearBin, YearHistogram, YearRange } from "../graph/years.ts";
import { yearTicks } from "./charts.ts";
import type { AnySel } from "./dom.ts";

export const TIMELINE_SIZE = { width: 260, height: 62, top: 4, right: 6, bottom: 18, left: 6 };

export interface TimelineOptions {
  /** A range the user brushed (undefined: cleared by a click). Called while dragging too. */
  onBrush(range: YearRange | undefined): void;
  reducedMotion(): boolean;
}

export interface Timeline {
  /** Shows a range set elsewhere (inputs, URL, play) without calling `onBrush`. */
  show(range: YearRange | undefined): void;
}

/** The years whose column centre lies within [x0, x1]; when none, the year nearest the middle. Pure. */
export function yearsUnderBrush(bins: readonly { year: number }[], centre: (year: number) => number, x0: number, x1: number): YearRange | undefined {
  if (bins.length === 0) return undefined;
  const inside = bins.filter((bin) => centre(bin.year) >= x0 && centre(bin.year) <= x1);
  if (inside.length > 0) return { from: inside[0].year, to: inside[inside.length - 1].year };
  const middle = (x0 + x1) / 2;
  let nearest = bins[0].year;
  for (const bin of bins) if (Math.abs(centre(bin.year) - middle) < Math.abs(centre(nearest) - middle)) nearest = bin.year;
  return { from: nearest, to: nearest };
}

export function timelineChart(parent: AnySel, histogram: YearHistogram, options: TimelineOptions): Timeline {
  const { width, height, top, right, bottom, left } = TIMELINE_SIZE;
  const bins = histogram.bins;
  const years = bins.map((bin) => String(bin.year));
  const x = scaleBand<string>().domain(years).range([left, width - right]).paddingInner(0.18).paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (bin) => bin.count) ?? 1)])
    .range([height - bottom, top]);
  const centre = (year: number) => (x(String(year)) ?? 0) + x.bandwidth() / 2;
  const step = x.step();

  const described = bins
    .filter((bin) => bin.count > 0)
    .map((bin) => `${bin.year}: ${bin.count}`)
    .join(", ");
  const svg = parent
    .append("svg")
    .attr("class", "timeline-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width)
    .attr("height", height)
    .attr("role", "img")
    .attr("aria-label", `Papers per year${bins.length ? `, ${years[0]} to ${years[years.length - 1]}` : ""}. ${described}. Drag across the columns to filter by year.`);

  const columns = svg
    .append("g")
    .attr("class", "timeline-bars")
    .selectAll<SVGRectElement, YearBin>("rect")
    .data(bins)
    .join("rect")
    .attr("class", "timeline-bar")
    .attr("x", (bin) => x(String(bin.year)) ?? 0)
    .attr("width", x.bandwidth())
    .attr("y", (bin) => y(bin.count))
    .attr("height", (bin) => y(0) - y(bin.count));
  columns.append("title").text((bin) => `${bin.year}: ${bin.count} paper${bin.count === 1 ? "" : "s"}`);

  svg
    .append("g")
    .attr("class", "axis axis-x")
    .attr("transform", `translate(0,${height - bottom})`)
    .call(axisBottom(x).tickValues(yearTicks(years, 8)).tickSizeOuter(0).tickSize(3));

  const brush: BrushBehavior<unknown> = brushX().extent([
    [left, top - 2],
    [width - right, height - bottom],
  ]);
  const brushLayer = svg.append("g").attr("class", "timeline-brush");

  const pixelsOf = (range: YearRange): [number, number] => [
    Math.max(left, centre(range.from) - step / 2),
    Math.min(width - right, centre(range.to) + step / 2),
  ];
  const markColumns = (range: YearRange | undefined) => {
    columns.classed("in-range", (bin) => range !== undefined && bin.year >= range.from && bin.year <= range.to);
    svg.classed("has-range", range !== undefined);
  };

  let lastBrushed: YearRange | undefined;
  brush.on("brush end", (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return; // our own brush.move
    const selection = event.selection as [number, number] | null;
    if (!selection) {
      lastBrushed = undefined;
      markColumns(undefined);
      if (event.type === "end") options.onBrush(undefined);
      return;
    }
    const range = yearsUnderBrush(bins, centre, selection[0], selection[1]);
    markColumns(range);
    if (range && (range.from !== lastBrushed?.from || range.to !== lastBrushed?.to)) {
      lastBrushed = range;
      options.onBrush(range);
    }
    // Let go: the brush snaps to the whole years it covers.
    if (event.type === "end" && range) brushLayer.call(brush.move, pixelsOf(range));
  });
  brushLayer.call(brush);

  return {
    show(range) {
      lastBrushed = range;
      markColumns(range);
      const target = range ? pixelsOf(range) : null;
      if (options.reducedMotion() || !range) brushLayer.call(brush.move, target);
      else brushLayer.transition().duration(250).call(brush.move, target);
    },
  };
}
