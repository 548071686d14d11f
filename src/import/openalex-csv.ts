/**
 * OpenAlex CSV (the web UI's export): one row per work, multi-valued columns joined
 * with `|` (or `; ` in older exports). Author names, ids and ORCIDs are parallel lists:
 * they are aligned by position only when their lengths agree.
 */
import type { ImportResult, PubRecord, RawAuthor } from "../model/types.ts";
import { stripMarkup } from "./markup.ts";
import { arxivFromDoi, cleanText, normalizeDoi, normalizeOrcid, parseYear, safeHttpUrl } from "./normalize.ts";
import { openAlexId } from "./openalex.ts";
import { importCsv, withOptional } from "./tabular.ts";

export function parseOpenAlexCsv(text: string, file: string): ImportResult {
  return importCsv(text, file, "openalex-csv", ["id"], (row, cell, source, diagnostics) => {
    const title = stripMarkup(cell(row, "display_name", "title"));
    const names = parallel(cell(row, "authorships.author.display_name"));
    const authorIds = parallel(cell(row, "authorships.author.id"));
    const orcids = parallel(cell(row, "authorships.author.orcid"));
    const authors: RawAuthor[] = [];
    names.forEach((name, index) => {
      if (!name) return;
      const author: RawAuthor = { name };
      const ids: RawAuthor["ids"] = {};
      const openalex = authorIds.length === names.length ? openAlexId(authorIds[index]) : undefined;
      if (openalex) ids.openalex = openalex;
      const orcid = orcids.length === names.length ? normalizeOrcid(orcids[index]) : undefined;
      if (orcid) ids.orcid = orcid;
      if (Object.keys(ids).length > 0) author.ids = ids;
      authors.push(author);
    });
    if (authorIds.length > 0 && authorIds.length !== names.length)
      diagnostics.push({ ...source, level: "warning", message: `${names.length} author names but ${authorIds.length} author ids: ids not attached.` });
    if (!title && authors.length === 0) return "no title and no authors";

    const doi = normalizeDoi(cell(row, "doi"));
    const ids: Record<string, string> = {};
    const work = openAlexId(cell(row, "id"));
    if (work) ids.openalex = work;
    const pmid = cell(row, "ids.pmid")?.replace(/^.*\//, "");
    if (pmid) ids.pmid = pmid;
    return withOptional<PubRecord>(
      { source, format: "openalex-csv", title: title ?? `Untitled OpenAlex work${work ? ` ${work}` : ""}`, authors, authorsTruncated: false },
      {
        untitled: title ? undefined : true,
        year: parseYear(cell(row, "publication_year")) ?? parseYear(cell(row, "publication_date")),
        venue: cell(row, "primary_location.source.display_name"),
        type: cell(row, "type")?.toLowerCase(),
        doi,
        arxiv: arxivFromDoi(doi),
        url: safeHttpUrl(cell(row, "primary_location.landing_page_url")) ?? safeHttpUrl(cell(row, "doi")),
        abstract: stripMarkup(cell(row, "abstract")),
        ids: Object.keys(ids).length > 0 ? ids : undefined,
      },
    );
  });
}

/** Split a multi-valued cell, keeping empty slots so parallel lists stay aligned. */
function parallel(value: string | undefined): string[] {
  if (!value) return [];
  const separator = value.includes("|") ? "|" : "; ";
  return value.split(separator).map((piece) => cleanText(piece) ?? "");
}
