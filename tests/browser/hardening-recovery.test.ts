/**
 * Failure recovery: WebGL context loss redraws without a reload and keeps the selection; without
 * WebGL2 the app says so (role=alert) and search and the lists still work; an import worker that
 * crashes reports an error, not a spinner; a big import can be cancelled and the dataset stays.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeHarness, countDrawnPixels, graphBox, screenshot, waitForAppState } from "./harness.ts";
import { cspViolations, importFile, openStrict, searchBox } from "./hardening-helpers.ts";

const folder = mkdtempSync(join(tmpdir(), "atlas-hardening-"));
afterAll(async () => {
  await closeHarness();
  rmSync(folder, { recursive: true, force: true });
});

const VINAY = "vinay-venkatesh-ramasesh";

/** Canvases whose WebGL context the test can lose and restore. */
const LOSE_CONTEXTS = `(() => {
  const lost = [];
  for (const canvas of document.querySelectorAll("#graph canvas")) {
    const gl = canvas.getContext("webgl2");
    const extension = gl && gl.getExtension("WEBGL_lose_context");
    if (extension) { extension.loseContext(); lost.push(extension); }
  }
  window.__lostContexts = lost;
  return lost.length;
})()`;

describe("WebGL context loss", () => {
  it("redraws the graph after lose + restore, keeping the selection, without a reload", async () => {
    const page = await openStrict(`?person=${VINAY}`);
    const box = await graphBox(page);
    const drawnBefore = countDrawnPixels(await screenshot(page, "hardening-context-before"), box);
    expect(drawnBefore).toBeGreaterThan(2000);
    await page.evaluate(() => ((window as unknown as { __firstSigma: unknown }).__firstSigma = window.__atlas?.sigma));

    expect(await page.evaluate(LOSE_CONTEXTS)).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/drawing surface was lost/);
    await page.evaluate(() => {
      for (const extension of (window as unknown as { __lostContexts: { restoreContext(): void }[] }).__lostContexts) extension.restoreContext();
    });
    // A new renderer, the same page (no reload), the same selection.
    await expect.poll(() => page.evaluate(() => window.__atlas?.sigma !== (window as unknown as { __firstSigma: unknown }).__firstSigma), { timeout: 10_000 }).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: VINAY });
    expect(await page.evaluate(() => (window as unknown as { __firstSigma?: unknown }).__firstSigma !== undefined)).toBe(true);
    const drawnAfter = countDrawnPixels(await screenshot(page, "hardening-context-restored"), box);
    expect(drawnAfter).toBeGreaterThan(drawnBefore * 0.7);
    expect(await page.locator("#status").textContent()).not.toMatch(/lost/);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("no WebGL2", () => {
  const NO_WEBGL2 = `(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      if (type === "webgl2") return null;
      return original.call(this, type, ...rest);
    };
  })()`;

  it("says so in an alert, and search and the People/Papers lists still work", async () => {
    const page = await openStrict("", { initScripts: [NO_WEBGL2], waitFor: "error" });
    const alert = page.locator("#graph [role=alert]");
    await expect.poll(() => alert.textContent()).toMatch(/cannot be drawn in this browser: it needs WebGL2/);
    const people = page.getByRole("region", { name: /^People/ });
    const papers = page.getByRole("region", { name: /^Papers/ });
    expect(await people.getByRole("button").count()).toBeGreaterThan(10);
    expect(await papers.getByRole("button").count()).toBeGreaterThan(1);
    await screenshot(page, "hardening-no-webgl2");
    // A person from the list…
    await people.getByRole("button").first().click();
    await page.locator("#panels .panel-person").waitFor();
    // …and a paper from search.
    const search = searchBox(page);
    await search.fill("");
    await search.pressSequentially("geometry of integration");
    await page.locator("#search-slot").getByRole("option").first().click();
    await page.locator("#panels .panel-paper").waitFor();
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("import worker failures", () => {
  /** Every import worker is replaced by one that throws on its first message. */
  const POISON_WORKER = `(() => {
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url, options) {
        if (options && options.name === "import") {
          const code = "self.onmessage = () => { throw new Error('poisoned worker'); };";
          super(URL.createObjectURL(new Blob([code], { type: "text/javascript" })), options);
        } else super(url, options);
      }
    };
  })()`;

  it("reports a crashed worker as an error, with the previous dataset still shown", async () => {
    const page = await openStrict("", { initScripts: [POISON_WORKER] });
    const title = await page.locator("#dataset-title").textContent();
    await page.locator("#import-slot input[type=file]").setInputFiles("tests/fixtures/hostile.bib");
    const error = page.locator("#panels .import-error[role=alert]");
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/The import failed: the import worker crashed.*poisoned worker/);
    expect(await page.locator("#import-slot .import-progress").isHidden()).toBe(true);
    expect(await page.locator("#graph-progress").isHidden()).toBe(true);
    expect(await page.locator("#dataset-title").textContent()).toBe(title);
    await page.context().close();
  });
});

describe("layout worker failures", () => {
  const POISON_LAYOUT = `(() => {
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url, options) {
        if (options && options.name === "layout") {
          const code = "self.onmessage = () => { throw new Error('poisoned layout'); };";
          super(URL.createObjectURL(new Blob([code], { type: "text/javascript" })), options);
        } else super(url, options);
      }
    };
  })()`;

  it("a layout worker that crashes ends in an error message, not an endless progress bar", async () => {
    const page = await openStrict("", { initScripts: [POISON_LAYOUT], waitFor: "none" });
    // The default dataset without positions: the app must lay it out in the (poisoned) worker.
    await page.route("**/data/default.atlas.json", async (route) => {
      const response = await route.fetch();
      const atlas = await response.json();
      delete atlas.layout;
      await route.fulfill({ response, json: atlas });
    });
    await page.reload();
    await waitForAppState(page, "error");
    expect(await page.locator("#status").textContent()).toMatch(/The layout failed: the layout worker crashed.*poisoned layout/);
    expect(await page.locator("#graph-progress").isHidden()).toBe(true);
    await page.context().close();
  });
});

/** Main-thread tasks over 50 ms (the Long Tasks API), from the first script the page runs. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
  }).observe({ type: "longtask", buffered: true });
`;

describe("big imports", () => {
  /** A generated BibTeX file of `records` entries (each with a few authors). */
  function bigBibtex(records: number): string {
    const lines: string[] = [];
    for (let i = 0; i < records; i++) {
      lines.push(`@article{gen${i},\n  title = {Generated paper number ${i} on graphs},\n  author = {Author ${i % 997} Alpha and Author ${(i * 7) % 1009} Beta and Author ${(i * 13) % 1013} Gamma},\n  journal = {Journal ${i % 50}},\n  year = {${1990 + (i % 35)}}\n}\n`);
    }
    return lines.join("");
  }

  it("shows progress with a Cancel button that stops the import and keeps the dataset", async () => {
    const path = join(folder, "big.bib");
    writeFileSync(path, bigBibtex(60_000));
    const page = await openStrict(`?person=${VINAY}`, { initScripts: [RECORD_LONG_TASKS] });
    const title = await page.locator("#dataset-title").textContent();
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
    await page.locator("#import-slot input[type=file]").setInputFiles(path);
    const cancel = page.getByRole("button", { name: "Cancel the import" });
    await cancel.waitFor({ state: "visible", timeout: 30_000 });
    expect(await page.locator("#import-slot progress").count()).toBe(1);
    // The page still answers while the worker parses.
    const started = Date.now();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    expect(Date.now() - started).toBeLessThan(1000);
    await screenshot(page, "hardening-import-progress");
    // Parsing is in the worker: no main-thread task anywhere near a freeze (measured: none over 50 ms).
    await page.waitForTimeout(2000);
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    expect(Math.max(0, ...longTasks)).toBeLessThan(500);
    await cancel.click();
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Import cancelled/);
    expect(await page.locator("#import-slot .import-progress").isHidden()).toBe(true);
    expect(await page.locator("#dataset-title").textContent()).toBe(title);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: VINAY });
    expect(await page.evaluate(() => document.body.dataset.atlasState)).toBe("ready");
    // Only the import worker was stopped: importing again works.
    await importFile(page, "tests/fixtures/hostile.csl.json");
    await waitForAppState(page, "ready");
    await page.context().close();
  });

  it("refuses a file over the size limit with a clear message", async () => {
    const page = await openStrict();
    const title = await page.locator("#dataset-title").textContent();
    // A 65 MB file without building it in Node memory twice: one repeated chunk.
    const path = join(folder, "huge.bib");
    writeFileSync(path, Buffer.alloc(65 * 1024 * 1024, "% padding line of a huge file\n"));
    await page.locator("#import-slot input[type=file]").setInputFiles(path);
    const error = page.locator("#panels .import-error[role=alert]");
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/huge\.bib is 65 MB; the browser imports files up to 64 MB each/);
    expect(await page.locator("#dataset-title").textContent()).toBe(title);
    await page.context().close();
  });
});
