/** Hand-built ImportResults, so identity tests do not depend on the importers. */
import type { ImportResult, PubRecord, RawAuthor } from "../../../src/model/types.ts";

export type AuthorSpec = string | RawAuthor;

export interface RecordSpec extends Partial<Omit<PubRecord, "authors">> {
  authors?: AuthorSpec[];
}

export function author(spec: AuthorSpec): RawAuthor {
  return typeof spec === "string" ? { name: spec } : spec;
}

/** A record; `index` (0-based) names it `key r<index+1>` in its file. */
export function record(spec: RecordSpec, file = "test.bib", index = 0): PubRecord {
  const { authors = [], ...rest } = spec;
  return {
    source: { file, where: `key r${index + 1}` },
    format: "bibtex",
    title: `Paper ${index + 1} of ${file}`,
    authorsTruncated: false,
    ...rest,
    authors: authors.map(author),
  };
}

export function result(records: RecordSpec[], extra: Partial<ImportResult> = {}, file = "test.bib"): ImportResult {
  return { format: "bibtex", records: records.map((spec, index) => record(spec, file, index)), skipped: 0, diagnostics: [], ...extra };
}

/** One paper per author list. */
export function papersBy(...authorLists: AuthorSpec[][]): ImportResult {
  return result(authorLists.map((authors, i) => ({ authors, title: `Paper about topic ${i + 1}`, year: 2020 })));
}
