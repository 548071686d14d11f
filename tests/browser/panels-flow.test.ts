/**
 * The panels on the default dataset, driven like a user: search → author → shared papers →
 * paper, the shareable URL of the shared-papers view, the keyboard, and importing a real file.
 */
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, openApp, screenshot, type AppPage } from "./harness.ts";

const KYLE_AND_VINAY = ["The geometry of integration in text classification RNNs", "Understanding How Encoder-Decoder Architectures Attend"];

afterAll(closeHarness);

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core over the panels, search and import UI: violations of impact serious or critical. */
async function axeViolations(page: AppPage): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [["#panels"], ["#search-slot"], ["#import-slot"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

async function chooseFromSearch(page: AppPage, query: string, option: RegExp): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search people and papers" });
  await search.click();
  await search.pressSequentially(query);
  await page.getByRole("option", { name: option }).first().click();
}

async function sharedTitles(page: AppPage): Promise<string[]> {
  const region = page.getByRole("region", { name: "Shared papers", exact: true });
  await region.waitFor();
  return region.locator(".paper-title").allTextContents();
}

describe("panels on the default dataset", () => {
  it("search → author → shared papers → paper, and the shared view's URL reopens it", async () => {
    const page = await openApp();
    await chooseFromSearch(page, "Vinay Ramasesh", /Ramasesh/);

    const author = page.getByRole("region", { name: /Ramasesh/ });
    await author.waitFor();
    await expect.poll(() => author.locator(".paper-list > li").count()).toBe(8);
    const titles = await author.locator(".paper-title").allTextContents();
    expect(titles).toContain("Caliban: Docker-based job manager for reproducible workflows");
    expect(titles).toContain(KYLE_AND_VINAY[1]);
    // Coauthor chart: Ethan Dyer is his most frequent coauthor (5 papers together).
    const firstBar = author.locator(".coauthor-chart .bar-row").first();
    expect(await firstBar.locator(".bar-label").textContent()).toBe("Ethan Dyer");
    expect(await firstBar.locator(".bar-value").textContent()).toBe("5 shared papers");
    expect(await author.locator(".year-chart .year-bar").count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, "panels-author");
    expect(await axeViolations(page)).toEqual([]);

    await author.getByRole("button", { name: "Kyle Aitken", exact: true }).click();
    expect(await sharedTitles(page)).toEqual(KYLE_AND_VINAY);
    const pair = page.getByRole("region", { name: "Shared papers", exact: true });
    expect(await pair.locator(".pair-count").textContent()).toBe("2 papers together, 2021");
    // Focus followed the click into the new panel.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Shared papers");
    await screenshot(page, "panels-shared");
    expect(await axeViolations(page)).toEqual([]);

    const url = new URL(page.url());
    expect(url.searchParams.get("with")).toBe("kyle-aitken");
    const fresh = await openApp(url.search);
    expect(await sharedTitles(fresh)).toEqual(KYLE_AND_VINAY);
    await fresh.context().close();

    await pair.getByRole("button", { name: new RegExp(KYLE_AND_VINAY[1]) }).click();
    const paper = page.getByRole("region", { name: KYLE_AND_VINAY[1] });
    await paper.waitFor();
    expect(await paper.locator(".abstract").textContent()).toMatch(/^Encoder-decoder networks with attention have proven/);
    expect(await paper.locator(".author-list .person-chip").allTextContents()).toEqual(["Kyle Aitken", expect.stringMatching(/Ramasesh/), "Yuan Cao", "Niru Maheswaranathan"]);
    for (const link of await paper.locator("a").all()) {
      expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
      expect(await link.getAttribute("target")).toBe("_blank");
      expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    }
    await screenshot(page, "panels-paper");
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("works from the keyboard: arrows and Enter in search, Escape clears, “Show all” by Enter", async () => {
    const page = await openApp();
    const search = page.getByRole("combobox", { name: "Search people and papers" });
    await search.focus();
    await page.keyboard.type("ramasesh");
    await page.keyboard.press("ArrowDown");
    const active = await search.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: /Ramasesh/ }).waitFor();
    expect(await search.getAttribute("aria-expanded")).toBe("false");

    // Escape with the suggestions open closes them and nothing else.
    await search.fill("");
    await search.pressSequentially("kyle");
    expect(await search.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await search.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("person");

    // Escape with the list closed clears the selection (the overview comes back).
    await page.keyboard.press("Escape");
    await page.locator(".panel-overview").waitFor();
    expect(await page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("none");

    // The BIG-bench paper: 450 authors, the first 12 shown, the rest behind a button.
    await search.fill("");
    await search.pressSequentially("Beyond the Imitation Game");
    await page.keyboard.press("Enter");
    const paper = page.getByRole("region", { name: /Beyond the Imitation Game/ });
    await paper.waitFor();
    expect(await paper.locator(".author-list > li").count()).toBe(12);
    const showAll = paper.getByRole("button", { name: "Show all 450 authors" });
    await showAll.focus();
    await page.keyboard.press("Enter");
    expect(await paper.locator(".author-list > li").count()).toBe(450);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await paper.locator(".author-list .person-chip").nth(12).textContent());
    await screenshot(page, "panels-bigbench");
    await page.context().close();
  });

  it("imports a real RIS file through the file input and summarises it", async () => {
    const page = await openApp();
    await page.locator("#import-slot input[type=file]").setInputFiles("../shared/corpus/other/ris-ieee-xplore-litstudy.ris");
    const diagnostics = page.getByRole("region", { name: "Diagnostics" });
    await expect.poll(() => diagnostics.locator(".panel-kicker").textContent(), { timeout: 60_000 }).toBe("Last import");
    expect(await diagnostics.locator(".diagnostics-headline").textContent()).toMatch(/^Read 1 file: 25 records → \d+ papers?, [\d,]+ people; \d+ merged or skipped$/);
    expect(await diagnostics.locator(".file-list .file-name").allTextContents()).toEqual(["ris-ieee-xplore-litstudy.ris"]);
    expect(await diagnostics.locator(".file-list .file-counts").first().textContent()).toMatch(/^ris · 25 records/);
    await page.waitForFunction(() => document.body.dataset.atlasState === "ready");
    await screenshot(page, "panels-import");
    await page.context().close();
  });

  it("says clearly when a file cannot be read", async () => {
    const page = await openApp();
    await page.locator("#import-slot input[type=file]").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("just some words\nnothing bibliographic here\n") });
    const alert = page.getByRole("region", { name: "Diagnostics" }).getByRole("alert");
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/No publications|failed/);
    await page.context().close();
  });
});
