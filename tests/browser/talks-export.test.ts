/** The header's Export menu downloads every format; the scenes file loads, or says what is wrong. */
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { closeHarness, decodePng, openApp, screenshot } from "./harness.ts";

afterAll(closeHarness);

describe("Export menu", () => {
  it("downloads PNG (chosen width, transparent), SVG, GEXF, GraphML and CSL-JSON", async () => {
    const page = await openApp("");
    await page.locator(".export-menu summary").click();
    await screenshot(page, "talks-export-menu");
    await page.getByLabel("PNG width").selectOption("1280");
    await page.getByLabel("Transparent background").check();
    const expectations: [string, RegExp, (text: Buffer) => void][] = [
      ["PNG", /\.png$/, (bytes) => {
        const png = decodePng(bytes);
        expect(png.width).toBe(1280);
        expect(png.rgba[3]).toBe(0); // transparent corner
      }],
      ["SVG", /\.svg$/, (bytes) => expect(bytes.toString("utf8")).toMatch(/^<\?xml|^<svg/)],
      ["GEXF", /\.gexf$/, (bytes) => expect(bytes.toString("utf8")).toContain("<gexf")],
      ["GraphML", /\.graphml$/, (bytes) => expect(bytes.toString("utf8")).toContain("<graphml")],
      ["CSL-JSON", /\.csl\.json$/, (bytes) => expect(JSON.parse(bytes.toString("utf8"))).toHaveLength(8)],
    ];
    for (const [label, name, check] of expectations) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: new RegExp(`^Download ${label} `) }).click()]);
      expect(download.suggestedFilename()).toMatch(name);
      check(readFileSync((await download.path())!));
    }
    expect(await page.locator(".export-status").textContent()).toMatch(/^Downloaded .*\.csl\.json\.$/);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("scenes file", () => {
  it("a wrong file is refused with the reason; a good one replaces the scenes", async () => {
    const page = await openApp("?present=1");
    await page.getByRole("button", { name: "Edit scenes" }).click();
    await page.locator("#scenes-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "coauthor-atlas-scenes", version: 3, scenes: [] })) });
    await expect.poll(() => page.locator(".scenes-message").textContent()).toBe("bad.json was not loaded: version: expected 1, found 3.");
    const good = { format: "coauthor-atlas-scenes", version: 1, scenes: [{ title: "Dyer", selection: { kind: "person", personId: "ethan-dyer" }, theme: "projector-light" }, { title: "All", selection: { kind: "none" } }] };
    await page.locator("#scenes-file").setInputFiles({ name: "talk.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good)) });
    await expect.poll(() => page.locator(".scenes-message").textContent()).toBe("Loaded 2 scenes from talk.json.");
    expect(await page.locator(".scenes-list li").count()).toBe(2);
    expect(await page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: "ethan-dyer" });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("projector-light");
    await screenshot(page, "talks-scenes-loaded");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save scenes to a file" }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(saved).toEqual({ format: "coauthor-atlas-scenes", version: 1, scenes: good.scenes });
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
