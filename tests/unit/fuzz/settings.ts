/**
 * How hard the fuzz suite pushes. `npm test` uses a fixed seed and small counts so the suite
 * stays well under a minute on a loaded 2-core machine; `npm run fuzz` raises the counts
 * (FUZZ_RUNS) and picks a fresh seed (FUZZ_SEED reproduces a run).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeText } from "../../../src/cli/io.ts";

export const CORPUS_DIR = "../shared/corpus";
export const REGRESSIONS_DIR = "tests/fixtures/fuzz-regressions";

function positiveInteger(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** The seed every property in this run uses (fixed in `npm test`). */
export const FUZZ_SEED = positiveInteger(process.env.FUZZ_SEED) ?? 20240611;

/** `FUZZ_RUNS=2000`: 2000 runs per property (expensive ones capped). */
const requestedRuns = positiveInteger(process.env.FUZZ_RUNS);

/** A campaign (`npm run fuzz`, or FUZZ_RUNS set) rather than `npm test`: bigger inputs too. */
export const CAMPAIGN = requestedRuns !== undefined;

/** Runs for one property: its default in `npm test`, FUZZ_RUNS in a campaign (at most `cap` for expensive ones). */
export function runs(defaultRuns: number, cap = Infinity): number {
  return requestedRuns === undefined ? defaultRuns : Math.min(requestedRuns, Math.max(cap, defaultRuns));
}

/** fast-check parameters for one property. */
export function params(defaultRuns: number, cap = Infinity) {
  return { seed: FUZZ_SEED, numRuns: runs(defaultRuns, cap) };
}

export interface CorpusFile {
  /** Path relative to the project root, as tests name it. */
  path: string;
  bytes: Uint8Array;
  /** Decoded the way the command line decodes it. */
  text: string;
}

/** Every file of the shared corpus except the READMEs, sorted, decoded like the CLI does. */
export function corpusFiles(): CorpusFile[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.md$/i.test(name)) found.push(path);
    }
  };
  walk(CORPUS_DIR);
  return found.map((path) => {
    const bytes = new Uint8Array(readFileSync(path));
    return { path, bytes, text: decodeText(bytes) };
  });
}

/** Keeps a failing input for later: only when FUZZ_SAVE_DIR is set (the campaign sets it). */
export function saveFailingInput(label: string, text: string | Uint8Array): string | undefined {
  const dir = process.env.FUZZ_SAVE_DIR;
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  const safeLabel = label.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60);
  const path = join(dir, `${safeLabel}-${FUZZ_SEED}-${Date.now().toString(36)}.txt`);
  writeFileSync(path, text);
  return relative(process.cwd(), path);
}
