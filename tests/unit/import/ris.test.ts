import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRis } from "../../../src/import/ris";

const IEEE = "../shared/corpus/other/ris-ieee-xplore-litstudy.ris";

describe("parseRis on the IEEE Xplore export (CRLF, duplicates, diacritics)", () => {
  const result = parseRis(readFileSync(IEEE, "utf8"), IEEE);

  it("reads all 25 records and skips none", () => {
    expect(result.format).toBe("ris");
    expect(result.records).toHaveLength(25);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it("keeps the same author twice on one record, as written", () => {
    const first = result.records[0];
    expect(first.title).toBe("The European Approach to the Exascale Challenge");
    expect(first.authors.map((a) => a.name)).toEqual(["G. Kalbe", "G. Kalbe"]);
    expect(first.source).toEqual({ file: IEEE, where: "line 1" });
    expect(first.year).toBe(2019);
    expect(first.venue).toBe("Computing in Science & Engineering");
    expect(first.doi).toBe("10.1109/mcse.2018.2884139");
    expect(first.type).toBe("article");
    expect(first.abstract).toMatch(/^An integrated European exascale/);
  });

  it("decodes initials-first names with diacritics and points at the TY line", () => {
    const second = result.records[1];
    expect(second.source.where).toBe("line 27");
    expect(second.type).toBe("inproceedings");
    expect(second.authors).toHaveLength(14);
    expect(second.authors[0]).toEqual({ name: "M. Bobák" });
    expect(second.authors.map((a) => a.name)).toContain("B. Somosköi");
    expect(second.authors.map((a) => a.name)).toContain("M. Höb");
  });

  it("keeps every authorship line", () => {
    expect(result.records.map((r) => r.authors.length).slice(0, 10)).toEqual([2, 14, 10, 1, 2, 7, 6, 9, 51, 8]);
    expect(result.records.reduce((n, r) => n + r.authors.length, 0)).toBe(163) // grep -c "^AU  -";
  });
});

describe("parseRis on small inputs", () => {
  it("reads tag variants, a record without ER at EOF, and unsafe URLs", () => {
    const text = [
      "TY  - CONF",
      "T1  - A conference paper",
      "A1  - Müller, Jürgen, Jr.",
      "A1  - Doe, Jane",
      "Y1  - 2021/06/01/",
      "BT  - Proc. of Things",
      "UR  - javascript:alert(1)",
      "N2  - First line of the abstract",
      "continued here.",
      "ER  - ",
      "",
      "TY  - JOUR",
      "TI  - Second",
      "AU  - Roe, R.",
      "AU  - et al.",
      "JF  - Journal of Tests",
      "DA  - 2019",
      "DO  - https://doi.org/10.48550/arXiv.2206.04615",
      "UR  - https://arxiv.org/abs/2206.04615v2",
    ].join("\n");
    const result = parseRis(text, "t.ris");
    expect(result.records).toHaveLength(2);
    const [conf, journal] = result.records;
    expect(conf.title).toBe("A conference paper");
    expect(conf.authors[0]).toEqual({ name: "Müller, Jürgen, Jr.", family: "Müller", given: "Jürgen", suffix: "Jr." });
    expect(conf.year).toBe(2021);
    expect(conf.venue).toBe("Proc. of Things");
    expect(conf.url).toBeUndefined();
    expect(conf.abstract).toBe("First line of the abstract continued here.");
    expect(journal.source.where).toBe("line 12");
    expect(journal.authors.map((a) => a.name)).toEqual(["Roe, R."]);
    expect(journal.authorsTruncated).toBe(true);
    expect(journal.venue).toBe("Journal of Tests");
    expect(journal.year).toBe(2019);
    expect(journal.doi).toBe("10.48550/arxiv.2206.04615");
    expect(journal.arxiv).toBe("2206.04615");
    expect(journal.url).toBe("https://arxiv.org/abs/2206.04615v2");
    expect(result.diagnostics.map((d) => [d.level, d.where])).toEqual([
      ["info", "line 12"],
      ["warning", "line 1"],
    ]);
    expect(result.diagnostics[1].message).toMatch(/not http/);
  });

  it("skips a record with neither title nor authors, with a reason", () => {
    const result = parseRis("TY  - JOUR\nPY  - 2020\nER  -\nTY  - JOUR\nAU  - Doe, J\nER  -\n", "t.ris");
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toBe(1);
    expect(result.records[0].untitled).toBe(true);
    expect(result.records[0].title).toBe("[Untitled]");
    expect(result.diagnostics.filter((d) => d.level === "warning").map((d) => d.where)).toEqual(["line 1", "line 4"]);
  });

  it("uses A2 only when there is no primary author", () => {
    const withBoth = parseRis("TY  - CHAP\nTI  - Ch\nAU  - Author, A\nA2  - Editor, E\nER  -\n", "t.ris");
    expect(withBoth.records[0].authors.map((a) => a.name)).toEqual(["Author, A"]);
    const onlyA2 = parseRis("TY  - CHAP\nTI  - Ch\nA2  - Editor, E\nER  -\n", "t.ris");
    expect(onlyA2.records[0].authors.map((a) => a.name)).toEqual(["Editor, E"]);
  });

  it("never throws on junk and stays linear on long lines", () => {
    expect(parseRis("", "e.ris")).toEqual({ format: "ris", records: [], skipped: 0, diagnostics: [] });
    const junk = parseRis("hello\nworld\n" + "A".repeat(200_000) + "\n", "j.ris");
    expect(junk.records).toHaveLength(0);
    expect(junk.diagnostics[0].message).toMatch(/3 line/);
    const many = Array.from({ length: 20_000 }, (_, i) => `TY  - JOUR\nTI  - T${i}\nAU  - A, B\nER  - `).join("\n");
    const start = performance.now();
    expect(parseRis(many, "m.ris").records).toHaveLength(20_000);
    expect(performance.now() - start).toBeLessThan(8000); // ~0.3 s warm; generous for a loaded 2-core CI box
  });
});

describe("parseRis never throws (property)", () => {
  it("on random tag soup", async () => {
    const fc = await import("fast-check");
    const line = fc.oneof(
      fc.constantFrom("TY  - JOUR", "ER  - ", "AU  - ", "AU  - Doe, J", "TI  - T", "PY  - 20x9", "UR  - javascript:x", "DO  - 10.1/x", "", "\r"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const result = parseRis(lines.join("\n"), "f.ris");
        const opened = lines.filter((l) => /^\s*TY {1,2}-/.test(l)).length;
        expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(opened);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
