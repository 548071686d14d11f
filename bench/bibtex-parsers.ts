/**
 * Compare BibTeX parsers on the shared corpus: what they find and how fast.
 *
 *   npx tsx bench/bibtex-parsers.ts            # table to stdout (Markdown)
 *   BIBLATEX_CSL_CONVERTER=/path/to/node_modules/biblatex-csl-converter/lib/index.js npx tsx bench/bibtex-parsers.ts
 *
 * Candidates: @retorquere/bibtex-parser full parse (LaTeX → Unicode, names split),
 * its verbatim parser (raw field strings only), citation-js' BibTeX plugin (→ CSL-JSON),
 * biblatex-csl-converter when a path to it is given (not a project dependency), and our own
 * importer (`parseBibtex`, which is built on the verbatim parser).
 * Timings: median of RUNS runs after one warm-up run, in ms: wall clock, and the process's CPU time
 * (all threads, so garbage collection counts) which is steadier on a shared, busy machine.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { parse as parseFull } from "@retorquere/bibtex-parser";
import type * as Verbatim from "../node_modules/@retorquere/bibtex-parser/dist/types/verbatim.d.ts";
import { parseBibtex } from "../src/import/bibtex.ts";

const require = createRequire(import.meta.url);
// The verbatim scanner is not in the package's exports map: load it by path (bench only).
const verbatimPath = "../node_modules/@retorquere/bibtex-parser/dist/esm/verbatim.js";
const { parse: parseVerbatim } = (await import(verbatimPath)) as typeof Verbatim;
const RUNS = Number(process.env.RUNS ?? 5);
const CORPUS = "../shared/corpus/bib";

interface Outcome {
  entries: number;
  authors: number;
  note: string;
}
type Candidate = { name: string; run: (text: string, strings: Record<string, string>) => Outcome };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const retorquereFull: Candidate = {
  name: "retorquere full",
  run(text, strings) {
    const lib = parseFull(text, {
      sentenceCase: false,
      english: false,
      caseProtection: false,
      applyCrossRef: true,
      unsupported: "ignore",
      strings,
    });
    let authors = 0;
    for (const entry of lib.entries) authors += entry.fields.author?.length ?? 0;
    return { entries: lib.entries.length, authors, note: `${lib.errors.length} errors` };
  },
};

const retorquereVerbatim: Candidate = {
  name: "retorquere verbatim",
  run(text, strings) {
    const lib = parseVerbatim(text, { strings });
    return { entries: lib.entries.length, authors: NaN, note: `${lib.errors.length} errors` };
  },
};

function citationJs(): Candidate {
  const { plugins } = require("@citation-js/core");
  require("@citation-js/plugin-bibtex");
  return {
    name: "citation-js",
    run(text) {
      let items: { author?: unknown[] }[] = [];
      let note = "";
      try {
        items = plugins.input.chain(text, { generateGraph: false, target: "@csl/list+object" });
      } catch (error) {
        note = `threw: ${String(error).slice(0, 60)}`;
      }
      let authors = 0;
      for (const item of items) authors += item.author?.length ?? 0;
      return { entries: items.length, authors, note };
    },
  };
}

async function biblatexCslConverter(): Promise<Candidate | undefined> {
  const path = process.env.BIBLATEX_CSL_CONVERTER;
  if (!path) return undefined;
  const module = await import(path);
  return {
    name: "biblatex-csl-converter",
    run(text) {
      const parser = new module.BibLatexParser(text, { processUnknown: true });
      const result = parser.parse();
      const entries = Object.values(result.entries) as { fields: { author?: unknown[] } }[];
      let authors = 0;
      for (const entry of entries) authors += entry.fields.author?.length ?? 0;
      return { entries: entries.length, authors, note: `${result.errors.length} errors` };
    },
  };
}

const ours: Candidate = {
  name: "ours (parseBibtex)",
  run(text, strings) {
    const result = parseBibtex(text, "bench.bib", { macros: strings });
    let authors = 0;
    for (const record of result.records) authors += record.authors.length;
    return { entries: result.records.length + result.skipped, authors, note: `${result.diagnostics.length} diags` };
  },
};

function corpusFiles(): string[] {
  const top = readdirSync(CORPUS).filter((f) => f.endsWith(".bib")).map((f) => join(CORPUS, f));
  const fixtures = readdirSync(join(CORPUS, "fixtures")).map((f) => join(CORPUS, "fixtures", f));
  return [...top, ...fixtures];
}

async function main(): Promise<void> {
  const candidates = [retorquereFull, retorquereVerbatim, citationJs(), ours];
  const extra = await biblatexCslConverter();
  if (extra) candidates.splice(3, 0, extra);
  // The treewidth papers use macros of the definitions file: every candidate gets them
  // (preloaded where the parser allows it, prepended to the text where it does not).
  const treewidthStrings = parseVerbatim(readFileSync(join(CORPUS, "large-treewidth-definitions.bib"), "utf8")).strings;
  const definitionsText = readFileSync(join(CORPUS, "large-treewidth-definitions.bib"), "utf8");

  console.log(`| file | ${candidates.map((c) => c.name).join(" | ")} |`);
  console.log(`|---|${candidates.map(() => "---").join("|")}|`);
  for (const file of corpusFiles()) {
    const raw = readFileSync(file, "utf8");
    const cells: string[] = [];
    for (const candidate of candidates) {
      const needsMacros = file.endsWith("large-treewidth-papers.bib");
      const preloads = candidate.name === "citation-js" || candidate.name === "biblatex-csl-converter";
      const text = needsMacros && preloads ? definitionsText + "\n" + raw : raw;
      const strings = needsMacros && !preloads ? treewidthStrings : {};
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let outcome: Outcome = { entries: 0, authors: 0, note: "" };
      for (let i = 0; i <= RUNS; i++) {
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        try {
          outcome = candidate.run(text, strings);
        } catch (error) {
          outcome = { entries: 0, authors: 0, note: `threw: ${String(error).slice(0, 60)}` };
        }
        const cpu = process.cpuUsage(cpuStart);
        if (i > 0) {
          times.push(performance.now() - start);
          cpuTimes.push((cpu.user + cpu.system) / 1000);
        }
      }
      const authors = Number.isNaN(outcome.authors) ? "–" : String(outcome.authors);
      const note = outcome.note ? ` (${outcome.note.replace(/\s+/g, " ").replace(/\|/g, "/")})` : "";
      cells.push(`${outcome.entries} e / ${authors} a / ${median(times).toFixed(0)} ms / ${median(cpuTimes).toFixed(0)} cpu${note}`);
    }
    console.log(`| ${file.replace(`${CORPUS}/`, "")} | ${cells.join(" | ")} |`);
  }
}

await main();
