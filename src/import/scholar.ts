/**
 * Google Scholar CSV export (`Authors,Title,Publication,Volume,Number,Pages,Year,Publisher`).
 * Authors are `;`-separated (often with a trailing `; `), written `J Smith` or
 * `Smith, J`; a `...` piece means Scholar cut the list short. No identifiers at all.
 */
import type { ImportResult, PubRecord } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { normalizeArxiv, parseYear } from "./normalize.ts";
import { authorFromName, splitList } from "./names-split.ts";
import { importCsv, withOptional } from "./tabular.ts";

const TRUNCATION = /^(?:\.{3}|…|et al\.?|others)$/i;

export function parseScholar(text: string, file: string): ImportResult {
  return importCsv(text, file, "scholar-csv", ["Title", "Authors"], (row, cell, source) => {
    const title = stripMarkup(cell(row, "Title"));
    const pieces = splitList(cell(row, "Authors"), ";");
    const authors = pieces.filter((name) => !TRUNCATION.test(name)).map(authorFromName);
    if (!title && authors.length === 0) return "no title and no authors";
    const venue = cell(row, "Publication") ?? cell(row, "Publisher");
    return withOptional<PubRecord>(
      { source, format: "scholar-csv", title: title ?? "Untitled Google Scholar entry", authors, authorsTruncated: authors.length < pieces.length },
      {
        untitled: title ? undefined : true,
        year: parseYear(cell(row, "Year")),
        venue,
        // Scholar writes preprints as `arXiv preprint arXiv:2206.04615`.
        arxiv: venue && /\barxiv\b/i.test(venue) ? normalizeArxiv(venue) : undefined,
      },
    );
  });
}
