import { describe, expect, it } from "vitest";
import { collect } from "../../../src/identity/index.ts";
import { titleKey } from "../../../src/identity/papers.ts";
import { result } from "./helpers.ts";

describe("duplicate records become one paper", () => {
  it("merges by DOI and keeps both sources; the duplicate counts as skipped", () => {
    const a = result([{ title: "Caliban", doi: "10.21105/joss.02403", year: 2020, authors: ["Sam Ritchie"] }], {}, "a.bib");
    const b = result([{ title: "Caliban: Docker-based job manager", doi: "10.21105/joss.02403", venue: "JOSS", authors: ["Sam Ritchie", "Ambrose Slone"] }], { skipped: 2 }, "b.ris");
    const c = collect([a, b]);
    expect(c.papers).toHaveLength(1);
    const [paper] = c.papers;
    expect(paper.id).toBe("doi:10.21105/joss.02403");
    expect(paper.title).toBe("Caliban");
    expect(paper.venue).toBe("JOSS");
    expect(paper.year).toBe(2020);
    expect(paper.sources).toEqual([{ file: "a.bib", where: "key r1" }, { file: "b.ris", where: "key r1" }]);
    // The fuller author list wins.
    expect(paper.authors.map((x) => x.name)).toEqual(["Sam Ritchie", "Ambrose Slone"]);
    expect(c.records).toBe(4);
    expect(c.skipped).toBe(3);
    expect(c.papers.length + c.skipped).toBe(c.records);
    const info = c.diagnostics.find((d) => d.message.startsWith("duplicate of"));
    expect(info).toMatchObject({ file: "b.ris", where: "key r1", level: "info" });
    expect(info?.message).toContain("duplicate of doi:10.21105/joss.02403 (same DOI 10.21105/joss.02403");
  });

  it("an arXiv DOI equals its eprint id; a publisher DOI names the paper", () => {
    const c = collect([
      result([
        { title: "Beyond the Imitation Game", doi: "10.48550/arxiv.2206.04615", year: 2023 },
        { title: "Beyond the imitation game", arxiv: "2206.04615", year: 2022 },
        { title: "Solving Quantitative Reasoning", arxiv: "2206.14858", year: 2022 },
        { title: "Solving quantitative reasoning", doi: "10.5555/neurips.1", arxiv: "2206.14858", year: 2022 },
      ]),
    ]);
    expect(c.papers.map((p) => p.id)).toEqual(["arxiv:2206.04615", "doi:10.5555/neurips.1"]);
    expect(c.papers[0].doi).toBe("10.48550/arxiv.2206.04615");
    expect(c.papers[0].arxiv).toBe("2206.04615");
    expect(c.skipped).toBe(2);
  });

  it("merges by folded title and year, not across years or contradicting DOIs", () => {
    const c = collect([
      result([
        { title: "Anatomy of {C}atastrophic Forgetting: Hidden Representations", year: 2021 },
        { title: "anatomy of catastrophic forgetting — hidden  representations", year: 2021 },
        { title: "Anatomy of Catastrophic Forgetting: Hidden Representations", year: 2020 },
        { title: "Editorial", year: 2020, doi: "10.1/a" },
        { title: "Editorial", year: 2020, doi: "10.1/b" },
        { title: "Editorial", year: 2020 },
      ]),
    ]);
    expect(c.papers.map((p) => p.id)).toEqual([
      "title:anatomy-of-catastrophic-forgetting-hidden-2021",
      "title:anatomy-of-catastrophic-forgetting-hidden-2020",
      "doi:10.1/a",
      "doi:10.1/b",
    ]);
    expect(c.papers[0].sources).toHaveLength(2);
    expect(c.papers[2].sources).toHaveLength(2);
  });

  it("never merges untitled records by their made-up titles", () => {
    const c = collect([result([{ title: "[Untitled]", untitled: true }, { title: "[Untitled]", untitled: true }, { title: "Real", authors: [] }])]);
    expect(c.papers.map((p) => p.id)).toEqual(["title:untitled", "title:untitled-2", "title:real"]);
    expect(c.papers[0].untitled).toBe(true);
  });

  it("takes the title from the first titled record", () => {
    const c = collect([result([{ title: "[Untitled] abstract…", untitled: true, doi: "10.1/x" }, { title: "The Real Title", doi: "10.1/x" }])]);
    expect(c.papers[0].title).toBe("The Real Title");
    expect(c.papers[0].untitled).toBeUndefined();
  });

  it("prefers a complete author list over a longer truncated one", () => {
    const c = collect([
      result([
        { title: "T", doi: "10.1/t", authors: ["A One", "B Two", "C Three"], authorsTruncated: true },
        { title: "T", doi: "10.1/t", authors: ["A One", "B Two"] },
      ]),
    ]);
    expect(c.papers[0].authors).toHaveLength(2);
    expect(c.papers[0].authorsTruncated).toBe(false);
  });

  it("carries truncation and incompleteness over", () => {
    const c = collect([result([{ title: "X", authors: ["A One"], authorsTruncated: true }, { title: "Y", authors: ["A One"], authorsIncomplete: true }])]);
    expect(c.papers[0].authorsTruncated).toBe(true);
    expect(c.papers[1].authorsIncomplete).toBe(true);
  });
});

describe("paper fields", () => {
  it("flags hyperauthored papers above the threshold, dropping nobody", () => {
    const authors = Array.from({ length: 30 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))} Family${i}`);
    const input = [result([{ title: "Big", authors }, { title: "Small", authors: authors.slice(0, 25) }])];
    const c = collect(input);
    expect(c.papers.map((p) => [p.authors.length, p.hyperauthored])).toEqual([[30, true], [25, false]]);
    expect(collect(input, { hyperauthorThreshold: 10 }).papers[1].hyperauthored).toBe(true);
  });

  it("records with no authors are papers with no authors", () => {
    const c = collect([result([{ title: "Nobody wrote this", authors: [] }])]);
    expect(c.papers).toHaveLength(1);
    expect(c.papers[0].authors).toEqual([]);
    expect(c.people).toEqual([]);
    expect(c.focalPersonId).toBeUndefined();
  });

  it("copies importer diagnostics first, in input order", () => {
    const d1 = { file: "a", where: "line 1", level: "warning" as const, message: "first" };
    const d2 = { file: "b", where: "line 2", level: "error" as const, message: "second" };
    const c = collect([result([], { diagnostics: [d1], skipped: 1 }), result([], { diagnostics: [d2] })]);
    expect(c.diagnostics).toEqual([d1, d2]);
    expect(c.records).toBe(1);
    expect(c.skipped).toBe(1);
  });

  it("folds titles for comparison", () => {
    expect(titleKey("The {B}ayesian \\emph{Brain}: Ça va?")).toBe("the bayesian brain ca va");
  });
});

describe("a missing year", () => {
  it("matches a specific title (4+ words) but not a generic one", () => {
    const c = collect([
      result([
        { title: "Exploring Length Generalization in Large Language Models", year: 2022 },
        { title: "Exploring length generalization in large language models" },
        { title: "Editorial", year: 2020 },
        { title: "Editorial" },
        { title: "Editorial" },
      ]),
    ]);
    expect(c.papers.map((p) => [p.id, p.sources.length])).toEqual([
      ["title:exploring-length-generalization-in-large-language-2022", 2],
      ["title:editorial-2020", 1],
      ["title:editorial", 2],
    ]);
    expect(c.diagnostics[0].message).toContain("(same title; one record has no year");
  });
});
