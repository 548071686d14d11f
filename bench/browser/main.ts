/**
 * Browser benchmarks, standalone: `node bin/run-ts.mjs bench/browser/main.ts [options]`.
 * Prints Markdown tables; never fails on a time. Without Chromium it says so and exits 0.
 *
 *   --runs N          first-frame runs per page, each in a fresh browser (default 5)
 *   --repeats N       hovers and clicks per explored dataset (default 5)
 *   --dataset F       an *.atlas.json to measure as well (repeatable; e.g. a 100k-node build)
 *   --generated LIST  record counts of generated inputs to build and measure (default 550,5500;
 *                     "none" for none): bench/generate.ts → `coauthor-atlas build` in a temp folder
 *   --seed N          generator seed (default 1)
 *   --import          also time the Import file input (file chosen → first frame) per dataset
 *   --skip-bare       no app-vs-bare comparison on the extra datasets (only on the default one)
 *   --skip-default    leave out the default dataset (e.g. a run for one big file)
 *   --json F          also write every raw run (per-process CPU, probe time, marks…) to F
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateBibtex } from "../generate.ts";
import {
  chromiumMissing,
  ensureAppBuilt,
  compareFirstFrame,
  exploreDataset,
  exploreTable,
  firstFrameTable,
  importDataset,
  importTable,
  type ExploreResult,
  type FirstFrameComparison,
  type ImportFrameResult,
} from "./index.ts";
import { ROOT } from "./site.ts";

function option(name: string): string[] {
  const values: string[] = [];
  process.argv.forEach((argument, index) => {
    if (argument === name && process.argv[index + 1] !== undefined) values.push(process.argv[index + 1]);
  });
  return values;
}
const flag = (name: string) => process.argv.includes(name);
const numberOption = (name: string, fallback: number) => {
  const value = Number(option(name)[0]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const log = (line: string) => process.stderr.write(line + "\n");

/** A generated BibTeX file of `records` records, built into a dataset file with the CLI; returns its path. */
function buildGenerated(records: number, seed: number, dir: string): string {
  const bib = join(dir, `generated-${records}-seed${seed}.bib`);
  const atlas = join(dir, `generated-${records}-seed${seed}.atlas.json`);
  writeFileSync(bib, generateBibtex({ records, seed }));
  log(`building ${atlas} (coauthor-atlas build) …`);
  execFileSync(process.execPath, [join(ROOT, "bin/coauthor-atlas.mjs"), "build", bib, "-o", atlas], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return atlas;
}

async function main(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) {
    console.log(missing);
    return;
  }
  const runs = numberOption("--runs", 5);
  const repeats = numberOption("--repeats", 5);
  const seed = Number(option("--seed")[0] ?? 1);
  const generatedList = option("--generated")[0] ?? "550,5500";
  const generated = generatedList === "none" ? [] : generatedList.split(",").map(Number).filter((count) => Number.isInteger(count) && count > 0);
  const scratch = mkdtempSync(join(tmpdir(), "atlas-bench-browser-"));
  const [load1, load5] = loadavg();
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}; load average at start ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min)\n`);

  const firstFrames: FirstFrameComparison[] = [];
  const explored: ExploreResult[] = [];
  const imported: ImportFrameResult[] = [];
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      console.log(`${what}: not measured (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    }
  };
  try {
    // Once, here: other people's edits would otherwise make every measurement rebuild the app.
    ensureAppBuilt(log);
    const build = false;
    const datasets: (string | undefined)[] = flag("--skip-default") ? [] : [undefined];
    for (const records of generated) datasets.push(buildGenerated(records, seed, scratch));
    datasets.push(...option("--dataset"));
    for (const dataset of datasets) {
      const name = dataset ?? "default dataset";
      const json = dataset === undefined || !/\.atlas(\.gz)?$/.test(dataset);
      if (json && (dataset === undefined || !flag("--skip-bare"))) {
        log(`first frame, app vs bare Sigma: ${name}`);
        await attempt(`first frame on ${name}`, async () => {
          firstFrames.push(await compareFirstFrame({ dataset, runs, build, log }));
        });
      }
      log(`exploring: ${name}`);
      await attempt(`exploring ${name}`, async () => {
        explored.push(await exploreDataset({ dataset, repeats, build, log }));
      });
      if (dataset && flag("--import")) {
        log(`import through the file input: ${name}`);
        await attempt(`import of ${name}`, async () => {
          imported.push(await importDataset({ dataset, build, log }));
        });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  console.log("### First drawn frame: the app vs a bare Sigma page (navigation start → first frame with pixels)\n");
  console.log(firstFrameTable(firstFrames));
  console.log("\n### Exploring the app: load, heap, hover and selection cost (medians)\n");
  console.log(exploreTable(explored));
  if (imported.length > 0) {
    console.log("\n### Import through the file input\n");
    console.log(importTable(imported));
  }
  const jsonPath = option("--json")[0];
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ firstFrames, explored, imported, loadAverage: { start: [load1, load5], end: loadavg() } }, null, 1));
  const [after1] = loadavg();
  console.log(`\nLoad average at the end: ${after1.toFixed(2)} (1 min).`);
}

await main();
