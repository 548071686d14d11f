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
  /** The floor: a blank page drawing one WebGL triangle (empty when `floor` was false). */
  blank: LoadRun[];
  blankFirstFrame: Summary;
  blankCpu: Summary;
}

export interface FirstFrameOptions {
  /** A JSON dataset file (the bare page reads JSON only). */
  dataset?: string;
  /** Rebuild dist/ when stale (default true). */
  build?: boolean;
  /** Runs per page (each in a fresh browser), default 5; the pages take turns at going first. */
  runs?: number;
  /** Also time the blank WebGL page, the floor under both (default true). */
  floor?: boolean;
  log?: Log;
}

export async function compareFirstFrame(options: FirstFrameOptions = {}): Promise<FirstFrameComparison> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const site = await openBenchSite({ defaultDataset: options.dataset, build: options.build, log });
  const app: LoadRun[] = [];
  const bare: LoadRun[] = [];
  const blank: LoadRun[] = [];
  const pages = [
    { name: "app", url: site.appUrl(), kind: "app" as const, runs: app },
    { name: "bare", url: site.bareUrl(), kind: "bare" as const, runs: bare },
    ...(options.floor === false ? [] : [{ name: "blank", url: site.blankUrl(), kind: "bare" as const, runs: blank }]),
  ];
  try {
    for (let i = 0; i < runs; i++) {
      // Take turns at going first: a neighbour's burst of work should not always land on the same page.
      for (let j = 0; j < pages.length; j++) {
        const page = pages[(i + j) % pages.length];
        const run = await measureLoad(page.kind, page.url);
        page.runs.push(run);
        log(`  ${page.name} run ${i + 1}/${runs}: first frame ${cell(run.firstFrameMs)} ms, CPU ${cell(renderCpu(run))} ms, ${run.nodes} nodes`);
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
    blank,
    blankFirstFrame: summarize(blank.map((run) => run.firstFrameMs)),
    blankCpu: summarize(blank.map(renderCpu)),
  };
}

export function firstFrameTable(results: readonly FirstFrameComparison[]): string {
  const medianMin = (summary: Summary) => `${cell(summary.median)} (min ${cell(summary.min)})`;
  return markdownTable(
    ["dataset", "nodes / edges", "runs", "app first frame ms", "bare Sigma ms", "ratio app/bare", "blank WebGL ms", "app CPU ms", "bare CPU ms", "CPU ratio", "blank CPU ms", "app / bare main thread ms"],
    results.map((result) => [
      result.dataset,
      `${cell(result.nodes)} / ${cell(result.edges)}`,
      String(result.appFirstFrame.runs),
      medianMin(result.appFirstFrame),
      medianMin(result.bareFirstFrame),
      cell(result.firstFrameRatio, 2),
      medianMin(result.blankFirstFrame),
      medianMin(result.appCpu),
      medianMin(result.bareCpu),
      cell(result.cpuRatio, 2),
      medianMin(result.blankCpu),
      `${cell(result.appMainThread.median)} / ${cell(result.bareMainThread.median)}`,
    ]),
  );
}

// ───────────────────────────── exploring: heap, long tasks, hover, selection ─────────────────────────────

/** Medians over the repeats. */
export interface CostMedians {
  mainThreadMs: number;
  scriptMs: number;
  cpuMs: number;
  frames: number;
}

export interface ExplorePage {
  kind: "app" | "bare";
  load: LoadRun;
  interaction: InteractionRun;
  heapBytesPerNode: number;
  hoverOn: CostMedians;
  hoverOff: CostMedians;
  /** App only (NaN on the bare page). */
  select: CostMedians;
}

export interface ExploreResult {
  dataset: string;
  app: ExplorePage;
  /** The same hovers on the bare Sigma page: the baseline (JSON datasets only). */
  bare?: ExplorePage;
}

export interface ExploreOptions {
  dataset?: string;
  /**
   * How the app gets the dataset: served as its default dataset (JSON only), or named by the
   * app's `?data=` parameter (any format the app reads: JSON, compact .atlas, .atlas.gz).
   * Default: ?data= for .atlas / .atlas.gz files, the default-dataset route otherwise.
   */
  via?: "default" | "data-param";
  /** Also hover on the bare Sigma page (default true; JSON datasets only). */
  bare?: boolean;
  build?: boolean;
  /** Hovers and clicks each, default 5. */
  repeats?: number;
  log?: Log;
}

const medians = (costs: readonly InteractionCost[]): CostMedians => ({
  mainThreadMs: summarize(costs.map((cost) => cost.mainThreadMs)).median,
  scriptMs: summarize(costs.map((cost) => cost.scriptMs)).median,
  cpuMs: summarize(costs.map((cost) => cost.cpuMs ?? NaN)).median,
  frames: summarize(costs.map((cost) => cost.frames)).median,
});

/** One page load in a fresh browser, then its hovers (and clicks, on the app). */
async function explorePage(kind: "app" | "bare", url: string, repeats: number): Promise<ExplorePage> {
  const bench = await launchBenchBrowser();
  try {
    const opened = await openMeasuredPage(bench, kind, url);
    const interaction = await measureInteraction(opened, repeats);
    return {
      kind,
      load: opened.load,
      interaction,
      heapBytesPerNode: opened.load.heapUsedBytes / Math.max(1, opened.load.nodes),
      hoverOn: medians(interaction.hoverOn),
      hoverOff: medians(interaction.hoverOff),
      select: medians(interaction.select),
    };
  } finally {
    await bench.close();
  }
}

export async function exploreDataset(options: ExploreOptions = {}): Promise<ExploreResult> {
  const via = options.via ?? (options.dataset && /\.atlas(\.gz)?$/.test(options.dataset) ? "data-param" : "default");
  const repeats = options.repeats ?? 5;
  const site = await openBenchSite({ defaultDataset: via === "default" ? options.dataset : undefined, build: options.build, log: options.log });
  try {
    const query = via === "data-param" && options.dataset ? `?data=${encodeURIComponent(site.addDataset(options.dataset))}` : "";
    const app = await explorePage("app", site.appUrl(query), repeats);
    options.log?.(`  app: first frame ${cell(app.load.firstFrameMs)} ms, hover on ${cell(app.hoverOn.cpuMs)} ms CPU`);
    const json = !options.dataset || !/\.atlas(\.gz)?$/.test(options.dataset);
    let bare: ExplorePage | undefined;
    try {
      // The baseline failing (e.g. no author the pointer can reach among 10k overlapping default-sized nodes) keeps the app's figures.
      if (options.bare !== false && json) bare = await explorePage("bare", site.bareUrl(), repeats);
    } catch (error) {
      options.log?.(`  bare: not measured (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    }
    if (bare) options.log?.(`  bare: first frame ${cell(bare.load.firstFrameMs)} ms, hover on ${cell(bare.hoverOn.cpuMs)} ms CPU`);
    return { dataset: datasetName(options.dataset), app, bare };
  } finally {
    await site.close();
  }
}

export function exploreTable(results: readonly ExploreResult[]): string {
  const cost = (value: CostMedians) => (Number.isFinite(value.mainThreadMs) ? `${cell(value.mainThreadMs)} / ${cell(value.scriptMs)} / ${cell(value.cpuMs)} · ${cell(value.frames)}` : "–");
  const rows: string[][] = [];
  for (const result of results) {
    for (const page of [result.app, result.bare]) {
      if (!page) continue;
      rows.push([
        result.dataset,
        page.kind,
        cell(page.load.nodes),
        cell(page.load.firstFrameMs),
        cell(page.load.longestTaskMs),
        cell(page.load.heapUsedBytes / 1e6, 1),
        cell(page.heapBytesPerNode),
        cost(page.hoverOn),
        cost(page.hoverOff),
        cost(page.select),
        cell(page.interaction.longestTaskMs),
        page.interaction.problems.join("; ") || "",
      ]);
    }
  }
  return markdownTable(
    [
      "dataset",
      "page",
      "nodes",
      "first frame ms",
      "longest task, load ms",
      "heap MB",
      "heap B/node",
      "hover on: main / JS / CPU ms · frames",
      "hover off",
      "select author",
      "longest task, interaction ms",
      "problems",
    ],
    rows,
  );
}

// ───────────────────────────── import through the file input ─────────────────────────────

export interface ImportFrameResult {
  dataset: string;
  run: ImportRun;
}

/** The app (default dataset), then `dataset` chosen in its Import file input; one run in a fresh browser. */
export async function importDataset(options: { dataset: string; build?: boolean; log?: Log }): Promise<ImportFrameResult> {
  const site = await openBenchSite({ build: options.build, log: options.log });
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
