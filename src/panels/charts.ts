/**
 * The two small D3 charts of the author panel.
 *
 * Coauthors are a ranked list of HTML rows (a button, a bar, a count) rather than SVG: each name
 * must be a real, focusable button, and HTML rows wrap and zoom like the text around them. The
 * bar widths come from a d3 linear scale. Papers per year is an SVG column chart with a d3 axis.
 */
import { max } from "d3-array";
import { axisBottom, axisLeft } from "d3-axis";
import { scaleBand, scaleLinear } from "d3-scale";
import "d3-transition";
import type { CoauthorRow, YearCount } from "./model.ts";
import { prefersReducedMotion, type AnySel } from "./dom.ts";

export interface CoauthorChartOptions {
  onSelect(row: CoauthorRow): void;
}

/** Ranked horizontal bars, one `<li>` per coauthor; the name is a button. */
export function coauthorChart(parent: AnySel, rows: readonly CoauthorRow[], options: CoauthorChartOptions): void {
  const top = max(rows, (row) => row.shared) ?? 1;
  const width = scaleLinear().domain([0, top]).range([0, 100]);
  const list = parent.append("ol").attr("class", "bar-chart coauthor-chart");
  const items = list
    .selectAll<HTMLLIElement, CoauthorRow>("li")
    .data(rows, (row) => row.personId)
    .join("li")
    .attr("class", "bar-row");
  items
    .append("button")
    .attr("type", "button")
    .attr("class", "bar-label link-button")
    .attr("title", (row) => `Papers shared with ${row.name}`)
    .text((row) => row.name)
    .on("click", (_event, row) => options.onSelect(row));
  const track = items.append("span").attr("class", "bar-track").attr("aria-hidden", "true");
  const bars = track.append("span").attr("class", "bar");
  if (prefersReducedMotion()) {
    bars.style("width", (row) => `${width(row.shared)}%`);
  } else {
    bars
      .style("width", "0%")
      .transition()
      .duration(350)
      .style("width", (row) => `${width(row.shared)}%`);
  }
  items
    .append("span")
    .attr("class", "bar-value")
    .text((row) => String(row.shared))
    .append("span")
    .attr("class", "visually-hidden")
    .text((row) => (row.shared === 1 ? " shared paper" : " shared papers"));
}

const YEAR_CHART = { width: 320, height: 132, top: 10, right: 8, bottom: 24, left: 26 };

/** Columns per year with a year axis and an integer count axis. */
export function yearChart(parent: AnySel, rows: readonly YearCount[]): void {
  const { width, height, top, right, bottom, left } = YEAR_CHART;
  const years = rows.map((row) => String(row.year));
  const highest = max(rows, (row) => row.count) ?? 1;
  // Columns stay narrow when there are few years (one year must not become one huge block).
  const plotWidth = Math.min(width - left - right, Math.max(60, years.length * 34));
  const x = scaleBand<string>().domain(years).range([left, left + plotWidth]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, highest)]).range([height - bottom, top]).nice();

  const described = rows
    .filter((row) => row.count > 0)
    .map((row) => `${row.year}: ${row.count}`)
    .join(", ");
  const svg = parent
    .append("svg")
    .attr("class", "year-chart")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("role", "img")
    .attr("aria-label", `Papers per year, ${years[0]} to ${years[years.length - 1]}. ${described}`);

  const xAxis = svg.append("g").attr("class", "axis axis-x").attr("transform", `translate(0,${height - bottom})`);
  xAxis.call(axisBottom(x).tickValues(yearTicks(years)).tickSizeOuter(0));

  const yTicks = Math.min(4, Math.max(1, highest));
  const yAxis = svg.append("g").attr("class", "axis axis-y").attr("transform", `translate(${left},0)`);
  yAxis.call(axisLeft(y).ticks(yTicks).tickFormat((value) => (Number.isInteger(Number(value)) ? String(value) : "")).tickSizeOuter(0));

  const bars = svg
    .append("g")
    .attr("class", "bars")
    .selectAll<SVGRectElement, YearCount>("rect")
    .data(rows)
    .join("rect")
    .attr("class", "year-bar")
    .attr("x", (row) => x(String(row.year)) ?? 0)
    .attr("width", x.bandwidth());
  bars.append("title").text((row) => `${row.year}: ${row.count} paper${row.count === 1 ? "" : "s"}`);
  if (prefersReducedMotion()) {
    bars.attr("y", (row) => y(row.count)).attr("height", (row) => y(0) - y(row.count));
  } else {
    bars
      .attr("y", y(0))
      .attr("height", 0)
      .transition()
      .duration(350)
      .attr("y", (row) => y(row.count))
      .attr("height", (row) => y(0) - y(row.count));
  }
}

/**
 * Year labels for the axis: at most ~7, evenly spaced, always the first and the last year; when
 * the last year falls close after a regular tick, that tick goes so the two labels don't collide.
 */
export function yearTicks(years: readonly string[], maxTicks = 7): string[] {
  const step = Math.max(1, Math.ceil(years.length / maxTicks));
  const ticks = years.filter((_year, index) => index % step === 0 || index === years.length - 1);
  if (step === 1 || ticks.length < 3) return ticks;
  const lastIndex = years.length - 1;
  const beforeIndex = Math.floor((lastIndex - 1) / step) * step;
  return lastIndex - beforeIndex < step / 2 + 1 ? [...ticks.slice(0, -2), ticks[ticks.length - 1]] : ticks;
}
