import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importSizeProblem, MAX_FILE_BYTES, MAX_TOTAL_BYTES } from "../../../src/app/import-limits.ts";
import { FIRST_PAGE, paperLabel, paperRows, peopleRows, personLabel } from "../../../src/panels/overview-lists.ts";
import { SHORTCUTS, shortcutFor } from "../../../src/panels/shortcuts.ts";
import { graphUnavailableMessage } from "../../../src/view/graph-unavailable.ts";
import { buildAtlas } from "../../../src/dataset/build.ts";
import { renderSvg } from "../../../src/export/svg.ts";
import { contextFromAtlas } from "../../../src/app/dataset.ts";

const MB = 1024 * 1024;

describe("import size limits", () => {
  it("are 64 MB per file and 200 MB together", () => {
    expect(MAX_FILE_BYTES).toBe(64 * MB);
    expect(MAX_TOTAL_BYTES).toBe(200 * MB);
  });

  it("accept files within both limits", () => {
    expect(importSizeProblem([{ name: "a.bib", size: 64 * MB }, { name: "b.ris", size: 10 * MB }])).toBeUndefined();
    expect(importSizeProblem([])).toBeUndefined();
  });

  it("name the file that is too large, its size and the limit", () => {
    expect(importSizeProblem([{ name: "ok.bib", size: 1 }, { name: "big.bib", size: 64 * MB + 1 }])).toBe(
      "big.bib is 65 MB; the browser imports files up to 64 MB each. Split it, or use the command line (coauthor-atlas build).",
    );
  });

  it("refuse too much in total", () => {
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `part${i}.bib`, size: 60 * MB }));
    expect(importSizeProblem(files)).toBe("These 4 files are 240 MB together; the browser imports up to 200 MB at once. Import fewer files, or use the command line (coauthor-atlas build).");
  });
});

describe("People and Papers lists (the graph's keyboard twin)", () => {
  const bib = readFileSync(new URL("../../fixtures/hostile.bib", import.meta.url), "utf8");
  const atlas = buildAtlas([{ name: "hostile.bib", text: bib }]);
  const { context } = contextFromAtlas(atlas);

  it("list every person and every paper exactly once", () => {
    const people = peopleRows(context);
    const papers = paperRows(context);
    expect(people.map((row) => row.id).sort()).toEqual([...context.people.keys()].sort());
    expect(papers.map((row) => row.id).sort()).toEqual([...context.papers.keys()].sort());
    expect(new Set(people.map((row) => row.id)).size).toBe(people.length);
  });

  it("put the people with most papers first, then by name; papers newest first", () => {
    const people = peopleRows(context);
    expect(people[0].name).toBe("Alice Safe");
    expect(people[0].papers).toBe(3);
    for (let i = 1; i < people.length; i++) expect(people[i - 1].papers).toBeGreaterThanOrEqual(people[i].papers);
    const years = paperRows(context).map((row) => row.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(personLabel(people[0])).toBe("Alice Safe · 3 papers");
    expect(paperLabel({ id: "x", title: "T", year: 2020, authors: 1 })).toBe("T (2020)");
    expect(paperLabel({ id: "x", title: "T", authors: 1 })).toBe("T");
    expect(FIRST_PAGE).toBe(25);
  });

  it("are deterministic", () => {
    expect(peopleRows(contextFromAtlas(buildAtlas([{ name: "hostile.bib", text: bib }])).context)).toEqual(peopleRows(context));
  });
});

describe("keyboard shortcuts", () => {
  it("/ searches, ? opens the list, modified keys are left alone", () => {
    const plain = { ctrlKey: false, metaKey: false, altKey: false };
    expect(shortcutFor({ key: "/", ...plain })).toBe("search");
    expect(shortcutFor({ key: "?", ...plain })).toBe("help");
    expect(shortcutFor({ key: "/", ...plain, ctrlKey: true })).toBeUndefined();
    expect(shortcutFor({ key: "a", ...plain })).toBeUndefined();
  });

  it("the dialog lists /, Esc and ?", () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    for (const key of ["/", "Esc", "?"]) expect(keys).toContain(key);
  });
});

describe("no WebGL2", () => {
  it("says what is missing and what still works", () => {
    expect(graphUnavailableMessage(undefined)).toBe(
      "The graph cannot be drawn in this browser: it needs WebGL2, which is turned off or not available. Search and the People and Papers lists in the side panel still work.",
    );
    expect(graphUnavailableMessage("Sigma: WebGL 2 is not supported")).not.toContain("Sigma");
    expect(graphUnavailableMessage("out of memory")).toContain("(out of memory)");
  });
});

describe("hostile text in the SVG export", () => {
  it("is escaped text: no element, handler or script URL comes from the data", () => {
    for (const fixture of ["hostile.bib", "hostile.csl.json"]) {
      const text = readFileSync(new URL(`../../fixtures/${fixture}`, import.meta.url), "utf8");
      const atlas = buildAtlas([{ name: fixture, text }]);
      const svg = renderSvg(atlas, { width: 800 });
      expect(svg).not.toMatch(/<(script|img|iframe|foreignObject|a|b)\b/i);
      expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
      expect(svg).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data):/i);
      // The names are there, as text.
      expect(svg).toContain("Alice Safe");
    }
  });
});
