/**
 * Inputs the fuzzers once broke something with, kept as files (tests/fixtures/fuzz-regressions/*.json:
 * `{found, fixed, files: [{name, text}], expect?, expectMessage?, timeLimitMs?}`; JSON so NUL and lone surrogates survive exactly).
 * Each must now pass every promise, through the pipeline and through `stats --json`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InputFile } from "../../../src/model/types.ts";
import { runPipeline, TIME_LIMIT_MS } from "./invariants.ts";
import { cliProblems } from "./cli-invariants.ts";
import { REGRESSIONS_DIR } from "./settings.ts";

interface Regression {
  found: string;
  fixed: string;
  files: InputFile[];
  /** Concrete numbers the fixed code gives, when the case pins them. */
  expect?: { records?: number; papers?: number; skipped?: number };
  /** A diagnostic message containing this must be reported (shows the fix is still there). */
  expectMessage?: string;
  /** For big cases: the time bound (default TIME_LIMIT_MS, 2 s). */
  timeLimitMs?: number;
}

const CASES = readdirSync(REGRESSIONS_DIR)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(join(REGRESSIONS_DIR, name), "utf8")) as Regression] as const);

describe("fuzz regressions stay fixed", () => {
  it("has cases, each saying what was found and what fixed it", () => {
    expect(CASES.length).toBeGreaterThan(0);
    for (const [, regression] of CASES) {
      expect(regression.found.length).toBeGreaterThan(10);
      expect(regression.fixed.length).toBeGreaterThan(10);
      expect(regression.files.length).toBeGreaterThan(0);
    }
  });

  it.each(CASES)("%s through importFiles and collect", (_name, regression) => {
    const outcome = runPipeline(regression.files, regression.timeLimitMs ?? TIME_LIMIT_MS);
    expect(outcome.problems).toEqual([]);
    if (regression.expect?.records !== undefined) expect(outcome.collection?.records).toBe(regression.expect.records);
    if (regression.expect?.papers !== undefined) expect(outcome.collection?.papers.length).toBe(regression.expect.papers);
    if (regression.expect?.skipped !== undefined) expect(outcome.collection?.skipped).toBe(regression.expect.skipped);
    if (regression.expectMessage) expect(outcome.collection?.diagnostics.map((d) => d.message).join("\n")).toContain(regression.expectMessage);
  });

  it.each(CASES)("%s through stats --json", async (_name, regression) => {
    const encoder = new TextEncoder();
    const files = new Map(regression.files.map((file) => [file.name, encoder.encode(file.text)]));
    expect(await cliProblems(["stats", ...files.keys(), "--json"], files, regression.timeLimitMs ?? TIME_LIMIT_MS)).toEqual([]);
  });
});
