/**
 * The generated records of `generate.ts` written in the other formats the importers read, so the
 * benchmark can time "import per format" on the same publications:
 *
 *   bibtex         `@article{gen12, author = {Family, Given M. and G. Family}, …}` (generate.ts)
 *   csl-json       an array of CSL items, names as `{family, given}` parts as the record writes them
 *   ris            `TY  - JOUR` … `ER  - `, one `AU  - Family, Given` line per author
 *   dblp-xml       a `<dblp>` dump: one canonical name per person (dblp resolves names), `<ee>` DOI links
 *   openalex-json  `{"results": […]}` works: `raw_author_name` as written, `author.display_name`
 *                  canonical, one OpenAlex author id per person
 *
 * Every format carries the same titles, years, venues, DOIs and arXiv ids, and every record
 * imports (no skipped entries); tests/unit/bench/generate-formats.test.ts checks that.
 *
 * CLI: `node bin/run-ts.mjs bench/generate-formats.ts --records 1000 [--seed 1] --format ris > out.ris`
 */
import {
  canonicalName,
  generateRecords,
  writeBibtex,
  type GenerateOptions,
  type GeneratedAuthor,
  type GeneratedRecord,
} from "./generate.ts";

export const GENERATED_FORMATS = ["bibtex", "csl-json", "ris", "dblp-xml", "openalex-json"] as const;
export type GeneratedFormat = (typeof GENERATED_FORMATS)[number];

/** File name extension per format (the importers sniff content; the name only helps people). */
export const FORMAT_EXTENSION: Record<GeneratedFormat, string> = {
  bibtex: "bib",
  "csl-json": "json",
  ris: "ris",
  "dblp-xml": "xml",
  "openalex-json": "json",
};

export function writeFormat(format: GeneratedFormat, records: GeneratedRecord[], options: GenerateOptions): string {
  switch (format) {
    case "bibtex":
      return writeBibtex(records, options);
    case "csl-json":
      return writeCslJson(records);
    case "ris":
      return writeRis(records);
    case "dblp-xml":
      return writeDblpXml(records);
    case "openalex-json":
      return writeOpenAlexJson(records);
  }
}

/** The same seeded records in every format, generated once. */
export function generateAllFormats(options: GenerateOptions, formats: readonly GeneratedFormat[] = GENERATED_FORMATS): Map<GeneratedFormat, string> {
  const records = generateRecords(options);
  return new Map(formats.map((format) => [format, writeFormat(format, records, options)]));
}

export function writeCslJson(records: GeneratedRecord[]): string {
  const items = records.map((record) => {
    const item: Record<string, unknown> = {
      id: `gen${record.index}`,
      type: record.kind === "inproceedings" ? "paper-conference" : "article-journal",
      title: record.title,
      author: record.authors.map((author) => ({ family: author.family, given: author.writtenGiven })),
      issued: { "date-parts": [[record.year]] },
      "container-title": record.venue,
    };
    if (record.doi) item.DOI = record.doi;
    if (record.arxiv) item.URL = `https://arxiv.org/abs/${record.arxiv}`;
    return item;
  });
  // One item per line: readable, and close to what Zotero or citation-js write.
  return `[\n${items.map((item) => JSON.stringify(item)).join(",\n")}\n]\n`;
}

export function writeRis(records: GeneratedRecord[]): string {
  const lines: string[] = [];
  for (const record of records) {
    lines.push(`TY  - ${record.kind === "inproceedings" ? "CONF" : "JOUR"}`);
    lines.push(`ID  - gen${record.index}`);
    lines.push(`TI  - ${record.title}`);
    for (const author of record.authors) lines.push(`AU  - ${author.family}, ${author.writtenGiven}`);
    lines.push(`PY  - ${record.year}`);
    lines.push(`${record.kind === "inproceedings" ? "T2" : "JO"}  - ${record.venue}`);
    if (record.doi) lines.push(`DO  - ${record.doi}`);
    if (record.arxiv) lines.push(`UR  - https://arxiv.org/abs/${record.arxiv}`);
    lines.push("ER  - ", "");
  }
  return lines.join("\n");
}

function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function writeDblpXml(records: GeneratedRecord[]): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<dblp>\n'];
  for (const record of records) {
    const key = record.kind === "inproceedings" ? `conf/gen/${record.index}` : `journals/gen/${record.index}`;
    const lines = [`<${record.kind} key="${key}" mdate="2024-01-01">`];
    for (const author of record.authors) lines.push(`<author>${xmlText(canonicalName(author))}</author>`);
    // dblp ends every title with a period (the importer drops it).
    lines.push(`<title>${xmlText(record.title)}.</title>`);
    lines.push(`<year>${record.year}</year>`);
    lines.push(record.kind === "inproceedings" ? `<booktitle>${xmlText(record.venue)}</booktitle>` : `<journal>${xmlText(record.venue)}</journal>`);
    if (record.doi) lines.push(`<ee>https://doi.org/${xmlText(record.doi)}</ee>`);
    if (record.arxiv) lines.push(`<ee>https://arxiv.org/abs/${record.arxiv}</ee>`);
    lines.push(`</${record.kind}>`);
    parts.push(lines.join("\n"), "\n");
  }
  parts.push("</dblp>\n");
  return parts.join("");
}

/** OpenAlex author ids are `A` + ten digits; the person index keeps them distinct. */
function openAlexAuthorId(author: GeneratedAuthor): string {
  return `https://openalex.org/A${5_000_000_000 + author.person}`;
}

export function writeOpenAlexJson(records: GeneratedRecord[]): string {
  const works = records.map((record) => {
    const work: Record<string, unknown> = {
      id: `https://openalex.org/W${4_000_000_000 + record.index}`,
      title: record.title,
      display_name: record.title,
      publication_year: record.year,
      type: record.kind === "inproceedings" ? "proceedings-article" : "article",
      doi: record.doi ? `https://doi.org/${record.doi}` : null,
      authorships: record.authors.map((author, position) => ({
        author_position: position === 0 ? "first" : position === record.authors.length - 1 ? "last" : "middle",
        author: { id: openAlexAuthorId(author), display_name: canonicalName(author), orcid: null },
        raw_author_name: `${author.writtenGiven} ${author.family}`,
      })),
      primary_location: {
        landing_page_url: record.arxiv ? `https://arxiv.org/abs/${record.arxiv}` : record.doi ? `https://doi.org/${record.doi}` : null,
        source: { display_name: record.venue, type: record.kind === "inproceedings" ? "conference" : "journal" },
      },
      is_authors_truncated: false,
    };
    return work;
  });
  return `{"meta":{"count":${works.length}},"results":[\n${works.map((work) => JSON.stringify(work)).join(",\n")}\n]}\n`;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && /generate-formats\.ts$/.test(process.argv[1])) {
  const options = { records: Number(argument("--records") ?? 1000), seed: Number(argument("--seed") ?? 1) };
  const format = argument("--format") ?? "bibtex";
  if (!(GENERATED_FORMATS as readonly string[]).includes(format)) {
    process.stderr.write(`unknown --format ${format}; one of ${GENERATED_FORMATS.join(", ")}\n`);
    process.exitCode = 2;
  } else {
    process.stdout.write(writeFormat(format as GeneratedFormat, generateRecords(options), options));
  }
}
