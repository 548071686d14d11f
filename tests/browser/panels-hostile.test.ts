/**
 * Data is text, never markup: import files whose titles, names, venues, abstracts and links carry
 * HTML and javascript:/data: URLs, open every panel they reach, and check that nothing ran and no
 * unsafe element or link was created.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, openApp, screenshot, type AppPage } from "./harness.ts";

afterAll(closeHarness);

interface Exposure {
  pwned: unknown;
  unsafeLinks: string[];
  injected: string[];
  scripts: number;
}

/** What an attack would leave behind anywhere in the page. */
function exposure(page: AppPage): Promise<Exposure> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    unsafeLinks: [...document.querySelectorAll("a[href], [src], [action], [formaction]")]
      .map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("action") ?? element.getAttribute("formaction") ?? "")
      .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value)),
    injected: [...document.querySelectorAll("img[onerror], svg[onload], iframe, [onclick], [onmouseover], [onerror], [onload], style:not(head style), b, p[onclick]")]
      .filter((element) => element.closest("#panels, #search-slot, #import-slot") !== null)
      .map((element) => element.outerHTML.slice(0, 80)),
    scripts: document.querySelectorAll("script").length,
  }));
}

async function importFile(page: AppPage, path: string): Promise<void> {
  await page.locator("#import-slot input[type=file]").setInputFiles(path);
  const diagnostics = page.getByRole("region", { name: "Diagnostics" });
  await expect.poll(() => diagnostics.locator(".panel-kicker").textContent(), { timeout: 60_000 }).toBe("Last import");
  await page.waitForFunction(() => document.body.dataset.atlasState === "ready" || document.body.dataset.atlasState === "error", undefined, { timeout: 60_000 });
}

/** Visit every paper and every person of the loaded dataset through the panels' own buttons. */
async function visitEverything(page: AppPage): Promise<number> {
  let visited = 0;
  const search = page.getByRole("combobox", { name: "Search people and papers" });
  for (const query of ["Pwned", "Data URL", "javascript", "CSL hostile", "Mallory", "Alice Safe", "Trudy", "Oscar", "Collective"]) {
    await search.fill("");
    await search.pressSequentially(query);
    const option = page.locator("#search-slot").getByRole("option").first();
    if ((await option.count()) === 0) continue;
    await option.click();
    visited++;
    // Expand everything the panel can expand, open every <details>.
    for (const button of await page.locator("#panels button.show-all").all()) await button.click();
    for (const details of await page.locator("#panels details").all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    // Hover over every person chip (an injected onmouseover would fire).
    for (const chip of (await page.locator("#panels .person-chip").all()).slice(0, 10)) await chip.hover();
  }
  return visited;
}

describe("hostile input", () => {
  for (const fixture of ["tests/fixtures/hostile.bib", "tests/fixtures/hostile.csl.json"]) {
    it(`runs nothing from ${fixture}`, async () => {
      const page = await openApp();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const before = await exposure(page);
      await importFile(page, fixture);
      const visited = await visitEverything(page);
      expect(visited).toBeGreaterThanOrEqual(2);
      await page.waitForTimeout(300);
      const after = await exposure(page);
      expect(after.pwned).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(after.unsafeLinks).toEqual([]);
      expect(after.injected).toEqual([]);
      expect(after.scripts).toBe(before.scripts);
      // Every outbound link in the panels is http(s) and opens safely.
      for (const link of await page.locator("#panels a").all()) {
        expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
        expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
      }
      await screenshot(page, `panels-hostile-${fixture.endsWith(".bib") ? "bib" : "csl"}`);
      await page.context().close();
    });
  }

  it("shows markup in a title as the literal text it is", async () => {
    const page = await openApp();
    await importFile(page, "tests/fixtures/hostile.csl.json");
    const search = page.getByRole("combobox", { name: "Search people and papers" });
    await search.pressSequentially("CSL hostile");
    await page.locator("#search-slot").getByRole("option").first().click();
    const heading = page.locator("#panels .panel-paper .panel-title");
    await heading.waitFor();
    const text = (await heading.textContent()) ?? "";
    // Whatever the importer kept of the markup is shown as characters, never parsed into elements.
    expect(text).toMatch(/CSL/);
    expect(await heading.locator("*").count()).toBe(0);
    await page.context().close();
  });
});
