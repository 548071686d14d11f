/**
 * Web of Science tagged export ("plain text" / "Other file format"), whatever the
 * file is called: two-letter tags, continuation lines indented three spaces, `ER`
 * ends a record, `EF` the file.
 * - `AF` (full names) is preferred over `AU` (short names); each line is one author.
 * - `OI` (ORCID) and `RI` (ResearcherID) list `Name/ID; …`; an id is attached to the
 *   author whose folded name matches (full name first, then a unique family name).
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, cleanText, normalizeDoi, normalizeOrcid, parseYear } from "./normalize.ts";
import { authorFromName, nameKey, splitList } from "./names-split.ts";
import { withOptional } from "./tabular.ts";

/** Tags whose continuation lines are separate values (one author, one address per line). */
const LINE_LIST_TAGS = new Set(["AU", "AF", "BA", "BF", "CA", "GP", "C1", "CR", "ED"]);

const TYPES: Record<string, string> = {
  article: "article",
  review: "article",
  letter: "article",
  "editorial material": "editorial",
  "proceedings paper": "inproceedings",
  "meeting abstract": "abstract",
  "book chapter": "incollection",
  book: "book",
  "correction": "erratum",
};

interface TaggedRecord {
  line: number;
  fields: Map<string, string[]>;
}

export function parseWos(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const result: ImportResult = { format: "wos-text", records: [], skipped: 0, diagnostics };
  for (const tagged of taggedRecords(text, file, diagnostics)) {
    const source = { file, where: `line ${tagged.line}` };
    try {
      const record = recordOf(tagged, source);
      if (record) result.records.push(record);
      else {
        result.skipped += 1;
        diagnostics.push({ ...source, level: "warning", message: "Record skipped: no title and no authors." });
      }
    } catch (error) {
      result.skipped += 1;
      diagnostics.push({ ...source, level: "warning", message: `Record skipped: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return result;
}

/** Split the file into tagged records. Header tags (FN, VR) outside a record are ignored. */
function taggedRecords(text: string, file: string, diagnostics: Diagnostic[]): TaggedRecord[] {
  const records: TaggedRecord[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  let current: TaggedRecord | undefined;
  let lastTag: string | undefined;
  const finish = () => {
    if (current && current.fields.size > 0) records.push(current);
    current = undefined;
    lastTag = undefined;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const tagMatch = /^([A-Z][A-Z0-9])(?: (.*))?$/.exec(line.trimEnd());
    if (tagMatch) {
      const [, tag, rest = ""] = tagMatch;
      if (tag === "ER") {
        finish();
        continue;
      }
      if (tag === "EF") break;
      if (!current) {
        if (tag === "FN" || tag === "VR") continue;
        current = { line: index + 1, fields: new Map() };
      } else if (tag === "PT" && current.fields.size > 0) {
        // A new record started without the previous one's ER.
        diagnostics.push({ file, where: `line ${current.line}`, level: "info", message: "Record not closed by ER: ended at the next PT." });
        finish();
        current = { line: index + 1, fields: new Map() };
      }
      const values = current!.fields.get(tag) ?? [];
      values.push(rest);
      current!.fields.set(tag, values);
      lastTag = tag;
    } else if (/^\s+\S/.test(line) && current && lastTag) {
      const values = current.fields.get(lastTag)!;
      if (LINE_LIST_TAGS.has(lastTag)) values.push(line.trim());
      else values[values.length - 1] += ` ${line.trim()}`;
    }
  }
  if (current && (current as TaggedRecord).fields.size > 0) {
    diagnostics.push({ file, where: `line ${(current as TaggedRecord).line}`, level: "info", message: "Last record not closed by ER: read to the end of the file." });
    finish();
  }
  return records;
}

function recordOf(tagged: TaggedRecord, source: PubRecord["source"]): PubRecord | undefined {
  const one = (tag: string) => cleanText(tagged.fields.get(tag)?.join(" "));
  const many = (tag: string) => (tagged.fields.get(tag) ?? []).map((v) => cleanText(v)).filter((v): v is string => v !== undefined);
  const fullNames = many("AF");
  const names = fullNames.length > 0 ? fullNames : many("AU");
  const groupAuthors = many("CA").length > 0 ? many("CA") : many("GP");
  const authors: RawAuthor[] = [...names.map(authorFromName), ...groupAuthors.map((name) => ({ name, literal: true }))];
  attachIds(authors, one("OI"), "orcid");
  attachIds(authors, one("RI"), "researcherid");

  const title = stripMarkup(one("TI"));
  if (!title && authors.length === 0) return undefined;
  const doi = normalizeDoi(one("DI"));
  const kind = one("DT")?.split(";")[0].trim().toLowerCase();
  const ids: Record<string, string> = {};
  const ut = one("UT");
  if (ut) ids.wos = ut.replace(/^WOS:/i, "");
  const pmid = one("PM");
  if (pmid) ids.pmid = pmid;
  return withOptional<PubRecord>(
    { source, format: "wos-text", title: title ?? "Untitled Web of Science record", authors, authorsTruncated: false },
    {
      untitled: title ? undefined : true,
      year: parseYear(one("PY")) ?? parseYear(one("EA")) ?? parseYear(one("PD")),
      venue: one("SO") ?? one("SE"),
      type: kind ? (TYPES[kind] ?? kind) : undefined,
      doi,
      arxiv: arxivFromDoi(doi),
      abstract: stripMarkup(one("AB")),
      ids: Object.keys(ids).length > 0 ? ids : undefined,
    },
  );
}

/** `Aria, Massimo/0000-0002-8517-9411; CUCCURULLO, Corrado/…` → ids on the matching authors. */
function attachIds(authors: RawAuthor[], list: string | undefined, scheme: "orcid" | "researcherid"): void {
  for (const entry of splitList(list, ";")) {
    const slash = entry.lastIndexOf("/");
    if (slash <= 0) continue;
    const name = entry.slice(0, slash);
    const id = scheme === "orcid" ? normalizeOrcid(entry.slice(slash + 1)) : cleanText(entry.slice(slash + 1));
    if (!id) continue;
    const author = matchAuthor(authors, name);
    if (author) author.ids = { ...author.ids, [scheme]: id };
  }
}

function matchAuthor(authors: RawAuthor[], name: string): RawAuthor | undefined {
  const key = nameKey(name);
  const exact = authors.filter((a) => nameKey(a.name) === key);
  if (exact.length === 1) return exact[0];
  const family = nameKey(name.split(",")[0]);
  const byFamily = authors.filter((a) => nameKey(a.family ?? a.name.split(",")[0]) === family);
  return byFamily.length === 1 ? byFamily[0] : undefined;
}
