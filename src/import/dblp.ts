/**
 * dblp XML: the raw dump format (`<dblp><article key=…>…`) and person pages
 * (`<dblpperson name pid><person>…</person><r><article>…</article></r>…`).
 *
 * Decisions:
 * - dblp.xml uses DTD named entities (`&auml;`) without shipping the DTD: we rewrite
 *   them as numeric references before parsing. The caller must decode the bytes by the
 *   XML declaration (ISO-8859-1 for the dump); a wrongly decoded string cannot be repaired.
 * - A dblp name is dblp's unique person key, homonyms carry a 4-digit suffix
 *   (`Manish Singh 0001`). `RawAuthor.name` is the display name without the suffix;
 *   the full key is kept in `ids.dblpName` on every author. `pid` → `ids.dblp`,
 *   `orcid` → `ids.orcid`.
 * - `www` records with a `homepages/` key describe a person, not a publication: they
 *   are not counted at all (one info diagnostic says how many were ignored). Other
 *   `www` records (e.g. W3C reports) are publications of type `misc`.
 * - dblp ends every title with a period; we drop that one period.
 * - Proceedings volumes list editors, not authors: editors stand in when no author is given.
 * - Informal articles (`publtype="informal"`, CoRR) are typed `preprint`.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { namedEntitiesToNumeric } from "./markup.ts";
import { cleanText, normalizeArxiv, normalizeDoi, normalizeOrcid, parseYear, safeHttpUrl, arxivFromDoi } from "./normalize.ts";
import { attr, children, textOf, xmlParser, type XmlNode } from "./xml-tree.ts";

const RECORD_TYPES: Record<string, string> = {
  article: "article",
  inproceedings: "inproceedings",
  proceedings: "proceedings",
  book: "book",
  incollection: "incollection",
  phdthesis: "thesis",
  mastersthesis: "thesis",
  www: "misc",
  data: "dataset",
};

const ARRAY_TAGS = new Set([...Object.keys(RECORD_TYPES), "author", "editor", "ee", "url", "r", "note", "dblpperson"]);

/** Inline formatting dblp allows inside titles; removed so titles parse as text. */
const INLINE_MARKUP = /<\/?(?:i|b|sub|sup|tt|em)>/g;

const HOMONYM_SUFFIX = /\s+\d{4}$/;

export function parseDblp(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const result: ImportResult = { format: "dblp-xml", records: [], skipped: 0, diagnostics };
  let tree: XmlNode;
  try {
    const xml = namedEntitiesToNumeric(text.replace(/^\uFEFF/, "")).replace(INLINE_MARKUP, "");
    tree = xmlParser(ARRAY_TAGS).parse(xml);
  } catch (error) {
    result.skipped = countRecordTags(text);
    diagnostics.push({ file, where: "file", level: "error", message: `Not readable as dblp XML (${errorText(error)}); ${result.skipped} entries skipped.` });
    return result;
  }

  const person = children(tree, "dblpperson")[0];
  // Without a <dblp> root (a pasted run of records), the records sit at the top level.
  const container = person ?? children(tree, "dblp")[0] ?? tree;
  if (person) result.owner = ownerOf(person);

  // Person pages wrap each record in <r>; the dump lists records directly.
  const holders = person ? children(person, "r") : [container];
  let homepages = 0;
  let noAuthors = 0;
  let index = 0;
  for (const holder of holders) {
    for (const [tag, kind] of Object.entries(RECORD_TYPES)) {
      for (const entry of children(holder, tag)) {
        index += 1;
        const key = attr(entry, "key");
        const where = key ? `key ${key}` : `item ${index}`;
        if (tag === "www" && (key ?? "").startsWith("homepages/")) {
          homepages += 1;
          continue;
        }
        try {
          const record = recordOf(entry, kind, key, { file, where });
          if (record.authors.length === 0) noAuthors += 1;
          result.records.push(record);
        } catch (error) {
          result.skipped += 1;
          diagnostics.push({ file, where, level: "warning", message: `Entry skipped: ${errorText(error)}` });
        }
      }
    }
  }
  // Document order is lost when records of different types are grouped by tag: restore it for the dump.
  if (!person) result.records = orderLikeSource(result.records, text);

  if (homepages > 0)
    diagnostics.push({ file, where: "file", level: "info", message: `${homepages} homepage (www) record${homepages === 1 ? "" : "s"} describe people, not publications: not counted.` });
  if (noAuthors > 0)
    diagnostics.push({ file, where: "file", level: "info", message: `${noAuthors} record${noAuthors === 1 ? "" : "s"} list no author or editor (kept as papers without people).` });
  if (result.records.length === 0 && result.skipped === 0)
    diagnostics.push({ file, where: "file", level: "warning", message: "No publication records found." });
  return result;
}

function recordOf(entry: XmlNode, kind: string, key: string | undefined, source: { file: string; where: string }): PubRecord {
  let authors = children(entry, "author").map(authorOf).filter((a): a is RawAuthor => a !== undefined);
  if (authors.length === 0) authors = children(entry, "editor").map(authorOf).filter((a): a is RawAuthor => a !== undefined);

  const title = textOf(children(entry, "title"))?.replace(/(?<!\.)\.$/, "");
  const record: PubRecord = {
    source,
    format: "dblp-xml",
    title: title ?? `Untitled dblp entry${key ? ` ${key}` : ""}`,
    authors,
    authorsTruncated: false,
    // dblp files arXiv preprints as informal articles in the journal CoRR.
    type: kind === "article" && attr(entry, "publtype") === "informal" ? "preprint" : kind,
  };
  if (!title) record.untitled = true;
  const year = parseYear(textOf(children(entry, "year")));
  if (year !== undefined) record.year = year;
  const venue = textOf(children(entry, "journal")) ?? textOf(children(entry, "booktitle")) ?? textOf(children(entry, "school")) ?? textOf(children(entry, "publisher"));
  if (venue) record.venue = venue;

  for (const ee of children(entry, "ee").map(textOf)) {
    if (!ee) continue;
    const doi = /doi\.org\//i.test(ee) || /^10\./.test(ee) ? normalizeDoi(ee) : undefined;
    if (doi && !record.doi) record.doi = doi;
    const arxiv = /arxiv\.org\//i.test(ee) ? normalizeArxiv(ee) : arxivFromDoi(doi);
    if (arxiv && !record.arxiv) record.arxiv = arxiv;
    const url = safeHttpUrl(ee);
    if (url && !record.url) record.url = url;
  }
  if (key) record.ids = { dblp: key };
  return record;
}

function authorOf(node: XmlNode): RawAuthor | undefined {
  const full = textOf(node);
  if (!full) return undefined;
  const author: RawAuthor = { name: full.replace(HOMONYM_SUFFIX, ""), ids: { dblpName: full } };
  const pid = attr(node, "pid");
  if (pid) author.ids!.dblp = pid;
  const orcid = normalizeOrcid(attr(node, "orcid"));
  if (orcid) author.ids!.orcid = orcid;
  return author;
}

function ownerOf(person: XmlNode): RawAuthor | undefined {
  const full = attr(person, "name");
  if (!full) return undefined;
  const owner: RawAuthor = { name: full.replace(HOMONYM_SUFFIX, ""), ids: { dblpName: full } };
  const pid = attr(person, "pid");
  if (pid) owner.ids!.dblp = pid;
  // The <person> block lists the owner's profile links; an orcid.org link gives the ORCID.
  for (const info of children(person, "person")) {
    for (const url of children(info, "url").map(textOf)) {
      const orcid = /orcid\.org/i.test(url ?? "") ? normalizeOrcid(url) : undefined;
      if (orcid) owner.ids!.orcid = orcid;
    }
  }
  return owner;
}

/** Sort records by the position of their key in the source text (keys are unique in dblp); one scan. */
function orderLikeSource(records: PubRecord[], text: string): PubRecord[] {
  const position = new Map<string, number>();
  const keyAttr = /<[a-z]+\s[^<>]*?\bkey="([^"]*)"/g;
  for (let match = keyAttr.exec(text); match; match = keyAttr.exec(text)) {
    if (!position.has(match[1])) position.set(match[1], match.index);
  }
  const rank = (record: PubRecord) => position.get(record.ids?.dblp ?? "") ?? Number.MAX_SAFE_INTEGER;
  return [...records].sort((a, b) => rank(a) - rank(b));
}

function countRecordTags(text: string): number {
  const matches = text.match(/<(?:article|inproceedings|proceedings|book|incollection|phdthesis|mastersthesis|data)[\s>]/g);
  return matches ? matches.length : 0;
}

function errorText(error: unknown): string {
  return cleanText(error instanceof Error ? error.message : String(error))?.slice(0, 200) ?? "unknown error";
}
