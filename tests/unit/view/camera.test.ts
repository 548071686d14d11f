import { describe, expect, it } from "vitest";
import { framePoints, sameCamera, MIN_FOCUS_RATIO } from "../../../src/view/camera.ts";
import { applyPositions, hasAllPositions } from "../../../src/app/positions.ts";
import { fixtureGraph } from "./fixture.ts";

const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

describe("framePoints", () => {
  it("centres on the points and zooms to fit them with a margin", () => {
    expect(framePoints([{ x: 0.2, y: 0.3 }, { x: 0.6, y: 0.5 }], camera)).toMatchObject({ x: 0.4, y: 0.4, angle: 0 });
    expect(framePoints([{ x: 0.2, y: 0.3 }, { x: 0.6, y: 0.5 }], camera)!.ratio).toBeCloseTo(0.6, 10);
  });
  it("never zooms closer than the minimum for one node, nor wider than the whole graph", () => {
    expect(framePoints([{ x: 0.1, y: 0.9 }], camera)).toEqual({ x: 0.1, y: 0.9, ratio: MIN_FOCUS_RATIO, angle: 0 });
    expect(framePoints([{ x: 0, y: 0 }, { x: 1, y: 1 }], camera)!.ratio).toBe(1);
  });
  it("has nothing to frame for no points or only broken ones", () => {
    expect(framePoints([], camera)).toBeUndefined();
    expect(framePoints([{ x: Number.NaN, y: 0 }], camera)).toBeUndefined();
  });
});

describe("sameCamera", () => {
  it("ignores what the URL rounding drops, not real moves", () => {
    expect(sameCamera(camera, { ...camera, x: 0.5004 })).toBe(true);
    expect(sameCamera(camera, { ...camera, x: 0.51 })).toBe(false);
    expect(sameCamera(camera, { ...camera, ratio: 1.002 })).toBe(true);
    expect(sameCamera(camera, { ...camera, ratio: 1.1 })).toBe(false);
    expect(sameCamera(undefined, undefined)).toBe(true);
    expect(sameCamera(camera, undefined)).toBe(false);
  });
});

describe("applyPositions", () => {
  it("writes x/y and reports nodes without a position", () => {
    const graph = fixtureGraph();
    const missing = applyPositions(graph, { "a:vinay": [1, 2], "p:p1": [3, Number.NaN] });
    expect(graph.getNodeAttribute("a:vinay", "x")).toBe(1);
    expect(graph.getNodeAttribute("a:vinay", "y")).toBe(2);
    expect(missing).toContain("p:p1");
    expect(missing).toHaveLength(graph.order - 1);
    expect(hasAllPositions(graph, { "a:vinay": [1, 2] })).toBe(false);
    expect(hasAllPositions(graph, undefined)).toBe(false);
    const all = Object.fromEntries(graph.nodes().map((node, i) => [node, [i, i] as [number, number]]));
    expect(hasAllPositions(graph, all)).toBe(true);
  });
});
