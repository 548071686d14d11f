/**
 * Measurements in headless Chromium (Debian's, through playwright-core, with the test harness's
 * flags). Every run gets a fresh browser with a fresh profile directory and a fresh page, so no
 * run warms another's caches (HTTP, V8 code cache, compiled shaders).
 *
 * Times come from the page's own clock (performance.now(), 0 = navigation start) via the probe
 * (bench/browser/probe.js); CPU from CDP: `Performance.getMetrics` TaskDuration is the renderer
 * main thread's task time, `SystemInfo.getProcessInfo` the CPU time of every Chromium process
 * (browser, GPU/SwiftShader, renderer, network).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../tests/browser/harness.ts";

const PROBE = readFileSync(join(import.meta.dirname, "probe.js"), "utf8");
export const VIEWPORT = { width: 1280, height: 800 };
/**
 * A 100k-node dataset on a loaded 2-core machine takes minutes (SwiftShader draws on the CPU);
 * a hang still ends. BENCH_LOAD_TIMEOUT_MS overrides it.
 */
const LOAD_TIMEOUT_MS = Number(process.env.BENCH_LOAD_TIMEOUT_MS) > 0 ? Number(process.env.BENCH_LOAD_TIMEOUT_MS) : 600_000;

export interface BenchBrowser {
  browser: Browser;
  /** CDP session on the browser (process CPU). */
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh Chromium with its own temporary profile directory (removed on close). */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "atlas-bench-chromium-"));
  const browser = await chromium.launch({ env: { ...process.env, TMPDIR: profile }, executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  const cdp = await browser.newBrowserCDPSession();
  return {
    browser,
    cdp,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** CPU time used so far by the browser's processes, ms, by process type (renderer, GPU, browser, utility…) and in all. */
export type ProcessCpu = Record<string, number> & { all: number };

export async function processCpu(cdp: CDPSession): Promise<ProcessCpu | undefined> {
  try {
    const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; cpuTime: number }[] };
    const cpu: ProcessCpu = { all: 0 } as ProcessCpu;
    for (const process of processInfo) {
      const type = process.type.toLowerCase();
      cpu[type] = (cpu[type] ?? 0) + process.cpuTime * 1000;
      cpu.all += process.cpuTime * 1000;
    }
    return cpu;
  } catch {
    return undefined;
  }
}

/** after − before per process type (types missing on either side count as 0). */
export function cpuDelta(before: ProcessCpu | undefined, after: ProcessCpu | undefined): ProcessCpu | undefined {
  if (!before || !after) return undefined;
  const delta = { all: after.all - before.all } as ProcessCpu;
  for (const type of Object.keys(after)) if (type !== "all") delta[type] = after[type] - (before[type] ?? 0);
  return delta;
}

export interface PageMetrics {
  /** Renderer main thread: time spent in tasks, ms (CDP TaskDuration). */
  taskMs: number;
  /** Renderer main thread: time spent running JavaScript, ms (CDP ScriptDuration). */
  scriptMs: number;
}

export async function pageMetrics(session: CDPSession): Promise<PageMetrics> {
  const { metrics } = (await session.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? NaN) * 1000;
  return { taskMs: value("TaskDuration"), scriptMs: value("ScriptDuration") };
}

export interface ProbeState {
  firstFrame?: number;
  firstFramePixels: number;
  probeMs: number;
  checks: Span[];
  drawFrames: number;
  drawCalls: number;
  longTasks: { start: number; duration: number }[] | null;
  marks: Record<string, number>;
}

const probeState = (page: Page): Promise<ProbeState> =>
  page.evaluate(() => {
    const bench = (window as unknown as { __bench: ProbeState }).__bench;
    return { firstFrame: bench.firstFrame, firstFramePixels: bench.firstFramePixels, probeMs: bench.probeMs, checks: bench.checks, drawFrames: bench.drawFrames, drawCalls: bench.drawCalls, longTasks: bench.longTasks, marks: bench.marks };
  });

/** Waits until `quietFrames` animation frames in a row drew nothing (sigma has settled). */
export const settle = (page: Page, quietFrames = 5): Promise<number> =>
  page.evaluate((frames) => (window as unknown as { __bench: { settle(frames: number): Promise<number> } }).__bench.settle(frames), quietFrames);

export interface Span {
  start: number;
  duration: number;
}

/**
 * Longest task in `tasks` starting in [from, to), ms, minus the parts of it spent in `excluded`
 * spans (the probe's own pixel checks, which wait for the GPU inside the page's task); 0 when no
 * task is over 50 ms (none is reported then), null when the browser cannot say.
 */
export function longestTask(tasks: Span[] | null, from = 0, to = Infinity, excluded: Span[] = []): number | null {
  if (tasks === null) return null;
  let longest = 0;
  for (const task of tasks) {
    if (task.start < from || task.start >= to) continue;
    let own = task.duration;
    for (const span of excluded) {
      const overlap = Math.min(task.start + task.duration, span.start + span.duration) - Math.max(task.start, span.start);
      if (overlap > 0) own -= overlap;
    }
    longest = Math.max(longest, own);
  }
  return longest;
}

export type PageKind = "app" | "bare";

export interface LoadRun {
  kind: PageKind;
  /** ms from navigation start to the first drawn frame (probe.js). */
  firstFrameMs: number;
  /** Canvas pixels that were not background in that frame. */
  firstFramePixels: number;
  /** Time the probe's pixel check took (inside firstFrameMs), ms. */
  probeMs: number;
  /** ms from navigation start to the page's "ready" signal (app: data-atlas-state=ready; bare: after new Sigma). */
  readyMs: number;
  /** Renderer main-thread task time from the page's creation until it settled after the first frame, ms. */
  mainThreadMs: number;
  scriptMs: number;
  /** CPU time of the Chromium processes over the same span, ms, by type ("renderer", "gpu", "all"; undefined when CDP does not say). */
  cpu?: ProcessCpu;
  /** Longest main-thread task before the page settled, minus the probe's pixel-check wait inside it, ms (0: none over 50 ms). */
  longestTaskMs: number | null;
  /** JS heap in use after load and a forced GC, bytes (main thread). */
  heapUsedBytes: number;
  nodes: number;
  edges: number;
}

export interface OpenedPage {
  page: Page;
  session: CDPSession;
  /** The browser-level CDP session (process CPU). */
  browserCdp: CDPSession;
  load: LoadRun;
}

/**
 * Opens `url` in a fresh context of `bench.browser`, with the probe, and waits for the first
 * drawn frame, the page's ready signal and then a settled canvas. The page stays open.
 */
export async function openMeasuredPage(bench: BenchBrowser, kind: PageKind, url: string): Promise<OpenedPage> {
  const context = await bench.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: "reduce" });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send("Performance.enable");
  const cpuBefore = await processCpu(bench.cdp);
  await page.goto(url, { waitUntil: "commit" });
  const readyMark = kind === "app" ? "data-atlas-state:ready" : "data-bare-state:ready";
  await page
    .waitForFunction(
      (mark) => {
        const bench = (window as unknown as { __bench: ProbeState }).__bench;
        if (bench.marks["data-atlas-state:error"] !== undefined || bench.marks["data-bare-state:error"] !== undefined) {
          throw new Error(`page error: ${document.body.dataset.bareError ?? document.getElementById("status")?.textContent}`);
        }
        return bench.marks[mark] !== undefined && bench.firstFrame !== undefined;
      },
      readyMark,
      { timeout: LOAD_TIMEOUT_MS, polling: 50 },
    )
    .catch(async (error: unknown) => {
      // Say how far the page got: its state changes, whether it drew, what its status line says.
      const seen = await page
        .evaluate(() => JSON.stringify({ marks: (window as unknown as { __bench: ProbeState }).__bench.marks, firstFrame: (window as unknown as { __bench: ProbeState }).__bench.firstFrame, status: document.getElementById("status")?.textContent }))
        .catch(() => "page unreachable");
      throw new Error(`${error instanceof Error ? error.message.split("\n")[0] : String(error)}; page: ${seen}`);
    });
  await settle(page);
  const metrics = await pageMetrics(session);
  const cpuAfter = await processCpu(bench.cdp);
  const probe = await probeState(page);
  const readyMs = probe.marks[readyMark];
  const counts = await page.evaluate((which) => {
    const scope = window as unknown as {
      __atlas?: { sigma: { getGraph(): { order: number; size: number } } };
      __bare?: { nodes: number; edges: number };
    };
    if (which === "bare") return { nodes: scope.__bare?.nodes ?? 0, edges: scope.__bare?.edges ?? 0 };
    const graph = scope.__atlas?.sigma.getGraph();
    return { nodes: graph?.order ?? 0, edges: graph?.size ?? 0 };
  }, kind);
  await session.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  return {
    page,
    session,
    browserCdp: bench.cdp,
    load: {
      kind,
      firstFrameMs: probe.firstFrame ?? NaN,
      firstFramePixels: probe.firstFramePixels,
      probeMs: probe.probeMs,
      readyMs,
      mainThreadMs: metrics.taskMs,
      scriptMs: metrics.scriptMs,
      cpu: cpuDelta(cpuBefore, cpuAfter),
      longestTaskMs: longestTask(probe.longTasks, 0, Infinity, probe.checks),
      heapUsedBytes: usedSize,
      ...counts,
    },
  };
}

/** One load of `url` in a fresh browser: first frame, CPU, long tasks, heap. */
export async function measureLoad(kind: PageKind, url: string): Promise<LoadRun> {
  const bench = await launchBenchBrowser();
  try {
    const { load } = await openMeasuredPage(bench, kind, url);
    return load;
  } finally {
    await bench.close();
  }
}

// ───────────────────────────── interaction ─────────────────────────────

export interface InteractionCost {
  /** Renderer main-thread task time (CDP TaskDuration: busy, including waits on the GPU process) from the input event until the canvas settled, minus an idle wait of the same kind, ms. */
  mainThreadMs: number;
  /** JavaScript on the main thread (CDP ScriptDuration) over the same span, minus the idle wait's, ms. */
  scriptMs: number;
  /** CPU time of the renderer and GPU processes over the same span, minus the idle wait's, ms (10 ms resolution). */
  cpuMs?: number;
  /** Animation frames that drew on a WebGL canvas in that span. */
  frames: number;
}

export interface InteractionRun {
  node: string;
  /** Mouse onto a node (the app emphasises it and its neighbours). */
  hoverOn: InteractionCost[];
  /** Mouse off onto the empty stage. */
  hoverOff: InteractionCost[];
  /** Click on an author (selection: panel, emphasis); empty on the bare page. */
  select: InteractionCost[];
  /** Cost of the settle wait itself with no input (already subtracted above). */
  idle: InteractionCost;
  /** What went wrong (a click the page never answered…); the figures before it stand. */
  problems: string[];
  /** Longest main-thread task during the interactions, ms (0: none over 50 ms). */
  longestTaskMs: number | null;
}

/** What the benchmark drives on either page: the app's `window.__atlas` or the bare page's `window.__bare`. */
interface DrivenPage {
  nodeKeys(): string[];
  degree(node: string): number;
  nodeViewportPosition(node: string): { x: number; y: number } | undefined;
  hoveredNode(): string | undefined;
  selectionKind(): string | undefined;
}

/** Page-side: the adapter for the page kind (runs inside page.evaluate; keep it self-contained). */
function drivenPageSource(kind: PageKind): string {
  return kind === "app"
    ? `({
        nodeKeys: () => window.__atlas.sigma.getGraph().nodes(),
        degree: (node) => window.__atlas.sigma.getGraph().degree(node),
        nodeViewportPosition: (node) => window.__atlas.nodeViewportPosition(node),
        hoveredNode: () => window.__atlas.store.get().hoveredNode,
        selectionKind: () => window.__atlas.store.get().selection.kind,
      })`
    : `({
        nodeKeys: () => window.__bare.sigma.getGraph().nodes(),
        degree: (node) => window.__bare.sigma.getGraph().degree(node),
        nodeViewportPosition: (node) => window.__bare.nodeViewportPosition(node),
        hoveredNode: () => window.__bare.hoveredNode(),
        selectionKind: () => undefined,
      })`;
}

async function drive<T>(page: Page, kind: PageKind, call: string): Promise<T> {
  return page.evaluate(`(${drivenPageSource(kind)}).${call}`) as Promise<T>;
}

/** Waits (default up to 30 s) until `condition` (an expression on the driven page adapter) holds; throws saying `what` failed. */
async function until(page: Page, kind: PageKind, condition: string, what: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(`(() => { const driven = ${drivenPageSource(kind)}; return driven.${condition}; })()`, undefined, { timeout, polling: 16 });
  } catch {
    throw new Error(`${what}: the page did not get there (${condition}) within ${timeout / 1000} s`);
  }
}

/**
 * Moves the pointer to `point` the way a hand does (a few mousemove events on the way) and waits
 * until the page reports `condition`. Sigma 4 picks the node under the pointer asynchronously
 * (a GPU read polled every frame) and drops a read that a redraw made stale without starting
 * another until the pointer moves again; a real pointer keeps moving, so when nothing happened
 * after 3 s the pointer moves by 1 px, up to 10 times.
 */
async function pointerTo(page: Page, kind: PageKind, point: { x: number; y: number }, condition: string, what: string): Promise<void> {
  await page.mouse.move(point.x, point.y, { steps: 4 });
  for (let nudge = 1; ; nudge++) {
    try {
      await until(page, kind, condition, what, 3_000);
      return;
    } catch (error) {
      if (nudge > 10) throw error;
      await page.mouse.move(point.x + (nudge % 2 === 0 ? 0 : 1), point.y);
    }
  }
}

/** The most connected authors (`a:` nodes) on screen, best first (hovering one redraws the most emphasis). */
async function authorsOnScreen(page: Page, kind: PageKind, count: number): Promise<string[]> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("#graph is not visible");
  return (await page.evaluate(`(() => {
    const driven = ${drivenPageSource(kind)};
    const found = [];
    for (const node of driven.nodeKeys()) {
      if (!node.startsWith("a:")) continue;
      const p = driven.nodeViewportPosition(node);
      if (!p || p.x < 20 || p.y < 20 || p.x > ${box.width} - 20 || p.y > ${box.height} - 20) continue;
      found.push([node, driven.degree(node)]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return found.slice(0, ${count}).map((entry) => entry[0]);
  })()`)) as string[];
}

/**
 * The most connected on-screen author that the pointer actually hovers at its position (in a
 * dense picture another node can be drawn on top of it): tried best first, up to 10.
 */
async function pickAuthor(page: Page, kind: PageKind, off: { x: number; y: number }): Promise<string> {
  for (const node of await authorsOnScreen(page, kind, 10)) {
    const on = await nodePoint(page, kind, node);
    const hovered = await pointerTo(page, kind, on, `hoveredNode() === ${JSON.stringify(node)}`, "").then(
      () => true,
      () => false,
    );
    await pointerTo(page, kind, off, "hoveredNode() === undefined", "leaving the node");
    await settle(page);
    if (hovered) return node;
  }
  throw new Error("none of the 10 most connected authors on screen could be hovered at its position");
}

async function nodePoint(page: Page, kind: PageKind, node: string): Promise<{ x: number; y: number }> {
  const box = await page.locator("#graph").boundingBox();
  const position = await drive<{ x: number; y: number } | undefined>(page, kind, `nodeViewportPosition(${JSON.stringify(node)})`);
  if (!box || !position) throw new Error(`node ${node} has no position on the page`);
  return { x: box.x + position.x, y: box.y + position.y };
}

/** An empty point of the stage: the graph area's corner (nodes are fitted inside a margin). */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("#graph is not visible");
  return { x: box.x + 4, y: box.y + box.height - 4 };
}

const rendererAndGpu = (cpu: ProcessCpu | undefined) => (cpu ? (cpu.renderer ?? 0) + (cpu.gpu ?? 0) : undefined);

async function timed(opened: OpenedPage, action: () => Promise<void>, idle: InteractionCost = { mainThreadMs: 0, scriptMs: 0, cpuMs: 0, frames: 0 }): Promise<InteractionCost> {
  const { page, session, browserCdp } = opened;
  const before = await pageMetrics(session);
  const cpuBefore = await processCpu(browserCdp);
  const framesBefore = (await probeState(page)).drawFrames;
  await action();
  await settle(page);
  const after = await pageMetrics(session);
  const cpuAfter = await processCpu(browserCdp);
  const framesAfter = (await probeState(page)).drawFrames;
  const cpu = rendererAndGpu(cpuDelta(cpuBefore, cpuAfter));
  return {
    mainThreadMs: Math.max(0, after.taskMs - before.taskMs - idle.mainThreadMs),
    scriptMs: Math.max(0, after.scriptMs - before.scriptMs - idle.scriptMs),
    cpuMs: cpu === undefined ? undefined : Math.max(0, cpu - (idle.cpuMs ?? 0)),
    frames: framesAfter - framesBefore,
  };
}

/**
 * Hover and selection on an opened page, `repeats` times each: mouse onto the most connected
 * on-screen author, off to the empty stage, then (app only: the bare page selects nothing) a
 * click on that author and Escape.
 */
export async function measureInteraction(opened: OpenedPage, repeats = 5): Promise<InteractionRun> {
  const { page } = opened;
  const kind = opened.load.kind;
  await page.mouse.move(1, 1);
  await settle(page);
  // What the wait costs with nothing happening (the rAF loop, timers): subtracted from every figure.
  const idleRuns: InteractionCost[] = [];
  for (let i = 0; i < 3; i++) idleRuns.push(await timed(opened, async () => {}));
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const idle: InteractionCost = {
    mainThreadMs: middle(idleRuns.map((run) => run.mainThreadMs)),
    scriptMs: middle(idleRuns.map((run) => run.scriptMs)),
    cpuMs: middle(idleRuns.map((run) => run.cpuMs ?? 0)),
    frames: 0,
  };
  const start = await page.evaluate(() => performance.now());
  const off = await emptyPoint(page);
  const node = await pickAuthor(page, kind, off);
  const hoverOn: InteractionCost[] = [];
  const hoverOff: InteractionCost[] = [];
  const select: InteractionCost[] = [];
  for (let i = 0; i < repeats; i++) {
    const on = await nodePoint(page, kind, node);
    // The page may notice the pointer a little later (hover detection can be deferred): wait for it, then settle.
    hoverOn.push(await timed(opened, () => pointerTo(page, kind, on, `hoveredNode() === ${JSON.stringify(node)}`, `hovering ${node} at (${on.x}, ${on.y})`), idle));
    hoverOff.push(await timed(opened, () => pointerTo(page, kind, off, "hoveredNode() === undefined", "leaving the node"), idle));
  }
  const problems: string[] = [];
  // A failed click does not throw the hovers away: it is reported, and the clicks stop there.
  try {
    await clicks();
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  const probe = await probeState(page);
  return { node, hoverOn, hoverOff, select, idle, longestTaskMs: longestTask(probe.longTasks, start, Infinity, probe.checks), problems };

  async function clicks(): Promise<void> {
    for (let i = 0; i < (kind === "app" ? repeats : 0); i++) {
      const on = await nodePoint(page, kind, node);
      await pointerTo(page, kind, on, `hoveredNode() === ${JSON.stringify(node)}`, `hovering ${node} before clicking`);
      await settle(page);
      select.push(
        await timed(
          opened,
          async () => {
            await page.mouse.down();
            await page.mouse.up();
            await until(page, kind, `selectionKind() === "person"`, `clicking ${node}`, 120_000);
          },
          idle,
        ),
      );
      await pointerTo(page, kind, off, "hoveredNode() === undefined", "leaving the node after clicking");
      await page.keyboard.press("Escape");
      await until(page, kind, `selectionKind() === "none"`, "Escape");
      await settle(page);
    }
  }
}

// ───────────────────────────── import through the file input ─────────────────────────────

export interface ImportRun {
  /** ms from the file input's change event to the first drawn frame of the new dataset. */
  chosenToFrameMs: number;
  mainThreadMs: number;
  longestTaskMs: number | null;
  nodes: number;
}

/**
 * The app on its default dataset, then `file` chosen in the Import file input: time from the
 * input's change event to the first frame drawn by a WebGL context created after it (the app
 * makes a new Sigma for a new dataset). Parsing runs in the import worker, whose CPU is not in
 * mainThreadMs.
 */
export async function measureImport(appUrl: string, file: string): Promise<ImportRun> {
  const bench = await launchBenchBrowser();
  try {
    const { page, session } = await openMeasuredPage(bench, "app", appUrl);
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: ProbeState & { since: number; mark(name: string): void } }).__bench;
      const input = document.querySelector("#import-slot input[type=file]");
      input?.addEventListener("change", () => {
        bench.since = performance.now();
        bench.firstFrame = undefined;
        bench.mark("chosen");
      }, { capture: true, once: true });
    });
    const before = await pageMetrics(session);
    await page.locator("#import-slot input[type=file]").setInputFiles(file);
    await page.waitForFunction(() => {
      const bench = (window as unknown as { __bench: ProbeState }).__bench;
      return bench.marks.chosen !== undefined && bench.firstFrame !== undefined && document.body.dataset.atlasState === "ready";
    }, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
    await settle(page);
    const after = await pageMetrics(session);
    const probe = await probeState(page);
    const nodes = await drive<string[]>(page, "app", "nodeKeys().length") as unknown as number;
    return {
      chosenToFrameMs: (probe.firstFrame ?? NaN) - probe.marks.chosen,
      mainThreadMs: after.taskMs - before.taskMs,
      longestTaskMs: longestTask(probe.longTasks, probe.marks.chosen, Infinity, probe.checks),
      nodes,
    };
  } finally {
    await bench.close();
  }
}
