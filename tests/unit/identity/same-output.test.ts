/**
 * Speed-ups of identity must not change what it decides. The hash below is of the whole
 * Collection (people, papers, merges, diagnostics, suggestions) that collect() made before the
 * 28 Nov 2026 speed work, on generated input in every generated format (ids, resolved names,
 * versions, duplicates, suggestions). If a change of output is meant, check it, then update it.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateRecords, writeBibtex } from "../../../bench/generate.ts";
import { GENERATED_FORMATS, writeFormat } from "../../../bench/generate-formats.ts";
import { collect } from "../../../src/identity/index.ts";
import { oneLetterBuckets, stringBuckets } from "../../../src/identity/one-letter.ts";
import { importFiles } from "../../../src/import/index.ts";

const COLLECTION_SHA256 = "6198ac7c6a741df2302c1794e9839ec714bcffddfcf828de08322f57e7fb7406";

describe("collect() output is pinned", () => {
  it("gives the same Collection, byte for byte, as before the speed-ups", () => {
    const big = { records: 1500, seed: 5 };
    const small = { records: 150, seed: 9 };
    const formatRecords = generateRecords(small);
    const results = importFiles([
      { name: "generated.bib", text: writeBibtex(generateRecords(big), big) },
      ...GENERATED_FORMATS.map((format) => ({ name: `generated.${format}`, text: writeFormat(format, formatRecords, small) })),
    ]);
    const collection = collect(results, { hyperauthorThreshold: 25 });
    expect([collection.people.length, collection.papers.length, collection.suggestions?.length]).toEqual([1317, 1650, 11]);
    expect(createHash("sha256").update(JSON.stringify(collection)).digest("hex")).toBe(COLLECTION_SHA256);
  }, 60_000);
});

describe("family keys one letter apart", () => {
  it("groups keys sharing a one-letter deletion, in order of the variant's first appearance", () => {
    const keys = ["bauer", "baues", "smith", "smyth", "abc", "schmid", "schmidt", "xaby", "xbay"];
    expect(oneLetterBuckets(keys)).toEqual([
      [0, 1], // baue
      [2, 3], // smth
      [5, 6], // schmid
      [7, 8], // xby
      [7, 8], // xay
    ]);
  });

  it("skips keys shorter than 4 or longer than 64 letters", () => {
    expect(oneLetterBuckets(["abc", "abd", "x".repeat(65), `${"x".repeat(64)}y`])).toEqual([]);
  });

  it("agrees with the string index on random keys (many neighbours, doubled letters, non-ASCII)", () => {
    const key = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "语"), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        expect(oneLetterBuckets(keys)).toEqual(stringBuckets(keys));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
