import { describe, expect, it } from "vitest";
import { buildQuadTree, createFa2State, defaultFa2Settings, fa2Step, portableLog1p, type Fa2Graph } from "../../../src/layout/fa2.ts";
import { coarsen, multilevelSteps } from "../../../src/layout/multilevel.ts";
import { convergenceCounter, relativeDisplacement, relativeDisplacementXY } from "../../../src/layout/convergence.ts";
import { seededRandom } from "../../../src/layout/random.ts";
import { bipartite, randomPositions } from "./fa2-fixtures.ts";

describe("fa2Step", () => {
  it("with Barnes–Hut moves nodes almost as exact repulsion does", () => {
    const graph = bipartite(600, 400);
    const start = randomPositions(graph.order, 1);
    const exact = createFa2State(graph, Float64Array.from(start.x), Float64Array.from(start.y));
    const approx = createFa2State(graph, Float64Array.from(start.x), Float64Array.from(start.y));
    const settings = defaultFa2Settings(graph.order);
    fa2Step(exact, { ...settings, theta: 0 });
    fa2Step(approx, { ...settings, theta: 0.5 });
    let moved = 0;
    let error = 0;
    for (let i = 0; i < graph.order; i++) {
      moved += Math.hypot(exact.x[i] - start.x[i], exact.y[i] - start.y[i]);
      error += Math.hypot(exact.x[i] - approx.x[i], exact.y[i] - approx.y[i]);
    }
    expect(moved).toBeGreaterThan(0);
    expect(error / moved).toBeLessThan(0.02);
  });

  it("is deterministic", () => {
    const graph = bipartite(300, 200);
    const run = () => {
      const start = randomPositions(graph.order, 2);
      const state = createFa2State(graph, start.x, start.y);
      for (let i = 0; i < 20; i++) fa2Step(state, defaultFa2Settings(graph.order));
      return [...state.x, ...state.y];
    };
    expect(run()).toEqual(run());
  });

  it("pulls linked nodes together and pushes others apart", () => {
    // Two linked nodes and a lone one, all on a line.
    const graph: Fa2Graph = { order: 3, mass: Float64Array.of(2, 2, 1), source: Int32Array.of(0), target: Int32Array.of(1), weight: Float64Array.of(1) };
    const state = createFa2State(graph, Float64Array.of(-50, 50, 0), Float64Array.of(0, 0, 30));
    for (let i = 0; i < 200; i++) fa2Step(state, defaultFa2Settings(3));
    const linked = Math.hypot(state.x[0] - state.x[1], state.y[0] - state.y[1]);
    expect(linked).toBeLessThan(100);
    expect(Math.hypot(state.x[2] - state.x[0], state.y[2] - state.y[0])).toBeGreaterThan(0);
  });
});

describe("buildQuadTree", () => {
  it("holds every node once, sums masses exactly, and keeps coincident nodes in one leaf", () => {
    const n = 2000;
    const { x, y } = randomPositions(n, 4);
    x[7] = x[8] = x[9] = 1.5; // three nodes at one point
    y[7] = y[8] = y[9] = -2.5;
    const mass = Float64Array.from({ length: n }, (_, i) => 1 + (i % 5));
    const state = createFa2State({ order: n, mass, source: new Int32Array(0), target: new Int32Array(0), weight: new Float64Array(0) }, x, y);
    buildQuadTree(state.tree, x, y, mass, n);
    const seen = new Uint8Array(n);
    for (const i of state.tree.spatialOrder) seen[i]++;
    expect([...seen].every((count) => count === 1)).toBe(true);
    let total = 0, cx = 0;
    for (let i = 0; i < n; i++) {
      total += mass[i];
      cx += mass[i] * x[i];
    }
    expect(state.tree.mass[0]).toBeCloseTo(total, 9);
    expect(state.tree.massX[0]).toBeCloseTo(cx / total, 9);
  });

  it("keeps nodes of mass 0 in the spatial order, walked but pushing nothing", () => {
    const n = 500;
    const { x, y } = randomPositions(n, 5);
    const mass = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 0 : 1));
    const state = createFa2State({ order: n, mass, source: new Int32Array(0), target: new Int32Array(0), weight: new Float64Array(0) }, x, y);
    buildQuadTree(state.tree, x, y, mass, n);
    const seen = new Uint8Array(n);
    for (const i of state.tree.spatialOrder) seen[i]++;
    expect([...seen].every((count) => count === 1)).toBe(true);
    // Every node is repelled by the massive ones, so every massive node moves.
    const startX = Float64Array.from(x);
    fa2Step(state, { ...defaultFa2Settings(n), gravity: 0 });
    for (let i = 1; i < n; i += 3) expect(x[i]).not.toBe(startX[i]);
  });
});

describe("coarsen", () => {
  it("merges nodes in pairs along edges, conserving mass and cross-group weight", () => {
    const graph = bipartite(800, 500);
    const step = coarsen(graph)!;
    expect(step).toBeDefined();
    expect(step.coarse.order).toBeLessThan(0.75 * graph.order);
    expect(step.coarse.order).toBeGreaterThanOrEqual(graph.order / 2);
    const sizes = new Map<number, number>();
    for (const g of step.group) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(2);
    const sum = (array: Float64Array) => array.reduce((a, b) => a + b, 0);
    expect(sum(step.coarse.mass)).toBeCloseTo(sum(graph.mass), 9);
    let crossing = 0;
    for (let e = 0; e < graph.source.length; e++) if (step.group[graph.source[e]] !== step.group[graph.target[e]]) crossing += graph.weight[e];
    expect(sum(step.coarse.weight)).toBeCloseTo(crossing, 9);
  });

  it("leaves small graphs alone", () => {
    expect(coarsen(bipartite(50, 40))).toBeUndefined();
  });
});

describe("multilevelSteps", () => {
  it("converges on a 1k-node graph through several levels, deterministically", () => {
    const graph = bipartite(600, 400);
    const run = () => {
      const start = randomPositions(graph.order, 5);
      const steps = multilevelSteps(graph, start.x, start.y, {
        convergence: { tolerance: 0.0005, stableSteps: 20 },
        maxIterations: 2000,
        maxCoarseIterations: 40,
        random: seededRandom(6),
      });
      let next = steps.next();
      while (!next.done) next = steps.next();
      return next.value;
    };
    const first = run();
    expect(first.levels.length).toBeGreaterThan(2);
    expect(first.levels[0]).toBe(1000);
    expect(first.converged).toBe(true);
    expect(first.iterations[0]).toBeGreaterThanOrEqual(20);
    expect([...first.x]).toEqual([...run().x]);
  });
});

describe("convergence", () => {
  it("measures the mean move relative to the layout's extent", () => {
    const before = Float64Array.of(0, 0, 10, 0);
    const after = Float64Array.of(0, 1, 10, 0);
    expect(relativeDisplacement(before, after, 2)).toBeCloseTo(0.5 / 10, 12);
    expect(relativeDisplacementXY(Float64Array.of(0, 10), Float64Array.of(0, 0), Float64Array.of(0, 10), Float64Array.of(1, 0))).toBeCloseTo(0.05, 12);
  });

  it("needs stableSteps calm iterations in a row", () => {
    const counter = convergenceCounter({ tolerance: 1, stableSteps: 3 });
    expect([0.5, 0.5, 2, 0.5, 0.5, 0.5].map((d) => counter.update(d))).toEqual([false, false, false, false, false, true]);
  });
});

describe("portableLog1p", () => {
  it("matches Math.log1p closely over many magnitudes", () => {
    for (const t of [0, 1e-12, 1e-6, 0.001, 0.3, 0.4142, 1, 2.5, 10, 123.456, 1e6, 3.7e15, 1e300]) {
      expect(Math.abs(portableLog1p(t) - Math.log1p(t))).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(Math.log1p(t))));
    }
  });
});
