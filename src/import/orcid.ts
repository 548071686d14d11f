/**
 * ORCID public record JSON (API v2/v3: full record, `/activities`, or `/works`).
 *
 * Decisions:
 * - The record's person is `ImportResult.owner` (`given-names` + `family-name`,
 *   `ids.orcid` from `orcid-identifier.path`).
 * - One record per work *group*: ORCID groups summaries of the same work from several
 *   sources (Crossref, Scopus…). The group's preferred summary (highest display-index,
 *   first on ties) is the record; the others are not counted as entries, and one info
 *   diagnostic says how many were folded in. So `records.length + skipped` = groups.
 * - Work summaries carry no coauthors: each record has the owner as its only author
 *   and `authorsIncomplete: true`; one info diagnostic says so.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, cleanText, normalizeArxiv, normalizeDoi, normalizeOrcid, parseYear, safeHttpUrl } from "./normalize.ts";
import { field, isObject, list, parseJson, text, type Json } from "./json-read.ts";

const TYPES: Record<string, string> = {
  journal_article: "article",
  conference_paper: "inproceedings",
  book_chapter: "incollection",
  dissertation: "thesis",
  "dissertation-thesis": "thesis",
  supervised_student_publication: "thesis",
  working_paper: "preprint",
  preprint: "preprint",
};

export function parseOrcid(source: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const result: ImportResult = { format: "orcid-json", records: [], skipped: 0, diagnostics };
  const parsed = parseJson(source);
  if (!parsed.ok) {
    diagnostics.push({ file, where: "file", level: "error", message: `Not readable as JSON (${parsed.error}).` });
    return result;
  }
  const root = parsed.value;
  const groups = groupsOf(root);
  if (!groups) {
    diagnostics.push({ file, where: "file", level: "error", message: "No ORCID works found (expected `activities-summary.works.group`)." });
    return result;
  }
  const owner = ownerOf(root);
  if (owner) result.owner = owner;
  else diagnostics.push({ file, where: "file", level: "warning", message: "The record names no person: works have no known author." });

  let folded = 0;
  groups.forEach((group, index) => {
    const where = `group ${index + 1}`;
    const summaries = list(group, "work-summary").filter(isObject);
    const preferred = preferredSummary(summaries);
    if (!preferred) {
      result.skipped += 1;
      diagnostics.push({ file, where, level: "warning", message: "Work group without a work summary: skipped." });
      return;
    }
    folded += summaries.length - 1;
    result.records.push(recordOf(preferred, group, owner, { file, where: putCode(preferred, where) }));
  });

  if (folded > 0)
    diagnostics.push({ file, where: "file", level: "info", message: `${folded} further work summar${folded === 1 ? "y was a version" : "ies were versions"} of an already listed work (same ORCID group): folded in.` });
  if (result.records.length > 0)
    diagnostics.push({ file, where: "file", level: "info", message: `ORCID work summaries carry no coauthors: ${result.records.length} records list only the record owner.` });
  return result;
}

function groupsOf(root: Json): Json[] | undefined {
  for (const path of [["activities-summary", "works", "group"], ["works", "group"], ["group"]]) {
    const found = field(root, ...path);
    if (Array.isArray(found)) return found;
  }
  return undefined;
}

function ownerOf(root: Json): RawAuthor | undefined {
  const name = field(root, "person", "name") ?? field(root, "name");
  const given = cleanText(text(name, "given-names", "value"));
  const family = cleanText(text(name, "family-name", "value"));
  const credit = cleanText(text(name, "credit-name", "value"));
  const orcid = normalizeOrcid(text(root, "orcid-identifier", "path")) ?? normalizeOrcid(text(name, "path")) ?? normalizeOrcid(text(root, "path"));
  const full = [given, family].filter(Boolean).join(" ") || credit;
  if (!full) return orcid ? { name: orcid, ids: { orcid } } : undefined;
  const owner: RawAuthor = { name: full };
  if (given && family) {
    owner.given = given;
    owner.family = family;
  }
  if (orcid) owner.ids = { orcid };
  return owner;
}

function preferredSummary(summaries: Record<string, Json>[]): Record<string, Json> | undefined {
  let best: Record<string, Json> | undefined;
  let bestIndex = -Infinity;
  for (const summary of summaries) {
    const index = Number(text(summary, "display-index") ?? 0);
    const rank = Number.isFinite(index) ? index : 0;
    if (best === undefined || rank > bestIndex) {
      best = summary;
      bestIndex = rank;
    }
  }
  return best;
}

function putCode(summary: Record<string, Json>, where: string): string {
  const code = text(summary, "put-code");
  return code ? `${where} (put-code ${code})` : where;
}

function recordOf(summary: Record<string, Json>, group: Json, owner: RawAuthor | undefined, source: PubRecord["source"]): PubRecord {
  const title = stripMarkup(text(summary, "title", "title", "value"));
  const record: PubRecord = {
    source,
    format: "orcid-json",
    title: title ?? "Untitled ORCID work",
    authors: owner ? [owner] : [],
    authorsTruncated: false,
    authorsIncomplete: true,
  };
  if (!title) record.untitled = true;
  const year = parseYear(text(summary, "publication-date", "year", "value"));
  if (year !== undefined) record.year = year;
  const venue = cleanText(text(summary, "journal-title", "value"));
  if (venue) record.venue = venue;
  const rawType = cleanText(text(summary, "type"))?.toLowerCase();
  if (rawType) record.type = TYPES[rawType] ?? rawType.replace(/_/g, "-");

  const ids: Record<string, string> = {};
  // The summary's own external ids first, then the group's (the union over its sources).
  const externals = [...list(summary, "external-ids", "external-id"), ...list(group, "external-ids", "external-id")];
  for (const external of externals) {
    const scheme = cleanText(text(external, "external-id-type"))?.toLowerCase();
    const value = cleanText(text(external, "external-id-value"));
    if (!scheme || !value) continue;
    if (scheme === "doi") record.doi ??= normalizeDoi(value);
    else if (scheme === "arxiv") record.arxiv ??= normalizeArxiv(value);
    else ids[scheme] ??= value;
    record.url ??= safeHttpUrl(text(external, "external-id-url", "value"));
  }
  record.arxiv ??= arxivFromDoi(record.doi);
  record.url ??= safeHttpUrl(text(summary, "url", "value"));
  for (const key of ["doi", "arxiv", "url"] as const) if (record[key] === undefined) delete record[key];
  if (Object.keys(ids).length > 0) record.ids = ids;
  return record;
}
