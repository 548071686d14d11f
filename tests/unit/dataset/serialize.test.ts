import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ordered, orderedWithout, serializeAtlas } from "../../../src/dataset/serialize.ts";
import { decodeCompact, encodeCompact } from "../../../src/dataset/compact.ts";
import { syntheticAtlas } from "./synthetic-atlas.ts";

/** The first implementation of `ordered` (Array.sort with a comparator), kept as the oracle. */
const LEADING = ["format", "version", "title", "createdWith", "focalPersonId", "records", "skipped", "id", "name", "level", "file", "where", "message", "year", "venue", "type"];
function oracle(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oracle);
  if (value === null || typeof value !== "object") return value;
  const rank = (key: string) => (LEADING.includes(key) ? LEADING.indexOf(key) : Infinity);
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const keys = Object.keys(source).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) if (source[key] !== undefined) result[key] = oracle(source[key]);
  return result;
}

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Keys drawn from the leading keys, integer-like keys, near-duplicates and non-ASCII ones. */
const keyArb = fc.oneof(fc.constantFrom(...LEADING), fc.constantFrom("0", "7", "10", "a", "B", "a:x", "p:y", "ids", "é", "zz", "__proto_"), fc.string({ maxLength: 4 }));
const valueArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.integer(), fc.string({ maxLength: 3 }), fc.constant(undefined), fc.constant(null), tie("object"), fc.array(tie("value"), { maxLength: 3 })),
  object: fc.dictionary(keyArb, tie("value"), { maxKeys: 40 }),
})).object;

describe("ordered", () => {
  it("puts the leading keys first in their order, then the others by UTF-16 code units", () => {
    const value = { zeta: 1, id: "x", title: "t", b: 2, format: "f", Alpha: 3, year: 2020 };
    expect(Object.keys(ordered(value) as object)).toEqual(["format", "title", "id", "year", "Alpha", "b", "zeta"]);
  });

  it("drops undefined members, keeps nulls and array order, copies nested objects", () => {
    const nested = { b: 1, a: 2 };
    const result = ordered({ list: [nested, undefined, 3], gone: undefined, none: null }) as { list: unknown[] };
    expect(JSON.stringify(result)).toBe('{"list":[{"a":2,"b":1},null,3],"none":null}');
    expect(result.list[0]).not.toBe(nested);
  });

  it("sorts a large map-like object (the positions) the same way, leading keys first", () => {
    const big: Record<string, number> = {};
    for (let i = 0; i < 200; i++) big[`k${(i * 37) % 200}`] = i;
    big.name = -1;
    big.id = -2;
    const keys = Object.keys(ordered(big) as object);
    expect(keys.slice(0, 4)).toEqual(["id", "name", "k0", "k1"]);
    expect(keys.slice(2)).toEqual(Object.keys(big).filter((key) => key.startsWith("k")).sort());
  });

  it("gives the same JSON as the first implementation on random nested objects", () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(JSON.stringify(ordered(value))).toBe(JSON.stringify(oracle(value)));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("orderedWithout is ordered of a copy without those members", () => {
    fc.assert(
      fc.property(valueArb, fc.array(keyArb, { maxLength: 3 }), (value, omit) => {
        const copy = Object.fromEntries(Object.entries(value).filter(([key]) => !omit.includes(key)));
        expect(JSON.stringify(orderedWithout(value, omit))).toBe(JSON.stringify(oracle(copy)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe("writers: same bytes as before the speed-ups", () => {
  // Digests of the bytes the first implementations wrote for this atlas (sha256 of the output).
  const atlas = syntheticAtlas();

  it("serializeAtlas", () => {
    expect(sha(serializeAtlas(atlas))).toBe("4648b4c00d6b042945831de2cc437cd078f53ec43511da75b7bdeb9cd8fa4739");
  });

  it("encodeCompact, and it decodes to the JSON file's content", () => {
    const bytes = encodeCompact(atlas);
    expect(bytes.length).toBe(854400);
    expect(sha(bytes)).toBe("c138820c9051d538bf6597f737a49644f886601557b11fcd59f70f8c4431410e");
    expect(serializeAtlas(decodeCompact(bytes))).toBe(serializeAtlas(atlas));
  });
});
