/**
 * Crossref REST works JSON: a list (`{ message: { items: [...] } }`), a single work
 * (`{ message: { DOI, … } }`), or bare items / arrays of items.
 * Authors keep Crossref's explicit `given`/`family`; `name` without parts is a literal
 * (corporate or consortium) author. JATS abstracts become plain text.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, cleanText, normalizeDoi, normalizeOrcid, safeHttpUrl } from "./normalize.ts";
import { field, isObject, list, parseJson, text, type Json } from "./json-read.ts";

/** Crossref work types → the model's lower-case kinds. */
const TYPES: Record<string, string> = {
  "journal-article": "article",
  "proceedings-article": "inproceedings",
  "book-chapter": "incollection",
  "book-section": "incollection",
  "book-part": "incollection",
  "posted-content": "preprint",
  "edited-book": "book",
  monograph: "book",
  "reference-book": "book",
  dissertation: "thesis",
  "report-component": "report",
};

export function parseCrossref(source: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const result: ImportResult = { format: "crossref-json", records: [], skipped: 0, diagnostics };
  const parsed = parseJson(source);
  if (!parsed.ok) {
    diagnostics.push({ file, where: "file", level: "error", message: `Not readable as JSON (${parsed.error}).` });
    return result;
  }
  const items = itemsOf(parsed.value);
  if (!items) {
    diagnostics.push({ file, where: "file", level: "error", message: "No Crossref works found (expected `message.items` or a work)." });
    return result;
  }
  items.forEach((item, index) => {
    const where = `item ${index + 1}`;
    if (!isObject(item)) {
      result.skipped += 1;
      diagnostics.push({ file, where, level: "warning", message: "Entry is not a JSON object: skipped." });
      return;
    }
    result.records.push(recordOf(item, { file, where: normalizeDoi(item.DOI) ? `${where} (doi ${normalizeDoi(item.DOI)})` : where }));
  });
  return result;
}

function itemsOf(value: Json): Json[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  const message = value.message;
  if (isObject(message)) {
    if (Array.isArray(message.items)) return message.items;
    return [message];
  }
  if (Array.isArray(value.items)) return value.items;
  if ("DOI" in value || "title" in value) return [value];
  return undefined;
}

function recordOf(item: Record<string, Json>, source: PubRecord["source"]): PubRecord {
  const title = stripMarkup(first(item.title));
  const people = (key: string) => list(item, key).filter(isObject).map(authorOf).filter((a): a is RawAuthor => a !== undefined);
  // Edited books list editors only: they stand in as the people behind the work.
  const written = people("author");
  const authors = written.length > 0 ? written : people("editor");
  const doi = normalizeDoi(item.DOI);
  const record: PubRecord = {
    source,
    format: "crossref-json",
    title: title ?? `Untitled Crossref work${doi ? ` ${doi}` : ""}`,
    authors,
    authorsTruncated: false,
  };
  if (!title) record.untitled = true;
  const year = yearOf(item);
  if (year !== undefined) record.year = year;
  const venue = stripMarkup(first(item["container-title"]));
  if (venue) record.venue = venue;
  const rawType = cleanText(text(item, "type"))?.toLowerCase();
  if (rawType) record.type = TYPES[rawType] ?? rawType;
  if (doi) record.doi = doi;
  const arxiv = arxivFromDoi(doi);
  if (arxiv) record.arxiv = arxiv;
  const url = safeHttpUrl(item.URL) ?? safeHttpUrl(field(item, "resource", "primary", "URL"));
  if (url) record.url = url;
  const abstract = abstractOf(text(item, "abstract"));
  if (abstract) record.abstract = abstract;
  return record;
}

function authorOf(author: Record<string, Json>): RawAuthor | undefined {
  const given = cleanText(text(author, "given"));
  const family = cleanText(text(author, "family"));
  const literal = cleanText(text(author, "name"));
  const suffix = cleanText(text(author, "suffix"));
  let raw: RawAuthor;
  if (family) {
    raw = { name: given ? `${given} ${family}` : family, family };
    if (given) raw.given = given;
    if (suffix) raw.suffix = suffix;
  } else if (literal) {
    raw = { name: literal, literal: true };
  } else if (given) {
    raw = { name: given, given };
  } else {
    return undefined;
  }
  const orcid = normalizeOrcid(author.ORCID);
  if (orcid) raw.ids = { orcid };
  return raw;
}

/** First year among issued, print, online, published and created dates. */
function yearOf(item: Record<string, Json>): number | undefined {
  for (const key of ["issued", "published-print", "published-online", "published", "created"]) {
    const year = field(item, key, "date-parts", 0, 0);
    if (typeof year === "number" && year >= 1000 && year < 3000) return year;
    if (typeof year === "string" && /^[12]\d{3}$/.test(year)) return Number(year);
  }
  return undefined;
}

/** JATS → text; the `Abstract` heading JATS often carries is not part of the abstract. */
export function abstractOf(jats: string | undefined): string | undefined {
  if (!jats) return undefined;
  return stripMarkup(jats.replace(/^\s*<(?:jats:)?title>\s*Abstract\s*<\/(?:jats:)?title>/i, ""));
}

function first(value: Json): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === "string");
  return undefined;
}
