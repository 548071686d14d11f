/**
 * "Exploring collaborations" on the default dataset: the year brush and inputs, play, colour by
 * community with a legend that highlights members, colour by year, the hyperauthored threshold
 * and "About this dataset".
 */
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, openApp, screenshot, type AppPage } from "./harness.ts";

afterAll(closeHarness);

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core over the explore bar, the legend and the panels: violations of impact serious or critical. */
async function axeViolations(page: AppPage): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [["#explore-bar"], ["#graph-legend"], ["#panels"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

const status = (page: AppPage) => page.locator("#status").textContent();

/** What the graph state says about a node: hidden by the year filter or drawn, and its colour. */
async function nodeState(page: AppPage, node: string): Promise<{ hidden: boolean; color: string } | undefined> {
  return page.evaluate((key) => {
    const data = window.__atlas?.sigma.getNodeDisplayData(key);
    return data ? { hidden: data.visibility === "hidden", color: data.color } : undefined;
  }, node);
}

async function hiddenPapers(page: AppPage): Promise<string[]> {
  return page.evaluate(() => {
    const sigma = window.__atlas!.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((node) => node.startsWith("p:") && sigma.getNodeDisplayData(node)?.visibility === "hidden");
  });
}

describe("time", () => {
  it("?years=2022-2022 shows 3 of 8 papers and hides the others", async () => {
    const page = await openApp("?years=2022-2022");
    expect(await status(page)).toMatch(/^Showing 3 of 8 papers \(2022\) · 14 of 462 people/);
    expect((await hiddenPapers(page)).sort()).toEqual(["p:arxiv:2007.07400", "p:arxiv:2010.15114", "p:arxiv:2110.15253", "p:arxiv:2206.04615", "p:doi:10.21105/joss.02403"]);
    expect(await nodeState(page, "a:kyle-aitken")).toMatchObject({ hidden: true });
    expect(await nodeState(page, "a:ethan-dyer")).toMatchObject({ hidden: false });
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("2022");
    expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("2022");
    await screenshot(page, "explore-years-2022");
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("a mouse drag on the histogram filters, the panels count only what is shown, the URL keeps it", async () => {
    const page = await openApp("?person=vinay-venkatesh-ramasesh");
    const author = page.getByRole("region", { name: /Ramasesh/ });
    await expect.poll(() => author.locator(".paper-list > li").count()).toBe(8);

    const bars = page.locator(".timeline-bar");
    expect(await bars.count()).toBe(4); // 2020–2023
    const first = (await bars.nth(0).boundingBox())!;
    const second = (await bars.nth(1).boundingBox())!;
    // Drag from the left of 2020 to the middle of 2021: 2020–2021.
    await page.mouse.move(first.x - 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(second.x + second.width * 0.7, second.y + 4, { steps: 6 });
    await page.mouse.up();

    await expect.poll(() => status(page)).toMatch(/^Showing 4 of 8 papers \(2020–2021\)/);
    expect((await hiddenPapers(page)).sort()).toEqual(["p:arxiv:2206.04615", "p:arxiv:2206.14858", "p:arxiv:2207.04901", "p:title:effect-of-scale-on-catastrophic-forgetting-in-2022"]);
    // The author panel lists only the 4 papers of 2020–2021.
    await expect.poll(() => author.locator(".paper-list > li").count()).toBe(4);
    const titles = await author.locator(".paper-title").allTextContents();
    expect(titles).not.toContain("Solving Quantitative Reasoning Problems with Language Models");
    await expect.poll(() => new URL(page.url()).searchParams.get("years")).toBe("2020-2021");
    await screenshot(page, "explore-brushed");

    // Keyboard alternative: the To input.
    const to = page.getByLabel("To", { exact: true });
    await to.fill("2022");
    await to.press("Enter");
    await expect.poll(() => status(page)).toMatch(/^Showing 7 of 8 papers \(2020–2022\)/);
    await page.getByRole("button", { name: "All years" }).click();
    await expect.poll(() => status(page)).toBe("8 papers · 462 people");
    expect(await hiddenPapers(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("play steps through the years and stops at the last", async () => {
    const page = await openApp();
    const seen = new Set<string>();
    await page.getByRole("button", { name: "Play" }).click();
    expect(await page.locator(".explore-play").textContent()).toBe("Pause");
    for (let i = 0; i < 40 && seen.size < 4; i++) {
      seen.add((await status(page)) ?? "");
      await page.waitForTimeout(150);
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Showing 1 of 8 papers \(2020\)/),
        expect.stringMatching(/^Showing 4 of 8 papers \(2020–2021\)/),
        expect.stringMatching(/^Showing 7 of 8 papers \(2020–2022\)/),
      ]),
    );
    await expect.poll(() => status(page), { timeout: 8000 }).toMatch(/^Showing 8 of 8 papers \(2020–2023\)/);
    expect(await page.locator(".explore-play").textContent()).toBe("Play");
    await page.context().close();
  });
});

describe("pause", () => {
  it("Pause stops the steps where they are", async () => {
    const page = await openApp();
    await page.getByRole("button", { name: "Play" }).click();
    // The second step comes PLAY_STEP_MS (1.2 s) after the first: past expect.poll's default 1 s.
    await expect.poll(() => status(page), { timeout: 6000 }).toMatch(/^Showing 4 of 8 papers \(2020–2021\)/);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => page.locator(".explore-play").textContent()).toBe("Play");
    // A step that fired just before the click may still be drawing: read the status once it holds still.
    let paused = await status(page);
    for (let settled = false; !settled; ) {
      await page.waitForTimeout(400);
      const now = await status(page);
      settled = now === paused;
      paused = now;
    }
    await page.waitForTimeout(2600); // two play steps
    expect(await status(page)).toBe(paused);
    expect(await page.locator(".explore-play").textContent()).toBe("Play");
    await page.context().close();
  });
});

describe("colour by community", () => {
  it("has one legend entry per community; focusing one highlights its members", async () => {
    const page = await openApp("?color=community");
    const entries = page.locator(".legend-community");
    expect(await entries.count()).toBe(3);
    expect(await entries.allTextContents()).toEqual([expect.stringMatching(/\(10\)$/), expect.stringMatching(/Ramasesh.*\(6\)$/), expect.stringMatching(/\(5\)$/)]);
    expect(await page.locator(".legend-uncounted").textContent()).toBe("441 people only on papers with more than 25 authors: in no community");
    // Kyle Aitken is in the third community (Okabe–Ito bluish green).
    expect((await nodeState(page, "a:kyle-aitken"))?.color.toLowerCase()).toBe("#009e73");
    await screenshot(page, "explore-communities");

    await entries.nth(2).focus();
    await expect.poll(() => page.evaluate(() => window.__atlas?.store.get().highlightedCommunity)).toBe(2);
    await page.waitForTimeout(100);
    expect((await nodeState(page, "a:kyle-aitken"))?.color.toLowerCase()).toBe("#009e73");
    expect((await nodeState(page, "a:ethan-dyer"))?.color.toLowerCase()).toBe("#dfe3e8"); // dimmed
    await screenshot(page, "explore-community-highlight");
    expect(await axeViolations(page)).toEqual([]);
    await entries.nth(2).click();
    expect(await entries.nth(2).getAttribute("aria-pressed")).toBe("true");
    await entries.nth(2).press("Escape");
    await expect.poll(() => page.evaluate(() => window.__atlas?.store.get().highlightedCommunity)).toBeUndefined();
    expect(await entries.nth(2).getAttribute("aria-pressed")).toBe("false");
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("colour by year has a scale legend; the select switches modes", async () => {
    const page = await openApp();
    await page.getByLabel("Colour", { exact: true }).selectOption("year");
    await expect.poll(() => page.locator(".legend-year-label").allTextContents()).toEqual(["2020", "2021", "2022", "2023"]);
    await expect.poll(() => new URL(page.url()).searchParams.get("color")).toBe("year");
    await screenshot(page, "explore-year-colours");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("hyperauthored setting and provenance", () => {
  it("names the papers above the threshold; a new threshold goes to the URL", async () => {
    const page = await openApp();
    expect(await page.locator(".explore-hyper .explore-note").textContent()).toBe("1 paper has more than 25 authors: Beyond the Imitation Game (450)");
    const input = page.getByLabel("Large papers: more than");
    await input.fill("9");
    await input.press("Enter");
    await expect.poll(() => page.locator(".explore-hyper .explore-note").textContent()).toMatch(/^3 papers have more than 9 authors/);
    await expect.poll(() => new URL(page.url()).searchParams.get("hyper")).toBe("9");
    await page.context().close();
  });

  it("About this dataset lists the counts, sources, merges and layout", async () => {
    const page = await openApp();
    const about = page.getByRole("region", { name: "About this dataset" });
    const facts = await about.locator(".provenance-counts .fact").allTextContents();
    expect(facts[0]).toMatch(/^Records8/);
    expect(facts).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Papers8/), expect.stringMatching(/^People462/), expect.stringMatching(/^Authorships493/), expect.stringMatching(/^Skipped0/)]),
    );
    expect(await about.locator(".provenance-sources li").first().textContent()).toMatch(/^data\/ramasesh\.bibbibtex · 8 records · sha-256 [0-9a-f]{12}$/);
    expect(await about.locator(".provenance-merges li").count()).toBe(2);
    expect(await about.locator(".provenance-layout").textContent()).toMatch(/Layout seed1.*Iterations\d+.*Convergedyes/);
    await about.scrollIntoViewIfNeeded();
    await screenshot(page, "explore-about");
    await about.locator(".provenance-layout").scrollIntoViewIfNeeded();
    await screenshot(page, "explore-about-end");
    await page.context().close();
  });
});
