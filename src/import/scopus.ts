/**
 * Scopus CSV export, current and legacy.
 * - Current: `Author full names` = `Liu, Fengyuan (60410297700); …` → names with
 *   explicit family/given and `ids.scopus`.
 * - Legacy: `Authors` = `Phillips J.C., Braun R., …` or `Smith, J., Doe, A.B.` (commas
 *   inside names), `Author(s) ID` = `57202138757;7402220509;…`. The number of ids
 *   settles how the commas split; ids are aligned to names only when counts agree.
 * `[No author name available]` means an entry without authors (kept, no people).
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, normalizeDoi, parseYear, safeHttpUrl } from "./normalize.ts";
import { authorFromName, splitCommaAuthors, splitList } from "./names-split.ts";
import { importCsv, withOptional, type Cell } from "./tabular.ts";
import type { CsvRow } from "./csv.ts";

const TYPES: Record<string, string> = {
  article: "article",
  review: "article",
  letter: "article",
  note: "article",
  "short survey": "article",
  "conference paper": "inproceedings",
  "conference review": "proceedings",
  "book chapter": "incollection",
  book: "book",
  editorial: "editorial",
  erratum: "erratum",
  "data paper": "dataset",
};

export function parseScopus(text: string, file: string): ImportResult {
  return importCsv(text, file, "scopus-csv", ["Title"], (row, cell, source, diagnostics) => {
    const title = stripMarkup(cell(row, "Title"));
    const authors = authorsOf(row, cell, source, diagnostics);
    if (!title && authors.length === 0) return "no title and no authors";
    const doi = normalizeDoi(cell(row, "DOI"));
    const ids: Record<string, string> = {};
    const eid = cell(row, "EID");
    if (eid) ids.eid = eid;
    const pmid = cell(row, "PubMed ID");
    if (pmid) ids.pmid = pmid;
    const kind = cell(row, "Document Type")?.toLowerCase();
    const abstract = stripMarkup(cell(row, "Abstract"));
    return withOptional<PubRecord>(
      { source, format: "scopus-csv", title: title ?? "Untitled Scopus entry", authors, authorsTruncated: false },
      {
        untitled: title ? undefined : true,
        year: parseYear(cell(row, "Year")),
        venue: cell(row, "Source title"),
        type: kind ? (TYPES[kind] ?? kind) : undefined,
        doi,
        arxiv: arxivFromDoi(doi),
        url: safeHttpUrl(cell(row, "Link")),
        abstract: abstract && !/^\[No abstract available\]$/i.test(abstract) ? abstract : undefined,
        ids: Object.keys(ids).length > 0 ? ids : undefined,
      },
    );
  });
}

/** `Liu, Fengyuan (60410297700)` → name and Scopus id. */
const FULL_NAME_WITH_ID = /^(.*?)\s*\((\d{5,})\)$/;

function authorsOf(row: CsvRow, cell: Cell, source: PubRecord["source"], diagnostics: Diagnostic[]): RawAuthor[] {
  const fullNames = splitList(cell(row, "Author full names"), ";");
  if (fullNames.length > 0) {
    return fullNames.map((entry) => {
      const match = FULL_NAME_WITH_ID.exec(entry);
      const author = authorFromName(match ? match[1] : entry);
      if (match) author.ids = { scopus: match[2] };
      return author;
    });
  }
  const ids = splitList(cell(row, "Author(s) ID"), ";").filter((id) => /^\d+$/.test(id));
  const written = cell(row, "Authors");
  if (!written) return [];
  // Newer short lists use `;` between authors; legacy ones use commas.
  const names = written.includes(";") ? splitList(written, ";") : splitCommaAuthors(written, ids.length || undefined);
  const authors = names.map(authorFromName);
  if (ids.length === authors.length) authors.forEach((author, index) => (author.ids = { scopus: ids[index] }));
  else if (ids.length > 0)
    diagnostics.push({ ...source, level: "warning", message: `${authors.length} author names but ${ids.length} Scopus author ids: ids not attached.` });
  return authors;
}
