/**
 * CSP and local-first: the built app declares a Content-Security-Policy (meta + header), nothing
 * in a whole session violates it, an injected inline script is blocked, and no request (page or
 * worker) leaves the page's own origin.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, screenshot, waitForAppState, type AppPage } from "./harness.ts";
import { cspViolations, importFile, openStrict } from "./hardening-helpers.ts";
import { APP_CSP } from "../../tools/csp.ts";

afterAll(closeHarness);

/** Every URL the page or any of its workers asks for. */
function recordRequests(page: AppPage): string[] {
  const urls: string[] = [];
  page.context().on("request", (request) => urls.push(request.url()));
  page.on("worker", (worker) => urls.push(worker.url()));
  return urls;
}

describe("Content-Security-Policy", () => {
  it("is sent as a header and declared in the page, and a session never violates it", async () => {
    const page = await openStrict();
    const response = await page.reload();
    await waitForAppState(page, "ready");
    expect(response?.headers()["content-security-policy"]).toBe(APP_CSP);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(meta).toBe(APP_CSP);

    const search = page.getByRole("combobox", { name: "Search people and papers" });
    await search.pressSequentially("Ramasesh");
    await page.locator("#search-slot").getByRole("option").first().click();
    await page.locator("#panels .panel-person").waitFor();
    await importFile(page, "../shared/corpus/other/ris-ieee-xplore-litstudy.ris");
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("blocks a script injected inline", async () => {
    const page = await openStrict();
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = 1";
      document.body.append(script);
      // A javascript: URL and an inline event handler are inline script as well.
      const image = document.createElement("img");
      image.setAttribute("onerror", "window.__injected = 2");
      image.src = "data:,";
      document.body.append(image);
      return new Promise((done) => setTimeout(() => done((window as unknown as { __injected?: number }).__injected), 200));
    });
    expect(ran).toBeUndefined();
    const seen = await cspViolations(page);
    expect(seen.some((line) => line.startsWith("script-src"))).toBe(true);
    await page.context().close();
  });
});

describe("local-first", () => {
  it("sends no request off the page's origin through a whole session (page and workers)", async () => {
    const page = await openStrict("", { contextOptions: { acceptDownloads: true } });
    const origin = new URL(page.url()).origin;
    const urls = recordRequests(page);
    await page.reload();
    await waitForAppState(page, "ready");

    // Import a corpus file through the file input (import worker + layout worker).
    await importFile(page, "../shared/corpus/other/ris-ieee-xplore-litstudy.ris");
    // Search and select a person, then a paper of theirs, then a coauthor (shared papers).
    const search = page.getByRole("combobox", { name: "Search people and papers" });
    await search.fill("");
    await search.pressSequentially("a");
    await page.locator("#search-slot").getByRole("option").first().click();
    const paperButton = page.locator("#panels .panel-person .paper-list button").first();
    if ((await paperButton.count()) > 0) {
      await paperButton.click();
      await page.locator("#panels .panel-paper").waitFor();
    }
    // Switch to the coauthor view and back, when the view switch exists.
    const coauthorView = page.getByRole("button", { name: /coauthor/i }).first();
    if ((await coauthorView.count()) > 0 && (await coauthorView.isVisible())) await coauthorView.click();
    // Every download of the Export menu (PNG goes through an <img> of a Blob URL), when the menu exists.
    const exportMenu = page.locator("details.export-menu > summary");
    if ((await exportMenu.count()) > 0) {
      await exportMenu.click();
      for (const button of await page.getByRole("button", { name: /^Download/ }).all()) {
        await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), button.click()]);
      }
    }
    await page.waitForTimeout(500);
    await screenshot(page, "hardening-local-first");

    expect(await cspViolations(page)).toEqual([]);
    const foreign = urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    // It did load things: the page, its script, the workers, the default dataset.
    expect(urls.some((url) => /\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(urls.some((url) => url.endsWith(".atlas.json"))).toBe(true);
    await page.context().close();
  });
});
