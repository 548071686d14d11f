/**
 * The coauthor view's graph: the person–person projection (queries.ts `coauthorProjection`)
 * as drawn. Pure.
 *
 * - Every person of the dataset is a node, also one whose only papers are left out (drawn
 *   unlinked, where the author–paper layout put them): the people count never changes with
 *   the view, and no node moves.
 * - Papers with more authors than the hyperauthored threshold add no links: a 450-author
 *   paper alone would add 101,025 links and hide everything else under one solid blob. The
 *   view says so ("links from 1 paper with more than 25 authors are not drawn").
 * - Link weight: full counting (shared papers) or fractional (Newman: 1/(n−1) per paper with
 *   n authors); the drawn thickness grows with the square root of weight / heaviest weight.
 */
import type { AtlasGraph, AuthorNodeAttributes } from "./build.ts";
import { coauthorProjection, type CoauthorGraph } from "./queries.ts";
import { papersAboveThreshold } from "./hyperauthored.ts";

export type Counting = "full" | "fractional";

export interface CoauthorView {
  graph: CoauthorGraph;
  counting: Counting;
  threshold: number;
  /** Papers above the threshold: their links are not drawn. */
  excludedPapers: number;
  people: number;
  links: number;
  /** Heaviest link weight (0 without links). */
  maxWeight: number;
}

export const MIN_LINK_SIZE = 0.8;
export const MAX_LINK_SIZE = 6;

export function coauthorView(graph: AtlasGraph, counting: Counting, threshold: number): CoauthorView {
  const projection = coauthorProjection(graph, { counting, hyperauthorThreshold: threshold, includeHyperauthored: false });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "author") return;
    const author = attributes as AuthorNodeAttributes;
    if (!projection.hasNode(key)) projection.addNode(key, { personId: author.personId, label: author.label, focal: author.focal, papers: 0 });
    // Positions from the author–paper layout (sigma reads x/y); never moved.
    if (typeof author.x === "number" && typeof author.y === "number") projection.mergeNodeAttributes(key, { x: author.x, y: author.y } as never);
  });
  let maxWeight = 0;
  projection.forEachEdge((_edge, attributes) => {
    if (attributes.weight > maxWeight) maxWeight = attributes.weight;
  });
  return {
    graph: projection,
    counting,
    threshold,
    excludedPapers: papersAboveThreshold(graph, threshold).length,
    people: projection.order,
    links: projection.size,
    maxWeight,
  };
}

/** Drawn thickness of a link (screen pixels). */
export function linkSize(weight: number, maxWeight: number): number {
  if (maxWeight <= 0) return MIN_LINK_SIZE;
  return Math.round((MIN_LINK_SIZE + (MAX_LINK_SIZE - MIN_LINK_SIZE) * Math.sqrt(Math.min(1, weight / maxWeight))) * 100) / 100;
}

const count = new Intl.NumberFormat("en-US");

/** A weight as shown: whole numbers plain, fractions with two decimals. */
export function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? count.format(weight) : weight.toFixed(2);
}

/** `462 people · 52 coauthor links`. */
export function coauthorStatusText(view: Pick<CoauthorView, "people" | "links">): string {
  return `${count.format(view.people)} ${view.people === 1 ? "person" : "people"} · ${count.format(view.links)} coauthor link${view.links === 1 ? "" : "s"}`;
}

/** What the view leaves out and how it weighs links, in words. */
export function coauthorNoteText(view: Pick<CoauthorView, "excludedPapers" | "threshold" | "counting">): string {
  const weights = view.counting === "full" ? "Link weight: shared papers (full counting)." : "Link weight: Σ 1/(authors − 1) over shared papers (fractional counting).";
  if (view.excludedPapers === 0) return weights;
  const papers = view.excludedPapers === 1 ? "1 paper" : `${count.format(view.excludedPapers)} papers`;
  return `${weights} Links from ${papers} with more than ${count.format(view.threshold)} authors are not drawn.`;
}
