/**
 * Multilevel ForceAtlas2: coarsen, lay out the small graph, then refine level by level.
 *
 * Coarsening matches every node with at most one neighbour (lightest degree first, then the
 * strongest link per unit of the partner's mass) and merges each pair into one node whose FA2
 * mass is the sum of the two and whose links to other groups add up their weights, so the
 * coarse graph pulls and pushes like the fine one at large scale. It stops when a level no
 * longer shrinks by a quarter, or is small enough to lay out cheaply.
 *
 * The coarsest graph starts from the given (seeded) positions and runs to convergence; each
 * finer level starts with every node at its group's position plus a small seeded offset and
 * runs FA2 until the convergence test holds (few iterations: the large-scale shape is already
 * there). Only the finest level needs many nodes per iteration, and it starts almost settled.
 */
import { convergenceCounter, distance, relativeDisplacementXY, type ConvergenceTest } from "./convergence.ts";
import { createFa2State, defaultFa2Settings, fa2Step, type Fa2Graph, type Fa2Settings, type RepulsionRunner } from "./fa2.ts";
import type { UnitRandom } from "./random.ts";

export interface Coarsening {
  coarse: Fa2Graph;
  /** Fine node index → coarse node index. */
  group: Int32Array;
}

/** Graphs at or below this many nodes are not coarsened further. */
export const COARSEST_ORDER = 200;
/** A level that keeps more than this share of its nodes ends the coarsening. */
const MIN_SHRINK = 0.75;

/** Matches nodes in pairs along edges and merges them; undefined when that would barely shrink the graph. */
export function coarsen(graph: Fa2Graph): Coarsening | undefined {
  const n = graph.order;
  if (n <= COARSEST_ORDER) return undefined;
  const { offsets, neighbours, weights } = adjacency(graph);

  // Lightest nodes choose first: leaves and small papers pair up before the hubs they touch.
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => offsets[a + 1] - offsets[a] - (offsets[b + 1] - offsets[b]) || a - b,
  );
  const group = new Int32Array(n).fill(-1);
  let groups = 0;
  for (const u of order) {
    if (group[u] >= 0) continue;
    let best = -1;
    let bestScore = 0;
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = neighbours[k];
      if (v === u || group[v] >= 0) continue;
      const score = weights[k] / graph.mass[v];
      if (score > bestScore || (score === bestScore && best >= 0 && v < best)) {
        best = v;
        bestScore = score;
      }
    }
    group[u] = groups;
    if (best >= 0) group[best] = groups;
    groups++;
  }
  if (groups > MIN_SHRINK * n) return undefined;

  const mass = new Float64Array(groups);
  for (let i = 0; i < n; i++) mass[group[i]] += graph.mass[i];
  // Coarse edges: one per pair of groups, weights summed, in order of first appearance.
  const pairIndex = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let e = 0; e < graph.source.length; e++) {
    let a = group[graph.source[e]];
    let b = group[graph.target[e]];
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    const key = a * groups + b;
    const existing = pairIndex.get(key);
    if (existing !== undefined) weight[existing] += graph.weight[e];
    else {
      pairIndex.set(key, source.length);
      source.push(a);
      target.push(b);
      weight.push(graph.weight[e]);
    }
  }
  return {
    coarse: { order: groups, mass, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) },
    group,
  };
}

/** Compressed adjacency lists (both directions) of an FA2 graph. */
function adjacency(graph: Fa2Graph): { offsets: Int32Array; neighbours: Int32Array; weights: Float64Array } {
  const n = graph.order;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < graph.source.length; e++) {
    offsets[graph.source[e] + 1]++;
    offsets[graph.target[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let e = 0; e < graph.source.length; e++) {
    const s = graph.source[e];
    const t = graph.target[e];
    neighbours[fill[s]] = t;
    weights[fill[s]++] = graph.weight[e];
    neighbours[fill[t]] = s;
    weights[fill[t]++] = graph.weight[e];
  }
  return { offsets, neighbours, weights };
}

export interface MultilevelOptions {
  convergence: ConvergenceTest;
  /** Iteration cap of the finest level. */
  maxIterations: number;
  /** Iteration cap of every coarser level. */
  maxCoarseIterations?: number;
  random: UnitRandom;
  /** False: no coarsening, FA2 on the graph itself (default true). */
  multilevel?: boolean;
  /** FA2 settings for a level of `order` nodes (default: `defaultFa2Settings`). */
  settings?: (order: number) => Fa2Settings;
  /** Runs the repulsion walk on more threads (same bits); default: this thread. */
  repulsion?: RepulsionRunner;
  /** Called when a level is done (coarsest first): its node count and iterations. */
  onLevel?: (order: number, iterations: number, converged: boolean) => void;
  /** Called after every iteration at the finest level (the generator also yields its number). */
  onFineIteration?: (iteration: number, displacement: number) => void;
}

export interface MultilevelResult {
  x: Float64Array;
  y: Float64Array;
  /** Node count of each level, finest first. */
  levels: number[];
  /** Iterations run at each level, finest first. */
  iterations: number[];
  /** Whether the finest level met the convergence test. */
  converged: boolean;
}

/**
 * Coarse levels above this many nodes get at most BIG_LEVEL_ITERATIONS: they cost the most
 * per iteration, and the next level refines them anyway.
 */
const BIG_LEVEL = 10_000;
const BIG_LEVEL_ITERATIONS = 20;

/** Offsets of children around their group's position, relative to the coarse level's mean edge length. */
const SPAWN_JITTER = 0.1;
/**
 * How far a child starts from its group towards the groups of its other neighbours (0: on the
 * group, 1: at their mean). Halfway cut the finest level's iterations from 66 to 57 on a 10k-node
 * graph at the same quality.
 */
const SPAWN_PULL = 0.5;

/** Lays out `graph` from `x`/`y` (its starting positions, used only if it is not coarsened). */
export function* multilevelSteps(graph: Fa2Graph, x: Float64Array, y: Float64Array, options: MultilevelOptions): Generator<number, MultilevelResult, void> {
  const hierarchy: Coarsening[] = [];
  for (let level = graph; options.multilevel !== false; ) {
    const next = coarsen(level);
    if (!next) break;
    hierarchy.push(next);
    level = next.coarse;
  }
  const graphs = [graph, ...hierarchy.map((step) => step.coarse)];
  const settingsFor = options.settings ?? defaultFa2Settings;
  const iterations: number[] = new Array(graphs.length).fill(0);

  // Coarsest level: the given positions of its first members.
  let levelX = x;
  let levelY = y;
  if (hierarchy.length > 0) {
    const coarsest = graphs[graphs.length - 1];
    levelX = new Float64Array(coarsest.order);
    levelY = new Float64Array(coarsest.order);
    const seen = new Uint8Array(coarsest.order);
    const top = composeGroups(hierarchy);
    for (let i = 0; i < graph.order; i++) {
      const g = top[i];
      if (seen[g]) continue;
      seen[g] = 1;
      levelX[g] = x[i];
      levelY[g] = y[i];
    }
  }

  let converged = false;
  for (let level = graphs.length - 1; level >= 0; level--) {
    const levelGraph = graphs[level];
    if (level < graphs.length - 1) {
      const { group } = hierarchy[level];
      const spread = SPAWN_JITTER * meanEdgeLength(graphs[level + 1], levelX, levelY);
      const fineX = level === 0 ? x : new Float64Array(levelGraph.order);
      const fineY = level === 0 ? y : new Float64Array(levelGraph.order);
      const pull = SPAWN_PULL;
      const sumX = new Float64Array(levelGraph.order);
      const sumY = new Float64Array(levelGraph.order);
      const count = new Float64Array(levelGraph.order);
      for (let e = 0; e < levelGraph.source.length; e++) {
        const a = levelGraph.source[e];
        const b = levelGraph.target[e];
        if (group[a] === group[b]) continue;
        const w = levelGraph.weight[e];
        sumX[a] += w * levelX[group[b]];
        sumY[a] += w * levelY[group[b]];
        count[a] += w;
        sumX[b] += w * levelX[group[a]];
        sumY[b] += w * levelY[group[a]];
        count[b] += w;
      }
      for (let i = 0; i < levelGraph.order; i++) {
        // A seeded offset in a square: no Math.cos/sin, whose last bits are the engine's.
        const ox = (options.random() - 0.5) * 2 * spread;
        const oy = (options.random() - 0.5) * 2 * spread;
        const px = levelX[group[i]], py = levelY[group[i]];
        const bx = count[i] > 0 ? pull * (sumX[i] / count[i] - px) : 0;
        const by = count[i] > 0 ? pull * (sumY[i] / count[i] - py) : 0;
        fineX[i] = px + bx + ox;
        fineY[i] = py + by + oy;
      }
      levelX = fineX;
      levelY = fineY;
    }
    const state = createFa2State(levelGraph, levelX, levelY);
    const settings = settingsFor(levelGraph.order);
    const counter = convergenceCounter(options.convergence);
    const coarseCap = options.maxCoarseIterations ?? options.maxIterations;
    const cap = level === 0 ? options.maxIterations : levelGraph.order > BIG_LEVEL ? Math.min(coarseCap, BIG_LEVEL_ITERATIONS) : coarseCap;
    const beforeX = new Float64Array(levelGraph.order);
    const beforeY = new Float64Array(levelGraph.order);
    let done = levelGraph.order < 2;
    while (!done && iterations[level] < cap) {
      beforeX.set(levelX);
      beforeY.set(levelY);
      fa2Step(state, settings, options.repulsion);
      iterations[level]++;
      const displacement = relativeDisplacementXY(beforeX, beforeY, levelX, levelY);
      done = counter.update(displacement);
      if (level === 0) {
        options.onFineIteration?.(iterations[0], displacement);
        yield iterations[0];
      }
    }
    options.onLevel?.(levelGraph.order, iterations[level], done);
    if (level === 0) converged = done;
  }
  return { x: levelX, y: levelY, levels: graphs.map((g) => g.order), iterations, converged };
}

function composeGroups(hierarchy: Coarsening[]): Int32Array {
  const top = Int32Array.from(hierarchy[0].group);
  for (let k = 1; k < hierarchy.length; k++) {
    const group = hierarchy[k].group;
    for (let i = 0; i < top.length; i++) top[i] = group[top[i]];
  }
  return top;
}

function meanEdgeLength(graph: Fa2Graph, x: Float64Array, y: Float64Array): number {
  let total = 0;
  for (let e = 0; e < graph.source.length; e++) {
    total += distance(x[graph.source[e]] - x[graph.target[e]], y[graph.source[e]] - y[graph.target[e]]);
  }
  return graph.source.length > 0 ? total / graph.source.length : 1;
}
