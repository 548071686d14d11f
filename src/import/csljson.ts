/**
 * CSL-JSON reader: an array of items, `{items: […]}`, or one item.
 * Names keep the parts CSL gives (given, family, particles, suffix, literal).
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types";
import { arxivFromDoi, cleanText, normalizeArxiv, normalizeDoi, parseYear, safeHttpUrl } from "./normalize";

type JsonObject = Record<string, unknown>;

const TYPE_BY_CSL: Record<string, string> = {
  "article-journal": "article",
  "article-magazine": "article",
  "article-newspaper": "article",
  "paper-conference": "inproceedings",
  article: "preprint",
  chapter: "incollection",
  book: "book",
  thesis: "thesis",
  report: "report",
  manuscript: "unpublished",
  dataset: "dataset",
  software: "software",
  patent: "patent",
  webpage: "misc",
  post: "misc",
  "post-weblog": "misc",
  entry: "misc",
  "entry-encyclopedia": "misc",
  "entry-dictionary": "misc",
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseCslJson(text: string, file: string): ImportResult {
  const result: ImportResult = { format: "csl-json", records: [], skipped: 0, diagnostics: [] };
  let data: unknown;
  try {
    data = JSON.parse(String(text ?? "").replace(/^\uFEFF/, ""));
  } catch (error) {
    result.diagnostics.push({ level: "error", file, where: "line 1", message: `not valid JSON: ${(error as Error).message}` });
    return result;
  }
  const items = itemsOf(data);
  if (!items) {
    result.diagnostics.push({ level: "error", file, where: "item 1", message: "CSL-JSON must be an array of items, {\"items\": […]}, or one item object" });
    return result;
  }
  items.forEach((item, index) => {
    const record = toPubRecord(item, index, file, result.diagnostics);
    if (record) result.records.push(record);
    else result.skipped++;
  });
  return result;
}

function itemsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (isObject(data)) {
    if (Array.isArray(data.items)) return data.items;
    if ("type" in data || "title" in data || "author" in data) return [data];
  }
  return undefined;
}

function toPubRecord(item: unknown, index: number, file: string, diagnostics: Diagnostic[]): PubRecord | undefined {
  const id = isObject(item) ? cleanText(scalar(item.id)) : undefined;
  const where = id ? `item ${id}` : `item ${index + 1}`;
  if (!isObject(item)) {
    diagnostics.push({ level: "warning", file, where, message: "CSL-JSON item is not an object; skipped" });
    return undefined;
  }

  const authors: RawAuthor[] = [];
  let authorsTruncated = false;
  const authorList = Array.isArray(item.author) ? item.author : item.author === undefined ? [] : [item.author];
  authorList.forEach((raw, position) => {
    const author = cslName(raw);
    if (author === "truncation") authorsTruncated = true;
    else if (author) authors.push(author);
    else diagnostics.push({ level: "warning", file, where, message: `author ${position + 1} has no name; left out` });
  });

  const title = cleanText(stripTags(firstString(item.title))) ?? cleanText(stripTags(firstString(item["title-short"])));
  const year = issuedYear(item);
  const venue =
    cleanText(firstString(item["container-title"])) ??
    cleanText(firstString(item["container-title-short"])) ??
    cleanText(firstString(item["event-title"])) ??
    cleanText(isObject(item.event) ? firstString(item.event.name) : firstString(item.event));

  if (!title && authors.length === 0) {
    diagnostics.push({ level: "warning", file, where, message: "CSL-JSON item has neither a title nor authors; skipped" });
    return undefined;
  }

  const record: PubRecord = {
    source: { file, where },
    format: "csl-json",
    title: title ?? untitledTitle(venue, year),
    authors,
    authorsTruncated,
  };
  if (!title) {
    record.untitled = true;
    diagnostics.push({ level: "warning", file, where, message: `item has no title; named it "${record.title}"` });
  }
  if (year !== undefined) record.year = year;
  if (venue) record.venue = venue;
  const cslType = cleanText(scalar(item.type))?.toLowerCase();
  if (cslType) record.type = TYPE_BY_CSL[cslType] ?? cslType;

  const doi = normalizeDoi(scalar(item.DOI) ?? scalar(item.doi));
  if (doi) record.doi = doi;
  const rawUrl = cleanText(scalar(item.URL) ?? scalar(item.url));
  const url = safeHttpUrl(rawUrl);
  if (url) record.url = url;
  else if (rawUrl) diagnostics.push({ level: "warning", file, where, message: `URL "${rawUrl.slice(0, 80)}" is not http(s); dropped` });
  const arxiv = arxivFromDoi(doi) ?? arxivFrom(item, url);
  if (arxiv) record.arxiv = arxiv;
  const abstract = cleanText(stripTags(firstString(item.abstract)));
  if (abstract) record.abstract = abstract;

  const ids: Record<string, string> = {};
  for (const [key, name] of [["PMID", "pmid"], ["PMCID", "pmcid"], ["ISBN", "isbn"], ["ISSN", "issn"]] as const) {
    const value = cleanText(firstString(item[key]));
    if (value) ids[name] = value;
  }
  if (id) ids.csl = id;
  if (Object.keys(ids).length > 0) record.ids = ids;
  return record;
}

/** A CSL name object → RawAuthor; `undefined` when it carries no name at all. */
function cslName(raw: unknown): RawAuthor | "truncation" | undefined {
  if (typeof raw === "string") {
    const name = cleanText(raw);
    if (!name) return undefined;
    return /^(et\.? al\.?|others)$/i.test(name) ? "truncation" : { name };
  }
  if (!isObject(raw)) return undefined;
  const literal = cleanText(scalar(raw.literal));
  const given = cleanText(scalar(raw.given));
  const family = cleanText(scalar(raw.family));
  const particle = [cleanText(scalar(raw["dropping-particle"])), cleanText(scalar(raw["non-dropping-particle"]))]
    .filter((p): p is string => p !== undefined)
    .join(" ");
  const suffix = cleanText(scalar(raw.suffix));
  if (literal && !family && !given) {
    if (/^(et\.? al\.?|others)$/i.test(literal)) return "truncation";
    return { name: literal, literal: true };
  }
  if (!family && !given) return undefined;
  const name = [given, particle || undefined, family, suffix].filter((p) => p !== undefined).join(" ");
  const author: RawAuthor = { name };
  if (given) author.given = given;
  if (family) author.family = family;
  if (particle) author.particle = particle;
  if (suffix) author.suffix = suffix;
  return author;
}

/** `issued.date-parts[0][0]`, then `raw`, `literal`, a plain string, then the other date fields. */
function issuedYear(item: JsonObject): number | undefined {
  for (const key of ["issued", "published-print", "published-online", "original-date", "created"]) {
    const date = item[key];
    if (date === undefined) continue;
    if (typeof date === "string" || typeof date === "number") {
      const year = parseYear(date);
      if (year !== undefined) return year;
      continue;
    }
    // Old citeproc-js forms: `{year: 2011}` or `[{year: 2011}]`.
    const objects = Array.isArray(date) ? date.filter(isObject) : isObject(date) ? [date] : [];
    for (const old of objects) {
      const year = parseYear(scalar(old.year));
      if (year !== undefined) return year;
    }
    if (!isObject(date)) continue;
    const parts = date["date-parts"];
    if (Array.isArray(parts) && Array.isArray(parts[0])) {
      const year = parseYear(parts[0][0]);
      if (year !== undefined) return year;
    }
    for (const field of ["raw", "literal", "season"]) {
      const year = parseYear(scalar(date[field]));
      if (year !== undefined) return year;
    }
  }
  return parseYear(scalar(item.year));
}

function arxivFrom(item: JsonObject, url: string | undefined): string | undefined {
  if (url && /arxiv\.org\//i.test(url)) return normalizeArxiv(url);
  const archive = cleanText(scalar(item.archive))?.toLowerCase();
  if (archive === "arxiv") return normalizeArxiv(scalar(item.archive_location) ?? scalar(item.number));
  const id = cleanText(scalar(item.id));
  if (id && /^arxiv:/i.test(id)) return normalizeArxiv(id);
  return undefined;
}

/** Abstracts from Crossref-fed CSL carry JATS/HTML tags, titles CSL rich text (`<i>`, `<sup>`); keep the text. */
function stripTags(value: string | undefined): string | undefined {
  return value
    ?.replace(/<\/?(?:[\w-]+:)?(?:p|br|div|sec|title|li|ul|ol|h\d)\b[^<>]*>/gi, " ")
    .replace(/<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g, "");
}

function scalar(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

function firstString(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(scalar).find((v) => v !== undefined && v.trim() !== "");
  return scalar(value);
}

function untitledTitle(venue: string | undefined, year: number | undefined): string {
  const context = [venue, year].filter((v) => v !== undefined).join(", ");
  return context ? `[Untitled] (${context})` : "[Untitled]";
}
