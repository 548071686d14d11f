import { describe, expect, it } from "vitest";
import { contrastRatio, themeEdge, themeNode, VIEW_THEMES } from "../../../src/view/view-theme.ts";
import { VIEW_COLORS } from "../../../src/view/palette.ts";
import { exportFileName, exportThemeFor } from "../../../src/panels/export-menu.ts";
import { fileStem } from "../../../src/panels/download.ts";
import { pageMode } from "../../../src/app/talks.ts";
import { ownsKey } from "../../../src/app/present.ts";

describe("view themes", () => {
  it("keep WCAG AA contrast (4.5:1) for labels and dimmed labels on their background", () => {
    for (const theme of Object.values(VIEW_THEMES)) {
      expect(contrastRatio(theme.label, theme.background), theme.name).toBeGreaterThanOrEqual(4.5);
      if (theme.name !== "light") expect(contrastRatio(theme.dimmedLabel, theme.background), theme.name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
  it("light leaves the display untouched (the default view is exactly as before)", () => {
    const display = { color: VIEW_COLORS.dimmedNode, labelColor: VIEW_COLORS.label, size: 7, labelSize: 13 };
    expect(themeNode(display, VIEW_THEMES.light)).toBe(display);
    const edge = { color: VIEW_COLORS.edge, size: 1 };
    expect(themeEdge(edge, VIEW_THEMES.light)).toBe(edge);
  });
  it("projector-dark: white labels, larger labels and nodes, thicker edges; node colours keep their meaning", () => {
    const node = themeNode({ color: VIEW_COLORS.author, labelColor: VIEW_COLORS.label, labelBackgroundColor: "rgba(255, 255, 255, 0.82)", size: 10, labelSize: 13 }, VIEW_THEMES["projector-dark"]);
    expect(node).toEqual({ color: VIEW_COLORS.author, labelColor: "#ffffff", labelBackgroundColor: "rgba(0, 0, 0, 0.85)", size: 11.5, labelSize: 17.6 });
    expect(themeNode({ color: VIEW_COLORS.dimmedNode }, VIEW_THEMES.dark).color).toBe("#323941");
    expect(themeEdge({ color: VIEW_COLORS.edge, size: 1 }, VIEW_THEMES["projector-dark"])).toEqual({ color: "#8f99a5", size: 1.8 });
    // Labels on sigma's white selection card keep dark ink.
    expect(themeNode({ labelColor: VIEW_COLORS.label, backdropVisibility: "visible" }, VIEW_THEMES.dark).labelColor).toBe(VIEW_COLORS.label);
    expect(themeNode({ labelColor: VIEW_COLORS.label, labelBackgroundColor: "rgba(255, 255, 255, 0.82)" }, VIEW_THEMES.dark, true)).toEqual({ labelColor: VIEW_COLORS.label, labelBackgroundColor: "rgba(255, 255, 255, 0.82)" });
  });
});

describe("export buttons", () => {
  it("map the view theme to an export theme", () => {
    expect(exportThemeFor(undefined)).toBe("light");
    expect(exportThemeFor("projector-light")).toBe("projector");
    expect(exportThemeFor("projector-dark")).toBe("dark");
  });
  it("name files after the dataset", () => {
    expect(exportFileName("Publications of Vinay V. Ramasesh", "csl-json")).toBe("publications-of-vinay-v-ramasesh.csl.json");
    expect(exportFileName("Ærø: <script>", "png")).toBe("r-script.png");
    expect(fileStem("")).toBe("coauthor-atlas");
    expect(fileStem("Łódź — ünïcode")).toBe("odz-unicode");
  });
  it("page mode: embed wins over present", () => {
    expect(pageMode({ embed: true, present: true })).toBe("embed");
    expect(pageMode({ present: true })).toBe("present");
    expect(pageMode({})).toBe("full");
  });
});

describe("presentation keys and focused elements", () => {
  /** A stand-in element matching the given selectors' first tag. */
  const element = (tag: string) => ({ closest: (selector: string) => (selector.split(",").some((part) => part.trim().startsWith(tag)) ? {} : null) });
  it("typing in a field keeps every key; Space and Enter on a button stay the button's", () => {
    expect(ownsKey(element("input") as unknown as EventTarget, "ArrowRight")).toBe(true);
    expect(ownsKey(element("button") as unknown as EventTarget, " ")).toBe(true);
    expect(ownsKey(element("button") as unknown as EventTarget, "PageDown")).toBe(false);
    expect(ownsKey(element("div") as unknown as EventTarget, " ")).toBe(false);
    expect(ownsKey(null, "ArrowRight")).toBe(false);
  });
});
