import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScholar } from "../../../src/import/scholar.ts";

describe("parseScholar on a Google Scholar CSV export", () => {
  const result = parseScholar(readFileSync("tests/fixtures/scholar.csv", "utf8"), "scholar.csv");

  it("reads 5 records and skips the row with neither title nor authors", () => {
    expect(result.format).toBe("scholar-csv");
    expect(result.records.length).toBe(5);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics).toEqual([{ file: "scholar.csv", where: "line 6", level: "warning", message: "Row skipped: no title and no authors." }]);
  });

  it("splits `;` lists with a trailing separator, both name orders", () => {
    const [first, , third] = result.records;
    expect(first.authors.map((a) => a.name)).toEqual(["VV Ramasesh", "E Lewkowycz", "E Dyer"]);
    expect(first.year).toBe(2021);
    expect(first.venue).toBe("International Conference on Learning Representations");
    expect(third.authors[0]).toEqual({ name: "Ramasesh, VV", family: "Ramasesh", given: "VV" });
    expect(third.venue).toBe("OpenReview");
  });

  it("marks `...` as a truncated list without making it a person", () => {
    const bigBench = result.records[1];
    expect(bigBench.authorsTruncated).toBe(true);
    expect(bigBench.authors.length).toBe(6);
    expect(bigBench.authors.some((a) => a.name.includes("..."))).toBe(false);
    expect(bigBench.arxiv).toBe("2206.04615");
  });

  it("keeps quotes and curly apostrophes, strips markup from titles", () => {
    const fourth = result.records[3];
    expect(fourth.title).toBe('On the "meaning" of layers, revisited');
    expect(fourth.authors.map((a) => a.name)).toEqual(["J Müller", "S O’Brien"]);
    expect(fourth.source.where).toBe("line 5");
  });

  it("keeps an entry with a title and no authors", () => {
    expect(result.records[4]).toEqual({
      source: { file: "scholar.csv", where: "line 7" },
      format: "scholar-csv",
      title: "Notes on wide networks",
      authors: [],
      authorsTruncated: false,
    });
  });

  it("never throws on a header-only or foreign file", () => {
    expect(parseScholar("Authors,Title,Publication,Year\n", "h.csv").records).toEqual([]);
    expect(parseScholar("x,y\n1,2", "f.csv").diagnostics[0].level).toBe("error");
  });
});
