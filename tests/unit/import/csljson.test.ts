import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCslJson } from "../../../src/import/csljson";

const MANUBOT = "../shared/corpus/other/csl-json-manubot-context-review.json";

describe("parseCslJson on the manubot context review (258 items)", () => {
  const result = parseCslJson(readFileSync(MANUBOT, "utf8"), MANUBOT);

  it("reads every item", () => {
    expect(result.format).toBe("csl-json");
    expect(result.records).toHaveLength(258);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it("keeps name parts and the item id", () => {
    const first = result.records[0];
    expect(first.source).toEqual({ file: MANUBOT, where: "item jbY4pWUH" });
    expect(first.title).toBe("Early Drift Detection Method");
    expect(first.authors[1]).toEqual({ name: "José del Campo-Ávila", given: "José", family: "del Campo-Ávila" });
    expect(first.year).toBe(2006);
    expect(first.venue).toBe("Fourth International Workshop on Knowledge Discovery from Data Streams");
    expect(first.type).toBe("inproceedings");
  });

  it("reads the item with 561 authors", () => {
    const llama = result.records.find((r) => r.source.where === "item yWg7tQr1")!;
    expect(llama.title).toBe("The Llama 3 Herd of Models");
    expect(llama.authors).toHaveLength(561);
  });

  it("keeps literal names unsplit", () => {
    const literals = result.records.flatMap((r) => r.authors.filter((a) => a.literal));
    expect(literals).toEqual([
      { name: "Pokorny", literal: true },
      { name: "Wang", literal: true },
    ]);
  });
});

describe("parseCslJson on small inputs", () => {
  it("reads {items:[…]}, particles, suffixes and every date form", () => {
    const text = JSON.stringify({
      items: [
        {
          id: "a",
          type: "article-journal",
          title: "Dated by parts",
          author: [{ given: "Ludwig", "dropping-particle": "van", family: "Beethoven", suffix: "Jr." }],
          issued: { "date-parts": [["2020", 5]] },
          "container-title": ["Journal A"],
          DOI: "https://doi.org/10.1000/ABC",
          URL: "data:text/html,<b>x</b>",
          abstract: "<jats:p>Plain <i>text</i>.</jats:p>",
        },
        { type: "article", title: "Dated raw", author: [{ literal: "The WHO Consortium" }], issued: { raw: "2019-03" }, URL: "https://arxiv.org/abs/1901.00001v2" },
        { type: "report", title: "Dated literal", author: [{ family: "Solo" }], issued: { literal: "Spring 2018" } },
        { type: "book", title: "Undated", author: [{}, { given: "Ann", family: "Lee" }] },
        { type: "book" },
        "not an item",
      ],
    });
    const result = parseCslJson(text, "t.json");
    expect(result.records.map((r) => [r.title, r.year])).toEqual([
      ["Dated by parts", 2020],
      ["Dated raw", 2019],
      ["Dated literal", 2018],
      ["Undated", undefined],
    ]);
    expect(result.skipped).toBe(2);
    const [parts, raw, , undated] = result.records;
    expect(parts.authors[0]).toEqual({ name: "Ludwig van Beethoven Jr.", given: "Ludwig", family: "Beethoven", particle: "van", suffix: "Jr." });
    expect(parts.venue).toBe("Journal A");
    expect(parts.doi).toBe("10.1000/abc");
    expect(parts.url).toBeUndefined();
    expect(parts.abstract).toBe("Plain text.");
    expect(raw.source.where).toBe("item 2");
    expect(raw.authors).toEqual([{ name: "The WHO Consortium", literal: true }]);
    expect(raw.type).toBe("preprint");
    expect(raw.arxiv).toBe("1901.00001");
    expect(undated.authors.map((a) => a.name)).toEqual(["Ann Lee"]);
    expect(result.diagnostics.map((d) => [d.level, d.where])).toEqual([
      ["warning", "item a"],
      ["warning", "item 4"],
      ["warning", "item 5"],
      ["warning", "item 6"],
    ]);
  });

  it("turns invalid JSON into one error and no records, never a throw", () => {
    for (const text of ["{not json", "", "42", "null"]) {
      const result = parseCslJson(text, "bad.json");
      expect(result.records).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0].level).toBe("error");
    }
  });

  it("makes an untitled record when only authors are given", () => {
    const result = parseCslJson('[{"type":"book","author":[{"given":"A","family":"B"}],"issued":{"date-parts":[[1999]]}}]', "t.json");
    expect(result.records[0]).toMatchObject({ title: "[Untitled] (1999)", untitled: true, year: 1999 });
  });
});

describe("parseCslJson markup and old date forms", () => {
  it("keeps titles as text and reads {year} dates", () => {
    const result = parseCslJson(
      JSON.stringify([
        { id: "m", type: "article-journal", title: 'Growth of <i>E. coli</i> at 10<sup>3</sup> <span class="nocase">rpm</span>', author: [{ family: "Doe" }], issued: [{ year: "2011" }] },
        { id: "n", type: "article-journal", title: "a < b and c > d", author: [{ family: "Roe" }], issued: { year: 2012 } },
      ]),
      "m.json",
    );
    expect(result.records.map((r) => [r.title, r.year])).toEqual([
      ["Growth of E. coli at 103 rpm", 2011],
      ["a < b and c > d", 2012],
    ]);
  });
});
