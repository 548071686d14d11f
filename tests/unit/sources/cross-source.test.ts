/**
 * One collection from every source (issue "Every source researchers have"): every file of
 * ../shared/corpus/other through the CLI, the two Muro files together (people and papers across
 * OpenAlex and Crossref BibTeX), a DBLP person page, an author–author graph file, alias files
 * sniffed by content.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runCli, statsJson } from "../cli/run-cli.ts";
import { importFiles } from "../../../src/import/index.ts";
import { collect } from "../../../src/identity/index.ts";
import { buildAtlas } from "../../../src/dataset/build.ts";
import type { Collection, InputFile } from "../../../src/model/types.ts";

const OTHER = "../shared/corpus/other";
const OPENALEX_MURO = `${OTHER}/openalex-works-muro.json`;
const BIB_MURO = "../shared/corpus/bib/crossref-generated-muro.bib";

function input(path: string): InputFile {
  return { name: path.split("/").pop() as string, text: readFileSync(path, "utf8") };
}

function collectFiles(...paths: string[]): Collection {
  return collect(importFiles(paths.map(input)));
}

function peopleNamed(collection: Collection, family: string) {
  return collection.people.filter((person) => person.variants.some((variant) => variant.includes(family)));
}

/** Record counts as README.md gives them; the rest is what the pipeline makes of each file. */
const OTHER_FILES: [string, { records: number; papers: number; skipped: number; people: number; authorships: number }][] = [
  ["crossref-works-muro.json", { records: 4, papers: 4, skipped: 0, people: 3, authorships: 6 }],
  ["csl-json-manubot-context-review.json", { records: 258, papers: 253, skipped: 5, people: 1901, authorships: 2189 }],
  ["dblp-xml-excerpt.xml", { records: 131, papers: 131, skipped: 0, people: 61, authorships: 73 }],
  ["lens-csv-bibliometrix.csv", { records: 8, papers: 8, skipped: 0, people: 28, authorships: 28 }],
  ["openalex-csv-bibliometrix.csv", { records: 8, papers: 8, skipped: 0, people: 20, authorships: 20 }],
  ["openalex-derived-sharma.json", { records: 32, papers: 32, skipped: 0, people: 267, authorships: 600 }],
  // 8 exact duplicates (same DOI/arXiv id/title+year) and 8 preprint ⇄ published versions.
  ["openalex-works-muro.json", { records: 65, papers: 49, skipped: 16, people: 20, authorships: 88 }],
  ["orcid-record-v2-aguiam.json", { records: 14, papers: 12, skipped: 2, people: 1, authorships: 12 }],
  ["ris-ieee-xplore-litstudy.ris", { records: 25, papers: 25, skipped: 0, people: 150, authorships: 162 }],
  ["scopus-csv-bibliometrix.csv", { records: 8, papers: 8, skipped: 0, people: 38, authorships: 38 }],
  ["scopus-csv-legacy-litstudy.csv", { records: 58, papers: 55, skipped: 3, people: 182, authorships: 213 }],
  ["wos-plaintext-bibliometrix.txt", { records: 8, papers: 8, skipped: 0, people: 25, authorships: 25 }],
  ["wos-tagged-in-dot-ris-rispy.ris", { records: 2, papers: 2, skipped: 0, people: 13, authorships: 13 }],
];

describe("stats --json on every file of corpus/other: papers + skipped = records, papers > 0", () => {
  for (const [name, expected] of OTHER_FILES) {
    it(name, async () => {
      const { code, stats } = await statsJson([`${OTHER}/${name}`]);
      expect(code).toBe(0);
      expect(stats.papers + stats.skipped).toBe(stats.records);
      expect(stats.papers).toBeGreaterThan(0);
      expect(stats).toMatchObject(expected);
    });
  }
});

describe("OpenAlex works + Crossref BibTeX of Fernando Muro, together", () => {
  const both = collectFiles(OPENALEX_MURO, BIB_MURO);

  it("107 records make 53 papers: the 49 OpenAlex papers and 4 only the BibTeX has", () => {
    // 65 + 42 records. 38 BibTeX entries are OpenAlex papers again (same DOI, or a preprint/copy of it);
    // the other 4: two without an OpenAlex twin, and two whose OpenAlex preprint is 3–4 years older.
    expect(both.records).toBe(107);
    expect(both.papers).toHaveLength(53);
    expect(both.skipped).toBe(54);
    const bibOnly = both.papers.filter((paper) => paper.sources.every((source) => source.file === "crossref-generated-muro.bib"));
    expect(bibOnly.map((paper) => paper.title).sort()).toEqual([
      "Homotopy units in 𝐴-infinity algebras",
      "K-theory of derivators revisited",
      "Maltsiniotis’s First Conjecture for K1",
      "Secondary homotopy groups",
    ]);
    const fromBoth = both.papers.filter((paper) => new Set(paper.sources.map((source) => source.file)).size === 2);
    expect(fromBoth).toHaveLength(38);
  });

  it("one Fernando Muro on every paper, whatever the spelling", () => {
    const muro = peopleNamed(both, "Muro");
    expect(muro).toHaveLength(1);
    expect(muro[0].name).toBe("Fernando Muro");
    expect(muro[0].variants).toEqual(["F. Muro", "Fernando Muro", "Fernando Muro Jiménez"]);
    expect(muro[0].ids).toMatchObject({ orcid: "0000-0001-8457-9889", openalex: "A5015527081" });
    expect(muro[0].paperIds).toHaveLength(53);
    expect(both.focalPersonId).toBe(muro[0].id);
  });

  it("one Hans-Joachim Baues (three spellings, two OpenAlex ids); Bauer, Hans Joachim apart but suggested", () => {
    const baues = both.people.filter((person) => person.variants.some((variant) => /Baues/.test(variant)));
    expect(baues).toHaveLength(1);
    expect(baues[0].name).toBe("Hans-Joachim Baues");
    expect(baues[0].variants).toEqual(["H.-J. Baues", "Hans Joachim Baues", "Hans-Joachim Baues"]);
    expect(baues[0].paperIds).toHaveLength(7);
    const bauer = peopleNamed(both, "Bauer");
    expect(bauer.map((person) => person.name)).toEqual(["Hans Joachim Bauer"]);
    expect(both.suggestions).toEqual([
      {
        id: `${baues[0].id}~${bauer[0].id}`,
        personIds: [baues[0].id, bauer[0].id],
        names: ["Hans-Joachim Baues", "Hans Joachim Bauer"],
        aliasNames: ["Baues, Hans-Joachim", "Bauer, Hans Joachim"],
        evidence: {
          sharedCoauthors: ["Fernando Muro"],
          // OpenAlex's repository copy names Bauer where the journal version (BibTeX) names Baues.
          samePapers: ["Smash Products for Secondary Homotopy Groups"],
          similarity: "family names one letter apart (Baues / Bauer), same given names",
        },
        score: 0.7,
      },
    ]);
  });

  it("a preprint and its published version are one paper: published venue and year, both DOIs, the arXiv id", () => {
    const massey = both.papers.find((paper) => paper.doi === "10.4310/hha.2023.v25.n1.a10");
    expect(massey).toMatchObject({
      title: "Derived universal Massey products",
      year: 2023,
      venue: "Homology Homotopy and Applications",
      arxiv: "2109.01421",
      preprintArxiv: "2109.01421",
    });
    expect(massey?.ids?.arxivDoi).toBe("10.48550/arxiv.2109.01421");
    expect(massey?.sources.map((source) => source.where)).toEqual(["item 37", "key Muro_2023", "item 55"]);
    expect(both.diagnostics.some((d) => d.where === "item 55" && /another version of the same paper \(same title, 2021–2023/.test(d.message))).toBe(true);
  });

  it("an alias file imported with the data is applied (accepting the suggestion merges Bauer into Baues)", () => {
    const aliases = { name: "aliases.json", text: JSON.stringify({ merge: [["Baues, Hans-Joachim", "Bauer, Hans Joachim"]] }) };
    const atlas = buildAtlas([input(OPENALEX_MURO), input(BIB_MURO), aliases]);
    expect(atlas.provenance.inputs.map((i) => i.format)).toEqual(["openalex-json", "bibtex", "aliases"]);
    expect(atlas.people.filter((person) => /Baue[rs]/.test(person.name)).map((person) => person.name)).toEqual(["Hans-Joachim Baues"]);
    expect(atlas.people).toHaveLength(20);
    expect(atlas.suggestions ?? []).toEqual([]);
    // Rejecting instead: a split keeps them apart and the suggestion is gone.
    const rejected = buildAtlas([input(OPENALEX_MURO), input(BIB_MURO)], {
      aliases: { split: [["Baues, Hans-Joachim", "Bauer, Hans Joachim"]] },
    });
    expect(rejected.people).toHaveLength(21);
    expect(rejected.suggestions ?? []).toEqual([]);
  });
});

describe("identifiers across sources", () => {
  it("different ORCIDs stay two people with one name, and get no suggestion", () => {
    const files: InputFile[] = [
      { name: "a.json", text: JSON.stringify([{ type: "article-journal", title: "Alpha paper one two", author: [{ family: "Wang", given: "Wei" }] }]) },
    ];
    const results = importFiles(files);
    results[0].records[0].authors[0].ids = { orcid: "0000-0002-1825-0097" };
    const more = importFiles([{ name: "b.json", text: JSON.stringify([{ type: "article-journal", title: "Beta paper one two", author: [{ family: "Wang", given: "Wei" }] }]) }]);
    more[0].records[0].authors[0].ids = { orcid: "0000-0001-5109-3700" };
    const c = collect([...results, ...more]);
    expect(c.people.map((person) => person.id)).toEqual(["wei-wang", "wei-wang-2"]);
    expect(c.suggestions).toEqual([]);
  });

  it("one ORCID under two OpenAlex ids is one person", () => {
    const record = (title: string, openalex: string) => ({
      title,
      authorships: [{ author: { id: `https://openalex.org/${openalex}`, display_name: "Ai Guan", orcid: "https://orcid.org/0000-0003-2576-0500" }, raw_author_name: "Ai Guan" }],
      publication_year: 2024,
    });
    const results = importFiles([{ name: "w.json", text: JSON.stringify({ results: [record("First paper on cohomology", "A1"), record("Second paper on cohomology", "A2")] }) }]);
    const collection = collect(results);
    expect(collection.people).toHaveLength(1);
    expect(collection.people[0].paperIds).toHaveLength(2);
  });
});

describe("a DBLP person page", () => {
  it("shows its owner without the 0001 suffix, focal, with all their papers and the full dblp name as an id", async () => {
    const run = await runCli(["people", "tests/fixtures/dblp-person.xml", "--json"]);
    expect(run.code).toBe(0);
    const people = JSON.parse(run.stdout);
    expect(people[0]).toMatchObject({
      name: "Manish Singh",
      variants: ["Manish Singh"],
      papers: 4,
      ids: { dblp: "66/2727-1", dblpName: "Manish Singh 0001", orcid: "0000-0003-0625-3327" },
    });
    const c = collectFiles("tests/fixtures/dblp-person.xml");
    expect(c.focalPersonId).toBe("manish-singh");
    expect(c.papers).toHaveLength(4);
    expect(c.people.find((person) => person.id === "anna-schmidt")?.ids.dblpName).toBe("Anna Schmidt 0002");
  });
});

describe("an author–author graph file", () => {
  it("stats counts people and links, no papers", async () => {
    const { code, stats } = await statsJson(["../shared/corpus/large/newman-netscience.gml"]);
    expect(code).toBe(0);
    expect(stats).toMatchObject({ records: 0, papers: 0, people: 1589, links: 2742, authorships: 0 });
  });
});

describe("alias files are recognised by content", () => {
  it('{"merge": …} and {"split": …} sniff as aliases; anything else in them is reported', () => {
    const [merge, split, bad] = importFiles([
      { name: "x.txt", text: '{"merge": [["A. Smith", "Alice Smith"]]}' },
      { name: "y", text: '{"split": [["J. Doe", "John Doe"]]}' },
      { name: "z.json", text: '{"merge": [["Only one"]]}' },
    ]);
    expect(merge).toMatchObject({ format: "aliases", records: [], skipped: 0, aliases: { merge: [["A. Smith", "Alice Smith"]] } });
    expect(split.aliases).toEqual({ split: [["J. Doe", "John Doe"]] });
    expect(bad.format).toBe("aliases");
    expect(bad.diagnostics.map((d) => d.message)).toEqual(["a group needs at least two different names; ignored"]);
  });
});

describe("OpenAlex suspect author lists", () => {
  const authorships = Array.from({ length: 30 }, (_, i) => ({ raw_author_name: `Person ${i} Example`, author: i < 5 ? { id: `https://openalex.org/A${i + 1}` } : {} }));
  const work = { id: "https://openalex.org/W9", doi: "https://doi.org/10.5555/big", title: "A big collaboration paper", publication_year: 2020, authorships };
  const openalex: InputFile = { name: "big.json", text: JSON.stringify({ results: [work] }) };

  it("flag the paper, and the app's paper notes say why", () => {
    const c = collect(importFiles([openalex]));
    expect(c.papers[0].suspectAuthors).toBe(true);
    expect(c.diagnostics.some((d) => d.file === "big.json" && d.message.startsWith("Author list looks corrupted: "))).toBe(true);
  });

  it("lose to another source's clean list of the same paper (no flag then)", () => {
    const crossref: InputFile = {
      name: "cr.json",
      text: JSON.stringify({ message: { items: [{ DOI: "10.5555/big", title: ["A big collaboration paper"], author: [{ given: "Ann", family: "Lee" }, { given: "Bo", family: "Chen" }], issued: { "date-parts": [[2020]] } }] } }),
    };
    const c = collect(importFiles([openalex, crossref]));
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0].suspectAuthors).toBeUndefined();
    expect(c.papers[0].authors.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen"]);
  });
});
