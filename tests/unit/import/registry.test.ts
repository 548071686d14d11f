import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PARSERS, importFile, importFiles, notSupportedYet } from "../../../src/import/index";
import type { InputFile } from "../../../src/model/types";

const read = (path: string): InputFile => ({ name: path, text: readFileSync(path, "utf8") });
const corpus = (path: string) => read(`../shared/corpus/${path}`);

describe("importFiles", () => {
  it("dispatches by content and keeps the order, one result per file", () => {
    const results = importFiles([
      read("../shared/seed/profile-page.txt"),
      corpus("other/ris-ieee-xplore-litstudy.ris"),
      corpus("other/csl-json-manubot-context-review.json"),
      corpus("bib/bigbench-datacite-445names.bib"),
    ]);
    expect(results.map((r) => [r.format, r.records.length])).toEqual([
      ["profile-page", 8],
      ["ris", 25],
      ["csl-json", 258],
      ["bibtex", 1],
    ]);
  });

  it("chains BibTeX files so @string macros from another file resolve (either order)", () => {
    const papers = corpus("bib/large-treewidth-papers.bib");
    const definitions = corpus("bib/large-treewidth-definitions.bib");
    const alone = importFile(papers);
    for (const files of [[papers, definitions], [definitions, papers]]) {
      const results = importFiles(files);
      const paperResult = results[files.indexOf(papers)];
      expect(paperResult.format).toBe("bibtex");
      expect(paperResult.records.length).toBe(alone.records.length);
      const macroWarnings = (r: typeof alone) => r.diagnostics.filter((d) => /macro/i.test(d.message)).length;
      expect(macroWarnings(alone)).toBeGreaterThan(300);
      expect(macroWarnings(paperResult)).toBe(0);
    }
  });

  it("says which formats are recognised but not supported yet", () => {
    const original = PARSERS.gml;
    PARSERS.gml = notSupportedYet("gml");
    let result;
    try {
      result = importFile({ name: "net.gml", text: "graph [\n node [ id 0 label \"A\" ]\n]\n" });
    } finally {
      PARSERS.gml = original;
    }
    expect(result).toEqual({
      format: "gml",
      records: [],
      skipped: 0,
      diagnostics: [{ level: "error", file: "net.gml", where: "line 1", message: "format gml recognised but not supported yet" }],
    });
  });

  it("names what was expected for unknown content", () => {
    const result = importFile({ name: "notes.txt", text: "some notes\nnothing here" });
    expect(result.format).toBe("unknown");
    expect(result.records).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", file: "notes.txt" });
    expect(result.diagnostics[0].message).toMatch(/expected BibTeX .*RIS .*CSL-JSON/);
  });

  it("leaves atlas files to the caller", () => {
    expect(importFile({ name: "a.atlas.json", text: '{"format":"coauthor-atlas","version":1}' })).toEqual({
      format: "atlas",
      records: [],
      skipped: 0,
      diagnostics: [],
    });
  });

  it("strips a UTF-8 BOM before sniffing and parsing", () => {
    const result = importFile({ name: "b.ris", text: "\uFEFFTY  - JOUR\nTI  - Title\nAU  - Doe, J\nER  - \n" });
    expect(result.format).toBe("ris");
    expect(result.records[0].title).toBe("Title");
  });

  it("turns a parser exception into an error diagnostic, never a throw", () => {
    const original = PARSERS.ris;
    PARSERS.ris = () => {
      throw new Error("boom");
    };
    try {
      const result = importFile({ name: "x.ris", text: "TY  - JOUR\nER  -\n" });
      expect(result.format).toBe("ris");
      expect(result.records).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0].message).toMatch(/ris importer failed.*boom/);
    } finally {
      PARSERS.ris = original;
    }
  });

  it("survives malformed input objects and empty lists", () => {
    expect(importFiles([])).toEqual([]);
    const result = importFiles([{ name: "e", text: "" }, { name: undefined, text: undefined } as unknown as InputFile]);
    expect(result.map((r) => r.format)).toEqual(["unknown", "unknown"]);
    expect(result[0].diagnostics[0].message).toMatch(/empty/);
  });
});

describe("importFile never throws (property)", () => {
  // Fragments of every format, shuffled together, are the likeliest to confuse a parser.
  const fragments = [
    "TY  - JOUR\n", "AU  - Doe, J\n", "ER  - \n", "PT J\n", "AU Doe, J\n", "@article{k,\n", "title={T}}\n",
    "Preview abstract\n", "View details\n", "NeurIPS (2022)\n", "Jane Doe\n", "[", "{", "]", "}", '"type":"book",',
    '"author":[{"family":"X"}]', "<dblp>", "graph [", "Authors,Title,Year,Source title\n", "\uFEFF", "\r\n", "(((", "é",
  ];
  it("on random mixtures of format fragments", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 40 }), (parts) => {
        const result = importFile({ name: "fuzz", text: parts.join("") });
        expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(0);
        for (const record of result.records) {
          expect(typeof record.title).toBe("string");
          expect(record.title.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
