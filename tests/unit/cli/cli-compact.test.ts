import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, statsJson } from "./run-cli.ts";
import { decodeCompact, isCompactAtlas } from "../../../src/dataset/compact.ts";
import { sha256Bytes } from "../../../src/dataset/sha256.ts";
import { outputEncoding } from "../../../src/cli/commands/build.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-compact-"));
const writeBytes = (path: string, bytes: Uint8Array) => writeFileSync(path, bytes);
const json = join(dir, "ramasesh.atlas.json");
const compact = join(dir, "ramasesh.atlas");
const gzipped = join(dir, "ramasesh.atlas.gz");

async function buildAll() {
  for (const out of [json, compact, gzipped]) {
    const run = await runCli(["build", "data/ramasesh.bib", "-o", out, "--seed", "3"], { writeBytes });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/8 papers, 462 people, 0 diagnostics, layout seed 3/);
  }
}
const built = buildAll();

describe("build writes the encoding its output name asks for", () => {
  it("picks the encoding by name", () => {
    expect(outputEncoding("a.atlas")).toBe("compact");
    expect(outputEncoding("dir/A.ATLAS")).toBe("compact");
    expect(outputEncoding("a.atlas.gz")).toBe("compact-gzip");
    expect(outputEncoding("a.atlas.json")).toBe("json");
    expect(outputEncoding("a.json")).toBe("json");
    expect(outputEncoding("atlas")).toBe("json");
  });

  it(".atlas is compact and holds exactly the JSON file's dataset; .atlas.gz is it gzipped", async () => {
    await built;
    const bytes = readFileSync(compact);
    expect(isCompactAtlas(bytes)).toBe(true);
    expect(decodeCompact(bytes)).toEqual(JSON.parse(readFileSync(json, "utf8")));
    expect(gunzipSync(readFileSync(gzipped)).equals(bytes)).toBe(true);
    expect(readFileSync(gzipped).length).toBeLessThan(bytes.length / 2);
  });

  it("says so when binary output is impossible", async () => {
    const run = await runCli(["build", "data/ramasesh.bib", "-o", join(dir, "x.atlas"), "--no-layout"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/cannot write .*x\.atlas: binary output is not available here/);
  });
});

describe("every command reads both encodings", () => {
  it("stats gives the same numbers from JSON, compact and gzipped compact", async () => {
    await built;
    const fromJson = await statsJson([json]);
    expect(fromJson.code).toBe(0);
    expect((await statsJson([compact])).stats).toEqual(fromJson.stats);
    expect((await statsJson([gzipped])).stats).toEqual(fromJson.stats);
  });

  it("people, shared and path print the same from both", async () => {
    await built;
    for (const args of [["people"], ["shared", "--author", "Vinay Ramasesh", "--author", "Kyle Aitken"], ["path", "--from", "Aarohi Srivastava", "--to", "Kyle Aitken"]]) {
      const [command, ...rest] = args;
      const fromJson = await runCli([command, json, ...rest]);
      const fromCompact = await runCli([command, compact, ...rest]);
      expect(fromJson.code, `${command}: ${fromJson.stderr}`).toBe(0);
      expect(fromCompact.stdout.replaceAll(compact, "FILE")).toBe(fromJson.stdout.replaceAll(json, "FILE"));
    }
  });

  it("export gexf writes the same file from both", async () => {
    await built;
    const a = join(dir, "a.gexf");
    const b = join(dir, "b.gexf");
    expect((await runCli(["export", json, "--format", "gexf", "-o", a])).code).toBe(0);
    expect((await runCli(["export", compact, "--format", "gexf", "-o", b])).code).toBe(0);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));
  });

  it("build converts between encodings without loss: compact → JSON gives the same bytes", async () => {
    await built;
    const back = join(dir, "back.atlas.json");
    expect((await runCli(["build", compact, "-o", back, "--seed", "3"])).code).toBe(0);
    expect(readFileSync(back, "utf8")).toBe(readFileSync(json, "utf8"));
  });

  it("a compact file mixed with publication files goes back through identity, with the file's own sha-256", async () => {
    await built;
    const out = join(dir, "mixed.atlas.json");
    const run = await runCli(["build", compact, "../shared/corpus/bib/lab-3c-carrette-endnote.bib", "-o", out, "--no-layout"]);
    expect(run.code, run.stderr).toBe(0);
    const atlas = JSON.parse(readFileSync(out, "utf8"));
    const input = atlas.provenance.inputs.find((entry: { file: string }) => entry.file === compact);
    expect(input).toEqual({ file: compact, format: "atlas", records: 8, sha256: sha256Bytes(readFileSync(compact)) });
  });
});

describe("broken compact files give one clear line", () => {
  it("truncated, newer version, gzip of something else", async () => {
    await built;
    const bytes = readFileSync(compact);
    const truncated = join(dir, "truncated.atlas");
    writeFileSync(truncated, bytes.subarray(0, 2000));
    let run = await runCli(["stats", truncated]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/truncated\.atlas: not a readable compact dataset file: truncated: section "\w+" \(\d+ bytes at \d+\) runs past the end of the file \(2000 bytes\)/);

    const newer = join(dir, "newer.atlas");
    const copy = Buffer.from(bytes);
    copy.writeUInt32LE(2, 8);
    writeFileSync(newer, copy);
    run = await runCli(["people", newer]);
    expect(run.stderr).toMatch(/compact dataset version 2 was written by a newer Coauthor Atlas; this one reads version 1/);

    const otherGzip = join(dir, "notes.gz");
    writeFileSync(otherGzip, (await import("node:zlib")).gzipSync("hello"));
    run = await runCli(["stats", otherGzip]);
    expect(run.stderr).toMatch(/only gzipped compact dataset files \(\.atlas\.gz\) are read/);
  });
});
