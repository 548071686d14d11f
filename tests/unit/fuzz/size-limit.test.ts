/**
 * The documented input limit: over MAX_INPUT_BYTES (one file, or all files together) the command
 * line refuses at once with one clear line and exit 1, before any parsing. (The measured 60 MB
 * run through the real CLI is in `npm run fuzz`: it takes minutes.)
 */
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "../../../src/cli/load.ts";
import { runInMemory } from "./cli-invariants.ts";

describe("input size limit", () => {
  it("is 64 MB", () => {
    expect(MAX_INPUT_BYTES).toBe(64_000_000);
  });

  it("refuses one file over the limit at once, naming it and the limit", async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x20);
    for (const command of [["stats", "big.bib", "--json"], ["build", "big.bib", "-o", "x.atlas.json"]]) {
      const run = await runInMemory(command, new Map([["big.bib", big]]));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe("coauthor-atlas: big.bib is 64.0 MB, over the 64 MB limit per run (a build needs about 57× the input in memory); run it in parts or filter it first\n");
      expect(run.written.size).toBe(0);
      expect(run.milliseconds).toBeLessThan(10_000);
    }
  });

  it("refuses files that are over the limit only together", async () => {
    const half = new Uint8Array(MAX_INPUT_BYTES / 2 + 1).fill(0x20);
    const run = await runInMemory(["stats", "a.bib", "b.bib", "--json"], new Map([["a.bib", half], ["b.bib", half]]));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("coauthor-atlas: the inputs together are 64.0 MB, over the 64 MB limit per run (a build needs about 57× the input in memory); run it in parts or filter it first\n");
  });

  it("reads a 1 MB file as usual", async () => {
    const run = await runInMemory(["stats", "ok.bib", "--json"], new Map([["ok.bib", new TextEncoder().encode("@article{a, title={T}, author={A, B}, year={2020}}\n".padEnd(1_000_000, " "))]]));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).records).toBe(1);
  });
});
