/**
 * Talks in the browser: the same first picture on every load, embed mode, presentation mode
 * stepped with the keys a keyboard and a clicker send.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, closeHarness, countDrawnPixels, graphBox, openApp, screenshot, type AppPage } from "./harness.ts";

afterAll(closeHarness);

async function graphShot(page: AppPage): Promise<Buffer> {
  return page.screenshot({ type: "png", clip: await graphBox(page) });
}

const sceneOf = (page: AppPage) => page.evaluate(() => new URLSearchParams(location.search).get("scene"));

async function settle(page: AppPage, ms = 900): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

describe("deterministic first picture", () => {
  it("two loads of the default view give the same graph pixels, taken as soon as the app is ready", async () => {
    const first = await openApp("");
    const a = await graphShot(first);
    await first.context().close();
    const second = await openApp("");
    const b = await graphShot(second);
    // …and the same again after every timer has fired: the first frame was already the final one.
    await second.waitForTimeout(1500);
    const c = await graphShot(second);
    // On a mismatch keep the pictures for a look (one intermittent mismatch seen in a loaded full run).
    mkdirSync(ARTIFACTS, { recursive: true });
    if (!b.equals(a) || !c.equals(a)) for (const [name, png] of [["a", a], ["b", b], ["c", c]] as const) writeFileSync(join(ARTIFACTS, `talks-mismatch-${name}.png`), png);
    expect(countDrawnPixels(a)).toBeGreaterThan(5000);
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
    await second.context().close();
  });

  it("…and with motion allowed and a selection in the link (no startup animation)", async () => {
    const shots: Buffer[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await openApp("?person=ethan-dyer", { reducedMotion: false });
      shots.push(await graphShot(page));
      if (i === 0) await screenshot(page, "talks-deterministic");
      await page.context().close();
    }
    expect(shots[1].equals(shots[0])).toBe(true);
  });
});

describe("?embed=1", () => {
  it("shows the graph, a small legend and an Open full view link; no search, no panels", async () => {
    const page = await openApp("?embed=1&person=ethan-dyer");
    const png = await screenshot(page, "talks-embed");
    expect(countDrawnPixels(png, await graphBox(page))).toBeGreaterThan(5000);
    expect(await page.locator("#search-slot input").isVisible()).toBe(false);
    expect(await page.locator("#panels").isVisible()).toBe(false);
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.locator("#graph-legend").isVisible()).toBe(true);
    const link = page.locator("a.embed-open");
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener");
    await link.focus();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toContain("person=ethan-dyer");
    expect(href).not.toContain("embed");
    // The graph fills the frame.
    const box = await graphBox(page);
    expect(box.width).toBeGreaterThan(1200);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("?present=1", () => {
  it("ArrowRight and PageDown step to new scenes (URL and canvas change); ArrowLeft twice returns to the first", async () => {
    const page = await openApp("?present=1");
    await expect.poll(() => sceneOf(page)).toBe("1");
    await settle(page);
    const start = await graphShot(page);
    await screenshot(page, "talks-present-1");
    expect(await page.locator(".present-caption").textContent()).toContain("1 / 4");
    expect(await page.locator("#search-slot input").isVisible()).toBe(false);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => sceneOf(page)).toBe("2");
    await settle(page);
    const second = await graphShot(page);
    await screenshot(page, "talks-present-2");
    expect(second.equals(start)).toBe(false);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: "vinay-venkatesh-ramasesh" });

    await page.keyboard.press("PageDown");
    await expect.poll(() => sceneOf(page)).toBe("3");
    await settle(page);
    const third = await graphShot(page);
    await screenshot(page, "talks-present-3");
    expect(third.equals(second)).toBe(false);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "pair", personId: "vinay-venkatesh-ramasesh", otherId: "ethan-dyer" });
    expect(await page.locator(".present-caption").textContent()).toContain("3 / 4");

    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => sceneOf(page)).toBe("2");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => sceneOf(page)).toBe("1");
    await settle(page);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "none" });
    expect((await graphShot(page)).equals(start)).toBe(true);

    await page.keyboard.press("End");
    await expect.poll(() => sceneOf(page)).toBe("4");
    expect(await page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("paper");
    await page.keyboard.press("Home");
    await expect.poll(() => sceneOf(page)).toBe("1");
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("a link to scene 3 in the projector theme opens on it, and Add scene captures the view", async () => {
    const page = await openApp("?present=1&scene=3&theme=projector-dark");
    await expect.poll(() => sceneOf(page)).toBe("3");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("projector-dark");
    expect(await page.getByLabel("Theme").inputValue()).toBe("projector-dark");
    await settle(page, 300);
    await screenshot(page, "talks-present-projector-dark");
    await page.getByRole("button", { name: "Edit scenes" }).click();
    expect(await page.locator(".scenes-list li").count()).toBe(4);
    await page.getByRole("button", { name: "Add scene" }).click();
    expect(await page.locator(".scenes-list li").count()).toBe(5);
    await expect.poll(() => sceneOf(page)).toBe("4");
    expect(await page.locator(".scenes-list li").nth(3).textContent()).toContain("Vinay Venkatesh Ramasesh and Ethan Dyer");
    await page.getByRole("button", { name: "Delete scene 4" }).click();
    expect(await page.locator(".scenes-list li").count()).toBe(4);
    // The theme select switches the whole view and goes to the URL.
    await page.getByLabel("Theme").selectOption("projector-light");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("projector-light");
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("theme"))).toBe("projector-light");
    await screenshot(page, "talks-present-editor");
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
