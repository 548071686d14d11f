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

describe("placeLabels at scale", () => {
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  /** The all-pairs placement the grid replaced, as the reference. */
  function bruteForce(candidates: LabelCandidate[], obstacles: { node: string; x: number; y: number; radius: number }[], viewport: { width: number; height: number }) {
    const area = (a: { x0: number; y0: number; x1: number; y1: number }, b: { x0: number; y0: number; x1: number; y1: number }) => {
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      return w > 0 && h > 0 ? w * h : 0;
    };
    const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.node < b.node ? -1 : 1));
    const placed: ReturnType<typeof labelRect>[] = [];
    const sides = new Map<string, string>();
    for (const candidate of ordered) {
      let best = "right";
      let bestCost = Infinity;
      for (const side of ["right", "left", "below", "above"] as const) {
        const rect = labelRect(candidate, side);
        let cost = (rect.x1 - rect.x0) * (rect.y1 - rect.y0) * 2 - area(rect, { x0: 0, y0: 0, x1: viewport.width, y1: viewport.height }) * 2;
        for (const other of placed) cost += area(rect, other) * 4;
        for (const disc of obstacles) if (disc.node !== candidate.node) cost += area(rect, { x0: disc.x - disc.radius, y0: disc.y - disc.radius, x1: disc.x + disc.radius, y1: disc.y + disc.radius });
        if (cost < bestCost) {
          bestCost = cost;
          best = side;
          if (cost === 0) break;
        }
      }
      sides.set(candidate.node, best);
      placed.push(labelRect(candidate, best as "right"));
    }
    return sides;
  }

  it("chooses the same sides as the all-pairs scan", () => {
    for (const seed of [1, 2, 3]) {
      const random = seeded(seed);
      const obstacles = Array.from({ length: 1500 }, (_, i) => ({ node: `n${i}`, x: random() * 800 - 50, y: random() * 500 - 50, radius: 1 + random() * 12 }));
      const candidates = obstacles.slice(0, 60).map((disc, i) => ({ ...disc, width: 40 + Math.round(random() * 120), height: 18, priority: i % 7 }));
      const viewport = { width: 700, height: 400 };
      expect(placeLabels(candidates, obstacles, viewport)).toEqual(bruteForce(candidates, obstacles, viewport));
    }
  });

  it("places 300 labels among 100k on-screen nodes in well under the seconds the all-pairs scan took", () => {
    const random = seeded(9);
    const obstacles = Array.from({ length: 100_000 }, (_, i) => ({ node: `n${i}`, x: random() * 1280, y: random() * 800, radius: 1.5 + random() * 3 }));
    const candidates = obstacles.slice(0, 300).map((disc, i) => ({ ...disc, width: 150, height: 20, priority: i }));
    const start = process.cpuUsage();
    const sides = placeLabels(candidates, obstacles, { width: 1280, height: 800 });
    const used = process.cpuUsage(start);
    expect(sides.size).toBe(300);
    // ~0.4 s of CPU measured on a loaded 2-core machine; the all-pairs scan took ~3 s for 319 labels on a 100k graph.
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});
