/**
 * An author–author graph file (GML) in the app: drawn as people and links without papers, said
 * so on screen, and a person's panel lists coauthors with the file's link weights.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, countDrawnPixels, graphBox, openApp, screenshot } from "./harness.ts";

afterAll(closeHarness);

describe("importing an author–author network", () => {
  it("shows newman-netscience.gml as a coauthor network without papers", async () => {
    const page = await openApp();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator("#import-slot input[type=file]").setInputFiles("../shared/corpus/large/newman-netscience.gml");
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 120_000 }).toMatch(/^1,589 people · 2,742 links · Author–author network: no papers/);
    await page.waitForFunction(() => document.body.dataset.atlasState === "ready", undefined, { timeout: 120_000 });
    expect(await page.locator("#panels .network-note").first().textContent()).toMatch(/^Author–author network: no papers/);
    const png = await screenshot(page, "sources-network");
    expect(countDrawnPixels(png, await graphBox(page))).toBeGreaterThan(5_000);

    // BARABASI, A has many links in netscience: the panel lists them with weights.
    const search = page.getByRole("combobox", { name: "Search people and papers" });
    await search.click();
    await search.pressSequentially("BARABASI");
    await page.getByRole("option", { name: /BARABASI, A/ }).first().click();
    const panel = page.getByRole("region", { name: "BARABASI, A", exact: true });
    await panel.waitFor();
    const heading = await panel.locator("h3", { hasText: "Coauthors by link weight" }).textContent();
    expect(Number(/\((\d+)\)/.exec(heading ?? "")?.[1])).toBeGreaterThan(10);
    expect(await panel.locator(".network-coauthors .coauthor-weight").first().textContent()).toMatch(/^ weight \d/);
    await screenshot(page, "sources-network-person");
    await page.context().close();
  });
});
