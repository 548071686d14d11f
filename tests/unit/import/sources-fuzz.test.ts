import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../../src/model/types.ts";
import { parseCrossref } from "../../../src/import/crossref.ts";
import { parseDblp } from "../../../src/import/dblp.ts";
import { parseGexf, parseGml, parseGraphml } from "../../../src/import/graph-files.ts";
import { parseLens } from "../../../src/import/lens.ts";
import { parseOpenAlex } from "../../../src/import/openalex.ts";
import { parseOpenAlexCsv } from "../../../src/import/openalex-csv.ts";
import { parseOrcid } from "../../../src/import/orcid.ts";
import { parseScholar } from "../../../src/import/scholar.ts";
import { parseScopus } from "../../../src/import/scopus.ts";
import { parseWos } from "../../../src/import/wos.ts";

const PARSERS: [string, (text: string, file: string) => ImportResult][] = [
  ["dblp", parseDblp],
  ["openalex", parseOpenAlex],
  ["crossref", parseCrossref],
  ["orcid", parseOrcid],
  ["scopus", parseScopus],
  ["wos", parseWos],
  ["scholar", parseScholar],
  ["lens", parseLens],
  ["openalex-csv", parseOpenAlexCsv],
  ["gml", parseGml],
  ["gexf", parseGexf],
  ["graphml", parseGraphml],
];

function wellFormed(result: ImportResult): boolean {
  return (
    Array.isArray(result.records) &&
    Number.isInteger(result.skipped) &&
    result.skipped >= 0 &&
    result.diagnostics.every((d) => typeof d.message === "string" && typeof d.where === "string") &&
    result.records.every((r) => typeof r.title === "string" && Array.isArray(r.authors) && (r.url === undefined || /^https?:\/\//.test(r.url)))
  );
}

/** Fragments of every syntax involved, so random input reaches deep into the parsers. */
const fragment = fc.constantFrom(
  "<", ">", "</", "<dblp>", "<article key=\"k\">", "<author>", "</author>", "<title>", "&auml;", "&", "&#0;", "&#x110000;",
  "{", "}", "[", "]", '"', ",", ";", "|", "\n", "\r\n", "   ", "PT J", "AU ", "AF ", "TI ", "ER", "EF", "OI ", "a/0000-0002-1825-0097",
  "graph", "node", "edge", "id", "source", "target", "value", "#", "Authors", "Title", "Year", "\uFEFF", "null", "1e999", "-1",
  '"authorships":', '"message":', '"group":', '"work-summary":', "javascript:alert(1)", "https://doi.org/10.1/x",
);

describe("other-source importers never throw and always report a well-formed result", () => {
  it.each(PARSERS)("%s on random fragments", (_name, parse) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 60 }), (pieces) => {
        const result = parse(pieces.join(""), "fuzz");
        expect(wellFormed(result)).toBe(true);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it.each(PARSERS)("%s on 1 MB of pathological input finishes quickly", (_name, parse) => {
    const inputs = [
      "<a " + "x".repeat(1_000_000),
      '"' + "a,".repeat(500_000),
      "graph [ " + "node [ id ".repeat(100_000),
      "PT J\nTI " + "<i ".repeat(300_000) + "\nER\n",
    ];
    for (const input of inputs) {
      const start = performance.now();
      expect(wellFormed(parse(input, "big"))).toBe(true);
      expect(performance.now() - start).toBeLessThan(5000);
    }
  });
});
