/**
 * Which records are the same paper: same DOI, same arXiv id (an arXiv DOI counts as its
 * arXiv id), or same folded title and same year when no DOI or arXiv id contradicts it.
 * Then versions (versions.ts): a preprint or repository copy and its published version.
 */
import type { Authorship, Paper, PubRecord } from "../model/types.ts";
import { arxivFromDoi } from "../import/normalize.ts";
import { asciiSlug, foldLetters } from "./fold.ts";

/** A record with its place in the input. */
export interface RecordEntry {
  record: PubRecord;
  /** Index of the ImportResult it came from. */
  resultIndex: number;
  /** Set when the record joined its paper as another version of it (preprint ⇄ published): why. */
  versionOf?: string;
}

/** Records that are one paper; the first one created it. */
export interface PaperGroup {
  entries: RecordEntry[];
  /** titleKey of the first record with a title (undefined when none has one): versions.ts reuses it. */
  firstTitleKey?: string;
  /** Non-arXiv DOIs seen in the group. */
  dois: Set<string>;
  arxivIds: Set<string>;
  years: Set<number>;
}

/** Titles at least this many words long are specific enough to match when one record lacks a year. */
const SPECIFIC_TITLE_WORDS = 4;

/** Title folded for comparison: case, accents, punctuation, LaTeX braces and commands, white space. */
export function titleKey(title: string): string {
  const text = TEX_MARKUP.test(title) ? title.replace(/\\[a-zA-Z]+\s*/g, " ").replace(/[{}$]/g, "") : title;
  // ASCII titles (most): letters and digits are [a-z0-9] once lower-cased, no Unicode classes needed.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return foldLetters(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const TEX_MARKUP = /[\\{}$]/;
const ASCII = /^[\x00-\x7f]*$/;

/** A title key (single spaces between words) has at least `count` words. */
export function hasWords(key: string, count: number): boolean {
  let words = 1;
  for (let index = key.indexOf(" "); index >= 0 && words < count; index = key.indexOf(" ", index + 1)) words++;
  return words >= count;
}

/** The DOI unless it is an arXiv DOI (`10.48550/arXiv.X` is the arXiv id X, not a publisher DOI). */
export function publisherDoi(record: Pick<PubRecord, "doi">): string | undefined {
  const doi = record.doi?.trim().toLowerCase();
  if (!doi) return undefined;
  return arxivFromDoi(doi) ? undefined : doi;
}

export function recordArxiv(record: Pick<PubRecord, "doi" | "arxiv">): string | undefined {
  return record.arxiv?.trim() || arxivFromDoi(record.doi?.trim().toLowerCase());
}

/** Group records into papers, in input order. Linear in the number of records. */
export function groupRecords(entries: RecordEntry[]): PaperGroup[] {
  const groups: PaperGroup[] = [];
  const byDoi = new Map<string, PaperGroup>();
  const byArxiv = new Map<string, PaperGroup>();
  const byTitle = new Map<string, PaperGroup[]>();

  for (const entry of entries) {
    const doi = publisherDoi(entry.record);
    const arxiv = recordArxiv(entry.record);
    const title = entry.record.untitled ? "" : titleKey(entry.record.title ?? "");
    const year = entry.record.year;
    const specific = hasWords(title, SPECIFIC_TITLE_WORDS);

    let group = (doi && byDoi.get(doi)) || (arxiv && byArxiv.get(arxiv)) || undefined;
    if (!group && title !== "") {
      group = byTitle
        .get(title)
        ?.find((candidate) => yearsAgree(candidate, year, specific) && !contradicts(candidate, doi, arxiv));
    }
    if (!group) {
      group = { entries: [], dois: new Set(), arxivIds: new Set(), years: new Set() };
      groups.push(group);
    }
    group.entries.push(entry);
    if (group.firstTitleKey === undefined && !entry.record.untitled && entry.record.title) group.firstTitleKey = title;
    if (year !== undefined) group.years.add(year);
    if (doi) {
      group.dois.add(doi);
      if (!byDoi.has(doi)) byDoi.set(doi, group);
    }
    if (arxiv) {
      group.arxivIds.add(arxiv);
      if (!byArxiv.has(arxiv)) byArxiv.set(arxiv, group);
    }
    if (title !== "") {
      const list = byTitle.get(title);
      if (!list) byTitle.set(title, [group]);
      else if (!list.includes(group)) list.push(group);
    }
  }
  return groups;
}

/**
 * Same year; or one side has no year and the title is specific (4+ words), since a missing
 * year contradicts nothing, while `Editorial` with no year could be any editorial.
 */
function yearsAgree(group: PaperGroup, year: number | undefined, specificTitle: boolean): boolean {
  if (year === undefined) return group.years.size === 0 || specificTitle;
  return group.years.has(year) || (group.years.size === 0 && specificTitle);
}

/** Same title and year but a different DOI or arXiv id: two papers (`Introduction`, `Editorial`…). */
function contradicts(group: PaperGroup, doi: string | undefined, arxiv: string | undefined): boolean {
  if (doi && group.dois.size > 0 && !group.dois.has(doi)) return true;
  if (arxiv && group.arxivIds.size > 0 && !group.arxivIds.has(arxiv)) return true;
  return false;
}

/**
 * The record whose author list the paper keeps: complete lists before truncated or
 * incomplete ones, then the longest, then the earliest.
 */
export function authorSource(group: PaperGroup): RecordEntry {
  const entries = group.entries;
  let best = entries[0];
  for (let index = 1; index < entries.length; index++) {
    const entry = entries[index];
    // A list the source itself doubts (OpenAlex's suspect lists) loses to any other.
    const suspectEntry = Boolean(entry.record.suspectAuthors);
    if (suspectEntry !== Boolean(best.record.suspectAuthors)) {
      if (!suspectEntry) best = entry;
      continue;
    }
    const completeEntry = isComplete(entry.record);
    const completeBest = isComplete(best.record);
    if (completeEntry !== completeBest) {
      if (completeEntry) best = entry;
      continue;
    }
    if (entry.record.authors.length > best.record.authors.length) best = entry;
  }
  return best;
}

function isComplete(record: PubRecord): boolean {
  return !record.authorsTruncated && !record.authorsIncomplete;
}

/**
 * The paper of a group: fields from the first record first, completed by the others. Its id is
 * left empty for the caller (ids are numbered across papers); `id` comes first and `authors` last,
 * the key order of the dataset file. Built in place: a spread of the fields into the paper was a
 * slow generic clone per paper.
 */
export function mergePaperFields(group: PaperGroup, threshold: number, authors: Authorship[]): Paper {
  const inOrder = group.entries.map((entry) => entry.record);
  // The published version speaks for the paper (title, venue, year); preprints and copies complete it.
  const records = inOrder.length === 1 ? inOrder : publishedFirst(inOrder);
  const titled = records.find((record) => !record.untitled && record.title) ?? records[0];
  const authorRecord = authorSource(group).record;
  const ids: Record<string, string> = {};
  for (const record of records) {
    for (const [key, value] of Object.entries(record.ids ?? {})) {
      if (!(key in ids) && value !== undefined) ids[key] = value;
    }
  }
  const paper: Omit<Paper, "authors"> & { authors?: Authorship[] } = {
    id: "",
    title: titled.title,
    authorsTruncated: authorRecord.authorsTruncated,
    hyperauthored: authors.length > threshold,
    sources: inOrder.map((record) => ({ file: record.source.file, where: record.source.where })),
  };
  if (titled.untitled) paper.untitled = true;
  const year = first(records, (r) => r.year);
  if (year !== undefined) paper.year = year;
  const venue = first(records, (r) => r.venue);
  if (venue !== undefined) paper.venue = venue;
  const type = first(records, (r) => r.type);
  if (type !== undefined) paper.type = type;
  // A publisher DOI says more than an arXiv DOI, which the arXiv id already carries.
  const doi = first(records, publisherDoi) ?? first(records, (r) => r.doi?.trim().toLowerCase() || undefined);
  if (doi !== undefined) paper.doi = doi;
  const arxiv = first(records, recordArxiv);
  if (arxiv !== undefined) paper.arxiv = arxiv;
  const url = first(records, (r) => r.url);
  if (url !== undefined) paper.url = url;
  const abstract = first(records, (r) => r.abstract);
  if (abstract !== undefined) paper.abstract = abstract;
  // Every DOI stays findable: the arXiv DOI of a preprint, other publisher DOIs of the same paper.
  const arxivDoi = first(records, (r) => (r.doi && arxivFromDoi(r.doi.trim().toLowerCase()) ? r.doi.trim().toLowerCase() : undefined));
  if (arxivDoi !== undefined && arxivDoi !== doi && !("arxivDoi" in ids)) ids.arxivDoi = arxivDoi;
  const otherDois = [...new Set(records.map(publisherDoi).filter((d): d is string => d !== undefined && d !== doi))];
  if (otherDois.length > 0 && !("otherDois" in ids)) ids.otherDois = otherDois.join(" ");
  if (Object.keys(ids).length > 0) paper.ids = ids;
  if (authorRecord.authorsIncomplete) paper.authorsIncomplete = true;
  if (authorRecord.suspectAuthors) paper.suspectAuthors = true;
  if (arxiv !== undefined && doi !== undefined && !arxivFromDoi(doi)) paper.preprintArxiv = arxiv;
  paper.authors = authors;
  return paper as Paper;
}

/** Published records, then preprints and copies; each kind in input order. */
function publishedFirst(records: PubRecord[]): PubRecord[] {
  const preprint = records.map(isPreprintLike);
  return [...records.filter((_, index) => !preprint[index]), ...records.filter((_, index) => preprint[index])];
}

const PREPRINT_TYPES = new Set(["preprint", "unpublished", "techreport", "report", "posted-content", "misc", "online", "manuscript"]);

/** Venues that are archives and repositories, not publishers. */
const REPOSITORY_VENUE = /arxiv|preprint|repositor|referencia|dep[oó]sito|ssrn|biorxiv|medrxiv|chemrxiv|zenodo|\bhal\b|eprints|researchgate/i;

/**
 * A preprint or a repository copy: an arXiv id, a preprint type (tech report, unpublished…), or
 * no publisher DOI and no venue but an archive. A conference paper is no preprint of its journal version.
 */
export function isPreprintLike(record: PubRecord): boolean {
  if (recordArxiv(record) !== undefined || PREPRINT_TYPES.has((record.type ?? "").toLowerCase())) return true;
  return publisherDoi(record) === undefined && (!record.venue || REPOSITORY_VENUE.test(record.venue));
}

function first<T>(records: PubRecord[], pick: (record: PubRecord) => T | undefined): T | undefined {
  for (const record of records) {
    const value = pick(record);
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

/** `doi:<doi>` for a publisher DOI, else `arxiv:<id>`, else `title:<slug>-<year>`; unique with `-2`, `-3`. */
export function paperIdBase(paper: Pick<Paper, "doi" | "arxiv" | "title" | "year">): string {
  const doi = paper.doi && !arxivFromDoi(paper.doi) ? paper.doi : undefined;
  if (doi) return `doi:${doi}`;
  if (paper.arxiv) return `arxiv:${paper.arxiv}`;
  if (paper.doi) return `doi:${paper.doi}`;
  const slug = asciiSlug((paper.title ?? "").replace(/[{}]/g, ""), 50) || "untitled";
  return paper.year !== undefined ? `title:${slug}-${paper.year}` : `title:${slug}`;
}
