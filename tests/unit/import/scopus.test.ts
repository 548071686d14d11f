import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScopus } from "../../../src/import/scopus.ts";
import { splitCommaAuthors } from "../../../src/import/names-split.ts";

const corpus = (name: string) => readFileSync(`../shared/corpus/other/${name}`, "utf8");

describe("parseScopus on the current export", () => {
  const result = parseScopus(corpus("scopus-csv-bibliometrix.csv"), "scopus-csv-bibliometrix.csv");

  it("reads 8 records", () => {
    expect(result.format).toBe("scopus-csv");
    expect(result.records.length).toBe(8);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expect(result.records.map((r) => r.authors.length)).toEqual([4, 8, 1, 2, 9, 2, 7, 5]);
  });

  it("reads full names with Scopus author ids", () => {
    const [first, , , fourth] = result.records;
    expect(first.authors[0]).toEqual({ name: "Liu, Fengyuan", family: "Liu", given: "Fengyuan", ids: { scopus: "60410297700" } });
    expect(fourth.authors.map((a) => a.name)).toEqual(["Akdağ, Fazıl", "Künyeli, Fatma Betül"]);
    expect(first.year).toBe(2026);
    expect(first.venue).toBe("Digital Health");
    expect(first.doi).toBe("10.1177/20552076261415846");
    expect(first.ids?.eid).toBe("2-s2.0-105030721984");
    expect(first.source).toEqual({ file: "scopus-csv-bibliometrix.csv", where: "line 2" });
  });
});

describe("parseScopus on the legacy export (BOM, commas inside the author list)", () => {
  const result = parseScopus(corpus("scopus-csv-legacy-litstudy.csv"), "scopus-csv-legacy-litstudy.csv");

  it("reads 58 records; 9 have no author", () => {
    expect(result.records.length).toBe(58);
    expect(result.skipped).toBe(0);
    expect(result.records.filter((r) => r.authors.length === 0).length).toBe(9);
    expect(result.records.map((r) => r.authors.length).reduce((a, b) => a + b, 0)).toBe(213);
  });

  it("splits `Family I.,` lists by the id count and aligns the ids", () => {
    const [namd] = result.records;
    expect(namd.title).toBe("Scalable molecular dynamics with NAMD");
    expect(namd.authors.map((a) => a.name)).toEqual([
      "Phillips J.C.", "Braun R.", "Wang W.", "Gumbart J.", "Tajkhorshid E.", "Villa E.", "Chipot C.", "Skeel R.D.", "Kalé L.", "Schulten K.",
    ]);
    expect(namd.authors[8].ids).toEqual({ scopus: "7005862685" });
    expect(result.records.find((r) => r.authors.some((a) => a.name === "Wei D.-Q."))).toBeDefined();
  });
});

describe("parseScopus on edge cases", () => {
  const header = "Authors,Author(s) ID,Title,Year,Source title,DOI,Link,Document Type\n";

  it("splits `Family, I.,` lists with and without ids", () => {
    const csv = header + '"Smith, J., Doe, A.B.","1;2;","Two styles",2020,J,,javascript:alert(1),Conference Paper\n' + '"Smith, J., Doe, A.B.",,"No ids",2021,,,,\n';
    const result = parseScopus(csv, "s.csv");
    expect(result.records[0].authors).toEqual([
      { name: "Smith, J.", family: "Smith", given: "J.", ids: { scopus: "1" } },
      { name: "Doe, A.B.", family: "Doe", given: "A.B.", ids: { scopus: "2" } },
    ]);
    expect(result.records[0].type).toBe("inproceedings");
    expect(result.records[0].url).toBeUndefined();
    expect(result.records[1].authors.map((a) => a.name)).toEqual(["Smith, J.", "Doe, A.B."]);
  });

  it("warns instead of misaligning ids, skips empty rows with a reason", () => {
    // All-empty rows are not entries (papaparse drops them); a row with data but no title or author is skipped.
    const csv = header + '"Smith J., Doe A.","1;2;3","T",2020\n' + ',,,\n' + '"",,"",2020,Some Journal\n';
    const result = parseScopus(csv, "m.csv");
    expect(result.records.length).toBe(1);
    expect(result.records[0].authors.every((a) => a.ids === undefined)).toBe(true);
    expect(result.diagnostics.some((d) => d.where === "line 2" && d.level === "warning")).toBe(true);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics.at(-1)).toEqual({ file: "m.csv", where: "line 4", level: "warning", message: "Row skipped: no title and no authors." });
  });

  it("reports a file without the Title column and never throws", () => {
    const result = parseScopus("a,b\n1,2\n", "x.csv");
    expect(result.skipped).toBe(1);
    expect(result.diagnostics[0].level).toBe("error");
    expect(() => parseScopus('"unclosed\n,,,', "u.csv")).not.toThrow();
  });

  it("splitCommaAuthors keeps one-comma lists with hyphenated initials", () => {
    expect(splitCommaAuthors("Wu S.-J., Chen W.-Y., Chou C.-H., Wu C.-T.")).toEqual(["Wu S.-J.", "Chen W.-Y.", "Chou C.-H.", "Wu C.-T."]);
    expect(splitCommaAuthors("Smith, J., Doe, A.B.")).toEqual(["Smith, J.", "Doe, A.B."]);
    expect(splitCommaAuthors("Del Cerro L.F., Inoue K.", 2)).toEqual(["Del Cerro L.F.", "Inoue K."]);
  });
});
