import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { AA_NON_TEXT, AA_TEXT, contrastRatio, cssVariables, parseColor } from "../../../src/view/contrast.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import { THEMES } from "../../../src/export/theme.ts";

const css = (name: string) => readFileSync(new URL(`../../../styles/${name}`, import.meta.url), "utf8");

/** The CSS text before / inside the `prefers-color-scheme: dark` block of hardening.css. */
function themes() {
  const hardening = css("hardening.css");
  const darkStart = hardening.indexOf("@media (prefers-color-scheme: dark)");
  expect(darkStart).toBeGreaterThan(0);
  const light = new Map([...cssVariables(css("app.css")), ...cssVariables(css("panels.css")), ...cssVariables(hardening.slice(0, darkStart))]);
  // Inside the dark block, .graph-area puts the light map's variables back for the graph area only.
  const darkBlock = hardening.slice(darkStart).replace(/\.graph-area\s*\{[^}]*\}/, "");
  expect(darkBlock.length).toBeLessThan(hardening.length - darkStart);
  const dark = new Map([...light, ...cssVariables(darkBlock)]);
  return { light, dark };
}

/** [foreground, background, minimum, what] — variables or literal colours. */
const TEXT_PAIRS: [string, string, number, string][] = [
  ["--app-text", "--hard-bg", AA_TEXT, "page text"],
  ["--app-muted", "--hard-bg", AA_TEXT, "muted text (dataset title, status line)"],
  ["--app-muted", "--app-soft", AA_TEXT, "legend text"],
  ["--panel-text", "--hard-bg", AA_TEXT, "panel text"],
  ["--panel-muted", "--hard-bg", AA_TEXT, "panel meta text"],
  ["--panel-muted", "--panel-soft", AA_TEXT, "meta text on soft rows"],
  ["--panel-accent", "--hard-bg", AA_TEXT, "links and person chips"],
  ["--panel-accent", "--panel-accent-soft", AA_TEXT, "chip hover"],
  ["--panel-warn", "--panel-warn-soft", AA_TEXT, "warning badges"],
  ["--panel-error", "--hard-bg", AA_TEXT, "import errors"],
  ["--hard-text", "--hard-bg", AA_TEXT, "dialog text"],
  ["--hard-muted", "--hard-bg", AA_TEXT, "dialog note"],
  ["--hard-text", "--hard-soft", AA_TEXT, "key caps"],
  ["--hard-alert", "--hard-alert-soft", AA_TEXT, "no-WebGL2 title"],
  ["--hard-text", "--hard-alert-soft", AA_TEXT, "no-WebGL2 text"],
  ["--hard-on-accent", "--hard-accent", AA_TEXT, "dialog Close button"],
  ["--hard-focus", "--hard-bg", AA_NON_TEXT, "focus ring"],
  ["--panel-focus", "--hard-bg", AA_NON_TEXT, "panel focus ring"],
];

describe("WCAG AA contrast in every theme", () => {
  it("computes the reference ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#fff", "rgb(255, 255, 255)")).toBe(1);
    expect(parseColor("not a colour")).toBeUndefined();
  });

  for (const name of ["light", "dark"] as const) {
    it(`${name} page and panel colours`, () => {
      const variables = themes()[name];
      const failures: string[] = [];
      for (const [foreground, background, minimum, what] of TEXT_PAIRS) {
        const fg = foreground.startsWith("--") ? variables.get(foreground) : foreground;
        const bg = background.startsWith("--") ? variables.get(background) : background;
        expect(fg, `${foreground} is declared`).toBeDefined();
        expect(bg, `${background} is declared`).toBeDefined();
        const ratio = contrastRatio(fg!, bg!);
        if (ratio < minimum) failures.push(`${what}: ${fg} on ${bg} = ${ratio.toFixed(2)} < ${minimum}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it("the dark scheme really is dark and the light one light", () => {
    const { light, dark } = themes();
    expect(contrastRatio(light.get("--hard-bg")!, "#ffffff")).toBe(1);
    expect(contrastRatio(dark.get("--hard-bg")!, "#000000")).toBeLessThan(1.5);
  });

  it("graph labels on the graph background, in the view and in every export theme", () => {
    expect(contrastRatio(VIEW_COLORS.label, VIEW_COLORS.background)).toBeGreaterThanOrEqual(AA_TEXT);
    for (const theme of Object.values(THEMES)) expect(contrastRatio(theme.label, theme.background), theme.name).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it("graph labels in every talk view theme (view/view-theme.ts, when present)", async () => {
    const module = await import("../../../src/view/view-theme.ts").catch(() => undefined);
    if (!module) return;
    for (const theme of Object.values(module.VIEW_THEMES as Record<string, { name: string; label: string; background: string }>)) {
      expect(contrastRatio(theme.label, theme.background), theme.name).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});
