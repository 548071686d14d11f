/**
 * Inputs built to hurt: very deep nesting (recursion → stack overflow), very long runs of one
 * character (backtracking regexes → hangs), huge author lists and single enormous fields, each
 * placed where each format's importer has to look at it. Tens to hundreds of KB each: a linear importer
 * reads them in well under a second, a quadratic or backtracking one takes minutes.
 */
import { describe, expect, it } from "vitest";
import { runPipeline } from "./invariants.ts";
import { CAMPAIGN } from "./settings.ts";

/** 30 KB in `npm test` (a quadratic step already costs seconds there), 400 KB in a campaign. */
const SIZE = CAMPAIGN ? 400_000 : 30_000;
const LIMIT_MS = CAMPAIGN ? 30_000 : 10_000;

/** Runs that trip up regexes and recursive descent. */
const RUNS: [string, string][] = [
  ["open braces", "{"],
  ["close braces", "}"],
  ["brace pairs", "{}"],
  ["backslashes", "\\"],
  ["accents", "\\'{"],
  ["quotes", '"'],
  ["at signs", "@"],
  ["spaces", " "],
  ["tabs and newlines", "\t\n"],
  ["and-separators", " and "],
  ["commas", ", "],
  ["initials", "A. "],
  ["hyphens", "-"],
  ["dots", "."],
  ["lt", "<"],
  ["ampersands", "&"],
  ["entity-like", "&a"],
  ["brackets", "["],
  ["digits", "9"],
  ["letters", "a"],
  ["url-like", "http://"],
  ["doi-like", "10.1/"],
  ["percent", "%"],
  ["hash", " # "],
  ["CR", "\r"],
];

/** Where each format reads free text. */
const CARRIERS: [string, (body: string) => string][] = [
  ["bibtex title", (body) => `@article{k,\n  title = {${body}},\n  author = {A, B},\n  year = {2020}\n}\n`],
  ["bibtex author", (body) => `@article{k,\n  title = {T},\n  author = {${body}},\n  year = {2020}\n}\n`],
  ["bibtex raw", (body) => `@article{k, title = ${body}`],
  ["bibtex url", (body) => `@misc{k, title = {T}, author = {A, B}, url = {${body}}}\n`],
  ["ris", (body) => `TY  - JOUR\r\nAU  - ${body}\r\nTI  - ${body}\r\nUR  - ${body}\r\nER  - \r\n`],
  ["wos", (body) => `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU ${body}\nAF ${body}\nTI ${body}\nER\nEF\n`],
  ["csl-json", (body) => JSON.stringify([{ id: "a", type: "article-journal", title: body, author: [{ literal: body }, { given: body, family: "F" }], URL: body }])],
  ["json nesting", (body) => "[".repeat(body.length / 4) + body],
  ["dblp", (body) => `<dblp><article key="k"><author>${body}</author><title>${body}</title><ee>${body}</ee></article></dblp>`],
  ["xml nesting", (body) => "<dblp>" + "<i>".repeat(body.length / 8) + body],
  ["scopus csv", (body) => `Authors,Author full names,Title,Year,Source title,DOI,Link\n"${body}","${body}","${body}",2020,J,,"${body}"\n`],
  ["profile page", (body) => `Jane Doe\nProfessor\n\nPublications\n\n${body}\nJ Doe, ${body}\nJournal of Things, 2020\n`],
  ["gml", (body) => `graph [\n node [ id 1 label "${body}" ]\n edge [ source 1 target ${body} ]\n]\n`],
];

const doubling = (lines: number, first: string, use: string) =>
  Array.from({ length: lines }, (_, i) => (i === 0 ? `@string{m0 = "${first}"}` : `@string{m${i} = m${i - 1} # m${i - 1}}`)).join("\n") + "\n" + use.replace("LAST", `m${lines - 1}`);
const entityBomb = (root: string, body: string) =>
  `<?xml version="1.0"?><!DOCTYPE ${root} [<!ENTITY a "aaaaaaaaaa">` +
  Array.from({ length: 12 }, (_, i) => `<!ENTITY e${i} "${(i === 0 ? "&a;" : `&e${i - 1};`).repeat(10)}">`).join("") +
  `]>${body}`;

/** Inputs whose size explodes when expanded naively: macro doubling, entity bombs, long crossref chains, deep nesting. */
const BOMBS: [string, string][] = [
  ["BibTeX @string doubling into a title", doubling(CAMPAIGN ? 40 : 26, "xxxxxxxxxx", "@article{k, title = LAST, author = {A, B}, year = 2020}\n")],
  ["BibTeX @string doubling into an author list", doubling(CAMPAIGN ? 40 : 14, "A, B and ", "@article{k, title = {T}, author = LAST, year = 2020}\n")],
  ["BibTeX crossref chain", Array.from({ length: CAMPAIGN ? 5000 : 600 }, (_, i) => `@article{k${i}, crossref = {k${i + 1}}, author = {A${i}, B}}`).join("\n")],
  ["BibTeX crossref cycle of every entry", Array.from({ length: 300 }, (_, i) => `@article{k${i}, crossref = {k${(i + 1) % 300}}, title = {T${i}}}`).join("\n")],
  ["dblp entity bomb", entityBomb("dblp", `<dblp><article key="k"><author>A B</author><title>&e11;</title></article></dblp>`)],
  ["GEXF entity bomb", entityBomb("gexf", `<gexf><graph><nodes><node id="1" label="&e11;"/></nodes></graph></gexf>`)],
  ["GraphML entity bomb", entityBomb("graphml", `<graphml><graph><node id="&e11;"/></graph></graphml>`)],
  ["GML nested lists", "graph [\n" + "a [ ".repeat(20_000) + "\n"],
  ["JSON nested arrays", "[".repeat(200_000)],
  ["JSON nested objects", '{"results":'.repeat(50_000)],
  ["BibTeX nested braces", "@article{k, title = " + "{".repeat(100_000) + "}"],
];

describe("pathological inputs finish in bounded time without throwing", () => {
  it.each(CARRIERS)("%s with long runs and deep nesting", (_carrier, wrap) => {
    const slow: string[] = [];
    for (const [label, unit] of RUNS) {
      const body = unit.repeat(Math.ceil(SIZE / unit.length));
      const outcome = runPipeline([{ name: `${label}.txt`, text: wrap(body) }], LIMIT_MS);
      expect(outcome.problems, label).toEqual([]);
      if (outcome.milliseconds > 2000) slow.push(`${label}: ${Math.round(outcome.milliseconds)} ms`);
    }
    // Not a failure on a loaded machine, but worth seeing when it happens.
    if (slow.length > 0) console.warn(`slow inputs: ${slow.join(", ")}`);
  });

  it.each(BOMBS)("%s stays small and quick", (_label, text) => {
    const outcome = runPipeline([{ name: "bomb", text }], LIMIT_MS);
    expect(outcome.problems).toEqual([]);
    const longest = Math.max(0, ...(outcome.results ?? []).flatMap((result) => result.records.map((record) => record.title.length + record.authors.length)));
    expect(longest).toBeLessThanOrEqual(1_000_001);
  });

  it("hundreds of BibTeX files with @strings, read together (macro lookup across files was quadratic)", () => {
    const count = CAMPAIGN ? 1000 : 400;
    const files = Array.from({ length: count }, (_, f) => ({
      name: `f${f}.bib`,
      text: Array.from({ length: 50 }, (_, i) => `@string{s${f}x${i} = "v${f}"}`).join("\n") + `\n@string{shared = "S${f}"}\n@article{k${f}, title={T${f}}, author={A${f}, B}, journal = s${(f + 1) % count}x1, publisher = shared}\n`,
    }));
    const outcome = runPipeline(files, LIMIT_MS);
    expect(outcome.problems).toEqual([]);
    // A macro of another file resolves; the file's own definition wins over other files'.
    const record = outcome.results![7].records[0];
    expect(record.venue).toBe("v8");
    expect(outcome.collection!.papers).toHaveLength(count);
  });

  it("a BibTeX entry and a CSL item with thousands of authors", () => {
    const count = CAMPAIGN ? 10_000 : 1_500;
    const names = Array.from({ length: count }, (_, i) => `Person${i}, Given${i % 97}`);
    const bib = runPipeline([{ name: "many.bib", text: `@article{k, title={T}, year={2020}, author={${names.join(" and ")}}}` }], LIMIT_MS);
    expect(bib.problems).toEqual([]);
    expect(bib.collection?.papers[0].authors).toHaveLength(count);
    expect(bib.collection?.people).toHaveLength(count);
    const csl = runPipeline([{ name: "many.json", text: JSON.stringify([{ id: "a", type: "article-journal", title: "T", author: names.map((name) => ({ family: name.split(",")[0], given: "G" })) }]) }], LIMIT_MS);
    expect(csl.problems).toEqual([]);
    expect(csl.collection?.papers[0].authors).toHaveLength(count);
  });
});
