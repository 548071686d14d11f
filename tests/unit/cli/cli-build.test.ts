import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, statsJson } from "./run-cli.ts";
import { readAtlas } from "../../../src/dataset/read.ts";
import { sha256Hex } from "../../../src/dataset/sha256.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-build-"));

describe("build", () => {
  it("writes a valid, laid-out, deterministic dataset that stats reads back with the same counts", async () => {
    const out = join(dir, "ramasesh.atlas.json");
    const run = await runCli(["build", "data/ramasesh.bib", "-o", out, "--seed", "3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*ramasesh\.atlas\.json: 8 papers, 462 people, 0 diagnostics, layout seed 3 \((converged|stopped) after \d+ iterations\)\n$/);
    const text = readFileSync(out, "utf8");
    const { atlas, diagnostics } = readAtlas(text, out);
    expect(diagnostics).toEqual([]);
    expect(atlas!.layout!.seed).toBe(3);
    // Every node of the bipartite graph has a position.
    expect(Object.keys(atlas!.layout!.positions)).toHaveLength(8 + 462);
    expect(atlas!.provenance.inputs).toEqual([
      { file: "data/ramasesh.bib", format: "bibtex", records: 8, sha256: sha256Hex(readFileSync("data/ramasesh.bib", "utf8")) },
    ]);
    expect(atlas!.provenance.settings).toEqual({ hyperauthorThreshold: 25 });

    const fromBib = await statsJson(["data/ramasesh.bib"]);
    const fromAtlas = await statsJson([out]);
    expect(fromAtlas.stats).toEqual(fromBib.stats);

    const again = join(dir, "again.atlas.json");
    await runCli(["build", "data/ramasesh.bib", "-o", again, "--seed", "3"]);
    expect(readFileSync(again, "utf8")).toBe(text);
  });

  it("--no-layout writes no positions; --threshold is recorded and applied", async () => {
    const out = join(dir, "flat.atlas.json");
    expect((await runCli(["build", "data/ramasesh.bib", "-o", out, "--no-layout", "--threshold", "10"])).code).toBe(0);
    const { atlas } = readAtlas(readFileSync(out, "utf8"));
    expect(atlas!.layout).toBeUndefined();
    expect(atlas!.provenance.settings.hyperauthorThreshold).toBe(10);
    // Minerva (14 authors) and BIG-bench (450) have more than 10 authors.
    expect(atlas!.papers.filter((paper) => paper.hyperauthored)).toHaveLength(2);
  });

  it("a dataset file mixed with publication files goes back through identity", async () => {
    const out = join(dir, "mixed-base.atlas.json");
    await runCli(["build", "data/ramasesh.bib", "-o", out, "--no-layout"]);
    const muro = "../shared/corpus/bib/crossref-generated-muro.bib";
    const mixed = await statsJson([out, muro]);
    const plain = await statsJson(["data/ramasesh.bib", muro]);
    expect(mixed.stats).toMatchObject({ records: 50, papers: 50, people: 481, authorships: 569 });
    expect(mixed.stats).toEqual(plain.stats);
    // The same dataset twice: every paper is a duplicate of itself.
    const twice = await statsJson([out, out]);
    expect(twice.stats).toMatchObject({ records: 16, papers: 8, skipped: 8, people: 462, authorships: 493 });
  });

  it("reports a broken dataset file instead of crashing", async () => {
    const broken = join(dir, "broken.atlas.json");
    writeFileSync(broken, '{"format": "coauthor-atlas", "version": 7, "papers": []}');
    const run = await runCli(["stats", broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `coauthor-atlas: no publication records found in ${broken} (${broken}: dataset version 7 was written by a newer Coauthor Atlas; this one reads version 1)\n`,
    );
  });

  it("cannot write: exit 1 with one line", async () => {
    const run = await runCli(["build", "data/ramasesh.bib", "-o", join(dir, "no", "such", "dir", "x.json"), "--no-layout"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^coauthor-atlas: cannot write .*x\.json: ENOENT/);
    expect(run.stderr.split("\n")).toHaveLength(2);
  });
});

describe("bad input never shows a stack trace", () => {
  const garbage: [string, Uint8Array | string][] = [
    ["random.bin", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ["empty.bib", ""],
    ["half.bib", "@article{x,\n title = {unclosed\n author = {A and B\n"],
    ["not-json.json", '{"items": [1, 2,'],
    ["deep.json", "[".repeat(50_000)],
    ["html.txt", "<html><body><script>alert(1)</script>\u0000\u0007</body></html>"],
  ];
  for (const [name, content] of garbage) {
    it(name, async () => {
      const path = join(dir, name);
      writeFileSync(path, content);
      for (const command of [["stats", path, "--json"], ["people", path], ["build", path, "-o", join(dir, "g.atlas.json")]]) {
        const run = await runCli(command);
        expect([0, 1]).toContain(run.code);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        if (run.code === 1) expect(run.stderr.split("\n")).toHaveLength(2);
        if (run.code === 0 && command[0] === "stats") {
          const stats = JSON.parse(run.stdout);
          expect(stats.papers + stats.skipped).toBe(stats.records);
        }
      }
    });
  }
});

describe("the installed command", () => {
  it("bin/coauthor-atlas.mjs runs stats --json as a real process", () => {
    const result = spawnSync(process.execPath, ["bin/coauthor-atlas.mjs", "stats", "data/ramasesh.bib", "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ papers: 8, people: 462, authorships: 493 });
    const missing = spawnSync(process.execPath, ["bin/coauthor-atlas.mjs", "people", "nope.bib"], { encoding: "utf8", timeout: 60_000 });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("coauthor-atlas: cannot read nope.bib: no such file\n");
  });
});
