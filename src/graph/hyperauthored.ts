/**
 * The hyperauthored setting: which papers have more authors than the threshold, in words.
 * Those papers are left out of the coauthor projection (so of the communities) and their
 * authors who wrote nothing else are drawn as the small cloud around them.
 */
import type { AtlasGraph } from "./build.ts";
import { shortTitle } from "../view/style.ts";

export const DEFAULT_HYPERAUTHOR_THRESHOLD = 25;
/** The number input's bounds: 2 authors is the smallest list that has a pair; above this nothing is "many". */
export const MIN_HYPERAUTHOR_THRESHOLD = 2;
export const MAX_HYPERAUTHOR_THRESHOLD = 100_000;

export interface LargePaper {
  paperId: string;
  title: string;
  authors: number;
}

/** Papers with more than `threshold` authors, most authors first, then title, then id. */
export function papersAboveThreshold(graph: AtlasGraph, threshold: number): LargePaper[] {
  const papers: LargePaper[] = [];
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === "paper" && attributes.authors > threshold) papers.push({ paperId: attributes.paperId, title: attributes.label, authors: attributes.authors });
  });
  return papers.sort((a, b) => b.authors - a.authors || a.title.localeCompare(b.title, "en") || (a.paperId < b.paperId ? -1 : 1));
}

/** How many papers are named before "and N more". */
const NAMED = 3;

/** `1 paper has more than 25 authors: Beyond the Imitation Game (450)`. */
export function thresholdSummary(papers: readonly LargePaper[], threshold: number): string {
  const count = new Intl.NumberFormat("en-US");
  if (papers.length === 0) return `No paper has more than ${count.format(threshold)} authors.`;
  const named = papers.slice(0, NAMED).map((paper) => `${shortTitle(paper.title)} (${count.format(paper.authors)})`);
  const more = papers.length > NAMED ? ` and ${count.format(papers.length - NAMED)} more` : "";
  const subject = papers.length === 1 ? "1 paper has" : `${count.format(papers.length)} papers have`;
  return `${subject} more than ${count.format(threshold)} authors: ${named.join(", ")}${more}`;
}

/** A threshold typed by a person: a whole number within bounds, or undefined. */
export function parseThreshold(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (!/^\d{1,6}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= MIN_HYPERAUTHOR_THRESHOLD && n <= MAX_HYPERAUTHOR_THRESHOLD ? n : undefined;
}
