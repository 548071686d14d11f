import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildAtlas } from "../../../src/dataset/index.ts";
import { serializeAtlas } from "../../../src/dataset/serialize.ts";
import {
  COMPACT_MAGIC,
  COMPACT_VERSION,
  CompactFormatError,
  ROWS_PER_CHUNK,
  decodeCompact,
  decodeCompactSteps,
  encodeCompact,
  isCompactAtlas,
} from "../../../src/dataset/compact.ts";
import { generateBibtex } from "../../../bench/generate.ts";
import type { AtlasFile } from "../../../src/model/types.ts";

const DEFAULT_BIB = "data/ramasesh.bib";
/** The default dataset, laid out with seed 1 like `build` does. */
const defaultAtlas = buildAtlas([{ name: DEFAULT_BIB, text: readFileSync(DEFAULT_BIB, "utf8") }], { layout: true });
/** A generated dataset bigger than one JSON chunk of papers and people, without a layout. */
const generated = buildAtlas([{ name: "gen.bib", text: generateBibtex({ records: 3000, seed: 3 }) }], { layout: false });

/** A copy through JSON: what a reader of the JSON file gets. */
const viaJson = (atlas: AtlasFile): AtlasFile => JSON.parse(serializeAtlas(atlas));

function tiny(): AtlasFile {
  return {
    format: "coauthor-atlas",
    version: 1,
    title: "Tiny",
    createdWith: "test",
    records: 2,
    skipped: 0,
    papers: [
      {
        id: "p1",
        title: "One",
        year: 2020,
        authors: [
          { personId: "ada", name: "A. Lovelace", position: 0 },
          { personId: "bob", name: "Bob", position: 1 },
          { personId: "ada", name: "Ada Lovelace", position: 2 },
        ],
        authorsTruncated: false,
        hyperauthored: false,
        sources: [{ file: "a.bib", where: "key one" }],
      },
      { id: "p2", title: "Two", authors: [{ personId: "bob", name: "Bob", position: 0 }], authorsTruncated: true, hyperauthored: true, sources: [] },
    ],
    people: [
      { id: "ada", name: "Ada Lovelace", variants: ["A. Lovelace", "Ada Lovelace"], ids: {}, paperIds: ["p1"] },
      { id: "bob", name: "Bob", variants: ["Bob"], ids: { orcid: "0000-0002-1825-0097" }, paperIds: ["p2", "p1"] },
    ],
    diagnostics: [{ level: "info", file: "a.bib", where: "line 3", message: "a note" }],
    provenance: { inputs: [{ file: "a.bib", format: "bibtex", records: 2, sha256: "00" }], merges: [], settings: { hyperauthorThreshold: 25 } },
    // "p:p2" has no position; "a:ghost" is no node of this dataset.
    layout: { seed: 4, iterations: 10, converged: false, positions: { "a:ada": [0.1, -2.5e-7], "a:bob": [1e300, 3], "p:p1": [-0, 7], "a:ghost": [9, 9] } },
  };
}

describe("compact encoding: round trip", () => {
  it("gives back the default dataset exactly: same JSON bytes, positions at full Float64 precision", () => {
    const bytes = encodeCompact(defaultAtlas);
    expect(isCompactAtlas(bytes)).toBe(true);
    const back = decodeCompact(bytes);
    expect(back).toEqual(viaJson(defaultAtlas));
    expect(serializeAtlas(back)).toBe(serializeAtlas(defaultAtlas));
    expect(Object.keys(back.layout!.positions)).toHaveLength(defaultAtlas.people.length + defaultAtlas.papers.length);
  });

  it("gives back a generated dataset of several chunks, without layout, and is smaller than JSON", () => {
    expect(generated.papers.length).toBeGreaterThan(ROWS_PER_CHUNK);
    const bytes = encodeCompact(generated);
    const back = decodeCompact(bytes);
    expect(back.layout).toBeUndefined();
    expect(serializeAtlas(back)).toBe(serializeAtlas(generated));
    expect(bytes.length).toBeLessThan(serializeAtlas(generated).length * 0.6);
  });

  it("keeps repeated authors, missing positions, positions of unknown keys, odd numbers", () => {
    const atlas = tiny();
    const back = decodeCompact(encodeCompact(atlas));
    expect(back).toEqual(viaJson(atlas));
    expect(back.papers[0].authors.map((author) => author.name)).toEqual(["A. Lovelace", "Bob", "Ada Lovelace"]);
    expect(back.people[1].paperIds).toEqual(["p2", "p1"]);
    expect(back.layout!.positions["p:p2"]).toBeUndefined();
    expect(back.layout!.positions["a:ghost"]).toEqual([9, 9]);
    expect(back.layout!.positions["a:ada"]).toEqual([0.1, -2.5e-7]);
    expect(back.layout!.positions["a:bob"]).toEqual([1e300, 3]);
  });

  it("is deterministic: the same atlas gives the same bytes", () => {
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;
    expect(same(encodeCompact(tiny()), encodeCompact(tiny()))).toBe(true);
    // Key order does not matter (the JSON copy has its keys sorted).
    expect(same(encodeCompact(defaultAtlas), encodeCompact(viaJson(defaultAtlas)))).toBe(true);
  });

  it("starts with the magic bytes and version, and every section is 4-byte aligned", () => {
    const bytes = encodeCompact(tiny());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x41, 0x54, 0x4c, 0x41, 0x53, 0x0d, 0x0a]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(8, true)).toBe(COMPACT_VERSION);
    const sections = view.getUint32(12, true);
    const tags: string[] = [];
    for (let index = 0; index < sections; index++) {
      const entry = 16 + index * 12;
      tags.push(String.fromCharCode(...bytes.subarray(entry, entry + 4)));
      expect(view.getUint32(entry + 4, true) % 4).toBe(0);
    }
    expect(tags).toEqual(["HEAD", "PEOP", "PCHK", "PAPR", "QCHK", "MERG", "MCHK", "DIAG", "DCHK", "NAME", "AOFF", "APER", "ANAM", "APOS", "POFF", "PPAP", "XY64"]);
    expect(bytes.length % 8).toBe(0);
  });

  it("decodes the same in steps as at once, pausing between chunks", () => {
    const bytes = encodeCompact(generated);
    const steps = decodeCompactSteps(bytes);
    let pauses = 0;
    let result: IteratorResult<void, AtlasFile>;
    while (!(result = steps.next()).done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(generated.papers.length / ROWS_PER_CHUNK) + Math.ceil(generated.people.length / ROWS_PER_CHUNK));
    expect(result.value).toEqual(decodeCompact(bytes));
  });

  it("reads a file that sits at an odd offset in a bigger buffer (copies instead of viewing)", () => {
    const bytes = encodeCompact(tiny());
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeCompact(shifted.subarray(1))).toEqual(viaJson(tiny()));
  });

  it("refuses to encode what a valid atlas cannot hold", () => {
    const unknown = tiny();
    unknown.papers[0].authors[0].personId = "nobody";
    expect(() => encodeCompact(unknown)).toThrow(/unknown person "nobody"/);
    const duplicate = tiny();
    duplicate.people[1].id = "ada";
    expect(() => encodeCompact(duplicate)).toThrow(/duplicate person id "ada"/);
    const nan = tiny();
    nan.layout!.positions["a:ada"] = [NaN, 1];
    expect(() => encodeCompact(nan)).toThrow(/position of "a:ada"/);
  });
});

describe("compact encoding: hostile input gives a clear error", () => {
  const good = encodeCompact(tiny());
  const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  /** Byte offset and length of a section, by tag. */
  function locate(bytes: Uint8Array, tag: string): { entry: number; offset: number; length: number } {
    const count = view(bytes).getUint32(12, true);
    for (let index = 0; index < count; index++) {
      const entry = 16 + index * 12;
      if (String.fromCharCode(...bytes.subarray(entry, entry + 4)) === tag) {
        return { entry, offset: view(bytes).getUint32(entry + 4, true), length: view(bytes).getUint32(entry + 8, true) };
      }
    }
    throw new Error(`no ${tag}`);
  }
  function expectError(bytes: Uint8Array, message: RegExp) {
    let error: unknown;
    try {
      decodeCompact(bytes);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CompactFormatError);
    expect((error as Error).message).toMatch(message);
  }
  const copy = () => good.slice();

  it("wrong magic, empty file, text file", () => {
    expectError(new Uint8Array(0), /does not start with the magic bytes/);
    expectError(new TextEncoder().encode('{"format":"coauthor-atlas"}'), /does not start with the magic bytes/);
    const bytes = copy();
    bytes[1] = 0x42;
    expectError(bytes, /magic bytes/);
    expect(isCompactAtlas(bytes)).toBe(false);
  });

  it("unknown versions: newer and older", () => {
    const newer = copy();
    view(newer).setUint32(8, COMPACT_VERSION + 1, true);
    expectError(newer, new RegExp(`version ${COMPACT_VERSION + 1} was written by a newer Coauthor Atlas; this one reads version ${COMPACT_VERSION}`));
    const older = copy();
    view(older).setUint32(8, 0, true);
    expectError(older, /unsupported compact dataset version 0/);
  });

  it("truncated anywhere: a clear message, never a crash", () => {
    expectError(COMPACT_MAGIC.slice(), /truncated/);
    for (const cut of [9, 16, 40, 100, Math.floor(good.length / 2), good.length - 1]) {
      expectError(good.subarray(0, cut), /truncated|past the end/);
    }
  });

  it("lengths and offsets past the end, a huge section count", () => {
    const longSection = copy();
    const head = locate(longSection, "HEAD");
    view(longSection).setUint32(head.entry + 8, 0xfffffff0, true);
    expectError(longSection, /section "HEAD" .* runs past the end/);
    const manySections = copy();
    view(manySections).setUint32(12, 0xffffffff, true);
    expectError(manySections, /directory of 4294967295 sections runs past the end/);
    const misaligned = copy();
    view(misaligned).setUint32(locate(misaligned, "APER").entry + 4, 2, true);
    expectError(misaligned, /not a multiple of 4/);
  });

  it("indices out of range", () => {
    const person = copy();
    view(person).setUint32(locate(person, "APER").offset, 99, true);
    expectError(person, /section APER: entry 0 names person 99, but there are only 2/);
    const name = copy();
    view(name).setUint32(locate(name, "ANAM").offset + 4, 7, true);
    expectError(name, /section ANAM: entry 1 names name 7/);
    const paper = copy();
    view(paper).setUint32(locate(paper, "PPAP").offset, 0xffffffff, true);
    expectError(paper, /section PPAP: entry 0 names paper 4294967295/);
    const offsets = copy();
    view(offsets).setUint32(locate(offsets, "AOFF").offset + 4, 1000, true);
    expectError(offsets, /section AOFF: the last offset is|section AOFF: offset 2/);
  });

  it("NaN and infinite positions", () => {
    const nan = copy();
    view(nan).setFloat64(locate(nan, "XY64").offset, NaN, true);
    expectError(nan, /position of node 0 \(a:ada\) is not a pair of finite numbers/);
    const infinite = copy();
    view(infinite).setFloat64(locate(infinite, "XY64").offset + 8 * 3, -Infinity, true);
    expectError(infinite, /position of node 1 \(a:bob\)/);
  });

  it("broken JSON and wrong row shapes", () => {
    const broken = copy();
    broken[locate(broken, "PAPR").offset] = 0x7b; // `{` where the array starts
    expectError(broken, /section PAPR, chunk 0: not valid JSON/);
    const atlas = tiny();
    (atlas.people[0] as unknown as Record<string, unknown>).name = 42;
    expectError(encodeCompact(atlas), /people\[0\]: person "ada" has no name/);
    const paper = tiny();
    (paper.papers[1] as unknown as Record<string, unknown>).hyperauthored = "yes";
    expectError(encodeCompact(paper), /papers\[1\]: paper "p2": hyperauthored is not true\/false/);
  });

  it("random corruption never throws anything but CompactFormatError and never hangs", () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const big = encodeCompact(generated);
    const started = performance.now();
    for (let round = 0; round < 200; round++) {
      const bytes = (round % 2 ? big : good).slice();
      for (let flips = 0; flips < 1 + round % 5; flips++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        decodeCompact(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(CompactFormatError);
      }
    }
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});

describe("readAtlasBytes reads both encodings", () => {
  it("compact bytes, JSON bytes (with a BOM) and broken files", async () => {
    const { readAtlasBytes } = await import("../../../src/dataset/read.ts");
    const json = serializeAtlas(tiny());
    expect(readAtlasBytes(encodeCompact(tiny()), "t.atlas")).toEqual({ atlas: viaJson(tiny()), diagnostics: [] });
    expect(readAtlasBytes(new TextEncoder().encode("\ufeff" + json), "t.atlas.json").atlas).toEqual(viaJson(tiny()));
    const truncated = readAtlasBytes(encodeCompact(tiny()).subarray(0, 300), "t.atlas");
    expect(truncated.atlas).toBeUndefined();
    expect(truncated.diagnostics).toEqual([
      { level: "error", file: "t.atlas", where: "file", message: expect.stringMatching(/^not a readable compact dataset file: truncated: /) },
    ]);
    const { gzipSync } = await import("node:zlib");
    expect(readAtlasBytes(gzipSync(encodeCompact(tiny())), "t.atlas.gz").diagnostics[0].message).toBe("a gzip file: decompress it first");
    expect(readAtlasBytes(new TextEncoder().encode("{}"), "x").diagnostics[0].message).toMatch(/not a Coauthor Atlas dataset/);
  });
});
