import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { buildGraph } from "../../../src/graph/build.ts";
import {
  NODE_RADIUS,
  layoutGraph,
  layoutQuality,
  layoutSteps,
  orbitOffsets,
  removeOverlaps,
  satelliteNodes,
  sunflowerDisc,
  type LayoutProgress,
} from "../../../src/layout/index.ts";
import type { Positions } from "../../../src/model/types.ts";
import { paper, peopleOf, smallCollection } from "../graph/fixture.ts";

/** smallCollection plus a 60-author paper shared by ann and bob (58 satellites). */
function withCloud() {
  const base = smallCollection();
  const cloudAuthors = ["ann", ...Array.from({ length: 58 }, (_, i) => `s${i}`), "bob"];
  const papers = [...base.papers, paper("cloud", "Cloud", 2023, cloudAuthors, true)];
  const names: Record<string, string> = Object.fromEntries(base.people.map((p) => [p.id, p.name]));
  for (let i = 0; i < 58; i++) names[`s${i}`] = `Sat ${i}`;
  return { papers, people: peopleOf(papers, names), focalPersonId: "ann" };
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe("satelliteNodes", () => {
  const graph = buildGraph(smallCollection());
  it("takes authors whose only papers are hyperauthored", () => {
    expect([...satelliteNodes(graph)].sort()).toEqual(["a:eve", "a:fay", "a:gus"]);
  });
  it("never takes authors linked to authors (coauthor-only graphs) for satellites", () => {
    const g = buildGraph({ papers: [], people: [] });
    g.addNode("a:x", { kind: "author", personId: "x", label: "X", papers: 1, focal: false });
    g.addNode("a:y", { kind: "author", personId: "y", label: "Y", papers: 1, focal: false });
    g.addUndirectedEdgeWithKey("a:x|a:y", "a:x", "a:y", { kind: "authorship", position: 0 });
    expect([...satelliteNodes(g)]).toEqual([]);
    const laid = layoutGraph(g, { leaves: "orbit" });
    expect(Object.keys(laid.positions)).toEqual(["a:x", "a:y"]);
    expect(laid.overlapFree).toBe(true);
  });

  it("uses an explicit threshold when given", () => {
    expect([...satelliteNodes(graph, 2)].sort()).toEqual(["a:cy", "a:eve", "a:fay", "a:gus"]);
    expect([...satelliteNodes(graph, 10)]).toEqual([]);
  });
});

describe("layoutGraph", () => {
  const graph = buildGraph(withCloud());
  const result = layoutGraph(graph);

  it("is deterministic: two runs give bit-identical positions; another seed differs", () => {
    const again = layoutGraph(buildGraph(withCloud()));
    expect(again.positions).toEqual(result.positions);
    expect(Object.keys(again.positions)).toEqual(graph.nodes());
    const other = layoutGraph(graph, { seed: 2 });
    expect(other.seed).toBe(2);
    expect(other.positions["a:ann"]).not.toEqual(result.positions["a:ann"]);
  });

  it("does not touch the graph", () => {
    expect(graph.getNodeAttributes("a:ann")).toEqual({ kind: "author", personId: "ann", label: "Ann Able", papers: 4, focal: true });
  });

  it("converges within bounds, and reports a cap hit honestly", () => {
    expect(result.seed).toBe(1);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(20);
    expect(result.iterations).toBeLessThan(1000);
    const capped = layoutGraph(graph, { maxIterations: 5 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(5);
  });

  it("places every node at finite coordinates", () => {
    expect(Object.keys(result.positions)).toHaveLength(graph.order);
    for (const [x, y] of Object.values(result.positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it("leaves no two simulated nodes overlapping (distance ≥ sum of radii + margin)", () => {
    expect(result.overlapFree).toBe(true);
    const core = graph.nodes().filter((node) => !result.satellites.includes(node));
    expect(core).toHaveLength(4 + 5); // ann, bob, cy, di and the 5 papers; eve, fay, gus are satellites
    for (let i = 0; i < core.length; i++) {
      for (let j = i + 1; j < core.length; j++) {
        const gap = distance(result.positions[core[i]], result.positions[core[j]]);
        expect(gap).toBeGreaterThanOrEqual(result.radii[core[i]] + result.radii[core[j]] + NODE_RADIUS.margin - 1e-5);
      }
    }
  });

  it("puts satellites in a disc around their paper, keeping other nodes out of it", () => {
    expect(result.satellites).toHaveLength(58 + 3);
    expect(result.radii["a:s0"]).toBe(NODE_RADIUS.satellite);
    const disc = sunflowerDisc(60 - 2, NODE_RADIUS.paper + NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satellite);
    const centre = result.positions["p:cloud"];
    for (let i = 0; i < 58; i++) {
      expect(distance(result.positions[`a:s${i}`], centre)).toBeLessThanOrEqual(disc.radius);
    }
    // By author position: s0 (position 1) is innermost, s57 outermost.
    expect(distance(result.positions["a:s0"], centre)).toBeLessThan(distance(result.positions["a:s57"], centre));
    for (const node of ["a:ann", "a:bob", "a:cy", "a:di", "p:alpha", "p:beta", "p:gamma", "p:big"]) {
      expect(distance(result.positions[node], centre)).toBeGreaterThanOrEqual(disc.radius + result.radii[node]);
    }
    // eve, fay, gus circle the small hyperauthored paper "big".
    const big = result.positions["p:big"];
    for (const node of ["a:eve", "a:fay", "a:gus"]) expect(distance(result.positions[node], big)).toBeLessThan(0.3);
  });

  it("satellites never overlap each other", () => {
    const sats = result.satellites;
    let closest = Infinity;
    for (let i = 0; i < sats.length; i++)
      for (let j = i + 1; j < sats.length; j++) closest = Math.min(closest, distance(result.positions[sats[i]], result.positions[sats[j]]));
    expect(closest).toBeGreaterThanOrEqual(2 * NODE_RADIUS.satellite);
  });

  it("runs as a generator with progress, ending in the same result", () => {
    const seen: LayoutProgress[] = [];
    const steps = layoutSteps(graph, { progressEvery: 10 });
    let next = steps.next();
    while (!next.done) {
      seen.push(next.value);
      next = steps.next();
    }
    expect(next.value.positions).toEqual(result.positions);
    expect(seen.at(-1)?.phase).toBe("satellites");
    expect(seen.filter((p) => p.phase === "forces").map((p) => p.iteration).slice(0, 2)).toEqual([10, 20]);
    const reported: number[] = [];
    layoutGraph(graph, { progressEvery: 10, onProgress: (p) => reported.push(p.iteration) });
    expect(reported).toEqual(seen.map((p) => p.iteration));
  });

  it("barycentric initial placement also converges deterministically", () => {
    const a = layoutGraph(graph, { initial: "barycentric" });
    const b = layoutGraph(graph, { initial: "barycentric" });
    expect(a.positions).toEqual(b.positions);
    expect(a.converged).toBe(true);
    expect(a.positions).not.toEqual(result.positions);
  });

  it("is deterministic with Barnes-Hut too", () => {
    const a = layoutGraph(graph, { barnesHutThreshold: 0 });
    const b = layoutGraph(buildGraph(withCloud()), { barnesHutThreshold: 0 });
    expect(a.positions).toEqual(b.positions);
    expect(a.converged).toBe(true);
    expect(a.positions).not.toEqual(result.positions);
  });

  it("lays out a 450-author paper plus a small core quickly, the cloud compact", () => {
    const base = withCloud();
    const huge = paper("huge", "Huge", 2022, ["ann", ...Array.from({ length: 449 }, (_, i) => `h${i}`)], true);
    const names: Record<string, string> = Object.fromEntries(base.people.map((p) => [p.id, p.name]));
    for (let i = 0; i < 449; i++) names[`h${i}`] = `Huge ${i}`;
    const papers = [...base.papers, huge];
    const big = buildGraph({ papers, people: peopleOf(papers, names), focalPersonId: "ann" });
    const cpu = process.cpuUsage();
    const laid = layoutGraph(big);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000); // CPU ms; ~0.3 s when idle
    expect(laid.converged).toBe(true);
    expect(laid.satellites).toHaveLength(58 + 3 + 449);
    const disc = sunflowerDisc(449, NODE_RADIUS.paper + NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satellite);
    expect(disc.radius).toBeLessThan(0.7); // 449 satellites within 0.7 mean-edge lengths of their paper
    for (let i = 0; i < 449; i++) expect(distance(laid.positions[`a:h${i}`], laid.positions["p:huge"])).toBeLessThanOrEqual(disc.radius);
  });

  it("keeps satellite discs apart when only hyperauthored papers exist (no simulated edges)", () => {
    const a = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 80 }, (_, i) => `b${i}`);
    const papers = [paper("A", "A", 2020, a, true), paper("B", "B", 2021, b, true)];
    const names: Record<string, string> = Object.fromEntries([...a, ...b].map((id) => [id, id]));
    const laid = layoutGraph(buildGraph({ papers, people: peopleOf(papers, names) }));
    const inner = NODE_RADIUS.paper + NODE_RADIUS.satelliteSpacing;
    const discA = sunflowerDisc(100, inner, NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satellite).radius;
    const discB = sunflowerDisc(80, inner, NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satellite).radius;
    const gap = distance(laid.positions["p:A"], laid.positions["p:B"]);
    expect(gap).toBeGreaterThanOrEqual(discA + discB + NODE_RADIUS.margin);
    expect(gap).toBeLessThan(4 * (discA + discB)); // not flung apart either (mean distance to the centre is 1)
  });

  it("handles empty and one-node graphs", () => {
    expect(layoutGraph(buildGraph({ papers: [], people: [] }))).toMatchObject({ positions: {}, iterations: 0, converged: true });
    const single = [paper("solo", "Solo", 2000, ["me"])];
    const two = layoutGraph(buildGraph({ papers: single, people: peopleOf(single, { me: "Me" }) }));
    expect(Object.keys(two.positions)).toEqual(["a:me", "p:solo"]);
    expect(distance(two.positions["a:me"], two.positions["p:solo"])).toBeGreaterThanOrEqual(two.radii["a:me"] + two.radii["p:solo"]);
  });
});

describe("leaves on orbits", () => {
  it("places one-paper authors next to their paper, deterministically, without overlaps", () => {
    const graph = buildGraph(withCloud());
    const orbit = layoutGraph(graph, { leaves: "orbit" });
    expect(orbit).toEqual(layoutGraph(buildGraph(withCloud()), { leaves: "orbit" }));
    expect(orbit.converged).toBe(true);
    expect(orbit.overlapFree).toBe(true);
    // cy (alpha) and di (gamma) are the one-paper authors; they start 0.6 from their paper.
    expect(distance(orbit.positions["a:cy"], orbit.positions["p:alpha"])).toBeLessThan(1);
    expect(distance(orbit.positions["a:di"], orbit.positions["p:gamma"])).toBeLessThan(1);
    expect(orbit.positions).not.toEqual(layoutGraph(graph, { leaves: "force" }).positions);
  });

  it("spreads an arc around the outward direction, or a full circle when crowded", () => {
    const arc = orbitOffsets(3, 0, 1, 0.5);
    expect(arc.map(([x, y]) => Math.atan2(y, x))).toEqual([-0.5, 0, 0.5]);
    expect(arc.every(([x, y]) => Math.abs(Math.hypot(x, y) - 1) < 1e-12)).toBe(true);
    const ring = orbitOffsets(10, 0, 1, 0.5);
    expect(Math.atan2(ring[1][1], ring[1][0]) - Math.atan2(ring[0][1], ring[0][0])).toBeCloseTo((2 * Math.PI) / 10, 12);
    const crowded = orbitOffsets(40, 0, 1, 0.5);
    expect(Math.hypot(...crowded[0])).toBeCloseTo(0.5 / ((2 * Math.PI) / 40), 12);
    expect(orbitOffsets(0, 0, 1, 0.5)).toEqual([]);
  });
});

describe("removeOverlaps", () => {
  it("separates coincident and overlapping circles deterministically", () => {
    const run = () => {
      const xs = Float64Array.from([0, 0, 0, 0.5, 10]);
      const ys = Float64Array.from([0, 0, 0, 0, 10]);
      const radii = Float64Array.from([1, 1, 0.5, 0.5, 3]);
      const result = removeOverlaps(xs, ys, radii, { margin: 0.1 });
      return { xs, ys, radii, result };
    };
    const { xs, ys, radii, result } = run();
    expect(result.converged).toBe(true);
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++)
        expect(Math.hypot(xs[i] - xs[j], ys[i] - ys[j])).toBeGreaterThanOrEqual(radii[i] + radii[j]);
    const again = run();
    expect(Array.from(again.xs)).toEqual(Array.from(xs));
    expect(Array.from(again.ys)).toEqual(Array.from(ys));
  });

  it("leaves a layout without overlaps alone", () => {
    const xs = Float64Array.from([0, 3]);
    const ys = Float64Array.from([0, 0]);
    expect(removeOverlaps(xs, ys, Float64Array.from([1, 1]), { margin: 0.5 })).toEqual({ iterations: 1, converged: true });
    expect(Array.from(xs)).toEqual([0, 3]);
  });
});

describe("sunflowerDisc", () => {
  it("spirals out from the inner radius", () => {
    const disc = sunflowerDisc(3, 1, 0.5, 0.1);
    expect(disc.offsets).toHaveLength(3);
    expect(Math.hypot(...disc.offsets[0])).toBeCloseTo(Math.sqrt(1 + (0.5 * 0.25) / Math.PI), 12);
    expect(disc.offsets[0][1]).toBe(0); // angle 0 for the first satellite
    expect(disc.radius).toBeCloseTo(Math.sqrt(1 + (2.5 * 0.25) / Math.PI) + 0.1, 12);
    expect(sunflowerDisc(0, 1, 0.5, 0.1)).toEqual({ offsets: [], radius: 1 });
  });
});

describe("layoutQuality", () => {
  const graph = new Graph({ type: "undirected" });
  graph.addNode("a");
  graph.addNode("b");
  graph.addNode("c");
  graph.addEdge("a", "b");
  graph.addEdge("a", "c");
  const positions: Positions = { a: [0, 0], b: [1, 0], c: [0, 1] };

  it("is mean edge length over mean pair distance (exact for small graphs)", () => {
    // edges 1 and 1; pairs 1, 1, √2 → 1 / ((2 + √2) / 3)
    expect(layoutQuality(graph, positions)).toBe(1 / ((2 + Math.SQRT2) / 3));
    expect(layoutQuality(graph, positions)).toBeCloseTo(0.878679656, 8);
  });

  it("does not depend on scale or translation", () => {
    const moved: Positions = { a: [5, 5], b: [15, 5], c: [5, 15] };
    expect(layoutQuality(graph, moved)).toBeCloseTo(layoutQuality(graph, positions), 12);
  });

  it("samples pairs with the seed on larger graphs (deterministic)", () => {
    const big = buildGraph(withCloud());
    const result = layoutGraph(big);
    const q = layoutQuality(big, result.positions);
    expect(q).toBe(layoutQuality(big, result.positions, 1));
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(1);
  });
});
