/**
 * Legends of the two extra colour modes, in the graph legend's place:
 * - community: one entry per coloured community (a real button: hover, focus or click
 *   highlights its members; click pins it), "Other communities" for those beyond the palette,
 *   and who is in none;
 * - year: a sequential scale from the first to the last year, plus "no year".
 * Pure view model (`communityLegend`, `yearLegendStops`) + DOM drawing through textContent only.
 */
import type { Store } from "../app/state.ts";
import type { AtlasGraph } from "../graph/build.ts";
import { communitiesFor, COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR, UNCOUNTED_COLOR, type CommunityResult } from "../graph/communities.ts";
import { yearExtent, type YearExtent } from "../graph/years.ts";
import { OTHER_COMMUNITIES } from "./explore-layer.ts";
import { NO_YEAR_COLOR, yearColor } from "./year-colors.ts";

export interface CommunityLegendEntry {
  /** The `highlightedCommunity` value this entry sets. */
  rank: number;
  color: string;
  label: string;
  people: number;
}

export interface CommunityLegend {
  entries: CommunityLegendEntry[];
  /** "441 people only on papers with more than 25 authors: in no community", or undefined. */
  uncounted?: string;
}

const number = new Intl.NumberFormat("en-US");

/** People of a community by papers in the graph (then name), for the entry's label. */
function bestKnown(graph: AtlasGraph, members: readonly string[], count: number): string[] {
  return members
    .map((id) => graph.getNodeAttributes("a:" + id))
    .map((attributes) => ({ label: attributes.label, papers: attributes.kind === "author" ? attributes.papers : 0 }))
    .sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label, "en"))
    .slice(0, count)
    .map((person) => person.label);
}

export function communityLegend(graph: AtlasGraph, result: CommunityResult, threshold: number): CommunityLegend {
  const entries: CommunityLegendEntry[] = [];
  for (const community of result.communities.slice(0, COMMUNITY_PALETTE.length)) {
    const names = bestKnown(graph, community.members, 2);
    const more = community.members.length - names.length;
    entries.push({
      rank: community.rank,
      color: community.color,
      label: `${names.join(", ")}${more > 0 ? ` +${number.format(more)}` : ""}`,
      people: community.members.length,
    });
  }
  const others = result.communities.slice(COMMUNITY_PALETTE.length);
  if (others.length > 0) {
    const people = others.reduce((sum, community) => sum + community.members.length, 0);
    entries.push({ rank: OTHER_COMMUNITIES, color: OTHER_COMMUNITY_COLOR, label: `${number.format(others.length)} other communities`, people });
  }
  const uncounted =
    result.uncountedPeople > 0
      ? `${number.format(result.uncountedPeople)} ${result.uncountedPeople === 1 ? "person" : "people"} only on papers with more than ${number.format(threshold)} authors: in no community`
      : undefined;
  return { entries, uncounted };
}

/** Years labelled under the scale: first, last, and up to 3 between. */
export function yearLegendStops(extent: YearExtent): number[] {
  const span = extent.max - extent.min;
  if (span <= 4) return Array.from({ length: span + 1 }, (_, i) => extent.min + i);
  const step = Math.ceil(span / 4);
  const stops: number[] = [];
  for (let year = extent.min; year < extent.max; year += step) stops.push(year);
  if (extent.max - stops[stops.length - 1] < step / 2) stops.pop();
  return [...stops, extent.max];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function swatch(color: string): HTMLElement {
  const span = element("span", "legend-swatch");
  span.style.background = color;
  span.setAttribute("aria-hidden", "true");
  return span;
}

export interface CommunityLegendControl {
  /** Reflects the store's highlight on the buttons (pressed state). */
  sync(): void;
}

export function renderCommunityLegend(root: HTMLElement, graph: AtlasGraph, store: Store, threshold: number): CommunityLegendControl {
  const legend = communityLegend(graph, communitiesFor(graph, store.get().hyperThreshold), threshold);
  const title = element("p", "legend-title", "Communities of coauthors (Louvain) · hover, focus or click one to highlight its members");
  const list = element("ul", "legend-keys legend-communities");
  let pinned: number | undefined;
  const buttons: { rank: number; button: HTMLButtonElement }[] = [];
  const highlight = (rank: number | undefined) => store.update({ highlightedCommunity: rank });

  for (const entry of legend.entries) {
    const item = element("li");
    const button = element("button", "legend-community");
    button.type = "button";
    button.setAttribute("aria-pressed", "false");
    button.dataset.rank = String(entry.rank);
    button.title = "Highlight these people in the graph (click to keep it)";
    const text = element("span", "legend-community-label", entry.label);
    const count = element("span", "legend-community-count", ` (${number.format(entry.people)})`);
    button.append(swatch(entry.color), text, count);
    button.addEventListener("mouseenter", () => highlight(entry.rank));
    button.addEventListener("focus", () => highlight(entry.rank));
    button.addEventListener("mouseleave", () => highlight(pinned));
    button.addEventListener("blur", () => highlight(pinned));
    button.addEventListener("keydown", (event) => {
      // Escape lets go of a kept highlight first (and only then, on the next press, of the selection).
      if (event.key !== "Escape" || store.get().highlightedCommunity === undefined) return;
      event.preventDefault();
      pinned = undefined;
      highlight(undefined);
      sync();
    });
    button.addEventListener("click", () => {
      pinned = pinned === entry.rank ? undefined : entry.rank;
      highlight(pinned);
      sync();
    });
    item.append(button);
    list.append(item);
    buttons.push({ rank: entry.rank, button });
  }
  if (legend.uncounted) {
    const item = element("li", "legend-uncounted");
    item.append(swatch(UNCOUNTED_COLOR), element("span", undefined, legend.uncounted));
    list.append(item);
  }
  const sync = () => {
    for (const { rank, button } of buttons) button.setAttribute("aria-pressed", String(pinned === rank));
  };
  root.replaceChildren(title, list);
  return { sync };
}

export function renderYearLegend(root: HTMLElement, graph: AtlasGraph, focalName: string | undefined): void {
  const extent = yearExtent(graph);
  const title = element(
    "p",
    "legend-title",
    focalName ? `First year of collaboration with ${focalName} (others: their first paper; papers: their year)` : "First paper year (papers: their year)",
  );
  const list = element("ul", "legend-keys legend-years");
  if (extent) {
    const scale = element("li", "legend-year-scale");
    const bar = element("span", "legend-year-bar");
    bar.setAttribute("aria-hidden", "true");
    const samples = 8;
    const colors = Array.from({ length: samples + 1 }, (_, i) => yearColor(extent.min + ((extent.max - extent.min) * i) / samples, extent));
    bar.style.background = `linear-gradient(to right, ${colors.join(", ")})`;
    const stops = yearLegendStops(extent);
    const labels = element("span", "legend-year-labels");
    for (const year of stops) {
      const label = element("span", "legend-year-label", String(year));
      const t = extent.max === extent.min ? 0.5 : (year - extent.min) / (extent.max - extent.min);
      label.style.left = `${(t * 100).toFixed(1)}%`;
      // The end labels stay inside the bar's width (a centred first label would stick out on the left).
      label.style.transform = t === 0 ? "none" : t === 1 ? "translateX(-100%)" : "translateX(-50%)";
      labels.append(label);
    }
    const described = element("span", "visually-hidden", `Colour scale from ${extent.min} (dark purple) to ${extent.max} (light green)`);
    scale.append(bar, labels, described);
    list.append(scale);
  }
  const none = element("li");
  none.append(swatch(NO_YEAR_COLOR), element("span", undefined, "No year"));
  list.append(none);
  root.replaceChildren(title, list);
}
