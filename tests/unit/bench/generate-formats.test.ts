import { describe, expect, it } from "vitest";
import { generateBibtex, generateRecords } from "../../../bench/generate.ts";
import { FORMAT_EXTENSION, GENERATED_FORMATS, generateAllFormats } from "../../../bench/generate-formats.ts";
import { importFiles } from "../../../src/import/index.ts";
import { collect } from "../../../src/identity/index.ts";

const options = { records: 400, seed: 5 };
const texts = generateAllFormats(options);
const model = generateRecords(options);

describe("generated inputs in every format", () => {
  it("the BibTeX writer gives the text of the first BibTeX-only generator (same seed, same bytes)", () => {
    const text = generateBibtex({ records: 2, seed: 1 });
    expect(text.split("\n").slice(0, 4)).toEqual([
      "% 2 generated records, seed 1",
      "@article{gen0,",
      "  title = {Geometry reasoning bayesian inference theory sparse kernel},",
      "  author = {Tata, Emeka and Waha, Anders N. and Gevi, Nikolai},",
    ]);
    expect(text).toContain("  author = {Kaka, Łukasz and J. P. Vige and Rito, Leila S. and Sonson, Tomás J. and Rona, Nikolai},");
    expect(texts.get("bibtex")).toBe(generateBibtex(options));
    expect(generateBibtex({ records: 50, seed: 9 })).toBe(generateBibtex({ records: 50, seed: 9 }));
  });

  for (const format of GENERATED_FORMATS) {
    it(`${format}: sniffed as ${format}, every record read, none skipped, same titles, years and authors per record`, () => {
      const [result] = importFiles([{ name: `generated.${FORMAT_EXTENSION[format]}`, text: texts.get(format)! }]);
      expect(result.format).toBe(format);
      expect(result.skipped).toBe(0);
      expect(result.records).toHaveLength(options.records);
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      // dblp lists articles before conference papers: compare as sets keyed by title + year + author count.
      const signature = (title: string, year: number | undefined, authors: number) => `${title}|${year}|${authors}`;
      const expected = model.map((record) => signature(record.title, record.year, record.authors.length)).sort();
      const read = result.records.map((record) => signature(record.title, record.year, record.authors.length)).sort();
      expect(read).toEqual(expected);
      const withDoi = result.records.filter((record) => record.doi).length;
      expect(withDoi).toBe(model.filter((record) => record.doi).length);
      expect(result.records.filter((record) => record.arxiv).length).toBe(model.filter((record) => record.arxiv).length);
    });
  }

  it("every format gives the same number of papers after identity", () => {
    const papers = GENERATED_FORMATS.map((format) => collect(importFiles([{ name: `g.${FORMAT_EXTENSION[format]}`, text: texts.get(format)! }])).papers.length);
    expect(new Set(papers).size).toBe(1);
    expect(papers[0]).toBeGreaterThan(options.records * 0.95);
  });
});
