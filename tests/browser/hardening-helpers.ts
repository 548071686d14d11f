/**
 * Shared by tests/browser/hardening-*.test.ts: pages with the app's CSP enforced (the harness
 * turns it off by default for addScriptTag), CSP violation recording, axe-core injected in a way
 * the CSP allows (evaluated by the driver, not an inline <script>), and file import.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { openApp, waitForAppState, type AppPage, type OpenOptions } from "./harness.ts";

/** Collects `securitypolicyviolation` events from the first script the page runs. */
export const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
  });
`;

/** openApp with the CSP enforced and violations recorded. */
export function openStrict(query = "", options: OpenOptions = {}): Promise<AppPage> {
  return openApp(query, {
    ...options,
    contextOptions: { bypassCSP: false, ...options.contextOptions },
    initScripts: [RECORD_VIOLATIONS, ...(options.initScripts ?? [])],
  });
}

export function cspViolations(page: AppPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core over the whole page (or `include`): violations of impact serious or critical. */
export async function axeSerious(page: AppPage, include?: string[]): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const context = selectors ? { include: selectors.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }, include);
}

/** Imports a file through the header's file input and waits for the new dataset. */
export async function importFile(page: AppPage, path: string): Promise<void> {
  await page.locator("#import-slot input[type=file]").setInputFiles(path);
  await expect.poll(() => page.getByRole("region", { name: "Diagnostics" }).locator(".panel-kicker").first().textContent(), { timeout: 90_000 }).toBe("Last import");
  await waitForAppState(page, "ready", 90_000);
}

export function searchBox(page: AppPage) {
  return page.getByRole("combobox", { name: "Search people and papers" });
}
