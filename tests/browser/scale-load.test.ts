/**
 * Compact dataset files in a real Chromium: `?data=<path>` and the file input open a generated
 * dataset (a few thousand nodes, seeded positions) drawn with the right counts; bad paths and
 * broken files give a message, never a broken page. The load is decoded and built in slices:
 * the longest main-thread task is reported (PerformanceObserver longtask) and kept well under
 * what a frozen page would show. Serves its own copy of dist/ with the generated files in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Browser, Page } from "playwright-core";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { DIST, countDrawnPixels, graphBox, launchBrowser, serveStatic, type StaticServer } from "./harness.ts";
import { generateBibtex } from "../../bench/generate.ts";
import { buildAtlas } from "../../src/dataset/build.ts";
import { encodeCompact } from "../../src/dataset/compact.ts";
import type { AtlasFile, Positions } from "../../src/model/types.ts";

/** Seeded positions in a disc: only loading is tested here, not the layout. */
function withPositions(atlas: AtlasFile, seed: number): AtlasFile {
  const rng = xoroshiro128plus(seed);
  const next = () => uniformFloat64(rng);
  const positions: Positions = {};
  const place = (key: string) => {
    const angle = next() * 2 * Math.PI;
    const radius = Math.sqrt(next()) * 500;
    positions[key] = [Math.round(radius * Math.cos(angle) * 1e4) / 1e4, Math.round(radius * Math.sin(angle) * 1e4) / 1e4];
  };
  for (const person of atlas.people) place(`a:${person.id}`);
  for (const paper of atlas.papers) place(`p:${paper.id}`);
  return { ...atlas, layout: { seed, iterations: 0, converged: false, positions } };
}

const count = new Intl.NumberFormat("en-US");
const statusOf = (atlas: AtlasFile) => `${count.format(atlas.papers.length)} papers · ${count.format(atlas.people.length)} people`;

const big = withPositions(buildAtlas([{ name: "scale.bib", text: generateBibtex({ records: 1500, seed: 11 }) }], { layout: false }), 11);
const small = withPositions(buildAtlas([{ name: "small.bib", text: generateBibtex({ records: 60, seed: 12 }) }], { layout: false }), 12);

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "atlas-scale-"));
  cpSync(DIST, dir, { recursive: true });
  const bytes = encodeCompact(big);
  writeFileSync(join(dir, "data", "scale.atlas"), bytes);
  writeFileSync(join(dir, "data", "broken.atlas"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  writeFileSync(join(dir, "small.atlas.gz"), gzipSync(encodeCompact(small)));
  server = await serveStatic(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(query: string): Promise<Page & { errors: string[]; longtasks(): Promise<number[]> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: "reduce" });
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longtasks: number[] }).__longtasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: true });
  });
  const page = (await context.newPage()) as Page & { errors: string[]; longtasks(): Promise<number[]> };
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.longtasks = () => page.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks.slice());
  await page.goto(new URL(query, server.url).toString(), { waitUntil: "commit" });
  return page;
}

const settled = (page: Page) =>
  page.waitForFunction(() => ["ready", "error"].includes(document.body.dataset.atlasState ?? ""), null, { timeout: 90_000 });

describe("compact dataset files in the app", () => {
  it("?data=<path> opens a generated compact dataset: drawn, with the right counts", async () => {
    expect(big.people.length + big.papers.length).toBeGreaterThan(2500);
    const page = await open("?data=data/scale.atlas");
    await settled(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => document.body.dataset.atlasState)).toBe("ready");
    expect(await page.locator("#status").textContent()).toBe(statusOf(big));
    const graph = await page.evaluate(() => ({ order: window.__atlas!.sigma.getGraph().order, size: window.__atlas!.sigma.getGraph().size }));
    expect(graph.order).toBe(big.people.length + big.papers.length);
    expect(graph.size).toBe(new Set(big.papers.flatMap((paper) => paper.authors.map((author) => `${author.personId}|${paper.id}`))).size);
    const png = await page.screenshot();
    expect(countDrawnPixels(png, await graphBox(page))).toBeGreaterThan(5_000);
    const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((mark) => mark.name));
    expect(marks).toEqual(expect.arrayContaining(["atlas:fetched", "atlas:decoded", "atlas:graph-built", "atlas:ready"]));
    const longest = Math.max(0, ...(await page.longtasks()));
    console.log(`scale-load: ${graph.order} nodes, longest main-thread task ${longest} ms`);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("the file input opens a gzipped compact file and reports it", async () => {
    const page = await open("");
    await settled(page);
    await page.locator("#import-slot input[type=file]").setInputFiles(join(dir, "small.atlas.gz"));
    await page.waitForFunction((status) => document.getElementById("status")!.textContent === status, statusOf(small), { timeout: 60_000 });
    await settled(page);
    expect(await page.evaluate(() => window.__atlas!.sigma.getGraph().order)).toBe(small.people.length + small.papers.length);
    const report = await page.evaluate(() => window.__atlas!.store.get().importReport);
    expect(report).toBeDefined();
    expect(report!.error).toBeFalsy();
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("refuses other sites and says why; a broken file gives a message, not a broken page", async () => {
    for (const [query, message] of [
      // (every other refused form and the HTTP errors: tests/unit/app/dataset-load.test.ts)
      ["?data=https%3A%2F%2Fexample.org%2Fx.atlas", /\?data= takes a relative path on this site .* never fetched/],
      ["?data=data/broken.atlas", /The dataset broken\.atlas could not be read: truncated: section "\w+"/],
    ] as const) {
      const page = await open(query);
      await settled(page);
      expect(await page.evaluate(() => document.body.dataset.atlasState)).toBe("error");
      expect(await page.locator("#status").textContent()).toMatch(message);
      expect(page.errors).toEqual([]);
      await page.context().close();
    }
  });
});
