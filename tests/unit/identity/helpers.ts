/** Hand-built ImportResults, so identity tests do not depend on the importers. */
import type { ImportResult, PubRecord, RawAuthor } from "../../../src/model/types.ts";

export type AuthorSpec = string | RawAuthor;

export interface RecordSpec extends Partial<Omit<PubRecord, "authors">> {
  authors?: AuthorSpec[];
}

export function author(spec: AuthorSpec): RawAuthor {
  return typeof spec === "string" ? { name: spec } : spec;
}

let counter = 0;

export function record(spec: RecordSpec, file = "test.bib"): PubRecord {
  counter++;
  const { authors = [], ...rest } = spec;
  return {
    source: { file, where: `key r${counter}` },
    format: "bibtex",
    title: `Paper ${counter}`,
    authorsTruncated: false,
    ...rest,
    authors: authors.map(author),
  };
}

export function result(records: RecordSpec[], extra: Partial<ImportResult> = {}, file = "test.bib"): ImportResult {
  return { format: "bibtex", records: records.map((spec) => record(spec, file)), skipped: 0, diagnostics: [], ...extra };
}

/** One paper per author list. */
export function papersBy(...authorLists: AuthorSpec[][]): ImportResult {
  return result(authorLists.map((authors, i) => ({ authors, title: `Paper about topic ${i + 1}`, year: 2020 })));
}
