/**
 * Accessibility of the whole app: axe-core (0 serious/critical) on the default view, an author, a
 * pair's shared papers, a paper, the import summary and the dark theme; the keyboard (tab order,
 * `/`, `?`, Esc, the People/Papers lists); reduced motion; touch (tap selects).
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, graphBox, nodePagePosition, screenshot } from "./harness.ts";
import { axeSerious, cspViolations, importFile, openStrict, searchBox } from "./hardening-helpers.ts";

afterAll(closeHarness);

const VINAY = "vinay-venkatesh-ramasesh";
const KYLE = "kyle-aitken";

describe("axe-core: no serious or critical violations", () => {
  it("default view, author, shared papers, paper", async () => {
    const page = await openStrict();
    expect(await axeSerious(page)).toEqual([]);

    await page.getByRole("region", { name: /^People/ }).getByRole("button", { name: /^Vinay Venkatesh Ramasesh/ }).click();
    await page.locator("#panels .panel-person").waitFor();
    expect(await axeSerious(page)).toEqual([]);

    await page.locator("#panels .panel-person").getByRole("button", { name: "Kyle Aitken", exact: true }).click();
    await page.getByRole("region", { name: "Shared papers", exact: true }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "hardening-a11y-pair");

    await page.locator("#panels .panel-pair .paper-list button").first().click();
    await page.locator("#panels .panel-paper").waitFor();
    expect(await axeSerious(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("import summary", async () => {
    const page = await openStrict();
    await importFile(page, "../shared/corpus/other/ris-ieee-xplore-litstudy.ris");
    for (const details of await page.locator("#panels details").all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "hardening-a11y-import");
    await page.context().close();
  });

  it("dark colour scheme (prefers-color-scheme: dark)", async () => {
    const page = await openStrict(`?person=${VINAY}`, { contextOptions: { colorScheme: "dark" } });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.getElementById("panels")!).backgroundColor);
    expect(background).toBe("rgb(22, 25, 29)");
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "hardening-a11y-dark");
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await screenshot(page, "hardening-a11y-dark-shortcuts");
    await page.context().close();
  });
});

describe("keyboard", () => {
  it("tabs header → graph controls → panels, with a visible focus ring everywhere", async () => {
    const page = await openStrict();
    await page.locator("body").click({ position: { x: 5, y: 790 } });
    const order: string[] = [];
    const unringed: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const area = element.closest("header") ? "header" : element.closest(".graph-area") ? "graph" : element.closest("#panels") ? "panels" : "other";
        const ringed = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        return { area, ringed, name: `${element.tagName.toLowerCase()} ${element.getAttribute("aria-label") ?? element.textContent?.slice(0, 30) ?? ""}` };
      });
      order.push(info.area);
      if (!info.ringed && info.area !== "other") unringed.push(info.name);
    }
    // Each area is reached as one block, in this order.
    const blocks = order.filter((area, i) => area !== "other" && area !== order[i - 1]);
    expect(blocks.slice(0, 3)).toEqual(["header", "graph", "panels"]);
    expect(unringed).toEqual([]);
    await page.context().close();
  });

  it("/ focuses search, ? lists the shortcuts, Esc closes the dialog then clears the selection", async () => {
    const page = await openStrict(`?person=${VINAY}`);
    await page.locator("#panels .panel-person h2").focus();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Search people and papers");
    // Typing "?" into the search box types it.
    await page.keyboard.type("?");
    expect(await searchBox(page).inputValue()).toBe("?");
    expect(await page.getByRole("dialog").count()).toBe(0);

    await page.locator("#panels .panel-person h2").focus();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    for (const expected of ["Focus the search box", "Show these shortcuts", "clear the selection", "next scene"]) expect(text).toContain(expected);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");
    await screenshot(page, "hardening-shortcuts");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    // The first Esc only closed the dialog.
    expect(await page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("person");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("none");

    // The header's "?" button opens it too, and focus returns to it on close.
    await page.getByRole("button", { name: "Keyboard shortcuts (?)" }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Close" }).press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Keyboard shortcuts (?)");
    await page.context().close();
  });

  it("reaches every person and paper through the People and Papers lists", async () => {
    const page = await openStrict();
    const counts = await page.evaluate(() => {
      const store = window.__atlas!.sigma.getGraph();
      return { authors: store.filterNodes((_n, a) => a.kind === "author").length, papers: store.filterNodes((_n, a) => a.kind === "paper").length };
    });
    const people = page.getByRole("region", { name: /^People/ });
    const papers = page.getByRole("region", { name: /^Papers/ });
    // Page through with the keyboard until everything is listed.
    for (const region of [people, papers]) {
      for (;;) {
        const more = region.getByRole("button", { name: /^Show \d+ more/ });
        if ((await more.count()) === 0) break;
        await more.focus();
        await page.keyboard.press("Enter");
      }
    }
    expect(await people.locator(".overview-entry").count()).toBe(counts.authors);
    expect(await papers.locator(".overview-entry").count()).toBe(counts.papers);
    // Choosing one with the keyboard selects it.
    await papers.locator(".overview-entry").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.__atlas?.store.get().selection.kind)).toBe("paper");
    await page.context().close();
  });
});

describe("motion and touch", () => {
  it("with reduced motion, the camera jumps and nothing transitions", async () => {
    const page = await openStrict("", { reducedMotion: true });
    const search = searchBox(page);
    await search.pressSequentially("Kyle Aitken");
    await page.locator("#search-slot").getByRole("option").first().click();
    const before = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState());
    // No animation in flight: the camera already moved within the same frame.
    expect(await page.evaluate(() => window.__atlas!.sigma.getCamera().isAnimating())).toBe(false);
    expect(before.ratio).not.toBe(1);
    const transitions = await page.evaluate(() =>
      [...document.querySelectorAll("body *")].filter((element) => {
        const style = getComputedStyle(element);
        return style.transitionDuration.split(",").some((value) => parseFloat(value) > 0) || style.animationDuration.split(",").some((value) => parseFloat(value) > 0);
      }).length,
    );
    expect(transitions).toBe(0);
    await page.context().close();
  });

  it("a tap on a node selects it on a touch screen", async () => {
    const page = await openStrict("", { contextOptions: { hasTouch: true, isMobile: false } });
    const node = `a:${KYLE}`;
    const { x, y } = await nodePagePosition(page, node);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => page.evaluate(() => window.__atlas?.store.get().selection)).toEqual({ kind: "person", personId: KYLE });
    await screenshot(page, "hardening-touch-tap");
    await page.context().close();
  });

  it("a pinch zooms the graph", async () => {
    const page = await openStrict("", { contextOptions: { hasTouch: true, isMobile: false } });
    const box = await graphBox(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const before = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState().ratio);
    const cdp = await page.context().newCDPSession(page);
    const points = (spread: number) => [
      { x: cx - spread, y: cy, id: 1 },
      { x: cx + spread, y: cy, id: 2 },
    ];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(30) });
    for (let spread = 40; spread <= 200; spread += 20) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(spread) });
      await page.waitForTimeout(16);
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState().ratio);
    // Fingers moving apart zoom in: a smaller camera ratio.
    expect(after).toBeLessThan(before * 0.6);
    await page.context().close();
  });
});
