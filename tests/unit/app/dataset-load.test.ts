import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { buildAtlas } from "../../../src/dataset/index.ts";
import { encodeCompact } from "../../../src/dataset/compact.ts";
import { serializeAtlas } from "../../../src/dataset/serialize.ts";
import { contextFromAtlas } from "../../../src/app/dataset.ts";
import { atlasFromBytes, contextFromAtlasInSlices, datasetUrlFromQuery, fetchDataset, isBinaryDatasetFile, runInSlices } from "../../../src/app/dataset-load.ts";

const atlas = buildAtlas([{ name: "ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") }], { layout: true });
const viaJson = JSON.parse(serializeAtlas(atlas));
const page = "https://atlas.example/app/index.html?person=x";

describe("?data= takes only relative paths on this site", () => {
  it("resolves relative paths against the page", () => {
    expect(datasetUrlFromQuery("?data=data/lab.atlas", page)).toEqual({ url: "https://atlas.example/app/data/lab.atlas" });
    expect(datasetUrlFromQuery("?data=./big%20one.atlas.gz", page)).toEqual({ url: "https://atlas.example/app/big%20one.atlas.gz" });
    expect(datasetUrlFromQuery("?data=/datasets/x.atlas.json", page)).toEqual({ url: "https://atlas.example/datasets/x.atlas.json" });
    expect(datasetUrlFromQuery("?person=a", page)).toBeUndefined();
    expect(datasetUrlFromQuery("?data=", page)).toBeUndefined();
  });

  it("refuses absolute, protocol-relative and scheme URLs with a clear message", () => {
    for (const value of ["https://evil.example/x.atlas", "http://atlas.example/app/x.atlas", "//evil.example/x.atlas", "/\\evil.example/x", "\\\\evil.example\\x", "javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd", " HTTPS://evil.example/"]) {
      const result = datasetUrlFromQuery(`?data=${encodeURIComponent(value)}`, page);
      expect(result, value).toHaveProperty("error");
      expect((result as { error: string }).error).toMatch(/\?data= takes a relative path on this site .*other sites and absolute URLs are never fetched/);
    }
  });
});

describe("runInSlices", () => {
  it("runs every step, yielding to the page between slices", async () => {
    let clock = 0;
    let yields = 0;
    function* work(): Generator<void, number> {
      let sum = 0;
      for (let i = 0; i < 50; i++) {
        clock += 3; // each step "takes" 3 ms
        sum += i;
        yield;
      }
      return sum;
    }
    const result = await runInSlices(work(), { sliceMs: 10, now: () => clock, yieldToPage: async () => void yields++ });
    expect(result).toBe(1225);
    // 4 steps (12 ms) per slice: 12 full slices, then the last 2 steps finish without a pause.
    expect(yields).toBe(12);
  });
});

describe("atlasFromBytes reads every encoding", () => {
  it("compact, gzipped compact and JSON give the same atlas", async () => {
    const compact = encodeCompact(atlas);
    expect(await atlasFromBytes(compact, "a.atlas")).toEqual({ atlas: viaJson });
    expect(await atlasFromBytes(gzipSync(compact), "a.atlas.gz")).toEqual({ atlas: viaJson });
    expect(await atlasFromBytes(new TextEncoder().encode(serializeAtlas(atlas)), "a.atlas.json")).toEqual({ atlas: viaJson });
  });

  it("says what is wrong with a broken file", async () => {
    const compact = encodeCompact(atlas);
    expect(await atlasFromBytes(compact.subarray(0, 500), "cut.atlas")).toEqual({ error: expect.stringMatching(/^The dataset cut\.atlas could not be read: truncated: section "\w+"/) });
    expect(await atlasFromBytes(gzipSync("hello"), "x.gz")).toEqual({ error: expect.stringMatching(/only gzipped compact dataset files/) });
    expect(await atlasFromBytes(gzipSync(compact).subarray(0, 100), "y.atlas.gz")).toEqual({ error: expect.stringMatching(/^The dataset y\.atlas\.gz could not be read: a gzip file that does not decompress/) });
    expect(await atlasFromBytes(new TextEncoder().encode("{\"format\": 1}"), "z.json")).toEqual({ error: expect.stringMatching(/not a Coauthor Atlas dataset/) });
  });

  it("fetchDataset reads bytes and reports HTTP errors", async () => {
    const compact = encodeCompact(atlas);
    const ok = (async () => new Response(compact as Uint8Array<ArrayBuffer>)) as unknown as typeof fetch;
    expect(await fetchDataset("https://h/app/data/a.atlas", ok)).toEqual({ atlas: viaJson });
    const missing = (async () => new Response("no", { status: 404 })) as unknown as typeof fetch;
    expect(await fetchDataset("https://h/app/data/big%20one.atlas", missing)).toEqual({ error: "Could not load the dataset big one.atlas (HTTP 404)." });
  });

  it("isBinaryDatasetFile looks at the first bytes only", async () => {
    expect(await isBinaryDatasetFile(new Blob([encodeCompact(atlas) as Uint8Array<ArrayBuffer>]))).toBe(true);
    expect(await isBinaryDatasetFile(new Blob([gzipSync("x")]))).toBe(true);
    expect(await isBinaryDatasetFile(new Blob([serializeAtlas(atlas)]))).toBe(false);
  });
});

describe("contextFromAtlasInSlices", () => {
  it("gives what contextFromAtlas gives", async () => {
    const sliced = await contextFromAtlasInSlices(viaJson);
    const direct = contextFromAtlas(viaJson);
    expect(sliced.needsLayout).toBe(false);
    expect(JSON.stringify(sliced.context.graph.export())).toBe(JSON.stringify(direct.context.graph.export()));
    expect([...sliced.context.people.keys()]).toEqual([...direct.context.people.keys()]);
    expect(sliced.context.papers.size).toBe(8);
    const { layout, ...unlaid } = viaJson;
    expect(layout).toBeDefined();
    expect((await contextFromAtlasInSlices(unlaid)).needsLayout).toBe(true);
  });
});
