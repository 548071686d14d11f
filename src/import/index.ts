/**
 * The import registry: sniff each file's content, hand it to the parser for its format.
 * Never throws: a parser that throws becomes an error diagnostic (a bug report, really).
 */
import type { Diagnostic, FormatId, ImportResult, InputFile } from "../model/types";
import { parseBibtex, parseBibtexFiles } from "./bibtex";
import { parseCrossref } from "./crossref";
import { parseCslJson } from "./csljson";
import { parseDblp } from "./dblp";
import { parseGexf, parseGml, parseGraphml } from "./graph-files";
import { parseOpenAlex } from "./openalex";
import { parseOpenAlexCsv } from "./openalex-csv";
import { parseLens } from "./lens";
import { parseScholar } from "./scholar";
import { parseOrcid } from "./orcid";
import { parseProfilePage } from "./profile";
import { parseRis } from "./ris";
import { parseScopus } from "./scopus";
import { parseWos } from "./wos";
import { sniffDetail } from "./sniff";
import { parseAliasFile } from "../identity/aliases";

export type Parser = (text: string, file: string) => ImportResult;

/** One parser per format. Formats still waiting for an importer answer with a clear error. */
export const PARSERS: Record<FormatId, Parser> = {
  bibtex: (text, file) => withoutMacros(parseBibtex(text, file)),
  "csl-json": parseCslJson,
  ris: parseRis,
  "profile-page": parseProfilePage,
  "dblp-xml": parseDblp,
  "openalex-json": parseOpenAlex,
  "crossref-json": parseCrossref,
  "orcid-json": parseOrcid,
  "scopus-csv": parseScopus,
  "wos-text": parseWos,
  "scholar-csv": parseScholar,
  "lens-csv": parseLens,
  "openalex-csv": parseOpenAlexCsv,
  gexf: parseGexf,
  graphml: parseGraphml,
  gml: parseGml,
  // The dataset file is not publications: the caller loads it as it is.
  atlas: () => ({ format: "atlas", records: [], skipped: 0, diagnostics: [] }),
  // Decisions about people (merge/split), applied by identity to everything imported with it.
  aliases: (text, file) => {
    const { aliases, diagnostics } = parseAliasFile(text, file);
    return { format: "aliases", records: [], skipped: 0, diagnostics, aliases };
  },
  unknown: (text, file) => unrecognised(text, file),
};

/** What the user can give us, for the message when nothing matched. */
const EXPECTED =
  "BibTeX (@article{…}), RIS (TY  - …), CSL-JSON, OpenAlex/Crossref/ORCID JSON, DBLP XML, " +
  "Web of Science text, Scopus/Google Scholar/Lens/OpenAlex CSV, a profile page's text, GML/GEXF/GraphML, " +
  "or a Coauthor Atlas dataset file";

/**
 * One result per file, in the given order. BibTeX files are read together so that an
 * `@string` macro defined in any of them resolves in all of them.
 */
export function importFiles(files: InputFile[]): ImportResult[] {
  const prepared = files.map((file) => {
    // NUL is never text in a publication list (binary junk, UTF-16 read as UTF-8): drop it so no title or name carries one.
    const text = stripBom(typeof file?.text === "string" ? file.text : "").replace(/\u0000/g, "");
    const name = typeof file?.name === "string" ? file.name : "(unnamed)";
    return { name, text, format: safeSniff(text) };
  });

  const results: (ImportResult | undefined)[] = new Array(prepared.length);
  const bibIndexes = prepared.flatMap((file, index) => (file.format === "bibtex" ? [index] : []));
  if (bibIndexes.length > 0) {
    const bibResults = parseBibtexTogether(bibIndexes.map((i) => ({ name: prepared[i].name, text: prepared[i].text })));
    bibIndexes.forEach((fileIndex, k) => (results[fileIndex] = bibResults[k]));
  }
  prepared.forEach((file, index) => {
    results[index] ??= runParser(file.format, file.text, file.name);
  });
  return results as ImportResult[];
}

export function importFile(file: InputFile): ImportResult {
  return importFiles([file])[0];
}

/** The chained BibTeX reader; if it fails as a whole, each file on its own so one bad file costs only itself. */
function parseBibtexTogether(files: InputFile[]): ImportResult[] {
  try {
    const results = parseBibtexFiles(files);
    if (Array.isArray(results) && results.length === files.length) return results;
  } catch {
    // fall through: read the files one by one, each failure reported against its own file
  }
  return files.map((file) => runParser("bibtex", file.text, file.name));
}

function runParser(format: FormatId, text: string, file: string): ImportResult {
  try {
    return PARSERS[format](text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(format, file, `the ${format} importer failed on this file (a bug, please report it): ${message}`);
  }
}

function safeSniff(text: string): FormatId {
  try {
    return sniffDetail(text).format;
  } catch {
    return "unknown";
  }
}

/** The stand-in for a format we recognise but cannot read yet. */
export function notSupportedYet(format: FormatId): Parser {
  return (_text, file) => failed(format, file, `format ${format} recognised but not supported yet`);
}

function unrecognised(text: string, file: string): ImportResult {
  const why = text.trim() === "" ? "the file is empty" : sniffDetail(text).reason;
  return failed("unknown", file, `could not recognise the format (${why}); expected ${EXPECTED}`);
}

function failed(format: FormatId, file: string, message: string): ImportResult {
  const diagnostic: Diagnostic = { level: "error", file, where: "line 1", message };
  return { format, records: [], skipped: 0, diagnostics: [diagnostic] };
}

function withoutMacros(result: ImportResult & { macros?: unknown }): ImportResult {
  const { macros: _macros, ...rest } = result;
  return rest;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
