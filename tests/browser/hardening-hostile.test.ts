/**
 * Hostile content everywhere text appears, with the CSP enforced: search suggestions, the
 * diagnostics list, the legend, the People/Papers lists, the panels, tooltips and the exports
 * (SVG, GEXF, GraphML, CSL-JSON downloaded from the Export menu). Nothing runs, no element or
 * handler comes from the data, and the only links are http(s).
 */
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { closeHarness, screenshot, type AppPage } from "./harness.ts";
import { cspViolations, importFile, openStrict, searchBox } from "./hardening-helpers.ts";

afterAll(closeHarness);

interface PageExposure {
  pwned: unknown;
  handlers: string[];
  dangerous: string[];
  badLinks: string[];
  scripts: number;
}

/** Anything an attack would leave in the page, anywhere in the document. */
function exposure(page: AppPage): Promise<PageExposure> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`)),
      dangerous: all.filter((element) => /^(IFRAME|OBJECT|EMBED|IMG|B|FOREIGNOBJECT)$/i.test(element.tagName) && element.closest("#graph") === null).map((element) => element.outerHTML.slice(0, 80)),
      badLinks: [...document.querySelectorAll("[href], [src], [action], [formaction], [xlink\\:href]")]
        .map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("action") ?? element.getAttribute("formaction") ?? "")
        .filter((value) => value !== "" && !/^(https?:|blob:|\.\/|#|data:,$)/i.test(value.trim())),
      scripts: document.querySelectorAll("script").length,
    };
  });
}

/** Texts of the search suggestions for a query, with the number of elements inside each option. */
async function suggestions(page: AppPage, query: string): Promise<{ texts: string[]; markup: string[] }> {
  const search = searchBox(page);
  await search.fill("");
  await search.pressSequentially(query);
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const options = [...document.querySelectorAll("#search-slot [role=option]")];
    return {
      texts: options.map((option) => option.textContent ?? ""),
      markup: options.flatMap((option) => [...option.querySelectorAll("*")].filter((child) => !/^(SPAN|MARK|STRONG)$/.test(child.tagName)).map((child) => child.tagName)),
    };
  });
}

async function download(page: AppPage, label: RegExp): Promise<string> {
  const menu = page.locator("summary", { hasText: "Export" });
  if ((await page.locator("details.export-menu[open]").count()) === 0) await menu.click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
  const path = await file.path();
  return readFileSync(path, "utf8");
}

describe("hostile content is text everywhere", () => {
  for (const fixture of ["tests/fixtures/hostile.bib", "tests/fixtures/hostile.csl.json"]) {
    it(`${fixture}: suggestions, diagnostics, legend, lists, panels and exports`, async () => {
      const page = await openStrict("", { contextOptions: { acceptDownloads: true } });
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const before = await exposure(page);
      await importFile(page, fixture);

      // Search suggestions: plain text, no markup from the data.
      let sawHostileSuggestion = false;
      for (const query of ["Pwned", "javascript", "Mallory", "Eve", "Data URL", "CSL"]) {
        const { texts, markup } = await suggestions(page, query);
        expect(markup).toEqual([]);
        if (texts.some((text) => /<|javascript:|Pwned|Mallory/i.test(text))) sawHostileSuggestion = true;
      }
      expect(sawHostileSuggestion).toBe(true);
      await screenshot(page, `hardening-hostile-suggestions-${fixture.endsWith(".bib") ? "bib" : "csl"}`);
      await page.keyboard.press("Escape");

      // The diagnostics list, fully open.
      for (const details of await page.locator("#panels details").all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
      const diagnosticsMarkup = await page.locator("#panels .diagnostic-rows .diagnostic-message *").count();
      expect(diagnosticsMarkup).toBe(0);

      // The People / Papers lists, and every panel reached from them.
      const people = page.getByRole("region", { name: /^People/ });
      const count = await people.locator(".overview-entry").count();
      expect(count).toBeGreaterThan(1);
      for (let i = 0; i < Math.min(count, 6); i++) {
        await page.getByRole("region", { name: /^People/ }).locator(".overview-entry").nth(i).click();
        await page.locator("#panels .panel-person").waitFor();
        for (const chip of (await page.locator("#panels .person-chip").all()).slice(0, 5)) await chip.hover();
        await page.keyboard.press("Escape");
        await page.getByRole("region", { name: /^People/ }).waitFor();
      }
      const papers = page.getByRole("region", { name: /^Papers/ });
      for (let i = 0; i < (await papers.locator(".overview-entry").count()); i++) {
        await page.getByRole("region", { name: /^Papers/ }).locator(".overview-entry").nth(i).click();
        await page.locator("#panels .panel-paper").waitFor();
        await page.keyboard.press("Escape");
        await page.getByRole("region", { name: /^Papers/ }).waitFor();
      }
      // The legend names people and papers as text.
      expect(await page.locator("#graph-legend *").evaluateAll((elements) => elements.filter((element) => /^(IMG|B|SCRIPT|IFRAME|SVG)$/i.test(element.tagName) && !element.closest(".legend-swatch")).length)).toBe(0);

      // Exports: markup in the data is escaped, never an element, handler or script URL.
      const svg = await download(page, /^Download SVG/);
      expect(svg.startsWith("<?xml") || svg.startsWith("<svg")).toBe(true);
      expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|a|b)\b/i);
      expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
      expect(svg).not.toMatch(/(href|src)\s*=\s*["']\s*(javascript|data):/i);
      for (const label of [/^Download GEXF/, /^Download GraphML/]) {
        const xml = await download(page, label);
        expect(xml).not.toMatch(/<(script|img|iframe|b)\b/i);
      }
      const csl = JSON.parse(await download(page, /^Download CSL-JSON/)) as { URL?: string }[];
      for (const item of csl) if (item.URL !== undefined) expect(item.URL).toMatch(/^https?:\/\//);

      await page.waitForTimeout(300);
      const after = await exposure(page);
      expect(after.pwned).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(after.handlers).toEqual([]);
      expect(after.dangerous).toEqual([]);
      expect(after.badLinks).toEqual([]);
      expect(after.scripts).toBe(before.scripts);
      expect(await cspViolations(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    });
  }
});
