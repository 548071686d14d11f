import { describe, expect, it } from "vitest";
import { visibleLabels, type ScreenNode } from "../../../src/export/labels.ts";
import { fitWithExtents } from "../../../src/export/frame.ts";
import type { NodeLook } from "../../../src/view/style.ts";
import type { Paper, Person } from "../../../src/model/types.ts";

function look(size: number, labelRule: NodeLook["labelRule"], label = "Name"): NodeLook {
  return { kind: "author", shape: "circle", color: "#000", size, label, labelRule, zIndex: 3, satellite: false };
}

describe("visibleLabels (Sigma's label grid at the default zoom)", () => {
  it("shows one zoom label per 90 px cell: the largest node, ties to the smaller key", () => {
    const nodes: ScreenNode[] = [
      { node: "a:b", x: 10, y: 10, look: look(9, "zoom") },
      { node: "a:a", x: 80, y: 80, look: look(9, "zoom") },
      { node: "a:c", x: 50, y: 50, look: look(8, "zoom") },
      { node: "a:d", x: 100, y: 10, look: look(8, "zoom") },
    ];
    expect([...visibleLabels(nodes, 300)].sort()).toEqual(["a:a", "a:d"]);
  });

  it("hides zoom labels of nodes under 7 px, and a small node still takes its cell", () => {
    const nodes: ScreenNode[] = [
      { node: "a:small", x: 10, y: 10, look: look(6.5, "zoom") },
      { node: "a:tiny", x: 20, y: 20, look: look(5.5, "zoom") },
    ];
    expect(visibleLabels(nodes, 300).size).toBe(0);
  });

  it("always shows forced labels, never paper titles at the default zoom or satellites", () => {
    const nodes: ScreenNode[] = [
      { node: "a:big", x: 10, y: 10, look: look(20, "zoom") },
      { node: "a:focal", x: 20, y: 20, look: look(5, "always") },
      { node: "p:paper", x: 200, y: 200, look: look(10, "on-demand") },
      { node: "a:sat", x: 250, y: 10, look: look(12, "never") },
    ];
    expect([...visibleLabels(nodes, 300)].sort()).toEqual(["a:big", "a:focal"]);
  });
});

describe("fitWithExtents", () => {
  it("fits points and their label reach into the box, centred", () => {
    const transform = fitWithExtents(
      [
        { point: [0, 0], left: 5, right: 105, top: 5, bottom: 5 },
        { point: [10, 10], left: 5, right: 5, top: 5, bottom: 5 },
      ],
      { x: 0, y: 0, width: 200, height: 200 },
    );
    // Width: 10·s + 5 − (0·s − 5) must not exceed 200 once the label (105 right of x=0) is counted.
    const left = transform.offsetX + 0 * transform.scale - 5;
    const right = Math.max(transform.offsetX + 0 * transform.scale + 105, transform.offsetX + 10 * transform.scale + 5);
    expect(left).toBeCloseTo(0, 6);
    expect(right).toBeCloseTo(200, 6);
    expect(transform.scale).toBeCloseTo(19, 6); // 10·s + 5 + 5 = 200
  });
});

describe("legend notes", () => {
  it("names the three largest clouds and sums up the rest in one line", async () => {
    const { buildGraph } = await import("../../../src/graph/build.ts");
    const { satelliteNodes } = await import("../../../src/layout/satellites.ts");
    const { noteTexts } = await import("../../../src/export/legend.ts");
    const people: Person[] = [];
    const papers: Paper[] = [];
    for (let p = 0; p < 6; p++) {
      const authors = Array.from({ length: 30 + p }, (_, a) => ({ personId: `p${p}-a${a}`, name: `Author ${p}-${a}`, position: a }));
      for (const author of authors) people.push({ id: author.personId, name: author.name, variants: [author.name], ids: {}, paperIds: [`paper-${p}`] });
      papers.push({ id: `paper-${p}`, title: `Big paper ${p}`, authors, authorsTruncated: false, hyperauthored: true, sources: [] });
    }
    const graph = buildGraph({ papers, people });
    const notes = noteTexts(graph, satelliteNodes(graph));
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe("35 authors who appear only on “Big paper 5” (35 authors) are drawn as a small cloud around it, unlabelled.");
    expect(notes[3]).toBe("93 more authors who appear only on very large papers (3 more notes in the app's legend) are drawn the same way.");
  });
});
