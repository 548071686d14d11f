/**
 * A slide deck with 8 embeds on one page: Chromium allows ~16 live WebGL contexts, so an embed
 * out of sight gives its context back and takes a new one when it comes into view. Every embed
 * must draw when scrolled into view, and only the ones in (or near) view may hold a renderer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ARTIFACTS, countDrawnPixels, DIST, launchBrowser, serveStatic, type StaticServer } from "./harness.ts";

const EMBEDS = 8;
const FRAME_HEIGHT = 420;
const PEOPLE = ["ethan-dyer", "aitor-lewkowycz", "ambrose-slone", "kyle-aitken", "cem-anil", "vedant-misra", "guy-gur-ari", "vinay-venkatesh-ramasesh"];

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "atlas-embeds-"));
  cpSync(DIST, folder, { recursive: true });
  const frames = PEOPLE.slice(0, EMBEDS)
    .map((person, index) => `<section><h2>Slide ${index + 1}</h2><iframe title="Coauthor network ${index + 1}" src="index.html?embed=1&amp;person=${person}" width="900" height="${FRAME_HEIGHT - 20}"></iframe></section>`)
    .join("\n");
  writeFileSync(
    join(folder, "deck.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deck</title><style>body{margin:0;font-family:sans-serif}section{height:${FRAME_HEIGHT + 400}px;padding:10px 20px}iframe{border:1px solid #999;display:block}</style></head><body>${frames}</body></html>`,
  );
  server = await serveStatic(folder);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("8 embeds on one page", () => {
  it("each draws when scrolled into view, and out-of-sight embeds hold no renderer", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: "reduce" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL("deck.html", server.url).toString());
    const frames = page.locator("iframe");
    expect(await frames.count()).toBe(EMBEDS);

    const live: number[] = [];
    for (let i = 0; i < EMBEDS; i++) {
      const frameElement = frames.nth(i);
      await frameElement.scrollIntoViewIfNeeded();
      const frame = await (await frameElement.elementHandle())!.contentFrame();
      await frame!.waitForFunction(() => document.body.dataset.atlasState === "ready" && document.body.dataset.graphSuspended !== "true" && document.querySelector("#graph canvas") !== null, undefined, { timeout: 60_000 });
      await frame!.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.waitForTimeout(150);
      const box = await frameElement.boundingBox();
      const png = await page.screenshot({ type: "png", path: i === 0 || i === EMBEDS - 1 ? join(ARTIFACTS, `talks-embed-deck-${i + 1}.png`) : undefined });
      expect(countDrawnPixels(png, box!), `embed ${i + 1}`).toBeGreaterThan(4000);
      // Renderers alive in the whole deck right now.
      let alive = 0;
      for (const child of page.frames()) {
        if (child === page.mainFrame()) continue;
        if (await child.evaluate(() => document.querySelector("#graph canvas") !== null)) alive++;
      }
      live.push(alive);
    }
    // At most the embeds that fit the viewport (two 420 px frames in 800 px, plus one at the edge).
    expect(Math.max(...live)).toBeLessThanOrEqual(3);

    // Back to the first: it draws again from the state it kept.
    await frames.nth(0).scrollIntoViewIfNeeded();
    const first = await (await frames.nth(0).elementHandle())!.contentFrame();
    await first!.waitForFunction(() => document.body.dataset.graphSuspended !== "true" && document.querySelector("#graph canvas") !== null);
    expect(await first!.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: "ethan-dyer" });
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000); // eight app starts on a two-core machine
});
