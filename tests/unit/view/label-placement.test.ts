import { describe, expect, it } from "vitest";
import { estimateLabelWidth, labelRect, placeLabels, type LabelCandidate } from "../../../src/view/label-placement.ts";

const label = (node: string, x: number, y: number, priority = 1, width = 80): LabelCandidate => ({ node, x, y, radius: 6, width, height: 16, priority });

describe("placeLabels", () => {
  it("puts a lone label on the right", () => {
    expect(placeLabels([label("a", 100, 100)], [])).toEqual(new Map([["a", "right"]]));
  });

  it("moves the less important of two side-by-side labels off the other one", () => {
    // b sits just right of a: a's right-hand label would cover b and b's label.
    const sides = placeLabels([label("a", 100, 100, 2), label("b", 140, 100, 1)], [
      { node: "a", x: 100, y: 100, radius: 6 },
      { node: "b", x: 140, y: 100, radius: 6 },
    ]);
    expect(sides.get("a")).not.toBe("right");
    const a = labelRect(label("a", 100, 100, 2), sides.get("a")!);
    const b = labelRect(label("b", 140, 100, 1), sides.get("b")!);
    const overlapX = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
    const overlapY = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);
  });

  it("keeps labels inside the viewport", () => {
    expect(placeLabels([label("edge", 590, 100)], [], { width: 600, height: 400 }).get("edge")).toBe("left");
  });

  it("avoids covering another node", () => {
    const sides = placeLabels([label("a", 100, 100)], [{ node: "n", x: 150, y: 100, radius: 8 }]);
    expect(sides.get("a")).toBe("left");
  });
});

describe("estimateLabelWidth", () => {
  it("scales with text length and weight", () => {
    expect(estimateLabelWidth("Ethan Dyer", 13, false)).toBe(77);
    expect(estimateLabelWidth("Ethan Dyer", 13, true)).toBe(82);
  });
});
