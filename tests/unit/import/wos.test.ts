import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWos } from "../../../src/import/wos.ts";

const corpus = (name: string) => readFileSync(`../shared/corpus/other/${name}`, "utf8");

describe("parseWos on the plain-text export", () => {
  const result = parseWos(corpus("wos-plaintext-bibliometrix.txt"), "wos-plaintext-bibliometrix.txt");

  it("reads 8 records without problems", () => {
    expect(result.format).toBe("wos-text");
    expect(result.records.length).toBe(8);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expect(result.records.map((r) => r.authors.length)).toEqual([1, 1, 2, 1, 5, 3, 4, 8]);
  });

  it("prefers AF full names and joins continuation lines of TI", () => {
    const [first] = result.records;
    expect(first.authors).toEqual([{ name: "Toh, Ming Liang", family: "Toh", given: "Ming Liang" }]);
    expect(first.title).toBe("Mapping the application of Geographic Information System (GIS) in real estate: a bibliometric analysis using bibliometrix and QGIS");
    expect(first.venue).toBe("SURVEY REVIEW");
    expect(first.source).toEqual({ file: "wos-plaintext-bibliometrix.txt", where: "line 3" });
  });

  it("aligns OI and RI ids across continuation lines and case", () => {
    const bibliometrix = result.records[2];
    expect(bibliometrix.title).toBe("bibliometrix: An R-tool for comprehensive science mapping analysis");
    expect(bibliometrix.year).toBe(2017);
    expect(bibliometrix.doi).toBe("10.1016/j.joi.2017.08.007");
    expect(bibliometrix.authors.map((a) => a.ids)).toEqual([
      { orcid: "0000-0002-8517-9411", researcherid: "O-7983-2015" },
      { orcid: "0000-0002-7401-8575" },
    ]);
    expect(bibliometrix.ids?.wos).toMatch(/^\d{15}$/);
  });
});

describe("parseWos on the tagged export saved as .ris", () => {
  const result = parseWos(corpus("wos-tagged-in-dot-ris-rispy.ris"), "wos-tagged-in-dot-ris-rispy.ris");

  it("reads 2 records with short AF names and a ResearcherID aligned by family name", () => {
    expect(result.records.length).toBe(2);
    expect(result.records[0].authors.map((a) => a.name)).toEqual(["Parkes-Loach, PS", "Majeed, AP", "Law, CJ", "Loach, PA"]);
    expect(result.records[0].authors[2].ids).toEqual({ researcherid: "E-7174-2011" });
    expect(result.records[1].doi).toBe("10.1021/bi0497291");
    expect(result.records[1].authors.length).toBe(9);
    expect(result.records[0].ids).toEqual({ wos: "000221807500019", pmid: "15170338" });
  });
});

describe("parseWos on hostile input", () => {
  it("handles CRLF, a missing ER and EOF without EF", () => {
    const text = "FN Clarivate\r\nVR 1.0\r\nPT J\r\nAU Doe, J\r\nTI One\r\nPY 2001\r\nPT J\r\nAU Roe, R\r\n   Poe, P\r\nTI Two\r\n   continued\r\n";
    const result = parseWos(text, "x.txt");
    expect(result.records.map((r) => r.title)).toEqual(["One", "Two continued"]);
    expect(result.records[1].authors.map((a) => a.name)).toEqual(["Roe, R", "Poe, P"]);
    expect(result.records[1].source.where).toBe("line 7");
    expect(result.diagnostics.map((d) => d.where)).toEqual(["line 3", "line 7"]);
  });

  it("skips a record without title and authors, with a reason", () => {
    const result = parseWos("PT J\nPY 2020\nER\nPT J\nTI Fine\nER\nEF\n", "y.txt");
    expect(result.records.map((r) => r.title)).toEqual(["Fine"]);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics[0]).toEqual({ file: "y.txt", where: "line 1", level: "warning", message: "Record skipped: no title and no authors." });
  });

  it("never throws on noise and is fast on a long line", () => {
    expect(parseWos("\u0000\n   \nZZ", "n.txt").records.length).toBeLessThanOrEqual(1);
    const start = performance.now();
    parseWos("PT J\nTI " + "a".repeat(1_000_000) + "\nER\n", "big.txt");
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
