/**
 * `npm run bench`: where the time and memory go, on seeded generated inputs of about 1k, 10k,
 * 100k and 300k graph nodes (one Markdown table per size) and on the large corpus files.
 * Every speed figure stands beside a baseline measured in the same run on the same data, as a
 * ratio, so the figures mean something on any machine. Benchmarks never fail on a time.
 *
 * Rows of a size's table (CPU time of this process unless said otherwise):
 *   import <format>   importFiles on the generated text   vs  JSON.parse of the importer's records as JSON
 *   identity + graph  collect + buildGraph               vs  a plain graphology graph of (record, author as written)
 *   layout            compareLayouts of bench/layout-vs-baseline.ts (ours vs graphology-layout-forceatlas2
 *                     to convergence) when that module exists; otherwise our layoutGraph alone, baseline pending
 *   dataset JSON      serializeAtlas / readAtlas          vs  JSON.stringify / JSON.parse of the same atlas
 *   dataset compact   encodeCompact / decodeCompact       vs  JSON.stringify / JSON.parse (the JSON file)
 *   first frame       the app in headless Chromium        vs  a bare Sigma page on the same file (bench/browser)
 *   hover / select    the app, CPU per interaction        vs  the same hover on the bare Sigma page
 *   heap / node       retained heap of collection + graph after a forced GC, per node (Node);
 *                     the page's heap after load and GC per node (Chromium), app vs bare
 *
 * Flags: --sizes 1k,10k,100k,300k (default all) · --seed N · --skip-corpus · --skip-generated · --skip-default ·
 * --skip-layout · --skip-browser · --browser-runs N · --markdown-out FILE (the block for README) ·
 * --readme (replace the block between `<!-- bench:start -->` and `<!-- bench:end -->` in README.md).
 * Progress goes to stderr, tables to stdout.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AtlasFile, ImportResult, InputFile } from "../src/model/types.ts";
import { importFiles } from "../src/import/index.ts";
import { collect } from "../src/identity/index.ts";
import { buildGraph, type AtlasGraph } from "../src/graph/build.ts";
import { layoutGraph } from "../src/layout/index.ts";
import { buildAtlas, collectionToAtlas, decodeCompact, encodeCompact, readAtlas, serializeAtlas } from "../src/dataset/index.ts";
import { decodeText } from "../src/cli/io.ts";
import { generateRecords } from "./generate.ts";
import { FORMAT_EXTENSION, GENERATED_FORMATS, writeFormat, type GeneratedFormat } from "./generate-formats.ts";

// ───────────────────────────── process setup ─────────────────────────────

/** 300k nodes need more than Node's default old space (~4 GB): rerun once with a bigger heap. */
const WANTED_HEAP_MB = 12_000;
if (process.env.COAUTHOR_ATLAS_BENCH_CHILD !== "1" && getHeapStatistics().heap_size_limit < 8_000_000_000 && wantsSize("300k")) {
  const script = fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url));
  const child = spawnSync(process.execPath, [`--max-old-space-size=${WANTED_HEAP_MB}`, "--expose-gc", script, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, COAUTHOR_ATLAS_BENCH_CHILD: "1" },
  });
  process.exit(child.status ?? 1);
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function wantsSize(size: string): boolean {
  if (process.argv.includes("--skip-generated")) return false;
  const sizes = (argument("--sizes") ?? "1k,10k,100k,300k").split(",").map((s) => s.trim().toLowerCase());
  return sizes.includes(size);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ───────────────────────────── measuring ─────────────────────────────

/**
 * CPU time of the process (user + system), in ms: the machine is shared, and wall-clock time
 * measures the neighbours as much as the code. Both sides of every ratio are measured this way.
 */
function time<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

/** Best of `runs` (the least disturbed by the machine), value of the last run. */
function best<T>(runs: number, work: () => T): [T, number] {
  let result!: T;
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const [value, ms] = time(work);
    result = value;
    fastest = Math.min(fastest, ms);
  }
  return [result, fastest];
}

/** Runs per measurement: best of 3 for small inputs, one run for big ones. */
const runsFor = (bytes: number) => (bytes > 5_000_000 ? 1 : 3);

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A plain graphology graph from the same (record, author name as written) pairs: no identity. */
function plainGraph(results: ImportResult[]): Graph {
  const plain = new Graph({ type: "undirected", multi: false });
  for (const result of results) {
    for (const record of result.records) {
      const paper = `${record.source.file}#${record.source.where}`;
      plain.mergeNode(paper);
      for (const author of record.authors) {
        plain.mergeNode(author.name);
        plain.mergeEdge(author.name, paper);
      }
    }
  }
  return plain;
}

// ───────────────────────────── formatting ─────────────────────────────

const count = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "–");
const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "–" : value < 10 ? `${value.toFixed(1)} ms` : `${count(value)} ms`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
const times = (ours: number | undefined, baseline: number | undefined) =>
  ours !== undefined && baseline !== undefined && Number.isFinite(ours) && Number.isFinite(baseline) && baseline > 0
    ? `×${(ours / baseline).toFixed(ours / baseline < 10 ? 2 : 1)}`
    : "–";
const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map(line)].join("\n");
}

/** One row of a size's table: what, ours, baseline (with what it is), ratio. */
type StageRow = [measure: string, ours: string, baseline: string, ratio: string];

// ───────────────────────────── optional modules of other parts of the bench ─────────────────────────────

interface LayoutComparison {
  ours: { cpuMs: number; iterations: number; quality: number };
  baseline: { cpuMs: number; iterations: number; quality: number; converged: boolean };
}
type CompareLayouts = (graph: AtlasGraph, options: { seed: number; baselineCap?: number }) => LayoutComparison | Promise<LayoutComparison>;

async function optionalModule<T>(relative: string): Promise<T | undefined> {
  const url = new URL(relative, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  try {
    return (await import(url.href)) as T;
  } catch (error) {
    log(`  ${relative} did not load: ${(error as Error).message}`);
    return undefined;
  }
}

type BrowserBench = typeof import("./browser/index.ts");

// ───────────────────────────── generated sizes ─────────────────────────────

/** Generated records per size: about 1.8 graph nodes per record (55,000 records → 98,845 nodes). */
const SIZES: { name: string; records: number }[] = [
  { name: "1k", records: 550 },
  { name: "10k", records: 5_500 },
  { name: "100k", records: 55_000 },
  { name: "300k", records: 165_000 },
];

interface SizeResult {
  name: string;
  records: number;
  nodes: number;
  edges: number;
  papers: number;
  people: number;
  rows: StageRow[];
  notes: string[];
}

async function measureSize(size: { name: string; records: number }, seed: number, options: RunOptions): Promise<SizeResult> {
  const generateOptions = { records: size.records, seed };
  log(`── ${size.name} nodes: ${count(size.records)} generated records, seed ${seed}`);
  const model = generateRecords(generateOptions);
  const rows: StageRow[] = [];
  const notes: string[] = [];

  // Import, one format at a time (the texts of 300k nodes are ~60 MB each).
  let bibtexResults: ImportResult[] | undefined;
  for (const format of GENERATED_FORMATS) {
    const text = writeFormat(format, model, generateOptions);
    const file: InputFile = { name: `generated.${FORMAT_EXTENSION[format]}`, text };
    const runs = runsFor(text.length);
    log(`  import ${format} (${mb(text.length)})…`);
    const [results, importMs] = best(runs, () => importFiles([file]));
    const json = JSON.stringify(results.map((result) => result.records));
    const [, parseMs] = best(runs, () => JSON.parse(json));
    const read = results.reduce((sum, result) => sum + result.records.length, 0);
    const skipped = results.reduce((sum, result) => sum + result.skipped, 0);
    rows.push([
      `import ${format} (${mb(text.length)}, ${count(read)} records${skipped ? `, ${count(skipped)} skipped` : ""})`,
      ms(importMs),
      `${ms(parseMs)} JSON.parse`,
      times(importMs, parseMs),
    ]);
    if (format === "bibtex") bibtexResults = results;
  }
  const results = bibtexResults as ImportResult[];
  const bytes = JSON.stringify(results[0].records.slice(0, 100)).length * (size.records / 100);
  const runs = runsFor(bytes);

  // Identity + graph, and the heap they keep.
  log("  identity + graph…");
  const baseHeap = heapUsed();
  const [built, identityGraphMs] = best(runs, () => {
    const collection = collect(results, {});
    return { collection, graph: buildGraph(collection) };
  });
  const heapPerNode = (heapUsed() - baseHeap) / Math.max(1, built.graph.order);
  const [, plainMs] = best(runs, () => plainGraph(results));
  const { collection, graph } = built;
  rows.push([`identity + graph (${count(graph.order)} nodes, ${count(graph.size)} edges)`, ms(identityGraphMs), `${ms(plainMs)} plain graphology`, times(identityGraphMs, plainMs)]);

  // Layout: the lead's comparison when it exists; positions for the dataset file either way.
  const atlasNoLayout = collectionToAtlas(collection, { title: `generated ${size.name}`, inputs: [], hyperauthorThreshold: 25 });
  let atlas: AtlasFile = atlasNoLayout;
  if (options.layout) {
    const compareModule = await optionalModule<{ compareLayouts?: CompareLayouts }>("./layout-vs-baseline.ts");
    if (compareModule?.compareLayouts) {
      log("  layout: ours vs baseline (bench/layout-vs-baseline.ts)…");
      // Above 150k nodes the baseline (~10 s CPU per iteration here) is capped: its time is then a
      // lower bound, and so is the ratio.
      const baselineCap = graph.order > 150_000 ? 60 : undefined;
      const comparison = await compareModule.compareLayouts(graph, { seed: 1, baselineCap });
      const { ours, baseline } = comparison;
      const quality = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value.toFixed(3) : "–");
      rows.push([
        `layout to convergence (quality ours ${quality(ours?.quality)} / baseline ${quality(baseline?.quality)}, lower is better)`,
        `${ms(ours?.cpuMs)}, ${count(ours?.iterations ?? NaN)} it.`,
        `${ms(baseline?.cpuMs)}, ${count(baseline?.iterations ?? NaN)} it.${baseline?.converged === false ? ` (stopped, not converged${baselineCap ? `: capped at ${baselineCap}` : ""})` : ""} graphology FA2`,
        `${baseline?.converged === false ? "≥ " : ""}${times(ours?.cpuMs, baseline?.cpuMs)}`,
      ]);
    }
    // The dataset file as `coauthor-atlas build` writes it: the same iteration cap, rounded positions.
    log("  layout for the dataset file (as coauthor-atlas build)…");
    const [laidOut, layoutMs] = time(() => buildAtlas([{ name: "generated.atlas.json", text: serializeAtlas(atlasNoLayout) }], { layout: { seed: 1 } }));
    atlas = laidOut;
    if (!compareModule?.compareLayouts) {
      const layout = laidOut.layout;
      rows.push([
        "layout (build: graph + layoutGraph, seed 1)",
        `${ms(layoutMs)}, ${count(layout?.iterations ?? 0)} it.${layout?.converged ? "" : " (not converged)"}`,
        "pending (bench/layout-vs-baseline.ts)",
        "–",
      ]);
    }
  } else {
    rows.push(["layout", "skipped (--skip-layout)", "–", "–"]);
  }

  // The dataset file: JSON and compact, written and read back.
  log("  dataset files…");
  const [jsonText, serializeMs] = best(runs, () => serializeAtlas(atlas));
  const [, stringifyMs] = best(runs, () => JSON.stringify(atlas));
  const [, readMs] = best(runs, () => readAtlas(jsonText, "generated.atlas.json"));
  const [, parseMs] = best(runs, () => JSON.parse(jsonText));
  rows.push([`dataset JSON write (${mb(Buffer.byteLength(jsonText))})`, ms(serializeMs), `${ms(stringifyMs)} JSON.stringify`, times(serializeMs, stringifyMs)]);
  rows.push(["dataset JSON read", ms(readMs), `${ms(parseMs)} JSON.parse`, times(readMs, parseMs)]);
  const [compact, encodeMs] = best(runs, () => encodeCompact(atlas));
  const [, decodeMs] = best(runs, () => decodeCompact(compact));
  rows.push([`dataset compact write (${mb(compact.length)}, ${(compact.length / Buffer.byteLength(jsonText)).toFixed(2)} of JSON)`, ms(encodeMs), `${ms(stringifyMs)} JSON.stringify`, times(encodeMs, stringifyMs)]);
  rows.push(["dataset compact read", ms(decodeMs), `${ms(parseMs)} JSON.parse`, times(decodeMs, parseMs)]);

  rows.push(["heap per node (Node, collection + graph after GC)", `${count(heapPerNode)} B`, "–", "–"]);

  // Browser: first frame and interaction costs, on the laid-out dataset file.
  if (options.browser && atlas.layout) {
    const browser = await optionalModule<BrowserBench>("./browser/index.ts");
    const missing = browser?.chromiumMissing();
    if (!browser) rows.push(["first frame / hover (headless Chromium)", "pending (bench/browser/index.ts)", "–", "–"]);
    else if (missing) notes.push(missing);
    else {
      const dir = join(tmpdir(), "coauthor-atlas-bench");
      mkdirSync(dir, { recursive: true });
      const dataset = join(dir, `generated-${size.name}.atlas.json`);
      writeFileSync(dataset, jsonText);
      const browserRuns = options.browserRuns ?? (graph.order > 50_000 ? 1 : 3);
      try {
        log(`  first frame in Chromium (${browserRuns} runs per page)…`);
        const frame = await browser.compareFirstFrame({ dataset, runs: browserRuns, floor: false, log });
        rows.push(["first frame (navigation → drawn, wall ms, median)", ms(frame.appFirstFrame.median), `${ms(frame.bareFirstFrame.median)} bare Sigma`, times(frame.appFirstFrame.median, frame.bareFirstFrame.median)]);
        rows.push(["first frame, renderer + GPU CPU", ms(frame.appCpu.median), `${ms(frame.bareCpu.median)} bare Sigma`, times(frame.appCpu.median, frame.bareCpu.median)]);
        log(`  hover and selection in Chromium…`);
        const explored = await browser.exploreDataset({ dataset, repeats: browserRuns, log });
        const bare = explored.bare;
        rows.push(["hover on an author, CPU per hover", ms(explored.app.hoverOn.cpuMs), bare ? `${ms(bare.hoverOn.cpuMs)} bare Sigma` : "–", bare ? times(explored.app.hoverOn.cpuMs, bare.hoverOn.cpuMs) : "–"]);
        rows.push(["hover off, CPU", ms(explored.app.hoverOff.cpuMs), bare ? `${ms(bare.hoverOff.cpuMs)} bare Sigma` : "–", bare ? times(explored.app.hoverOff.cpuMs, bare.hoverOff.cpuMs) : "–"]);
        rows.push(["select an author, CPU", ms(explored.app.select.cpuMs), "– (bare Sigma has no selection)", "–"]);
        rows.push(["heap per node (page after load and GC)", `${count(explored.app.heapBytesPerNode)} B`, bare ? `${count(bare.heapBytesPerNode)} B bare Sigma` : "–", bare ? times(explored.app.heapBytesPerNode, bare.heapBytesPerNode) : "–"]);
      } catch (error) {
        notes.push(`browser measurements failed: ${(error as Error).message.split("\n")[0]}`);
      }
    }
  } else if (options.browser) {
    rows.push(["first frame / hover (headless Chromium)", "skipped (no layout)", "–", "–"]);
  }

  return {
    name: size.name,
    records: size.records,
    nodes: graph.order,
    edges: graph.size,
    papers: collection.papers.length,
    people: collection.people.length,
    rows,
    notes,
  };
}

function sizeTable(result: SizeResult, seed: number): string {
  return [
    `#### ${result.name} nodes: ${count(result.records)} generated records (seed ${seed}) → ${count(result.papers)} papers, ${count(result.people)} people, ${count(result.nodes)} nodes, ${count(result.edges)} edges`,
    "",
    markdownTable(["measure", "ours", "baseline", "ours / baseline"], result.rows),
    ...result.notes.map((note) => `\n${note}`),
  ].join("\n");
}

// ───────────────────────────── corpus files ─────────────────────────────

interface CorpusCase {
  name: string;
  files: () => InputFile[];
}

function readCorpus(path: string): InputFile {
  return { name: path.split("/").pop()!, text: decodeText(readFileSync(new URL(`../../shared/corpus/${path}`, import.meta.url))) };
}

const CORPUS: CorpusCase[] = [
  { name: "large-hepml-livingreview.bib", files: () => [readCorpus("bib/large-hepml-livingreview.bib")] },
  { name: "treewidth papers + definitions", files: () => [readCorpus("bib/large-treewidth-papers.bib"), readCorpus("bib/large-treewidth-definitions.bib")] },
  { name: "csl-json-manubot-context-review.json", files: () => [readCorpus("other/csl-json-manubot-context-review.json")] },
];

function corpusRow(benchCase: CorpusCase, layout: boolean): string[] {
  const files = benchCase.files();
  const runs = runsFor(files.reduce((sum, file) => sum + file.text.length, 0));
  const [results, importMs] = best(runs, () => importFiles(files));
  const recordsJson = JSON.stringify(results.map((result) => result.records));
  const [, jsonMs] = best(runs, () => JSON.parse(recordsJson));
  const baseHeap = heapUsed();
  const [built, identityGraphMs] = best(runs, () => {
    const collection = collect(results, {});
    return { collection, graph: buildGraph(collection) };
  });
  const heapPerNode = (heapUsed() - baseHeap) / Math.max(1, built.graph.order);
  const [, plainMs] = best(runs, () => plainGraph(results));
  let layoutCell = "skipped";
  if (layout) {
    const [laidOut, layoutMs] = time(() => layoutGraph(built.graph, { seed: 1 }));
    const plain = built.graph.copy();
    let i = 0;
    plain.forEachNode((node) => {
      // Same kind of start as ours: spread on a disc, deterministic.
      const angle = i * 2.399963;
      const radius = Math.sqrt(i++ + 1);
      plain.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    const [, plainLayoutMs] = time(() =>
      forceAtlas2.assign(plain, {
        iterations: Math.max(1, laidOut.iterations),
        settings: { ...forceAtlas2.inferSettings(plain), barnesHutOptimize: plain.order > 2000 },
      }),
    );
    layoutCell = `${ms(layoutMs)} (${times(layoutMs, plainLayoutMs)} of ${ms(plainLayoutMs)}), ${laidOut.iterations} it.`;
  }
  const records = results.reduce((sum, result) => sum + result.records.length + result.skipped, 0);
  return [
    benchCase.name,
    count(records),
    count(built.collection.papers.length),
    count(built.collection.people.length),
    count(built.graph.order),
    count(built.graph.size),
    `${ms(importMs)} (${times(importMs, jsonMs)} of ${ms(jsonMs)})`,
    `${ms(identityGraphMs)} (${times(identityGraphMs, plainMs)} of ${ms(plainMs)})`,
    layoutCell,
    `${count(heapPerNode)} B`,
  ];
}

// ───────────────────────────── main ─────────────────────────────

interface RunOptions {
  layout: boolean;
  browser: boolean;
  browserRuns?: number;
}

function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((value) => value.toFixed(2)).join(", ");
  return `Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} logical cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}; load average at start ${load} (1, 5, 15 min).`;
}

const LEGEND = `Baselines (ours / baseline = ratio, both measured in this run on the same data; CPU time of the process unless a row says wall ms; best of 3 under 5 MB of input, else one run):
- import: JSON.parse of the importer's own records serialised as JSON (the cheapest possible read of the same information).
- identity + graph: a plain graphology graph from the same (record, author name as written) pairs, without identity.
- layout: graphology-layout-forceatlas2 run to the same convergence test (bench/layout-vs-baseline.ts); quality is mean edge length over mean distance between random pairs.
- dataset files: JSON.stringify / JSON.parse of the same atlas object (write and read of the plainest JSON).
- first frame, hover: the same dataset file on a bare Sigma page (graphology graph + \`new Sigma\`, no app) in the same headless Chromium; wall ms and renderer + GPU process CPU ms, medians.
- heap per node: heap retained after a forced GC, divided by graph nodes.`;

async function main(): Promise<void> {
  const seed = Number(argument("--seed") ?? 1);
  const options: RunOptions = {
    layout: !process.argv.includes("--skip-layout"),
    browser: !process.argv.includes("--skip-browser"),
    browserRuns: argument("--browser-runs") ? Number(argument("--browser-runs")) : undefined,
  };
  const header = machine();
  log(header);
  const blocks: string[] = [header, ""];

  // The default dataset (issue 3): navigation → first drawn frame, the app against a bare Sigma
  // page drawing the same stored positions, in headless Chromium.
  if (options.browser && !process.argv.includes("--skip-default")) {
    const browser = await optionalModule<BrowserBench>("./browser/index.ts");
    const missing = browser?.chromiumMissing();
    if (browser && !missing) {
      log("── default dataset: first frame in Chromium (5 runs per page)…");
      try {
        const frame = await browser.compareFirstFrame({ runs: 5, log });
        const table = `#### Default dataset: navigation → first drawn frame, app vs a bare Sigma page (same positions)\n\n${browser.firstFrameTable([frame])}`;
        console.log(`${table}\n`);
        blocks.push(table, "");
      } catch (error) {
        log(`  default dataset failed: ${(error as Error).message}`);
      }
    } else log(`── default dataset: skipped (${missing ?? "bench/browser/index.ts missing"})`);
  }

  for (const size of SIZES) {
    if (!wantsSize(size.name)) continue;
    try {
      const result = await measureSize(size, seed, options);
      const table = sizeTable(result, seed);
      console.log(`${table}\n`);
      blocks.push(table, "");
    } catch (error) {
      log(`  ${size.name} failed: ${(error as Error).stack ?? error}`);
      blocks.push(`#### ${size.name} nodes: failed (${(error as Error).message})`, "");
    }
  }

  if (!process.argv.includes("--skip-corpus")) {
    const rows: string[][] = [];
    for (const benchCase of CORPUS) {
      log(`── corpus: ${benchCase.name}…`);
      try {
        rows.push(corpusRow(benchCase, options.layout));
      } catch (error) {
        log(`  failed: ${(error as Error).message}`);
      }
    }
    const table = [
      "#### Corpus files",
      "",
      markdownTable(["input", "records", "papers", "people", "nodes", "edges", "import (vs JSON.parse)", "identity + graph (vs plain graph)", "layout (vs FA2, same iterations)", "heap/node"], rows),
    ].join("\n");
    console.log(`${table}\n`);
    blocks.push(table, "");
  }

  console.log(LEGEND);
  blocks.push(LEGEND);
  const block = blocks.join("\n").trimEnd() + "\n";
  const out = argument("--markdown-out");
  if (out) {
    writeFileSync(out, block);
    log(`wrote ${out}`);
  }
  if (process.argv.includes("--readme")) updateReadme(block);
}

/** Replace what stands between the bench markers of README.md (the markers stay). */
function updateReadme(block: string): void {
  const path = fileURLToPath(new URL("../README.md", import.meta.url));
  const text = readFileSync(path, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    log(`README.md has no ${start} … ${end} markers: not updated`);
    return;
  }
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${block}${text.slice(to)}`);
  log("updated README.md between the bench markers");
}

await main();
