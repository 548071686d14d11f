/**
 * The pure layer of the panels: context + selection → plain view models (rows with labels).
 * No DOM here; the render modules only draw what these functions return, so every fact a
 * panel shows is unit-testable without a browser.
 */
import type { AtlasContext } from "../app/context.ts";
import type { Selection } from "../app/state.ts";
import type { Paper, Person } from "../model/types.ts";
import { coauthorsOf, papersOf, sharedPapers } from "../graph/queries.ts";
import { paperLinks, personIdentifiers, type ExternalLink, type IdentifierRow } from "./links.ts";
import { paperSourceNotes } from "./sources-model.ts";

/** How many authors a paper panel lists before "show all N". */
export const AUTHORS_SHOWN_COLLAPSED = 12;

export interface PersonRef {
  personId: string;
  name: string;
}

export interface PaperRow {
  paperId: string;
  title: string;
  /** The title was made up by the importer (the source had none). */
  untitled: boolean;
  year?: number;
  venue?: string;
  /** `NeurIPS · 2022`, or "" when neither is known. */
  meta: string;
  hyperauthored: boolean;
  authorCount: number;
}

export interface CoauthorRow extends PersonRef {
  shared: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface AuthorView {
  kind: "person";
  personId: string;
  name: string;
  /** Spellings other than the display name ("also written as …"). */
  variants: string[];
  identifiers: IdentifierRow[];
  papers: PaperRow[];
  /** Ranked by shared papers, then name. */
  coauthors: CoauthorRow[];
  /** Every year from the first to the last paper, zeros included, so the axis has no gaps. */
  papersPerYear: YearCount[];
  undatedPapers: number;
}

/** A shared paper, with the two people's places on it and who else wrote it. */
export interface SharedPaperRow extends PaperRow {
  /** "4 authors: Vinay Ramasesh 2nd, Kyle Aitken 1st" (a `+` after the count when the list was cut short). */
  positions: string;
  /** The other authors' display names, in author order, at most OTHERS_SHOWN. */
  others: string[];
  othersHidden: number;
}

export interface PairView {
  kind: "pair";
  first: PersonRef;
  second: PersonRef;
  /** Exactly the papers both wrote, newest first. */
  papers: SharedPaperRow[];
  /** "2021", "2019–2023", or "" when no shared paper has a year. */
  years: string;
}

/** Other authors named on a shared-paper row before "+N more". */
export const OTHERS_SHOWN = 4;

export interface PaperAuthorRow extends PersonRef {
  /** 1-based, as a reader counts. */
  position: number;
  /** The name as this paper's source wrote it, when it differs from the person's display name. */
  writtenAs?: string;
}

export interface PaperView {
  kind: "paper";
  paperId: string;
  title: string;
  untitled: boolean;
  authors: PaperAuthorRow[];
  authorsTruncated: boolean;
  authorsIncomplete: boolean;
  hyperauthored: boolean;
  venue?: string;
  year?: number;
  type?: string;
  abstract?: string;
  links: ExternalLink[];
  /** `file — where` of every record the paper was made from. */
  sources: string[];
  /** "From: a.json, b.bib", "Also as preprint arXiv:…", OpenAlex's suspect author list (panels/sources-model.ts). */
  notes?: string[];
}

export interface NoneView {
  kind: "none";
}

/** The selection names something this dataset does not have (stale link, other dataset). */
export interface MissingView {
  kind: "missing";
  message: string;
}

export type PanelView = AuthorView | PairView | PaperView | NoneView | MissingView;

/** The view model for the current selection. Never throws on ids the dataset lacks. */
export function panelViewFor(context: AtlasContext, selection: Selection): PanelView {
  switch (selection.kind) {
    case "none":
      return { kind: "none" };
    case "person":
      return authorView(context, selection.personId) ?? missing(`No person “${selection.personId}” in this dataset.`);
    case "pair":
      return pairView(context, selection.personId, selection.otherId) ?? missing("One of these two people is not in this dataset.");
    case "paper":
      return paperView(context, selection.paperId) ?? missing(`No paper “${selection.paperId}” in this dataset.`);
  }
}

export function authorView(context: AtlasContext, personId: string): AuthorView | undefined {
  const person = context.people.get(personId);
  if (!person) return undefined;
  const papers = sortPapers(existingPapers(context, papersOf(context.graph, personId)));
  const coauthors = coauthorsOf(context.graph, personId)
    .map(({ personId: id, shared }) => ({ personId: id, name: context.people.get(id)?.name ?? id, shared }))
    .sort((a, b) => b.shared - a.shared || compareText(a.name, b.name));
  return {
    kind: "person",
    personId,
    name: person.name,
    variants: otherVariants(person),
    identifiers: personIdentifiers(person.ids),
    papers: papers.map(paperRow),
    coauthors,
    papersPerYear: papersPerYear(papers),
    undatedPapers: papers.filter((paper) => paper.year === undefined).length,
  };
}

export function pairView(context: AtlasContext, personId: string, otherId: string): PairView | undefined {
  const first = context.people.get(personId);
  const second = context.people.get(otherId);
  if (!first || !second || personId === otherId) return undefined;
  const papers = sortPapers(existingPapers(context, sharedPapers(context.graph, personId, otherId)));
  const years = papers.map((paper) => paper.year).filter((year): year is number => year !== undefined);
  const span = years.length === 0 ? "" : Math.min(...years) === Math.max(...years) ? String(years[0]) : `${Math.min(...years)}–${Math.max(...years)}`;
  return { kind: "pair", first: ref(first), second: ref(second), papers: papers.map((paper) => sharedPaperRow(context, paper, personId, otherId)), years: span };
}

function sharedPaperRow(context: AtlasContext, paper: Paper, personId: string, otherId: string): SharedPaperRow {
  const nameOf = (id: string) => context.people.get(id)?.name ?? id;
  const slots = [...paper.authors].sort((a, b) => a.position - b.position);
  const firstPlace = slots.findIndex((slot) => slot.personId === personId);
  const secondPlace = slots.findIndex((slot) => slot.personId === otherId);
  const otherIds = [...new Set(slots.map((slot) => slot.personId))].filter((id) => id !== personId && id !== otherId);
  const others = otherIds.slice(0, OTHERS_SHOWN).map((id) => context.people.get(id)?.name ?? slots.find((slot) => slot.personId === id)!.name);
  const total = slots.length;
  return {
    ...paperRow(paper),
    positions: `${total}${paper.authorsTruncated ? "+" : ""} authors: ${nameOf(personId)} ${ordinal(firstPlace + 1)}, ${nameOf(otherId)} ${ordinal(secondPlace + 1)}`,
    others,
    othersHidden: otherIds.length - others.length,
  };
}

/** 1 → 1st, 2 → 2nd, 11 → 11th, 23 → 23rd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

export function paperView(context: AtlasContext, paperId: string): PaperView | undefined {
  const paper = context.papers.get(paperId);
  if (!paper) return undefined;
  const authors = [...paper.authors]
    .sort((a, b) => a.position - b.position)
    .map((slot) => {
      const name = context.people.get(slot.personId)?.name ?? slot.name;
      return { personId: slot.personId, name, position: slot.position + 1, ...(slot.name !== name ? { writtenAs: slot.name } : {}) };
    });
  return {
    kind: "paper",
    paperId,
    title: paper.title,
    untitled: paper.untitled === true,
    authors,
    authorsTruncated: paper.authorsTruncated,
    authorsIncomplete: paper.authorsIncomplete === true,
    hyperauthored: paper.hyperauthored,
    ...optional("venue", paper.venue),
    ...optional("year", paper.year),
    ...optional("type", paper.type),
    ...optional("abstract", paper.abstract),
    links: paperLinks(paper),
    sources: paper.sources.map((source) => (source.where ? `${source.file} — ${source.where}` : source.file)),
    notes: paperSourceNotes(paper, context.atlas.diagnostics),
  };
}

export function paperRow(paper: Paper): PaperRow {
  return {
    paperId: paper.id,
    title: paper.title,
    untitled: paper.untitled === true,
    ...optional("year", paper.year),
    ...optional("venue", paper.venue),
    meta: [paper.venue, paper.year].filter((part) => part !== undefined && part !== "").join(" · "),
    hyperauthored: paper.hyperauthored,
    authorCount: paper.authors.length,
  };
}

/** Counts per year over the whole span of years, zeros included. */
export function papersPerYear(papers: readonly Paper[]): YearCount[] {
  const years = papers.map((paper) => paper.year).filter((year): year is number => typeof year === "number");
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const rows: YearCount[] = [];
  for (let year = first; year <= last; year++) rows.push({ year, count: counts.get(year) ?? 0 });
  return rows;
}

/** Newest first; undated last; then by title, so the order never depends on input order. */
export function sortPapers(papers: readonly Paper[]): Paper[] {
  return [...papers].sort(
    (a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareText(a.title, b.title) || compareText(a.id, b.id),
  );
}

/** Which authors a paper panel shows: all when expanded or short, else the first `limit`. */
export function visibleAuthors<T>(authors: readonly T[], expanded: boolean, limit = AUTHORS_SHOWN_COLLAPSED): { shown: T[]; hidden: number } {
  if (expanded || authors.length <= limit + 1) return { shown: [...authors], hidden: 0 };
  return { shown: authors.slice(0, limit), hidden: authors.length - limit };
}

function otherVariants(person: Person): string[] {
  const seen = new Set([person.name]);
  const variants: string[] = [];
  for (const variant of person.variants) {
    if (seen.has(variant)) continue;
    seen.add(variant);
    variants.push(variant);
  }
  return variants;
}

function existingPapers(context: AtlasContext, paperIds: readonly string[]): Paper[] {
  return paperIds.map((id) => context.papers.get(id)).filter((paper): paper is Paper => paper !== undefined);
}

function ref(person: Person): PersonRef {
  return { personId: person.id, name: person.name };
}

function missing(message: string): MissingView {
  return { kind: "missing", message };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === "" ? {} : { [key]: value }) as { [P in K]?: V };
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
