/**
 * The offline single file: dist/coauthor-atlas.html opened from disk (file://) with every
 * non-file request blocked still loads its dataset, starts its layout/import workers and draws.
 */
import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { ARTIFACTS, countDrawnPixels, DIST, launchBrowser, waitForAppState } from "./harness.ts";

const SINGLE = join(DIST, "coauthor-atlas.html");
let browser: Browser | undefined;
const folder = mkdtempSync(join(tmpdir(), "atlas-offline-"));

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("dist/coauthor-atlas.html from file:// with no network", () => {
  it("draws the default dataset, with no requests but the file itself", async () => {
    expect(existsSync(SINGLE)).toBe(true);
    // A copy in a folder of its own: nothing beside it to load by accident.
    const copy = join(folder, "coauthor-atlas.html");
    copyFileSync(SINGLE, copy);
    expect(statSync(copy).size).toBeGreaterThan(200_000);

    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: "reduce" });
    const blocked: string[] = [];
    const requested: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(copy).toString() + "?person=ethan-dyer");
    await waitForAppState(page, "ready");
    const png = await page.screenshot({ type: "png", path: join(ARTIFACTS, "talks-offline.png") });
    const box = await page.locator("#graph").boundingBox();
    expect(box).not.toBeNull();
    expect(countDrawnPixels(png, box!)).toBeGreaterThan(5000);
    expect(await page.locator("#dataset-title").textContent()).toMatch(/Ramasesh/);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: "ethan-dyer" });
    expect(blocked).toEqual([]);
    expect(requested.filter((url) => url.startsWith("file:") && !url.endsWith("coauthor-atlas.html") && !url.includes("coauthor-atlas.html?"))).toEqual([]);
    expect(errors).toEqual([]);

    // The workers come from Blob URLs: a layout in the page (a dataset without positions) works offline.
    const laidOut = await page.evaluate(async () => {
      const hook = window.__atlas;
      if (!hook) return "no hook";
      const text = `@article{a, title={One}, author={Ada Lovelace and Charles Babbage}, year={1843}}\n@article{b, title={Two}, author={Ada Lovelace and Mary Somerville}, year={1844}}`;
      hook.actions.importFiles([new File([text], "tiny.bib", { type: "text/plain" })]);
      for (let i = 0; i < 200; i++) {
        await new Promise((done) => setTimeout(done, 100));
        if (hook.store.get().importReport && document.body.dataset.atlasState === "ready" && document.getElementById("status")?.textContent?.startsWith("2 papers")) return "ready";
      }
      return `timeout: ${document.getElementById("status")?.textContent} ${JSON.stringify(hook.store.get().importReport)}`;
    });
    expect(laidOut).toBe("ready");
    expect(errors).toEqual([]);
    await context.close();
  });
});
