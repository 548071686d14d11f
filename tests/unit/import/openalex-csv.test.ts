import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOpenAlexCsv } from "../../../src/import/openalex-csv.ts";

describe("parseOpenAlexCsv on an OpenAlex CSV export", () => {
  const result = parseOpenAlexCsv(readFileSync("../shared/corpus/other/openalex-csv-bibliometrix.csv", "utf8"), "openalex-csv-bibliometrix.csv");

  it("reads 8 records", () => {
    expect(result.format).toBe("openalex-csv");
    expect(result.records.length).toBe(8);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
    expect(result.records.map((r) => r.authors.length)).toEqual([2, 1, 2, 3, 5, 2, 4, 1]);
  });

  it("aligns `|`-joined names, OpenAlex ids and ORCIDs", () => {
    const [first] = result.records;
    expect(first.ids).toEqual({ openalex: "W2755950973" });
    expect(first.doi).toBe("10.1016/j.joi.2017.08.007");
    expect(first.venue).toBe("Journal of Informetrics");
    expect(first.year).toBe(2017);
    expect(first.authors).toEqual([
      { name: "Massimo Aria", ids: { openalex: "A5069892096", orcid: "0000-0002-8517-9411" } },
      { name: "Corrado Cuccurullo", ids: { openalex: "A5049136342", orcid: "0000-0002-7401-8575" } },
    ]);
    expect(result.records[4].authors[2].name).toBe("Adaviah Mas\u2019od");
    expect(result.records[1].authors).toEqual([{ name: "Hamid Derviş", ids: { openalex: "A5111045100" } }]);
  });

  it("keeps empty slots aligned, accepts `; ` joins, warns on length mismatch", () => {
    const header = "id,display_name,authorships.author.display_name,authorships.author.id,authorships.author.orcid,publication_year\n";
    const csv =
      header +
      'W1,One,A One|B Two,A1|A2,|https://orcid.org/0000-0002-1825-0097,2020\n' +
      'W2,Two,C Three; D Four,A3; A4,,2021\n' +
      'W3,Three,E Five|F Six,A5,,2022\n';
    const result = parseOpenAlexCsv(csv, "o.csv");
    expect(result.records[0].authors).toEqual([
      { name: "A One", ids: { openalex: "A1" } },
      { name: "B Two", ids: { openalex: "A2", orcid: "0000-0002-1825-0097" } },
    ]);
    expect(result.records[1].authors.map((a) => a.ids?.openalex)).toEqual(["A3", "A4"]);
    expect(result.records[2].authors.every((a) => a.ids === undefined)).toBe(true);
    expect(result.diagnostics).toEqual([{ file: "o.csv", where: "line 4", level: "warning", message: "2 author names but 1 author ids: ids not attached." }]);
  });
});
