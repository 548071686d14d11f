/**
 * RIS reader (`TY  - JOUR` … `ER  - `): a line format, read line by line in one pass.
 *
 * Hand-written rather than a library: RIS is ~10 tags that matter, and the npm readers
 * (astrocite-ris, @citation-js/plugin-ris) convert to CSL first, which loses the line
 * numbers we report and the author names exactly as written.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types";
import { arxivFromDoi, cleanText, normalizeArxiv, normalizeDoi, parseYear, safeHttpUrl } from "./normalize";

/** `TY  - JOUR`; exporters vary the spaces around the dash, so be lenient there. */
const TAG_LINE = /^([A-Z][A-Z0-9])[ \t]{1,2}-(?:[ \t](.*)|[ \t]*)$/;

/** Primary authors; the numbered tags are secondary/tertiary (editors, series editors). */
const PRIMARY_AUTHOR_TAGS = ["AU", "A1"];
const FALLBACK_AUTHOR_TAGS = ["A2", "A3", "A4"];
const TITLE_TAGS = ["TI", "T1", "CT"];
const VENUE_TAGS = ["T2", "JF", "JO", "JA", "J2", "J1", "BT", "T3"];
const YEAR_TAGS = ["PY", "Y1", "DA", "Y2"];
const ABSTRACT_TAGS = ["AB", "N2"];

const TYPE_BY_RIS: Record<string, string> = {
  JOUR: "article", JFULL: "article", EJOUR: "article", MGZN: "article", NEWS: "article",
  CONF: "inproceedings", CPAPER: "inproceedings",
  BOOK: "book", EBOOK: "book", EDBOOK: "book",
  CHAP: "incollection", ECHAP: "incollection",
  THES: "thesis", RPRT: "report", UNPB: "unpublished", MANSCPT: "unpublished",
  GEN: "misc", ELEC: "misc", WEB: "misc", DATA: "dataset", COMP: "software", PAT: "patent",
};

/** One record's fields in file order, tag → values (continuation lines already joined). */
interface RawRisRecord {
  line: number;
  fields: Map<string, string[]>;
  ended: boolean;
}

export function parseRis(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const raws = readRisRecords(String(text ?? ""), file, diagnostics);
  const records: PubRecord[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const record = toPubRecord(raw, file, diagnostics);
    if (record) records.push(record);
    else skipped++;
  }
  return { format: "ris", records, skipped, diagnostics };
}

/** Split the text into tagged records; `ER` closes one, EOF closes an open one too. */
function readRisRecords(text: string, file: string, diagnostics: Diagnostic[]): RawRisRecord[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const records: RawRisRecord[] = [];
  let current: RawRisRecord | undefined;
  let lastTag: string | undefined;
  let strayLines = 0;

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.replace(/^[\uFEFF\s]+/, "").replace(/\s+$/, "");
    if (line === "") return;
    const match = TAG_LINE.exec(line);
    if (!match) {
      // A continuation of the previous field (long abstracts are wrapped by some exporters).
      if (current && lastTag) appendToLast(current, lastTag, line);
      else strayLines++;
      return;
    }
    const tag = match[1];
    const value = (match[2] ?? "").trim();
    if (tag === "TY") {
      if (current && !current.ended) {
        diagnostics.push({ level: "warning", file, where: `line ${current.line}`, message: `RIS record has no ER line before the next TY (line ${lineNo}); ended it there` });
      }
      current = { line: lineNo, fields: new Map([["TY", [value]]]), ended: false };
      records.push(current);
      lastTag = "TY";
      return;
    }
    if (tag === "ER") {
      if (current && !current.ended) current.ended = true;
      current = undefined;
      lastTag = undefined;
      return;
    }
    if (!current) {
      diagnostics.push({ level: "warning", file, where: `line ${lineNo}`, message: `RIS field ${tag} outside a record (no TY line before it); started a record here` });
      current = { line: lineNo, fields: new Map(), ended: false };
      records.push(current);
    }
    const values = current.fields.get(tag) ?? [];
    values.push(value);
    current.fields.set(tag, values);
    lastTag = tag;
  });

  if (strayLines > 0) {
    diagnostics.push({ level: "info", file, where: "line 1", message: `${strayLines} line(s) outside any RIS record were ignored` });
  }
  const unended = records.at(-1);
  if (unended && !unended.ended) {
    diagnostics.push({ level: "info", file, where: `line ${unended.line}`, message: "last RIS record has no ER line; read it to the end of the file" });
  }
  return records;
}

function appendToLast(record: RawRisRecord, tag: string, line: string): void {
  const values = record.fields.get(tag);
  if (!values || values.length === 0) return;
  values[values.length - 1] = `${values[values.length - 1]} ${line}`.trim();
}

function toPubRecord(raw: RawRisRecord, file: string, diagnostics: Diagnostic[]): PubRecord | undefined {
  const where = `line ${raw.line}`;
  const first = (tags: string[]): string | undefined => {
    for (const tag of tags) {
      for (const value of raw.fields.get(tag) ?? []) {
        const clean = cleanText(value);
        if (clean) return clean;
      }
    }
    return undefined;
  };
  const all = (tags: string[]): string[] => tags.flatMap((tag) => raw.fields.get(tag) ?? []);

  let authorValues = all(PRIMARY_AUTHOR_TAGS).filter((v) => cleanText(v));
  if (authorValues.length === 0) {
    authorValues = all(FALLBACK_AUTHOR_TAGS).filter((v) => cleanText(v));
    if (authorValues.length > 0) {
      diagnostics.push({ level: "info", file, where, message: "no AU/A1 authors; used the secondary author tags (A2–A4)" });
    }
  }
  let authorsTruncated = false;
  const authors: RawAuthor[] = [];
  for (const value of authorValues) {
    const author = parseRisName(value);
    if (author === "truncation") authorsTruncated = true;
    else if (author) authors.push(author);
  }

  const risType = first(["TY"])?.toUpperCase();
  let title = first(TITLE_TAGS);
  // For a whole book the book title may be in BT only.
  if (!title && (risType === "BOOK" || risType === "EBOOK" || risType === "EDBOOK")) title = first(["BT"]);
  const venueValue = first(VENUE_TAGS);
  const venue = venueValue === title ? undefined : venueValue;

  const year = yearFrom(all(YEAR_TAGS));
  if (!title && authors.length === 0) {
    diagnostics.push({ level: "warning", file, where, message: "RIS record has neither a title nor authors; skipped" });
    return undefined;
  }

  const record: PubRecord = {
    source: { file, where },
    format: "ris",
    title: title ?? untitledTitle(venue, year),
    authors,
    authorsTruncated,
  };
  if (!title) {
    record.untitled = true;
    diagnostics.push({ level: "warning", file, where, message: `RIS record has no title (TI/T1); named it "${record.title}"` });
  }
  if (year !== undefined) record.year = year;
  if (venue) record.venue = venue;
  if (risType) record.type = TYPE_BY_RIS[risType] ?? risType.toLowerCase();

  const doi = normalizeDoi(first(["DO"]));
  if (doi) record.doi = doi;
  const urls = all(["UR", "L2"]).flatMap((v) => v.split(/\s+/)).filter((v) => v !== "");
  const url = urls.map(safeHttpUrl).find((u) => u !== undefined);
  if (url) record.url = url;
  else if (urls.length > 0) {
    diagnostics.push({ level: "warning", file, where, message: `URL "${urls[0].slice(0, 80)}" is not http(s); dropped` });
  }
  const arxiv = arxivFromDoi(doi) ?? urls.map((u) => (/arxiv\.org/i.test(u) ? normalizeArxiv(u) : undefined)).find(Boolean);
  if (arxiv) record.arxiv = arxiv;
  const abstract = first(ABSTRACT_TAGS);
  if (abstract) record.abstract = abstract;

  const ids: Record<string, string> = {};
  const serial = first(["SN"]);
  if (serial) ids[/^\d{4}-?\d{3}[\dXx]$/.test(serial) ? "issn" : "isbn"] = serial;
  const accession = first(["AN"]);
  if (accession) ids.accession = accession;
  const risId = first(["ID"]);
  if (risId) ids.ris = risId;
  if (Object.keys(ids).length > 0) record.ids = ids;
  return record;
}

/** The first year any date tag gives (`2019`, `2019/05/01/`, `1 Jan.-Feb. 2019`). */
function yearFrom(values: string[]): number | undefined {
  for (const value of values) {
    const year = parseYear(value);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * RIS names: `Last, First[, Suffix]` by the spec, `G. Kalbe` (initials first) from IEEE.
 * Parts are filled only when the comma form says them; the name stays as written.
 */
function parseRisName(value: string): RawAuthor | "truncation" | undefined {
  const name = cleanText(value);
  if (!name) return undefined;
  if (/^(et\.? al\.?|others|…|\.\.\.)$/i.test(name)) return "truncation";
  const parts = name.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts[0] === "" || parts[1] === "") return { name };
  const author: RawAuthor = { name, family: parts[0], given: parts[1] };
  const suffix = parts.slice(2).filter((p) => p !== "").join(", ");
  if (suffix) author.suffix = suffix;
  return author;
}

function untitledTitle(venue: string | undefined, year: number | undefined): string {
  const context = [venue, year].filter((v) => v !== undefined).join(", ");
  return context ? `[Untitled] (${context})` : "[Untitled]";
}
