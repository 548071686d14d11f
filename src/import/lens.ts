/**
 * Lens.org scholarly works CSV. `Author/s` is `; `-separated, given-name first; `Source
 * URLs` and `External URL` hold space-separated links. Curly apostrophes (`La’Treall`)
 * are kept as written: identity folds them for matching.
 */
import type { ImportResult, PubRecord } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, normalizeDoi, parseYear, safeHttpUrl } from "./normalize.ts";
import { authorFromName, splitList } from "./names-split.ts";
import { importCsv, withOptional } from "./tabular.ts";

const TYPES: Record<string, string> = {
  "journal article": "article",
  "conference proceedings article": "inproceedings",
  "conference proceedings": "proceedings",
  "book chapter": "incollection",
  book: "book",
  dissertation: "thesis",
  preprint: "preprint",
};

export function parseLens(text: string, file: string): ImportResult {
  return importCsv(text, file, "lens-csv", ["Title"], (row, cell, source) => {
    const title = stripMarkup(cell(row, "Title"));
    const authors = splitList(cell(row, "Author/s", "Authors"), /;|\|/).map(authorFromName);
    if (!title && authors.length === 0) return "no title and no authors";
    const doi = normalizeDoi(cell(row, "DOI"));
    const ids: Record<string, string> = {};
    for (const [column, scheme] of [["Lens ID", "lens"], ["PMID", "pmid"], ["PMCID", "pmcid"]] as const) {
      const value = cell(row, column);
      if (value) ids[scheme] = value;
    }
    const kind = cell(row, "Publication Type")?.toLowerCase();
    const links = [...splitList(cell(row, "External URL"), /\s+/), ...splitList(cell(row, "Source URLs"), /\s+/)];
    return withOptional<PubRecord>(
      { source, format: "lens-csv", title: title ?? "Untitled Lens record", authors, authorsTruncated: false },
      {
        untitled: title ? undefined : true,
        year: parseYear(cell(row, "Publication Year")) ?? parseYear(cell(row, "Date Published")),
        venue: cell(row, "Source Title"),
        type: kind ? (TYPES[kind] ?? kind) : undefined,
        doi,
        arxiv: arxivFromDoi(doi),
        url: links.map(safeHttpUrl).find((url) => url !== undefined),
        abstract: stripMarkup(cell(row, "Abstract")),
        ids: Object.keys(ids).length > 0 ? ids : undefined,
      },
    );
  });
}
