/**
 * The CLI on the default dataset and on real files from ../shared/corpus, run in-process.
 * Record counts come from ../shared/corpus/README.md; the other numbers are what the pipeline
 * makes of each file today (update them deliberately when importers or identity change; people
 * counts above 300 are checked to within 2%).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, statsJson } from "./run-cli.ts";

const BIB = "../shared/corpus/bib";
const OTHER = "../shared/corpus/other";

interface Expected {
  records: number;
  papers: number;
  people: number;
  authorships: number;
  hyperauthored: number;
}

const CORPUS: [string[], Expected][] = [
  [[`${BIB}/lab-3c-carrette-endnote.bib`], { records: 35, papers: 34, people: 168, authorships: 373, hyperauthored: 3 }],
  // 1,362 author slots (rasthofer-u_2018's comma-separated list read as 3 names) − 16 on the 3 same-DOI duplicates = 1,346 links.
  [[`${BIB}/lab-4c-multiphysics.bib`], { records: 316, papers: 313, people: 426, authorships: 1346, hyperauthored: 1 }],
  [[`${BIB}/crossref-generated-muro.bib`], { records: 42, papers: 42, people: 19, authorships: 76, hyperauthored: 0 }],
  [[`${BIB}/bigbench-datacite-445names.bib`], { records: 1, papers: 1, people: 444, authorships: 444, hyperauthored: 1 }],
  [[`${BIB}/biblatex-apa-test-references.bib`], { records: 283, papers: 271, people: 392, authorships: 454, hyperauthored: 0 }],
  [[`${BIB}/large-hepml-livingreview.bib`], { records: 2423, papers: 2418, people: 4372, authorships: 8722, hyperauthored: 0 }],
  [
    [`${BIB}/large-treewidth-papers.bib`, `${BIB}/large-treewidth-definitions.bib`],
    // 11 tech reports / unpublished drafts are versions of a later paper (same title, ≤2 years, shared authors): 2143 → 2132 papers, 22 fewer links.
    { records: 2157, papers: 2132, people: 1699, authorships: 4567, hyperauthored: 0 },
  ],
  [[`${OTHER}/ris-ieee-xplore-litstudy.ris`], { records: 25, papers: 25, people: 150, authorships: 162, hyperauthored: 1 }],
  [[`${OTHER}/csl-json-manubot-context-review.json`], { records: 258, papers: 253, people: 1901, authorships: 2189, hyperauthored: 8 }],
];

/** fixtures/: record counts read off the files (entries, not @string/@preamble/@comment). */
const FIXTURES: Record<string, Expected> = {
  "ads-mnras.bib": { records: 1, papers: 1, people: 7, authorships: 7, hyperauthored: 0 },
  "bbt-and-others.bib": { records: 1, papers: 1, people: 1, authorships: 1, hyperauthored: 0 },
  "bbt-literal-corporate-names.bib": { records: 1, papers: 1, people: 20, authorships: 20, hyperauthored: 0 },
  "biber-crossrefs.bib": { records: 46, papers: 31, people: 23, authorships: 28, hyperauthored: 0 },
  "biber-names.bib": { records: 38, papers: 38, people: 34, authorships: 42, hyperauthored: 0 },
  "bibtexparser-comments_spaces_and_declarations.bib": { records: 1, papers: 1, people: 1, authorships: 1, hyperauthored: 0 },
  "bibtexparser-features2.bib": { records: 1, papers: 1, people: 1, authorships: 1, hyperauthored: 0 },
  // Two authors separated by a comma and a newline instead of "and".
  "bibtexparser-traps.bib": { records: 1, papers: 1, people: 2, authorships: 2, hyperauthored: 0 },
  "bibtexparser-wrong.bib": { records: 2, papers: 2, people: 2, authorships: 2, hyperauthored: 0 },
  "citationjs-syntax-torture.bib": { records: 27, papers: 7, people: 5, authorships: 5, hyperauthored: 0 },
  "cyrillic-primo-nlr.bib": { records: 1, papers: 1, people: 1, authorships: 1, hyperauthored: 0 },
  "empty-and-paren-edge-cases.bib": { records: 2, papers: 0, people: 0, authorships: 0, hyperauthored: 0 },
  "mendeley-export-quirks.bib": { records: 1, papers: 1, people: 1, authorships: 1, hyperauthored: 0 },
};

describe("the default dataset (data/ramasesh.bib)", () => {
  it("stats --json: 8 papers, 462 people, 493 authorships, BIG-bench hyperauthored", async () => {
    const { code, stderr, stats } = await statsJson(["data/ramasesh.bib"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(Object.keys(stats)).toEqual(["records", "papers", "people", "authorships", "skipped", "merged", "hyperauthored", "diagnostics"]);
    expect(stats).toMatchObject({ records: 8, papers: 8, people: 462, authorships: 493, skipped: 0, hyperauthored: 1 });
    // Vinay Ramasesh, Vinay V. Ramasesh, Vinay Venkatesh Ramasesh: one person, two extra spellings.
    expect(stats.merged).toBe(2);
  });

  it("people: Ramasesh 8 papers first, Dyer 5 second, with every spelling and the ORCID", async () => {
    const run = await runCli(["people", "data/ramasesh.bib", "--json"]);
    expect(run.code).toBe(0);
    const people = JSON.parse(run.stdout);
    expect(people).toHaveLength(462);
    expect(people[0].papers).toBe(8);
    expect(people[0].variants).toEqual(expect.arrayContaining(["Vinay Ramasesh", "Vinay V. Ramasesh"]));
    expect(people[0].ids.orcid).toBe("0000-0003-0625-3327");
    expect(people[1]).toMatchObject({ name: "Ethan Dyer", papers: 5 });
    expect(people.slice(2, 4).map((p: { name: string }) => p.name)).toEqual(["Aitor Lewkowycz", "Ambrose Slone"]);
    expect(Object.keys(people[1])).toEqual(["id", "name", "variants", "papers", "ids"]);
  });

  it("people --limit 3 prints a readable ranking", async () => {
    const run = await runCli(["people", "data/ramasesh.bib", "--limit", "3"]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^8 {2}Vinay .*Ramasesh/);
    expect(lines[1]).toBe("5  Ethan Dyer");
    expect(lines[2]).toBe("4  Aitor Lewkowycz");
    expect(lines[3]).toBe("… and 459 more people");
  });

  it("shared: Ramasesh and Aitken share exactly the encoder–decoder and geometry-of-integration papers", async () => {
    const run = await runCli(["shared", "data/ramasesh.bib", "--author", "Vinay Ramasesh", "--author", "Kyle Aitken", "--json"]);
    expect(run.code).toBe(0);
    const papers = JSON.parse(run.stdout);
    expect(papers.map((p: { title: string; year: number }) => [p.title, p.year])).toEqual([
      ["Understanding How Encoder-Decoder Architectures Attend", 2021],
      ["The geometry of integration in text classification RNNs", 2021],
    ]);
    expect(papers.map((p: { arxiv: string }) => p.arxiv)).toEqual(["2110.15253", "2010.15114"]);
    expect(papers[0].venue).toMatch(/NeurIPS|Neural Information Processing/);
  });

  it("shared matches names as identity does (family-first, lower case)", async () => {
    const run = await runCli(["shared", "data/ramasesh.bib", "--author", "ramasesh, vinay", "--author", "Ethan Dyer"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^Vinay .*Ramasesh and Ethan Dyer: 5 shared papers$/);
  });

  it("unknown author: exit 1 and one line naming the query", async () => {
    const run = await runCli(["shared", "data/ramasesh.bib", "--author", "Vinay Ramasesh", "--author", "Nobody Atall"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'coauthor-atlas: no person matches "Nobody Atall"\n' });
  });

  it("ambiguous author: exit 1 listing the candidates", async () => {
    // Two Kyles? No: a bare initial matches several people.
    const run = await runCli(["shared", "data/ramasesh.bib", "--author", "A. Slone", "--author", "Wu"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^coauthor-atlas: "Wu" matches \d+ people: .*Yuhuai Wu \[yuhuai-wu\]/);
    expect(run.stderr.split("\n")).toHaveLength(2);
  });

  it("applies an alias file: merges and splits change people and spellings", async () => {
    const aliasPath = join(mkdtempSync(join(tmpdir(), "atlas-alias-")), "aliases.json");
    writeFileSync(aliasPath, JSON.stringify({ merge: [["Kyle Aitken", "Yuan Cao"]], split: [["Vinay Ramasesh", "Vinay V. Ramasesh"]] }));
    const { stats } = await statsJson(["data/ramasesh.bib"], ["--aliases", aliasPath]);
    // −1 (Aitken + Cao) +1 (Ramasesh split); Aitken and Cao shared 2 papers → 2 links fewer.
    expect(stats).toMatchObject({ papers: 8, people: 462, authorships: 491 });
    const bad = await runCli(["stats", "data/ramasesh.bib", "--aliases", "data/ramasesh.bib"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^coauthor-atlas: alias file data\/ramasesh.bib: not valid JSON/);
  });
});

describe("stats --json on the corpus: papers + skipped = records", () => {
  for (const [files, expected] of CORPUS) {
    it(files.map((file) => file.split("/").pop()).join(" + "), async () => {
      const { code, stats } = await statsJson(files);
      expect(code).toBe(0);
      expect(stats.papers + stats.skipped).toBe(stats.records);
      // People counts of the bigger files move a little whenever identity's name rules are refined;
      // everything else is exact.
      const { people, ...exact } = expected;
      expect(stats).toMatchObject(exact);
      if (people > 300) expect(Math.abs(stats.people - people) / people).toBeLessThan(0.02);
      else expect(stats.people).toBe(people);
      for (const diagnostic of stats.diagnostics) expect(Object.keys(diagnostic)).toEqual(["level", "file", "where", "message"]);
    });
  }

  it("every fixture in bib/fixtures", async () => {
    const names = readdirSync(`${BIB}/fixtures`).sort();
    expect(names).toEqual(Object.keys(FIXTURES).sort());
    for (const name of names) {
      const { code, stats } = await statsJson([`${BIB}/fixtures/${name}`]);
      expect(code, name).toBe(0);
      expect(stats.papers + stats.skipped, name).toBe(stats.records);
      expect({ name, ...stats, diagnostics: undefined, skipped: undefined, merged: undefined }).toEqual({
        name,
        ...FIXTURES[name],
        diagnostics: undefined,
        skipped: undefined,
        merged: undefined,
      });
    }
  });

  it("explains skipped entries with diagnostics naming file and place", async () => {
    const { stats } = await statsJson([`${BIB}/fixtures/empty-and-paren-edge-cases.bib`]);
    expect(stats.skipped).toBe(2);
    expect(stats.diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const diagnostic of stats.diagnostics) {
      expect(diagnostic.file).toBe(`${BIB}/fixtures/empty-and-paren-edge-cases.bib`);
      expect(diagnostic.where).not.toBe("");
    }
  });

  it("an author–author graph file: people and links, no papers, exit 0", async () => {
    const { code, stats } = await statsJson(["../shared/corpus/large/newman-netscience.gml"]);
    expect(code).toBe(0);
    expect(stats).toMatchObject({ records: 0, papers: 0, skipped: 0, people: 1589, authorships: 0 });
  });

  it("reads ISO-8859-1 DBLP XML by its declaration", async () => {
    const { code, stats } = await statsJson([`${OTHER}/dblp-xml-excerpt.xml`]);
    expect(code).toBe(0);
    expect(stats.records).toBe(131);
    const people = JSON.parse((await runCli(["people", `${OTHER}/dblp-xml-excerpt.xml`, "--json"])).stdout);
    const names: string[] = people.flatMap((person: { variants: string[] }) => person.variants);
    expect(names.some((name) => /[äöüéÖ]/.test(name))).toBe(true);
    expect(names.some((name) => name.includes("\ufffd") || name.includes("Ã"))).toBe(false);
  });

  it("the readable summary counts, then diagnostics grouped and truncated", async () => {
    const run = await runCli(["stats", `${BIB}/biblatex-apa-test-references.bib`]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("283 records read from 1 file: 271 papers, 12 skipped");
    expect(lines[1]).toBe("392 people, 454 authorships");
    expect(run.stdout).toMatch(/\nWarnings \(\d+\):\n(  .*\n){10}  … and \d+ more \(--verbose shows all\)\n/);
    const verbose = await runCli(["stats", `${BIB}/biblatex-apa-test-references.bib`, "--verbose"]);
    expect(verbose.stdout).not.toContain("more (--verbose shows all)");
  });
});
