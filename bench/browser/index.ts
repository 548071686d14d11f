/**
 * Browser benchmarks (issue 3's first-frame ratio, issue 6's exploring figures), as functions
 * `bench/run.ts` can call. Each returns raw runs plus summaries; `*Table` turn them into Markdown.
 *
 *   compareFirstFrame({ dataset?, runs? })   app vs bare Sigma page: navigation → first drawn frame
 *   exploreDataset({ dataset?, repeats? })   one app load: heap, long tasks, then hover / selection cost
 *   importDataset({ dataset })               the app's Import file input: file chosen → first frame
 *
 * `dataset` is a dataset file (`*.atlas.json`, as `coauthor-atlas build` writes it); it is served
 * in place of the app's default dataset, so both pages load it through the same URL the app
 * uses at startup. Without it: the app's default dataset. Chromium missing → `chromiumMissing()`.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { CHROMIUM } from "../../tests/browser/harness.ts";
import { openBenchSite } from "./site.ts";
import {
  launchBenchBrowser,
  measureImport,
  measureInteraction,
  measureLoad,
  openMeasuredPage,
  type ImportRun,
  type InteractionCost,
  type InteractionRun,
  type LoadRun,
} from "./measure.ts";
import { ratio, summarize, type Summary } from "./stats.ts";
import { cell, markdownTable } from "./table.ts";

export { openBenchSite, ensureAppBuilt, appBuildIsStale } from "./site.ts";
export { measureLoad, measureInteraction, measureImport, launchBenchBrowser, openMeasuredPage } from "./measure.ts";
export type { LoadRun, InteractionRun, InteractionCost, ImportRun } from "./measure.ts";
export { summarize, ratio, type Summary } from "./stats.ts";

type Log = (line: string) => void;

/** Why the browser benchmarks cannot run here, or undefined when they can. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH): browser benchmarks skipped`;
}

const datasetName = (dataset?: string) => (dataset ? basename(dataset) : "default (data/ramasesh.bib)");
/** CPU of the renderer and GPU processes (SwiftShader draws in the GPU process). */
const renderCpu = (run: LoadRun) => (run.cpu ? (run.cpu.renderer ?? 0) + (run.cpu.gpu ?? 0) : NaN);

// ───────────────────────────── first frame: app vs bare ─────────────────────────────

export interface FirstFrameComparison {
  dataset: string;
  nodes: number;
  edges: number;
  app: LoadRun[];
  bare: LoadRun[];
  /** Navigation → first drawn frame, ms. */
  appFirstFrame: Summary;
  bareFirstFrame: Summary;
  /** median(app) / median(bare). */
  firstFrameRatio: number;
  /** CPU of renderer + GPU processes from page creation until the page settled after its first frame, ms. */
  appCpu: Summary;
  bareCpu: Summary;
  cpuRatio: number;
  /** Renderer main-thread busy time (CDP TaskDuration) over the same span, ms. */
  appMainThread: Summary;
  bareMainThread: Summary;
}

export interface FirstFrameOptions {
  dataset?: string;
  /** Runs per page (each in a fresh browser), default 5; app and bare alternate which goes first. */
  runs?: number;
  log?: Log;
}

export async function compareFirstFrame(options: FirstFrameOptions = {}): Promise<FirstFrameComparison> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const site = await openBenchSite({ defaultDataset: options.dataset, log });
  const app: LoadRun[] = [];
  const bare: LoadRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? (["app", "bare"] as const) : (["bare", "app"] as const);
      for (const kind of order) {
        const run = await measureLoad(kind, kind === "app" ? site.appUrl() : site.bareUrl());
        (kind === "app" ? app : bare).push(run);
        log(`  ${kind} run ${i + 1}/${runs}: first frame ${cell(run.firstFrameMs)} ms, CPU ${cell(renderCpu(run))} ms, ${run.nodes} nodes`);
      }
    }
  } finally {
    await site.close();
  }
  const appFirstFrame = summarize(app.map((run) => run.firstFrameMs));
  const bareFirstFrame = summarize(bare.map((run) => run.firstFrameMs));
  const appCpu = summarize(app.map(renderCpu));
  const bareCpu = summarize(bare.map(renderCpu));
  return {
    dataset: datasetName(options.dataset),
    nodes: app[0]?.nodes ?? 0,
    edges: app[0]?.edges ?? 0,
    app,
    bare,
    appFirstFrame,
    bareFirstFrame,
    firstFrameRatio: ratio(appFirstFrame.median, bareFirstFrame.median),
    appCpu,
    bareCpu,
    cpuRatio: ratio(appCpu.median, bareCpu.median),
    appMainThread: summarize(app.map((run) => run.mainThreadMs)),
    bareMainThread: summarize(bare.map((run) => run.mainThreadMs)),
  };
}

export function firstFrameTable(results: readonly FirstFrameComparison[]): string {
  const medianMin = (summary: Summary) => `${cell(summary.median)} (min ${cell(summary.min)})`;
  return markdownTable(
    ["dataset", "nodes / edges", "runs", "app first frame ms", "bare Sigma ms", "ratio app/bare", "app CPU ms", "bare CPU ms", "CPU ratio", "app / bare main thread ms"],
    results.map((result) => [
      result.dataset,
      `${cell(result.nodes)} / ${cell(result.edges)}`,
      String(result.appFirstFrame.runs),
      medianMin(result.appFirstFrame),
      medianMin(result.bareFirstFrame),
      cell(result.firstFrameRatio, 2),
      medianMin(result.appCpu),
      medianMin(result.bareCpu),
      cell(result.cpuRatio, 2),
      `${cell(result.appMainThread.median)} / ${cell(result.bareMainThread.median)}`,
    ]),
  );
}

// ───────────────────────────── exploring: heap, long tasks, hover, selection ─────────────────────────────

export interface ExploreResult {
  dataset: string;
  load: LoadRun;
  interaction: InteractionRun;
  heapBytesPerNode: number;
  /** Medians over the repeats. */
  hoverOn: { mainThreadMs: number; cpuMs: number; frames: number };
  hoverOff: { mainThreadMs: number; cpuMs: number; frames: number };
  select: { mainThreadMs: number; cpuMs: number; frames: number };
}

export interface ExploreOptions {
  dataset?: string;
  /** Hovers and clicks each, default 5. */
  repeats?: number;
  log?: Log;
}

const medians = (costs: readonly InteractionCost[]) => ({
  mainThreadMs: summarize(costs.map((cost) => cost.mainThreadMs)).median,
  cpuMs: summarize(costs.map((cost) => cost.cpuMs ?? NaN)).median,
  frames: summarize(costs.map((cost) => cost.frames)).median,
});

export async function exploreDataset(options: ExploreOptions = {}): Promise<ExploreResult> {
  const site = await openBenchSite({ defaultDataset: options.dataset, log: options.log });
  const bench = await launchBenchBrowser();
  try {
    const opened = await openMeasuredPage(bench, "app", site.appUrl());
    const interaction = await measureInteraction(opened, options.repeats ?? 5);
    return {
      dataset: datasetName(options.dataset),
      load: opened.load,
      interaction,
      heapBytesPerNode: opened.load.heapUsedBytes / Math.max(1, opened.load.nodes),
      hoverOn: medians(interaction.hoverOn),
      hoverOff: medians(interaction.hoverOff),
      select: medians(interaction.select),
    };
  } finally {
    await bench.close();
    await site.close();
  }
}

export function exploreTable(results: readonly ExploreResult[]): string {
  const cost = (value: { mainThreadMs: number; cpuMs: number; frames: number }) => `${cell(value.mainThreadMs)} / ${cell(value.cpuMs)} / ${cell(value.frames)}`;
  return markdownTable(
    ["dataset", "nodes", "first frame ms", "longest task, load ms", "heap MB", "heap B/node", "hover on: main ms / CPU ms / frames", "hover off", "select author", "longest task, interaction ms"],
    results.map((result) => [
      result.dataset,
      cell(result.load.nodes),
      cell(result.load.firstFrameMs),
      cell(result.load.longestTaskMs),
      cell(result.load.heapUsedBytes / 1e6, 1),
      cell(result.heapBytesPerNode),
      cost(result.hoverOn),
      cost(result.hoverOff),
      cost(result.select),
      cell(result.interaction.longestTaskMs),
    ]),
  );
}

// ───────────────────────────── import through the file input ─────────────────────────────

export interface ImportFrameResult {
  dataset: string;
  run: ImportRun;
}

/** The app (default dataset), then `dataset` chosen in its Import file input; one run in a fresh browser. */
export async function importDataset(options: { dataset: string; log?: Log }): Promise<ImportFrameResult> {
  const site = await openBenchSite({ log: options.log });
  try {
    return { dataset: datasetName(options.dataset), run: await measureImport(site.appUrl(), options.dataset) };
  } finally {
    await site.close();
  }
}

export function importTable(results: readonly ImportFrameResult[]): string {
  return markdownTable(
    ["dataset", "nodes", "file chosen → first frame ms", "main thread ms", "longest task ms"],
    results.map(({ dataset, run }) => [dataset, cell(run.nodes), cell(run.chosenToFrameMs), cell(run.mainThreadMs), cell(run.longestTaskMs)]),
  );
}
