/**
 * `npm run fuzz`: a longer fuzz campaign than `npm test` runs, then the huge-input check.
 *
 *   FUZZ_SEED=N     reproduce a campaign (default: a fresh seed, printed first)
 *   FUZZ_RUNS=N     runs per property (default 400; `npm test` uses 1–200 per property)
 *   FUZZ_HUGE=0     skip the huge-input check; FUZZ_HUGE_MB=N sets its size (default 60)
 *   FUZZ_ONLY=huge  only the huge-input check
 *
 * Failing inputs are written to a temporary folder (printed); keep the ones worth keeping in
 * tests/fixtures/fuzz-regressions/ as JSON (see tests/unit/fuzz/regressions.test.ts).
 */
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hugeInputCheck } from "./huge-input.ts";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(1, 2 ** 31 - 1);
const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 400;
const saveDir = mkdtempSync(join(tmpdir(), `coauthor-atlas-fuzz-${seed}-`));
const only = process.env.FUZZ_ONLY;

console.log(`fuzz seed ${seed}, ${runs} runs per property (reproduce: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz)`);
let failed = false;

if (only !== "huge") {
  console.log(`failing inputs, if any, go to ${saveDir}`);
  const started = performance.now();
  const vitest = spawnSync("npx", ["vitest", "run", "--project", "unit", "tests/unit/fuzz"], {
    stdio: "inherit",
    env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs), FUZZ_SAVE_DIR: saveDir },
  });
  console.log(`property campaign: ${vitest.status === 0 ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (vitest.status !== 0) failed = true;
}

if (process.env.FUZZ_HUGE !== "0") {
  const megabytes = Number(process.env.FUZZ_HUGE_MB ?? 60);
  const outcome = await hugeInputCheck({ megabytes, seed: 1 });
  for (const line of outcome.report) console.log(line);
  if (outcome.problems.length > 0) {
    failed = true;
    for (const problem of outcome.problems) console.log(`PROBLEM: ${problem}`);
  }
}

console.log(failed ? `fuzz: FAILED (seed ${seed})` : `fuzz: all passed (seed ${seed})`);
process.exitCode = failed ? 1 : 0;
