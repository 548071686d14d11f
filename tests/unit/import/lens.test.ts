import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLens } from "../../../src/import/lens.ts";

describe("parseLens on a Lens.org CSV export", () => {
  const result = parseLens(readFileSync("../shared/corpus/other/lens-csv-bibliometrix.csv", "utf8"), "lens-csv-bibliometrix.csv");

  it("reads 8 records", () => {
    expect(result.format).toBe("lens-csv");
    expect(result.records.length).toBe(8);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expect(result.records.map((r) => r.authors.length)).toEqual([10, 2, 5, 3, 3, 2, 1, 2]);
  });

  it("splits `; ` author lists and keeps curly apostrophes", () => {
    const [first] = result.records;
    expect(first.authors[0]).toEqual({ name: "Petar Radanliev" });
    expect(first.authors[9]).toEqual({ name: "La\u2019Treall Maddox" });
    expect(first.year).toBe(2020);
    expect(first.venue).toBe("Environment systems & decisions");
    expect(first.doi).toBe("10.1007/s10669-020-09792-x");
    expect(first.type).toBe("article");
    expect(first.ids).toEqual({ lens: "000-360-106-493-122", pmid: "33251087", pmcid: "PMC7680653" });
    expect(first.url).toBe("http://dx.doi.org/10.1007/s10669-020-09792-x");
  });

  it("skips rows without title and authors, never throws", () => {
    const csv = 'Lens ID,Title,Author/s,Publication Year,Source URLs\n1,,,2020,javascript:alert(1)\n2,"T",A B; C D,1999,ftp://x https://ok.example/p\n';
    const result = parseLens(csv, "l.csv");
    expect(result.skipped).toBe(1);
    expect(result.records[0].authors.map((a) => a.name)).toEqual(["A B", "C D"]);
    expect(result.records[0].url).toBe("https://ok.example/p");
  });
});
