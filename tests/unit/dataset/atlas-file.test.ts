import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { AtlasFile } from "../../../src/model/types.ts";
import { sha256Hex } from "../../../src/dataset/sha256.ts";
import { serializeAtlas } from "../../../src/dataset/serialize.ts";
import { atlasToCollection, looksLikeAtlas, readAtlas } from "../../../src/dataset/read.ts";
import { atlasToRecords } from "../../../src/dataset/records.ts";
import { datasetStats } from "../../../src/dataset/stats.ts";

/** Two papers, three people; Ada appears under two spellings. */
function smallAtlas(): AtlasFile {
  return {
    format: "coauthor-atlas",
    version: 1,
    title: "Small",
    createdWith: "test",
    focalPersonId: "ada-lovelace",
    records: 3,
    skipped: 1,
    papers: [
      {
        id: "doi:10.1/a",
        title: "Notes on the engine",
        year: 1843,
        doi: "10.1/a",
        authors: [
          { personId: "ada-lovelace", name: "Ada Lovelace", position: 0 },
          { personId: "charles-babbage", name: "Babbage, Charles", position: 1 },
        ],
        authorsTruncated: false,
        hyperauthored: false,
        sources: [{ file: "a.bib", where: "key notes" }],
      },
      {
        id: "title:tables-1840",
        title: "Tables",
        year: 1840,
        ids: { isbn: "123" },
        authors: [
          { personId: "ada-lovelace", name: "A. Lovelace", position: 0 },
          { personId: "mary-somerville", name: "Mary Somerville", position: 1 },
          { personId: "ada-lovelace", name: "A. Lovelace", position: 2 },
        ],
        authorsTruncated: true,
        hyperauthored: true,
        sources: [{ file: "a.bib", where: "key tables" }],
      },
    ],
    people: [
      { id: "ada-lovelace", name: "Ada Lovelace", variants: ["A. Lovelace", "Ada Lovelace"], ids: { orcid: "0000-0002-1825-0097" }, paperIds: ["doi:10.1/a", "title:tables-1840"] },
      { id: "charles-babbage", name: "Charles Babbage", variants: ["Charles Babbage"], ids: {}, paperIds: ["doi:10.1/a"] },
      { id: "mary-somerville", name: "Mary Somerville", variants: ["Mary Somerville"], ids: {}, paperIds: ["title:tables-1840"] },
    ],
    diagnostics: [{ level: "warning", file: "a.bib", where: "key broken", message: "no title" }],
    provenance: { inputs: [{ file: "a.bib", format: "bibtex", records: 3, sha256: "00" }], merges: [], settings: { hyperauthorThreshold: 2 } },
    layout: { seed: 1, iterations: 10, converged: true, positions: { "p:title:tables-1840": [1, 2], "a:ada-lovelace": [0.5, -3] } },
  };
}

describe("sha256Hex", () => {
  it("matches known digests and node:crypto on multi-block Unicode text", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    for (const text of ["x".repeat(55), "x".repeat(56), "x".repeat(64), "Ümlaut ☃ 𝄞 ".repeat(300)]) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("serializeAtlas", () => {
  it("puts format, version and title first and sorts map keys", () => {
    const text = serializeAtlas(smallAtlas());
    expect(text.startsWith('{"format":"coauthor-atlas","version":1,"title":"Small","createdWith":"test","focalPersonId":"ada-lovelace","records":3,"skipped":1,')).toBe(true);
    expect(text).toContain('"positions":{"a:ada-lovelace":[0.5,-3],"p:title:tables-1840":[1,2]}');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("gives the same bytes whatever order the keys were built in, and drops undefined", () => {
    const atlas = smallAtlas();
    const shuffled = JSON.parse(JSON.stringify(atlas), (_key, value) =>
      value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    (shuffled as AtlasFile).papers[0].venue = undefined;
    expect(serializeAtlas(shuffled)).toBe(serializeAtlas(atlas));
  });

  it("round-trips through readAtlas", () => {
    const { atlas, diagnostics } = readAtlas(serializeAtlas(smallAtlas()));
    expect(diagnostics).toEqual([]);
    expect(atlas).toEqual(smallAtlas());
  });
});

describe("readAtlas", () => {
  it("says when the text is not JSON", () => {
    const result = readAtlas("{ nope", "x.json");
    expect(result.atlas).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", file: "x.json", where: "file" });
    expect(result.diagnostics[0].message).toMatch(/^not valid JSON/);
  });

  it("rejects other JSON and newer versions with a clear message", () => {
    expect(readAtlas("[1,2]").diagnostics[0].message).toBe("not a Coauthor Atlas dataset: the file is not a JSON object");
    expect(readAtlas('{"format":"csl"}').diagnostics[0].message).toBe('not a Coauthor Atlas dataset: "format" is "csl", expected "coauthor-atlas"');
    expect(readAtlas('{"format":"coauthor-atlas","version":2}').diagnostics[0].message).toBe(
      "dataset version 2 was written by a newer Coauthor Atlas; this one reads version 1",
    );
  });

  it("finds broken references and bad positions", () => {
    const atlas = smallAtlas();
    atlas.papers[1].authors[1].personId = "nobody";
    atlas.people[1].paperIds.push("doi:missing");
    (atlas.layout!.positions as Record<string, unknown>)["a:ada-lovelace"] = [1, "x"];
    const { atlas: read, diagnostics } = readAtlas(JSON.stringify(atlas));
    expect(read).toBeUndefined();
    expect(diagnostics.map((d) => `${d.where}: ${d.message}`)).toEqual([
      'papers[1]: paper "title:tables-1840": author "Mary Somerville" refers to unknown person "nobody"',
      'people[1]: person "charles-babbage" refers to unknown paper "doi:missing"',
      'layout: position of "a:ada-lovelace" is not a pair of finite numbers',
    ]);
  });

  it("caps the problem list", () => {
    const atlas = smallAtlas();
    atlas.people[0].paperIds = Array.from({ length: 30 }, (_, i) => `missing-${i}`);
    const { diagnostics } = readAtlas(JSON.stringify(atlas));
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics[20].message).toBe("… and 10 more problems");
  });
});

describe("looksLikeAtlas", () => {
  it("recognises atlas files by content, not by name", () => {
    expect(looksLikeAtlas(serializeAtlas(smallAtlas()))).toBe(true);
    expect(looksLikeAtlas('  {"version":1, "papers":[], "format" : "coauthor-atlas"}')).toBe(true);
    expect(looksLikeAtlas('[{"title":"about coauthor-atlas", "note":"coauthor-atlas"}]')).toBe(false);
    expect(looksLikeAtlas('{"note":"\\"coauthor-atlas\\""}')).toBe(false);
    expect(looksLikeAtlas("@article{x, title={coauthor-atlas}}")).toBe(false);
  });
});

describe("atlasToCollection and datasetStats", () => {
  it("count papers, distinct authorships, merged name forms and hyperauthored papers", () => {
    const stats = datasetStats(atlasToCollection(smallAtlas()));
    expect(stats).toEqual({
      records: 3,
      papers: 2,
      people: 3,
      authorships: 4,
      skipped: 1,
      merged: 1,
      hyperauthored: 1,
      diagnostics: [{ level: "warning", file: "a.bib", where: "key broken", message: "no title" }],
    });
  });
});

describe("atlasToRecords", () => {
  it("turns papers back into records with names as written, person and paper ids kept", () => {
    const records = atlasToRecords(smallAtlas(), "old.atlas.json");
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({
      source: { file: "old.atlas.json", where: "paper doi:10.1/a" },
      format: "atlas",
      title: "Notes on the engine",
      authors: [{ name: "Ada Lovelace", ids: { orcid: "0000-0002-1825-0097" } }, { name: "Babbage, Charles" }],
      authorsTruncated: false,
      ids: { atlas: "doi:10.1/a" },
      year: 1843,
      doi: "10.1/a",
    });
    expect(records[1].authors.map((a) => a.name)).toEqual(["A. Lovelace", "Mary Somerville", "A. Lovelace"]);
    expect(records[1].ids).toEqual({ isbn: "123", atlas: "title:tables-1840" });
    expect(records[1].authorsTruncated).toBe(true);
  });
});
