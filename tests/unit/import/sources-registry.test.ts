import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFile } from "../../../src/import/index.ts";
import { sniffFormat } from "../../../src/import/sniff.ts";

/** End to end through the registry: content sniffing picks the importer, never the file name. */
describe("registry routes every other source to its importer", () => {
  it.each([
    ["../shared/corpus/other/dblp-xml-excerpt.xml", "dblp-xml", 131],
    ["tests/fixtures/dblp-person.xml", "dblp-xml", 4],
    ["../shared/corpus/other/openalex-works-muro.json", "openalex-json", 65],
    ["../shared/corpus/other/openalex-derived-sharma.json", "openalex-json", 32],
    ["../shared/corpus/other/crossref-works-muro.json", "crossref-json", 4],
    ["../shared/corpus/other/orcid-record-v2-aguiam.json", "orcid-json", 14],
    ["../shared/corpus/other/scopus-csv-bibliometrix.csv", "scopus-csv", 8],
    ["../shared/corpus/other/scopus-csv-legacy-litstudy.csv", "scopus-csv", 58],
    ["../shared/corpus/other/wos-plaintext-bibliometrix.txt", "wos-text", 8],
    ["../shared/corpus/other/wos-tagged-in-dot-ris-rispy.ris", "wos-text", 2],
    ["tests/fixtures/scholar.csv", "scholar-csv", 5],
    ["../shared/corpus/other/lens-csv-bibliometrix.csv", "lens-csv", 8],
    ["../shared/corpus/other/openalex-csv-bibliometrix.csv", "openalex-csv", 8],
  ])("%s → %s, %i records", (path, format, records) => {
    const text = readFileSync(path, path.includes("dblp-xml-excerpt") ? "latin1" : "utf8");
    const result = importFile({ name: "renamed.txt", text });
    expect(result.format).toBe(format);
    expect(result.records.length).toBe(records);
    expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  });

  it("routes GML to a coauthor network without papers", () => {
    const result = importFile({ name: "net.txt", text: readFileSync("../shared/corpus/large/newman-netscience.gml", "utf8") });
    expect(result.format).toBe("gml");
    expect(result.coauthorNetwork?.people.length).toBe(1589);
    expect(result.records).toEqual([]);
  });

  it.each([
    ["\uFEFFPT J\nAF Doe, Jane\nTI T\nER\nEF\n", "wos-text"],
    ['{"DOI":"10.1/x","title":["T"],"author":[{"given":"A","family":"B"}]}', "crossref-json"],
    ['{"group":[{"work-summary":[{"title":{"title":{"value":"T"}}}]}]}', "orcid-json"],
    ['[{"openalex_id":"https://openalex.org/W1","title":"T","authors":["A B"]}]', "openalex-json"],
    ['<article key="journals/x/1" mdate="2020-01-01"><author>A B</author><title>T.</title></article>', "dblp-xml"],
  ])("sniffs %j as %s and imports one record", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
    const result = importFile({ name: "x", text });
    expect(result.records.length).toBe(1);
  });
});
