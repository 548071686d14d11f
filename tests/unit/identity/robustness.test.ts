import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collect, findPeople, parseAuthor } from "../../../src/identity/index.ts";
import type { ImportResult, PubRecord } from "../../../src/model/types.ts";
import { papersBy, result } from "./helpers.ts";

const nameArbitrary = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("Vinay V. Ramasesh", "Ramasesh, VV", "H.-J. Baues", "Berg, J. van der", "Smith, Jr., John", "王伟", ",", "-", ". .", "Jr.", "van der", "  "),
);

describe("bad input never throws", () => {
  it("parses any string as a name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const parsed = parseAuthor({ name });
        expect(typeof parsed.key).toBe("string");
        expect(typeof parsed.display).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("collects any author lists and keeps papers + skipped = records", () => {
    fc.assert(
      fc.property(fc.array(fc.array(nameArbitrary, { maxLength: 6 }), { maxLength: 12 }), fc.nat(3), (lists, skipped) => {
        const input = result(
          lists.map((authors, i) => ({ authors, title: i % 3 === 0 ? "Same title" : `T${i}`, year: 2020 })),
          { skipped },
        );
        const c = collect([input]);
        expect(c.papers.length + c.skipped).toBe(c.records);
        expect(c.records).toBe(lists.length + skipped);
        expect(new Set(c.people.map((p) => p.id)).size).toBe(c.people.length);
        for (const paper of c.papers) {
          expect(new Set(paper.authors.map((a) => a.personId)).size).toBe(paper.authors.length);
        }
        // Same input, same output.
        expect(JSON.stringify(collect([input]))).toBe(JSON.stringify(c));
      }),
      { numRuns: 200 },
    );
  });

  it("survives records that break the contract", () => {
    const broken = {
      source: { file: "x", where: "item 1" },
      format: "csl-json",
      title: undefined,
      authors: [null, { name: 42 }, { given: "Ada" }, { name: "Ada Lovelace", ids: { orcid: "not an orcid" } }],
      authorsTruncated: false,
    } as unknown as PubRecord;
    const input: ImportResult = { format: "csl-json", records: [broken], skipped: 0, diagnostics: [] };
    const c = collect([input]);
    expect(c.papers).toHaveLength(1);
    // `{ given: "Ada" }` alone is a one-word name: family-only, kept apart from Ada Lovelace.
    expect(c.people.map((p) => p.name)).toEqual(["42", "Ada", "Ada Lovelace"]);
    expect(c.people[2].ids).toEqual({});
  });
});

describe("alias file reporting and corporate lookups", () => {
  it("says when an alias name matches nobody", () => {
    const c = collect([papersBy(["John Smith"])], { aliases: { merge: [["John Smith", "Johnny Smith"]] } });
    expect(c.diagnostics).toEqual([
      { file: "alias file", where: "merge", level: "info", message: '"Johnny Smith" matches no author in the input; nothing to merge' },
    ]);
  });

  it("finds a corporate author typed without its marking words", () => {
    const c = collect([papersBy([{ name: "Google", literal: true }, "Sam Ritchie"])]);
    expect(findPeople(c, "google").map((p) => p.name)).toEqual(["Google"]);
  });
});
