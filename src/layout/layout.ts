/**
 * The layout pipeline: pure, no DOM; the same code runs in the app's Web Worker and in the CLI.
 *
 *  1. Satellites (authors whose only papers are hyperauthored) are set aside.
 *  2. Every other node (above 2,000 of them, one-paper authors of ordinary papers go on orbits
 *     instead) goes through multilevel ForceAtlas2 (`multilevel.ts`, `fa2.ts`) from seeded
 *     starting positions; the finest level runs until the mean displacement per node per
 *     iteration, relative to the layout's extent, stays below `tolerance` for `stableSteps`
 *     consecutive iterations (`convergence.ts`), or `maxIterations` is reached.
 *  3. The result is centred and scaled so the mean simulated edge is 1 unit long.
 *  4. Overlap removal with node radii (a paper's radius includes its satellite disc), after a
 *     uniform enlargement when the nodes' total area cannot fit in the layout's bounding box.
 *  5. Satellites are placed in a sunflower disc around their paper, by author position.
 *
 * The graph is never modified (use `assignPositions` to copy the result into node attributes).
 * Same graph (same insertion order) + same options → bit-identical positions.
 */
import type Graph from "graphology";
import type { AtlasGraph } from "../graph/build.ts";
import type { Positions } from "../model/types.ts";
import { defaultFa2Settings, type Fa2Graph, type Fa2Settings, type RepulsionRunner } from "./fa2.ts";
import { distance } from "./convergence.ts";
import { multilevelSteps } from "./multilevel.ts";
import { seededRandom } from "./random.ts";
import { initialPositions, type InitialPlacement } from "./initial.ts";
import { overlapPasses } from "./overlap.ts";
import { leavesByPaper, orbitOffsets, satelliteNodes, satellitesByPaper, sunflowerDisc } from "./satellites.ts";

export interface LayoutOptions {
  /** Seed of the starting positions (default 1). */
  seed?: number;
  /** Cap on ForceAtlas2 iterations (default 3000). */
  maxIterations?: number;
  /** Convergence: mean displacement per node per iteration / extent below this (default 0.0005)… */
  tolerance?: number;
  /** …for this many consecutive iterations (default 20). */
  stableSteps?: number;
  initial?: InitialPlacement;
  /** Papers with more authors count as hyperauthored; default: the paper node's flag. */
  hyperauthorThreshold?: number;
  /** Barnes-Hut above this many simulated nodes (default 2000). */
  barnesHutThreshold?: number;
  /**
   * One-paper authors of ordinary papers: `force` simulates them with everyone else; `orbit`
   * leaves them out of ForceAtlas2 and places them on an arc around their paper, on the side
   * away from its other neighbours. Default: `orbit` above 2000 non-satellite nodes (they are
   * often half of a big graph), `force` below (FA2 places them well and it is cheap).
   */
  leaves?: "force" | "orbit";
  /** Overrides of the ForceAtlas2 settings (by default graphology's inferred ones, θ = 1.2). */
  settings?: Partial<Fa2Settings>;
  /**
   * Coarsen the graph and lay out from the coarsest level down (default true). False runs
   * ForceAtlas2 on the full graph only, from the starting positions.
   */
  multilevel?: boolean;
  /**
   * Spreads ForceAtlas2's repulsion over more threads (the command line passes its worker pool,
   * `repulsion-pool.ts`). The positions are the same bits with or without it.
   */
  repulsion?: RepulsionRunner;
  /** Yield/report progress every this many iterations (default 25). */
  progressEvery?: number;
  onProgress?: (progress: LayoutProgress) => void;
}

export interface LayoutProgress {
  /** `forces`: every `progressEvery` FA2 iterations; `overlap`: on entering overlap removal, then every 5 passes; `satellites`: last step. */
  phase: "forces" | "overlap" | "satellites";
  /** ForceAtlas2 iterations done so far. */
  iteration: number;
  /** Last relative mean displacement (see `tolerance`). */
  displacement: number;
}

export interface LayoutResult {
  positions: Positions;
  /** ForceAtlas2 iterations run. */
  iterations: number;
  /** Whether ForceAtlas2 met the convergence test before `maxIterations`. */
  converged: boolean;
  seed: number;
  /** Satellite node keys, graph order: draw them small and unlabelled. */
  satellites: string[];
  /** Radius of every node in layout units, as used for overlap removal (papers: without their disc). */
  radii: Record<string, number>;
  /** Whether overlap removal finished with no overlapping pair. */
  overlapFree: boolean;
  /** Simulated node count of every multilevel level, finest first (one entry: not coarsened). */
  levels: number[];
  /** ForceAtlas2 iterations at every level, finest first (`iterations` is the first). */
  levelIterations: number[];
}

/** Node sizes, in units of the mean simulated edge length. */
export const NODE_RADIUS = {
  paper: 0.08,
  /** Authors: base + perPaper·√papers (the focal researcher with 8 papers ≈ 0.145). */
  authorBase: 0.06,
  authorPerSqrtPaper: 0.03,
  satellite: 0.015,
  /** Distance between neighbouring satellites in a disc (441 satellites → disc radius ≈ 0.6). */
  satelliteSpacing: 0.045,
  /** Gap kept between nodes by overlap removal (room for labels). */
  margin: 0.12,
} as const;

/** Horizontal over vertical room kept between nodes by overlap removal. */
export const LABEL_ASPECT = 1.8;

const DEFAULTS = { seed: 1, maxIterations: 3000, tolerance: 0.0005, stableSteps: 20, progressEvery: 25 };

/** Runs the whole layout to the end. */
export function layoutGraph(graph: AtlasGraph, options: LayoutOptions = {}): LayoutResult {
  const steps = layoutSteps(graph, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value);
  }
}

/** The layout as a generator: the worker posts each progress value and may stop early (cancel). */
export function* layoutSteps(graph: AtlasGraph, options: LayoutOptions = {}): Generator<LayoutProgress, LayoutResult, void> {
  const seed = options.seed ?? DEFAULTS.seed;
  const maxIterations = options.maxIterations ?? DEFAULTS.maxIterations;
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const stableSteps = options.stableSteps ?? DEFAULTS.stableSteps;
  const progressEvery = Math.max(1, options.progressEvery ?? DEFAULTS.progressEvery);

  const satellites = satelliteNodes(graph, options.hyperauthorThreshold);
  const leafMode = options.leaves ?? (graph.order - satellites.size > LEAF_ORBIT_THRESHOLD ? "orbit" : "force");
  const leaves = leafMode === "orbit" ? leavesByPaper(graph, satellites) : new Map<string, string[]>();
  const isLeaf = new Set([...leaves.values()].flat());
  const simulated = graph.filterNodes((node) => !satellites.has(node) && !isLeaf.has(node));
  const extraMass = Float64Array.from(simulated, (node) => leaves.get(node)?.length ?? 0);
  const forceGraph = fa2Graph(graph, simulated, extraMass);
  const start = initialPositions(graph, simulated, options.initial ?? "random", seed);
  const barnesHutThreshold = options.barnesHutThreshold ?? DEFAULT_BARNES_HUT_THRESHOLD;
  const settingsFor = (order: number): Fa2Settings => ({
    ...defaultFa2Settings(order),
    theta: order > barnesHutThreshold ? defaultFa2Settings(order).theta : 0,
    ...options.settings,
  });
  let displacement = simulated.length < 2 ? 0 : Infinity;
  const forces = multilevelSteps(forceGraph, start.xs, start.ys, {
    convergence: { tolerance, stableSteps },
    maxIterations,
    maxCoarseIterations: Math.min(maxIterations, MAX_COARSE_ITERATIONS),
    random: seededRandom(seed + 1),
    settings: settingsFor,
    multilevel: options.multilevel ?? true,
    repulsion: options.repulsion,
    onFineIteration: (_iteration, value) => (displacement = value),
  });
  let step = forces.next();
  for (; !step.done; step = forces.next()) {
    const iteration = step.value;
    if (iteration % progressEvery === 0) yield { phase: "forces", iteration, displacement };
  }
  const { iterations: levelIterations, levels, converged } = step.value;
  const iterations = levelIterations[0];

  yield { phase: "overlap", iteration: iterations, displacement };
  const simulatedPositions = { xs: step.value.x, ys: step.value.y };
  normaliseToUnitEdges(graph, simulated, simulatedPositions.xs, simulatedPositions.ys);

  const discs = satellitesByPaper(graph, satellites);
  const radii: Record<string, number> = {};
  graph.forEachNode((node, attributes) => {
    radii[node] = satellites.has(node)
      ? NODE_RADIUS.satellite
      : attributes.kind === "paper"
        ? NODE_RADIUS.paper
        : NODE_RADIUS.authorBase + NODE_RADIUS.authorPerSqrtPaper * Math.sqrt(attributes.papers ?? graph.degree(node));
  });
  const discOf = new Map<string, ReturnType<typeof sunflowerDisc>>();
  for (const [paper, members] of discs) {
    const inner = radii[paper] + NODE_RADIUS.satelliteSpacing;
    discOf.set(paper, sunflowerDisc(members.length, inner, NODE_RADIUS.satelliteSpacing, NODE_RADIUS.satellite));
  }
  // Placed before overlap removal: simulated nodes, then leaves on their orbits.
  const { nodes: placed, xs, ys } = placeLeaves(graph, simulated, simulatedPositions, leaves, radii);
  const effective = new Float64Array(placed.length);
  placed.forEach((node, i) => (effective[i] = discOf.get(node)?.radius ?? radii[node]));
  // Labels run horizontally: separate nodes in a space squeezed along x, so they end up
  // LABEL_ASPECT times further apart sideways than vertically (circles still never overlap).
  for (let i = 0; i < xs.length; i++) xs[i] /= LABEL_ASPECT;
  spreadToFit(xs, ys, effective, NODE_RADIUS.margin);
  const passes = overlapPasses(xs, ys, effective, { margin: NODE_RADIUS.margin, maxIterations: 500 });
  let pass = passes.next();
  for (; !pass.done; pass = passes.next()) {
    if (pass.value % OVERLAP_PROGRESS_EVERY === 0) yield { phase: "overlap", iteration: iterations, displacement };
  }
  const overlap = pass.value;
  for (let i = 0; i < xs.length; i++) xs[i] *= LABEL_ASPECT;

  yield { phase: "satellites", iteration: iterations, displacement };
  const positions: Positions = {};
  placed.forEach((node, i) => (positions[node] = [round(xs[i]), round(ys[i])]));
  for (const [paper, members] of discs) {
    const [px, py] = positions[paper];
    const { offsets } = discOf.get(paper)!;
    members.forEach((node, k) => (positions[node] = [round(px + offsets[k][0]), round(py + offsets[k][1])]));
  }
  // Key order of `positions` follows the graph, whatever the phase that placed a node.
  const ordered: Positions = {};
  graph.forEachNode((node) => (ordered[node] = positions[node]));

  return {
    positions: ordered,
    iterations,
    converged,
    seed,
    satellites: graph.filterNodes((node) => satellites.has(node)),
    radii,
    overlapFree: overlap.converged,
    levels,
    levelIterations,
  };
}

/**
 * Above this many nodes a level uses Barnes–Hut repulsion (FA2's inferSettings says 2,000; exact
 * repulsion on a 1,500-node coarse level cost 11 ms per iteration, 4× Barnes–Hut, for nothing visible).
 */
const DEFAULT_BARNES_HUT_THRESHOLD = 1000;
/**
 * Iteration cap of every coarse level: they only set the large-scale shape, which the next level
 * refines. On a 10k-node graph running them to convergence (87–300 iterations each) instead of 40
 * doubled the layout's time and changed its quality by 0.3%.
 */
const MAX_COARSE_ITERATIONS = 40;

/** The simulated nodes as an FA2 graph: edges among them (weight 1), mass 1 + degree + extra. */
function fa2Graph(graph: Graph, nodes: string[], extraMass: Float64Array): Fa2Graph {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const mass = Float64Array.from(extraMass, (extra) => 1 + extra);
  const source: number[] = [];
  const target: number[] = [];
  graph.forEachEdge((_edge, _attributes, from, to) => {
    const s = index.get(from);
    const t = index.get(to);
    if (s === undefined || t === undefined || s === t) return;
    source.push(s);
    target.push(t);
    mass[s]++;
    mass[t]++;
  });
  return { order: nodes.length, mass, source: Int32Array.from(source), target: Int32Array.from(target), weight: new Float64Array(source.length).fill(1) };
}

/** Centre on the centroid and scale so the mean edge among simulated nodes has length 1 (no edges: mean distance to the centre 1). */
function normaliseToUnitEdges(graph: Graph, nodes: string[], xs: Float64Array, ys: Float64Array): void {
  const n = nodes.length;
  if (n === 0) return;
  let cx = 0, cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xs[i];
    cy += ys[i];
  }
  cx /= n;
  cy /= n;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  let total = 0, count = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    total += distance(xs[s] - xs[t], ys[s] - ys[t]);
    count++;
  });
  let scale = count > 0 && total > 0 ? count / total : 1;
  if (count === 0) {
    // No edges among simulated nodes (e.g. only hyperauthored papers): mean distance to the centre becomes 1.
    let spread = 0;
    for (let i = 0; i < n; i++) spread += distance(xs[i] - cx, ys[i] - cy);
    if (spread > 0) scale = n / spread;
  }
  for (let i = 0; i < n; i++) {
    xs[i] = (xs[i] - cx) * scale;
    ys[i] = (ys[i] - cy) * scale;
  }
}

/** Overlap-removal passes between two progress reports (a pass over 10k nodes takes ~50 ms). */
const OVERLAP_PROGRESS_EVERY = 5;

/** Above this many non-satellite nodes, leaves default to `orbit`. */
const LEAF_ORBIT_THRESHOLD = 2000;
/** Distance of orbiting leaves from their paper, in mean-edge units. */
const LEAF_ORBIT_RADIUS = 0.6;

/**
 * Appends each paper's leaves on an arc around it, centred on the direction pointing away from
 * the mean of its simulated neighbours (or away from the layout centre when it has none).
 */
function placeLeaves(
  graph: AtlasGraph,
  simulated: string[],
  start: { xs: Float64Array; ys: Float64Array },
  leaves: Map<string, string[]>,
  radii: Record<string, number>,
): { nodes: string[]; xs: Float64Array; ys: Float64Array } {
  const nodes = [...simulated];
  let total = simulated.length;
  for (const members of leaves.values()) total += members.length;
  const xs = new Float64Array(total);
  const ys = new Float64Array(total);
  xs.set(start.xs);
  ys.set(start.ys);
  if (leaves.size === 0) return { nodes, xs, ys };

  const index = new Map<string, number>();
  simulated.forEach((node, i) => index.set(node, i));
  let next = simulated.length;
  for (const [paper, members] of leaves) {
    const p = index.get(paper)!;
    let sx = 0, sy = 0, count = 0;
    graph.forEachNeighbor(paper, (neighbor) => {
      const j = index.get(neighbor);
      if (j === undefined) return;
      sx += xs[j];
      sy += ys[j];
      count++;
    });
    let ox = count > 0 ? xs[p] - sx / count : xs[p];
    let oy = count > 0 ? ys[p] - sy / count : ys[p];
    if (ox === 0 && oy === 0) ox = 1;
    const outward = Math.atan2(oy, ox);
    const step = (2 * radii[members[0]] + NODE_RADIUS.margin) / LEAF_ORBIT_RADIUS;
    const offsets = orbitOffsets(members.length, outward, LEAF_ORBIT_RADIUS, step);
    members.forEach((node, k) => {
      nodes.push(node);
      xs[next] = xs[p] + offsets[k][0];
      ys[next] = ys[p] + offsets[k][1];
      next++;
    });
  }
  return { nodes, xs, ys };
}

/** Share of the bounding box the nodes' circles (grown by half the margin) may fill before enlarging. */
const MAX_FILL = 0.35;
/** Small layouts are left to overlap removal alone: a fill ratio says little about a handful of nodes. */
const SPREAD_MIN_NODES = 100;

/**
 * Dense hairballs (mean edge ≈ layout diameter) cannot hold their nodes at unit edge length:
 * scale the whole layout up uniformly first, so overlap removal only fixes local collisions
 * instead of pushing thousands of nodes through each other (which also ruins the structure).
 */
function spreadToFit(xs: Float64Array, ys: Float64Array, radii: Float64Array, margin: number): void {
  const n = xs.length;
  if (n < SPREAD_MIN_NODES) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, area = 0;
  for (let i = 0; i < n; i++) {
    const reach = radii[i] + margin / 2;
    minX = Math.min(minX, xs[i] - reach);
    maxX = Math.max(maxX, xs[i] + reach);
    minY = Math.min(minY, ys[i] - reach);
    maxY = Math.max(maxY, ys[i] + reach);
    area += Math.PI * reach * reach;
  }
  const box = (maxX - minX) * (maxY - minY);
  if (area <= MAX_FILL * box) return;
  const scale = Math.sqrt(area / (MAX_FILL * box));
  for (let i = 0; i < n; i++) {
    xs[i] *= scale;
    ys[i] *= scale;
  }
}

/** Six decimals: plenty for drawing, and keeps atlas files small. Deterministic. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Copies positions into the nodes' `x`/`y` attributes (mutates the graph; nodes without a position are left alone). */
export function assignPositions(graph: AtlasGraph, positions: Positions): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    const position = positions[node];
    if (position) {
      attributes.x = position[0];
      attributes.y = position[1];
    }
    return attributes;
  }, { attributes: ["x", "y"] });
}
