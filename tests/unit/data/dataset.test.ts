import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collect } from "../../../src/identity/index";
import { importFile } from "../../../src/import/index";
import { parseProfilePage } from "../../../src/import/profile";

const BIB = "data/ramasesh.bib";
const PROFILE = "data/ramasesh-profile.txt";
const bibText = readFileSync(BIB, "utf8");
const result = importFile({ name: BIB, text: bibText });

/** Titles, author counts, years and identifiers from ../shared/seed/FACTS.md, in page order. */
const FACTS = [
  { title: "Effect of scale on catastrophic forgetting in neural networks", authors: 3, year: 2022, openreview: "GhVS8_yPeEa" },
  { title: "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models", authors: 450, year: 2023, arxiv: "2206.04615", doi: "10.48550/arxiv.2206.04615", openreview: "uyTL5Bvosj" },
  { title: "Solving Quantitative Reasoning Problems with Language Models", authors: 14, year: 2022, arxiv: "2206.14858" },
  { title: "Exploring Length Generalization in Large Language Models", authors: 10, year: 2022, arxiv: "2207.04901" },
  { title: "Understanding How Encoder-Decoder Architectures Attend", authors: 4, year: 2021, arxiv: "2110.15253" },
  { title: "Anatomy of Catastrophic Forgetting: Hidden Representations and Task Semantics", authors: 3, year: 2021, arxiv: "2007.07400", openreview: "LhY8QdUGSuw" },
  { title: "Caliban: Docker-based job manager for reproducible workflows", authors: 3, year: 2020, doi: "10.21105/joss.02403" },
  { title: "The geometry of integration in text classification RNNs", authors: 6, year: 2021, arxiv: "2010.15114", openreview: "42kiJ7n_8xO" },
];

describe("data/ramasesh.bib, the default dataset", () => {
  it("is sniffed as BibTeX and parses to 8 records without problems", () => {
    expect(result.format).toBe("bibtex");
    expect(result.records).toHaveLength(8);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });

  it("has the titles, author counts, years and identifiers of FACTS.md", () => {
    expect(result.records.map((r) => r.title)).toEqual(FACTS.map((f) => f.title));
    expect(result.records.map((r) => r.authors.length)).toEqual([3, 450, 14, 10, 4, 3, 3, 6]);
    expect(result.records.reduce((n, r) => n + r.authors.length, 0)).toBe(493);
    result.records.forEach((record, i) => {
      const fact = FACTS[i];
      expect(record.year).toBe(fact.year);
      expect(record.arxiv).toBe(fact.arxiv);
      expect(record.doi).toBe(fact.doi);
      expect(record.ids?.openreview).toBe(fact.openreview);
      expect(record.url).toMatch(/^https:\/\//);
    });
  });

  it("lists BIG-bench's authors exactly as bigbench-authors.txt, in order, UTF-8 intact", () => {
    const expected = readFileSync("../shared/seed/bigbench-authors.txt", "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
    const bigbench = result.records[1];
    expect(bigbench.authors.map((a) => a.name)).toEqual(expected);
    expect(bigbench.authors[419].name).toBe("Vinay Ramasesh");
    expect(bigbench.authors.map((a) => a.name)).toContain("Bartłomiej Bojanowski");
    expect(bigbench.venue).toBe("Transactions on Machine Learning Research");
  });

  it("writes Ramasesh in three real forms, and 464 distinct exact names (462 people + 2 variants)", () => {
    const names = result.records.flatMap((r) => r.authors.map((a) => a.name));
    const ramasesh = [...new Set(names.filter((n) => /Ramasesh/.test(n)))].sort();
    expect(ramasesh).toEqual(["Ramasesh, Vinay V.", "Vinay Ramasesh", "Vinay Venkatesh Ramasesh"]);
    expect(new Set(names).size).toBe(464);
    const caliban = result.records[6];
    expect(caliban.authors[2].ids?.orcid).toBe("0000-0003-0625-3327");
  });

  it("carries the profile page's abstracts", () => {
    const page = parseProfilePage(readFileSync(PROFILE, "utf8"), PROFILE);
    const quotes = (s: string | undefined) => s?.replace(/``|“/g, '"').replace(/''|”/g, '"');
    expect(result.records.map((r) => quotes(r.abstract))).toEqual(page.records.map((r) => quotes(r.abstract)));
    expect(result.records[1].abstract).toContain("207 tasks, contributed by over 400 authors across 132 institutions");
  });

  it("keeps the profile page as an exact copy of the seed", () => {
    expect(readFileSync(PROFILE, "utf8")).toBe(readFileSync("../shared/seed/profile-page.txt", "utf8"));
  });

  it("has the expected shape once identity is applied: 8 papers, 462 people, 493 authorships", () => {
    const collection = collect([result]);
    expect(collection.papers).toHaveLength(8);
    expect(collection.people).toHaveLength(462);
    expect(collection.papers.reduce((n, p) => n + p.authors.length, 0)).toBe(493);
    const papersOf = (family: string, given: string) =>
      collection.people.find((p) => p.name.endsWith(family) && p.name.startsWith(given))?.paperIds.length;
    expect(papersOf("Ramasesh", "Vinay")).toBe(8);
    expect(papersOf("Dyer", "Ethan")).toBe(5);
    expect(papersOf("Lewkowycz", "Aitor")).toBe(4);
    expect(papersOf("Slone", "Ambrose")).toBe(4);
    for (const [family, given] of [["Andreassen", "Anders"], ["Neyshabur", "Behnam"], ["Gur-Ari", "Guy"], ["Misra", "Vedant"]]) {
      expect(papersOf(family, given)).toBe(3);
    }
  });
});
