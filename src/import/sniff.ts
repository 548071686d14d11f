/**
 * Content sniffing: which publication format a text is, from its content only.
 * File names lie (a Web of Science export saved as `.ris`), so they are never consulted.
 *
 * Every check looks at a bounded prefix or uses anchored, linear regexes, so a 1 MB file
 * is sniffed in a few milliseconds and nothing can backtrack catastrophically.
 */
import type { FormatId } from "../model/types";

export interface SniffResult {
  format: FormatId;
  /** 1 = unmistakable marker, 0.5–0.9 = heuristic, 0 = unknown. */
  confidence: number;
  /** Short human-readable evidence, for messages (`"TY  - " lines`). */
  reason: string;
}

/** How much of a text the line-based checks read: enough for any header, cheap on 1 MB files. */
const HEAD_CHARS = 64 * 1024;

export function sniffFormat(text: string): FormatId {
  return sniffDetail(text).format;
}

export function sniffDetail(text: string): SniffResult {
  const body = stripBom(String(text ?? "")).trimStart();
  if (body === "") return unknown("the text is empty");

  const first = body[0];
  if (first === "{" || first === "[") {
    const json = sniffJson(body);
    if (json) return json;
  }
  if (first === "<") {
    const xml = sniffXml(body.slice(0, HEAD_CHARS));
    if (xml) return xml;
  }

  const head = body.slice(0, HEAD_CHARS);
  return (
    sniffTagged(head) ??
    sniffCsv(head) ??
    sniffProfilePage(head) ??
    sniffBibtex(body) ??
    sniffGml(head) ??
    unknown("no BibTeX entry, RIS/WoS tags, known CSV header, JSON or XML structure found")
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unknown(reason: string): SniffResult {
  return { format: "unknown", confidence: 0, reason };
}

// ───────────────────────────── JSON ─────────────────────────────

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sniffJson(body: string): SniffResult | undefined {
  let value: Json;
  try {
    value = JSON.parse(body);
  } catch {
    return sniffBrokenJson(body.slice(0, HEAD_CHARS));
  }
  return classifyJson(value) ?? unknown("JSON, but not a structure of a known source (CSL-JSON, OpenAlex, Crossref, ORCID, atlas)");
}

function classifyJson(value: Json): SniffResult | undefined {
  if (isObject(value)) {
    if (value.format === "coauthor-atlas") return { format: "atlas", confidence: 1, reason: '"format": "coauthor-atlas"' };
    // An alias file given along with the data: only "merge"/"split" lists of name groups.
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((key) => key === "merge" || key === "split") && keys.every((key) => Array.isArray(value[key]))) {
      return { format: "aliases", confidence: 1, reason: 'alias file ({"merge": […]} / {"split": […]})' };
    }
    if ("orcid-identifier" in value || "activities-summary" in value) {
      return { format: "orcid-json", confidence: 1, reason: "ORCID record (orcid-identifier / activities-summary)" };
    }
    if (Array.isArray(value.group) && value.group.some((g) => isObject(g) && "work-summary" in g)) {
      return { format: "orcid-json", confidence: 0.9, reason: "ORCID works (group[].work-summary)" };
    }
    if (isObject(value.message)) {
      const message = value.message;
      if (Array.isArray(message.items) || "DOI" in message || Array.isArray(message.author)) {
        return { format: "crossref-json", confidence: 1, reason: "Crossref REST response (message.items / message.DOI)" };
      }
    }
    if (Array.isArray(value.results)) {
      const verdict = classifyItems(value.results);
      if (verdict?.format === "openalex-json") return verdict;
    }
    if (Array.isArray(value.items)) {
      const verdict = classifyItems(value.items);
      if (verdict) return verdict;
    }
    return classifyItems([value]);
  }
  if (Array.isArray(value)) return classifyItems(value);
  return undefined;
}

/** Vote over the first objects of a list: the first recognisable one decides. */
function classifyItems(items: Json[]): SniffResult | undefined {
  for (const item of items.slice(0, 25)) {
    if (!isObject(item)) continue;
    const verdict = classifyWork(item);
    if (verdict) return verdict;
  }
  return undefined;
}

function classifyWork(item: JsonObject): SniffResult | undefined {
  if (Array.isArray(item.authorships)) {
    return { format: "openalex-json", confidence: 1, reason: "OpenAlex work (authorships[])" };
  }
  if (typeof item.openalex_id === "string" || (typeof item.id === "string" && /^https?:\/\/openalex\.org\/W\d/i.test(item.id))) {
    return { format: "openalex-json", confidence: 0.8, reason: "OpenAlex work ids" };
  }
  // Crossref works carry `title` as an array and upper-case `DOI`; CSL-JSON has a string title.
  if (Array.isArray(item.title) && ("DOI" in item || Array.isArray(item.author))) {
    return { format: "crossref-json", confidence: 0.9, reason: "Crossref work (title[] and DOI)" };
  }
  if (typeof item.type === "string" && (typeof item.title === "string" || hasCslNames(item.author))) {
    return { format: "csl-json", confidence: 0.9, reason: "CSL-JSON items (type + title/author)" };
  }
  return undefined;
}

function hasCslNames(authors: Json): boolean {
  return (
    Array.isArray(authors) &&
    authors.some((a) => isObject(a) && ("family" in a || "given" in a || "literal" in a))
  );
}

/** Truncated or slightly broken JSON: fall back to the keys that name the source. */
function sniffBrokenJson(head: string): SniffResult | undefined {
  const reason = "JSON that does not parse; judged by its keys";
  if (/"format"\s*:\s*"coauthor-atlas"/.test(head)) return { format: "atlas", confidence: 0.6, reason };
  if (/"(orcid-identifier|activities-summary)"\s*:/.test(head)) return { format: "orcid-json", confidence: 0.6, reason };
  if (/"authorships"\s*:/.test(head)) return { format: "openalex-json", confidence: 0.6, reason };
  if (/"message"\s*:/.test(head) && /"DOI"\s*:/.test(head)) return { format: "crossref-json", confidence: 0.6, reason };
  if (/"type"\s*:/.test(head) && /"(family|given|literal)"\s*:/.test(head)) return { format: "csl-json", confidence: 0.5, reason };
  return undefined;
}

// ───────────────────────────── XML ─────────────────────────────

function sniffXml(head: string): SniffResult | undefined {
  if (/<gexf[\s>]/.test(head)) return { format: "gexf", confidence: 1, reason: "<gexf> root" };
  if (/<graphml[\s>]/.test(head)) return { format: "graphml", confidence: 1, reason: "<graphml> root" };
  if (/<dblpperson[\s>]/.test(head)) return { format: "dblp-xml", confidence: 1, reason: "<dblpperson> root" };
  if (/<dblp[\s>]/.test(head) || /<!DOCTYPE\s+dblp/i.test(head)) return { format: "dblp-xml", confidence: 1, reason: "<dblp> root" };
  if (/<(article|inproceedings|proceedings|book|incollection|phdthesis|mastersthesis|www)\s[^>]*\bkey="/.test(head)) {
    return { format: "dblp-xml", confidence: 0.8, reason: "DBLP records (<article key=…>)" };
  }
  return undefined;
}

// ───────────────────────────── tagged text: WoS, RIS ─────────────────────────────

function sniffTagged(head: string): SniffResult | undefined {
  // Web of Science first: its tags are two letters + one space; RIS uses `XX  - `.
  if (/^FN (Clarivate|Thomson|ISI)/m.test(head)) {
    return { format: "wos-text", confidence: 1, reason: "FN Clarivate/Thomson header" };
  }
  if (/^PT [A-Z]\s*$/m.test(head) && /^A[UF] \S/m.test(head) && /^(ER|TI) ?/m.test(head)) {
    return { format: "wos-text", confidence: 0.9, reason: "Web of Science tags (PT, AU/AF, ER)" };
  }
  if (/^[ \t]*TY {1,2}-[ \t]*\S/m.test(head)) {
    return { format: "ris", confidence: 1, reason: '"TY  - " lines' };
  }
  return undefined;
}

// ───────────────────────────── CSV headers ─────────────────────────────

function sniffCsv(head: string): SniffResult | undefined {
  const firstLine = head.split(/\r\n?|\n/, 1)[0];
  const delimiter = [",", ";", "\t"].find((d) => firstLine.includes(d));
  if (!delimiter) return undefined;
  const columns = splitHeader(firstLine, delimiter).map((c) => c.toLowerCase());
  if (columns.length < 3) return undefined;
  const has = (name: string) => columns.includes(name);

  if (has("lens id")) return { format: "lens-csv", confidence: 1, reason: "CSV header with Lens ID" };
  if (has("authors") && has("title") && has("year") && has("source title")) {
    return { format: "scopus-csv", confidence: 1, reason: "Scopus CSV header (Authors, Title, Year, Source title)" };
  }
  if (has("authors") && has("title") && has("publication") && has("year")) {
    return { format: "scholar-csv", confidence: 0.9, reason: "Google Scholar CSV header (Authors, Title, Publication, Year)" };
  }
  if (has("id") && (has("display_name") || has("authorships.author.display_name"))) {
    return { format: "openalex-csv", confidence: /openalex\.org/.test(head) ? 1 : 0.7, reason: "OpenAlex CSV header (id, display_name)" };
  }
  return undefined;
}

/** Header cells of one CSV line; quotes honoured, no multi-line cells (headers have none). */
function splitHeader(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

// ───────────────────────────── profile page, BibTeX, GML ─────────────────────────────

function sniffProfilePage(head: string): SniffResult | undefined {
  const previews = head.match(/^[ \t]*Preview abstract[ \t\r]*$/gm)?.length ?? 0;
  const details = head.match(/^[ \t]*View details[ \t\r]*$/gm)?.length ?? 0;
  if (previews + details === 0) return undefined;
  return {
    format: "profile-page",
    confidence: previews > 0 && details > 0 ? 1 : 0.7,
    reason: '"Preview abstract" / "View details" lines of a profile page',
  };
}

/** `@article{` or `@book(` anywhere, e.g. after YAML front matter or a Markdown heading. */
function sniffBibtex(body: string): SniffResult | undefined {
  const entry = /(?:^|[^\w@.])@[ \t]*([A-Za-z][\w:-]{0,40})[ \t]*[{(]/m.exec(body);
  if (!entry) return undefined;
  const type = entry[1].toLowerCase();
  const special = type === "string" || type === "preamble" || type === "comment";
  return { format: "bibtex", confidence: special ? 0.7 : 1, reason: `@${type} entry` };
}

function sniffGml(head: string): SniffResult | undefined {
  if (/^[ \t]*graph[ \t\r\n]*\[/m.test(head)) return { format: "gml", confidence: 1, reason: "GML graph [ … ] block" };
  return undefined;
}
