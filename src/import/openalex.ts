/**
 * OpenAlex works JSON: a raw `/works` response (`{ meta, results: [...] }`), a single
 * work, an array of works, or a researcher's own simplified export
 * (`[{ openalex_id, title, authors: ["…"], year, venue, link }]`).
 *
 * Decisions:
 * - `RawAuthor.name` is `raw_author_name`, what the paper wrote; OpenAlex's resolved
 *   `author.display_name` goes to `RawAuthor.resolvedName` when it differs. Identity
 *   gets both spellings plus `ids.openalex` (`A…`) and `ids.orcid`.
 * - An author list that looks corrupted (more than 20 authors with fewer than half
 *   carrying an OpenAlex id, or one author id repeated within a work) is kept, marked
 *   `suspectAuthors: true`, and gets a warning.
 * - Abstracts are rebuilt from `abstract_inverted_index` in word order.
 * - The venue is the first non-repository source (primary location first): a
 *   repository harvest is not where a paper was published.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, cleanText, normalizeArxiv, normalizeDoi, normalizeOrcid, parseYear, safeHttpUrl } from "./normalize.ts";
import { field, isObject, list, parseJson, text, type Json } from "./json-read.ts";

/** Thresholds for a corrupted author list. */
const SUSPECT_MIN_AUTHORS = 20;
const SUSPECT_MIN_ID_SHARE = 0.5;

export function parseOpenAlex(source: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const result: ImportResult = { format: "openalex-json", records: [], skipped: 0, diagnostics };
  const parsed = parseJson(source);
  if (!parsed.ok) {
    diagnostics.push({ file, where: "file", level: "error", message: `Not readable as JSON (${parsed.error}).` });
    return result;
  }
  const works = worksOf(parsed.value);
  if (!works) {
    diagnostics.push({ file, where: "file", level: "error", message: "No OpenAlex works found (expected `results`, a work, or a list of works)." });
    return result;
  }
  works.forEach((work, index) => {
    const where = `item ${index + 1}`;
    if (!isObject(work)) {
      result.skipped += 1;
      diagnostics.push({ file, where, level: "warning", message: "Entry is not a JSON object: skipped." });
      return;
    }
    const record = "authorships" in work || !Array.isArray(work.authors) ? workRecord(work, { file, where }, diagnostics) : simpleRecord(work, { file, where });
    result.records.push(record);
  });
  return result;
}

function worksOf(value: Json): Json[] | undefined {
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    if (Array.isArray(value.results)) return value.results;
    if (Array.isArray(value.works)) return value.works;
    if ("authorships" in value || "openalex_id" in value) return [value];
  }
  return undefined;
}

/** `https://openalex.org/W123` → `W123`. */
export function openAlexId(value: Json): string | undefined {
  const id = cleanText(typeof value === "string" ? value : undefined);
  const match = id ? /([WASICPFTV]\d+)\/?$/i.exec(id) : null;
  return match ? match[1].toUpperCase() : undefined;
}

function workRecord(work: Record<string, Json>, source: PubRecord["source"], diagnostics: Diagnostic[]): PubRecord {
  const title = stripMarkup(text(work, "title") ?? text(work, "display_name"));
  const authorships = list(work, "authorships").filter(isObject);
  // An authorship without any name cannot become a person: dropped, and the list is flagged.
  const authors = authorships.map(authorOf).filter((author) => author.name !== "");
  const nameless = authorships.length - authors.length;
  const record: PubRecord = {
    source,
    format: "openalex-json",
    title: title ?? `Untitled OpenAlex work${openAlexId(work.id) ? ` ${openAlexId(work.id)}` : ""}`,
    authors,
    authorsTruncated: work.is_authors_truncated === true,
  };
  if (!title) record.untitled = true;
  const year = parseYear(work.publication_year) ?? parseYear(work.publication_date);
  if (year !== undefined) record.year = year;
  const venue = venueOf(work);
  if (venue) record.venue = venue;
  const type = cleanText(text(work, "type"))?.toLowerCase();
  if (type) record.type = type;

  const doi = normalizeDoi(work.doi) ?? normalizeDoi(field(work, "ids", "doi"));
  if (doi) record.doi = doi;
  const arxiv = arxivFromDoi(doi) ?? arxivOf(work);
  if (arxiv) record.arxiv = arxiv;
  const url = safeHttpUrl(field(work, "primary_location", "landing_page_url")) ?? safeHttpUrl(work.doi);
  if (url) record.url = url;
  const abstract = abstractOf(work.abstract_inverted_index);
  if (abstract) record.abstract = abstract;

  const ids: Record<string, string> = {};
  const openalex = openAlexId(work.id) ?? openAlexId(field(work, "ids", "openalex"));
  if (openalex) ids.openalex = openalex;
  const mag = cleanText(text(work, "ids", "mag"));
  if (mag) ids.mag = mag;
  const pmid = cleanText(text(work, "ids", "pmid"))?.replace(/^.*\//, "");
  if (pmid) ids.pmid = pmid;
  if (Object.keys(ids).length > 0) record.ids = ids;

  const suspicion = nameless > 0 ? `${nameless} author${nameless === 1 ? "" : "s"} without a name` : suspectReason(authors);
  if (suspicion) {
    record.suspectAuthors = true;
    diagnostics.push({ ...source, level: "warning", message: `Author list looks corrupted: ${suspicion}.` });
  }
  return record;
}

function authorOf(authorship: Record<string, Json>): RawAuthor {
  const display = cleanText(text(authorship, "author", "display_name"));
  const raw = cleanText(text(authorship, "raw_author_name"));
  const author: RawAuthor = { name: raw ?? display ?? "" };
  if (raw && display && raw !== display) author.resolvedName = display;
  const ids: RawAuthor["ids"] = {};
  const openalex = openAlexId(field(authorship, "author", "id"));
  if (openalex) ids.openalex = openalex;
  const orcid = normalizeOrcid(field(authorship, "author", "orcid")) ?? normalizeOrcid(authorship.raw_orcid);
  if (orcid) ids.orcid = orcid;
  if (Object.keys(ids).length > 0) author.ids = ids;
  return author;
}

/** Why this author list looks corrupted, or undefined when it looks fine. */
function suspectReason(authors: RawAuthor[]): string | undefined {
  const withId = authors.filter((a) => a.ids?.openalex).length;
  if (authors.length > SUSPECT_MIN_AUTHORS && withId < authors.length * SUSPECT_MIN_ID_SHARE)
    return `${authors.length} authors but only ${withId} with an OpenAlex author id`;
  const seen = new Set<string>();
  for (const author of authors) {
    const id = author.ids?.openalex;
    if (!id) continue;
    if (seen.has(id)) return `author id ${id} appears more than once`;
    seen.add(id);
  }
  return undefined;
}

function venueOf(work: Record<string, Json>): string | undefined {
  const locations = [work.primary_location, ...list(work, "locations")];
  for (const location of locations) {
    const type = text(location, "source", "type");
    if (type && type !== "repository") {
      const name = cleanText(text(location, "source", "display_name"));
      if (name) return name;
    }
  }
  return cleanText(text(work, "primary_location", "source", "display_name"));
}

function arxivOf(work: Record<string, Json>): string | undefined {
  for (const location of [work.primary_location, ...list(work, "locations")]) {
    for (const key of ["landing_page_url", "pdf_url"]) {
      const url = text(location, key);
      if (url && /arxiv\.org\/(?:abs|pdf)\//i.test(url)) {
        const id = normalizeArxiv(url.replace(/\.pdf$/i, ""));
        if (id) return id;
      }
    }
  }
  return undefined;
}

/** `{ word: [positions] }` → the text in word order. */
export function abstractOf(index: Json): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      // Guard against absurd positions so a hostile index cannot allocate gigabytes.
      if (Number.isInteger(position) && position >= 0 && position < 100_000) words[position as number] = word;
    }
  }
  return stripMarkup(words.filter((w) => w !== undefined).join(" "));
}

/** A list entry that only says "more authors were here". */
const TRUNCATION = /^(?:\.{3}|…|et al\.?|and others)$/i;

/** The simplified export: names are plain strings, `link` is a DOI or landing URL. */
function simpleRecord(work: Record<string, Json>, source: PubRecord["source"]): PubRecord {
  const title = stripMarkup(text(work, "title") ?? text(work, "display_name"));
  const names = list(work, "authors")
    .map((name) => cleanText(typeof name === "string" ? name : text(name, "name")))
    .filter((name): name is string => name !== undefined);
  const authors: RawAuthor[] = names.filter((name) => !TRUNCATION.test(name)).map((name) => ({ name }));
  const truncated = authors.length < names.length;
  const record: PubRecord = { source, format: "openalex-json", title: title ?? "Untitled OpenAlex work", authors, authorsTruncated: truncated };
  if (!title) record.untitled = true;
  const year = parseYear(work.year ?? work.publication_year);
  if (year !== undefined) record.year = year;
  const venue = cleanText(text(work, "venue"));
  if (venue) record.venue = venue;
  const type = cleanText(text(work, "type"))?.toLowerCase();
  if (type) record.type = type;
  const link = text(work, "link") ?? text(work, "doi");
  const doi = link && /doi\.org\/|^10\./i.test(link) ? normalizeDoi(link) : undefined;
  if (doi) record.doi = doi;
  const arxiv = arxivFromDoi(doi);
  if (arxiv) record.arxiv = arxiv;
  const url = safeHttpUrl(link);
  if (url) record.url = url;
  const openalex = openAlexId(work.openalex_id ?? work.id);
  if (openalex) record.ids = { openalex };
  return record;
}
