/**
 * One collection from every source, in the app: OpenAlex JSON + Crossref BibTeX imported at
 * once through the file input become one Fernando Muro with papers from both files; the paper
 * panel names its sources; accepting the suggested merge re-runs identity; the alias file downloads.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, openApp, screenshot, type AppPage } from "./harness.ts";

afterAll(closeHarness);

const FILES = ["../shared/corpus/other/openalex-works-muro.json", "../shared/corpus/bib/crossref-generated-muro.bib"];

async function chooseFromSearch(page: AppPage, query: string, option: RegExp): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search people and papers" });
  await search.click();
  await search.fill("");
  await search.pressSequentially(query);
  await page.getByRole("option", { name: option }).first().click();
}

describe("importing two formats at once", () => {
  it("merges people and papers across sources, and a suggested merge can be accepted and downloaded", async () => {
    const page = await openApp();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator("#import-slot input[type=file]").setInputFiles(FILES);
    const diagnostics = page.getByRole("region", { name: "Diagnostics" });
    await expect.poll(() => diagnostics.locator(".panel-kicker").textContent(), { timeout: 90_000 }).toBe("Last import");
    await page.waitForFunction(() => document.body.dataset.atlasState === "ready", undefined, { timeout: 90_000 });
    expect(await page.locator("#status").textContent()).toMatch(/^53 papers · 21 people/);

    // One Fernando Muro, on every paper of both files.
    await chooseFromSearch(page, "Muro", /Fernando Muro/);
    const author = page.getByRole("region", { name: "Fernando Muro", exact: true });
    await author.waitFor();
    expect(await author.getByText("Papers in this dataset (53)").count()).toBe(1);

    // A paper read from both files says so, and names its preprint.
    await author.getByRole("button", { name: /Derived universal Massey products/ }).click();
    const paper = page.getByRole("region", { name: "Derived universal Massey products", exact: true });
    await paper.waitFor();
    expect(await paper.locator(".paper-note").allTextContents()).toEqual([
      "From: openalex-works-muro.json, crossref-generated-muro.bib",
      "Also as preprint arXiv:2109.01421",
    ]);
    await screenshot(page, "sources-paper");

    // The one suggestion: Baues / Bauer, with its evidence.
    const suggestions = page.getByRole("region", { name: "Suggested merges (1)" });
    await suggestions.scrollIntoViewIfNeeded();
    expect(await suggestions.locator(".suggestion-evidence li").allTextContents()).toEqual([
      "Family names one letter apart (Baues / Bauer), same given names",
      "Shared coauthors: Fernando Muro",
      "Same paper, named differently by two sources: Smash Products for Secondary Homotopy Groups",
    ]);
    await screenshot(page, "sources-suggestions");
    await suggestions.getByRole("button", { name: "Accept: Hans-Joachim Baues and Hans Joachim Bauer are one person" }).click();
    await page.getByRole("region", { name: "Suggested merges (0)" }).waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => document.body.dataset.atlasState === "ready", undefined, { timeout: 90_000 });
    expect(await page.locator("#status").textContent()).toMatch(/^53 papers · 20 people/);
    // The selected paper stays selected through the rebuild.
    await page.getByRole("region", { name: "Derived universal Massey products", exact: true }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download the alias file \(1 decision\)/ }).click()]);
    expect(download.suggestedFilename()).toBe("aliases.json");
    const saved = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
    expect(saved).toEqual({ merge: [["Baues, Hans-Joachim", "Bauer, Hans Joachim"]], split: [] });
    await page.context().close();
  });
});
