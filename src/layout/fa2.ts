/**
 * ForceAtlas2 on typed arrays, one iteration at a time.
 *
 * The forces and the adaptive speed are graphology-layout-forceatlas2's (linear attraction
 * w·d, repulsion k·m₁m₂/d, strong gravity towards the origin m·g, per-node speed from swinging
 * and traction, `slowDown`), for the settings this project uses (no linLog, no size adjustment,
 * edge weight influence 1). What differs is the machinery:
 *
 * - Float64 state in separate arrays, edges as Int32 index pairs, allocated once.
 * - A Barnes–Hut quadtree rebuilt every iteration into preallocated typed arrays (growing only
 *   when a layout needs more regions than ever before), threaded by "next sibling" links so the
 *   repulsion walk needs no stack. Region masses and centres are summed bottom-up after all
 *   nodes are in, so every region's centre of mass is exact (graphology's incremental update
 *   leaves out the node that caused a split). Nodes at the same point share a leaf list.
 * - The opening test is graphology's: a region of side s is one body when (2s/d)² < θ².
 *
 * Deterministic: no randomness; nodes and edges are visited in index order.
 */

export interface Fa2Settings {
  /** Repulsion strength k (graphology `scalingRatio`). */
  scalingRatio: number;
  /** Strong gravity towards the origin, per unit of mass. */
  gravity: number;
  /** Divides every move (graphology `slowDown`). */
  slowDown: number;
  /** Barnes–Hut accuracy (graphology `barnesHutTheta`; 0 = exact pairwise repulsion). */
  theta: number;
}

/**
 * graphology's `inferSettings` values for `order` simulated nodes. θ = 2 in graphology's opening
 * test is the textbook s/d < 1: on a 10k-node generated graph it cost 26 ms per iteration
 * against 50 ms at Gephi's 1.2 (and 130 ms at graphology's 0.5) for the same quality (0.2621 vs
 * 0.2621, mean edge / mean pair distance).
 */
export function defaultFa2Settings(order: number): Fa2Settings {
  return { scalingRatio: 10, gravity: 0.05, slowDown: 1 + portableLog1p(Math.max(order, 1) - 1), theta: 2 };
}

export interface Fa2Graph {
  /** Node count. */
  order: number;
  /** FA2 mass of every node (1 + weighted degree, plus anything placed around it later). */
  mass: Float64Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
}

export interface Fa2State {
  graph: Fa2Graph;
  x: Float64Array;
  y: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  oldDx: Float64Array;
  oldDy: Float64Array;
  /** Per-node speed factor in (0, 1] (graphology's `convergence`). */
  speed: Float64Array;
  tree: QuadTree;
}

export function createFa2State(graph: Fa2Graph, x: Float64Array, y: Float64Array): Fa2State {
  const n = graph.order;
  return {
    graph,
    x,
    y,
    dx: new Float64Array(n),
    dy: new Float64Array(n),
    oldDx: new Float64Array(n),
    oldDy: new Float64Array(n),
    speed: new Float64Array(n).fill(1),
    tree: createQuadTree(n),
  };
}

/**
 * Runs the Barnes–Hut walk for every node of `state` (its quadtree already built) and adds the
 * result to `state.dx`/`state.dy`, bit for bit what `repelInRange` over all nodes would add.
 * Each node's force is summed by one thread in a fixed order, so any split gives the same bits.
 */
export interface RepulsionRunner {
  repel(state: Fa2State, k: number, thetaSquared: number): void;
}

/**
 * One ForceAtlas2 iteration: forces, then moves (mutates `state.x`/`state.y`). `repulsion`
 * spreads the walk over threads (the command line's worker pool); without it, this thread does it.
 */
export function fa2Step(state: Fa2State, settings: Fa2Settings, repulsion?: RepulsionRunner): void {
  const { graph, x, y, dx, dy, oldDx, oldDy, speed } = state;
  const { mass } = graph;
  const n = graph.order;
  for (let i = 0; i < n; i++) {
    oldDx[i] = dx[i];
    oldDy[i] = dy[i];
    dx[i] = 0;
    dy[i] = 0;
  }

  if (settings.theta > 0 && n > 1) {
    buildQuadTree(state.tree, x, y, mass, n);
    const thetaSquared = settings.theta * settings.theta;
    if (repulsion) repulsion.repel(state, settings.scalingRatio, thetaSquared);
    else repelInRange(state.tree, x, y, mass, dx, dy, 0, n, settings.scalingRatio, thetaSquared);
  } else {
    repelPairwise(x, y, mass, dx, dy, n, settings.scalingRatio);
  }

  // Strong gravity: graphology's factor scalingRatio · mass · (gravity / scalingRatio).
  const gravity = settings.gravity;
  for (let i = 0; i < n; i++) {
    if (x[i] === 0 && y[i] === 0) continue;
    const factor = mass[i] * gravity;
    dx[i] -= x[i] * factor;
    dy[i] -= y[i] * factor;
  }

  const { source, target, weight } = graph;
  for (let e = 0; e < source.length; e++) {
    const s = source[e];
    const t = target[e];
    const fx = (x[s] - x[t]) * weight[e];
    const fy = (y[s] - y[t]) * weight[e];
    dx[s] -= fx;
    dy[s] -= fy;
    dx[t] += fx;
    dy[t] += fy;
  }

  moveWithNodeSpeeds(state, settings);
}

/** graphology's adaptive speed: each node keeps its own speed factor, lowered when it swings. */
function moveWithNodeSpeeds(state: Fa2State, settings: Fa2Settings): void {
  const { graph, x, y, dx, dy, oldDx, oldDy, speed } = state;
  const { mass } = graph;
  const n = graph.order;
  const slowDown = settings.slowDown;
  for (let i = 0; i < n; i++) {
    const sx = oldDx[i] - dx[i];
    const sy = oldDy[i] - dy[i];
    const swinging = mass[i] * Math.sqrt(sx * sx + sy * sy);
    const tx = oldDx[i] + dx[i];
    const ty = oldDy[i] + dy[i];
    const traction = Math.sqrt(tx * tx + ty * ty) / 2;
    const damping = 1 + Math.sqrt(swinging);
    const nodeSpeed = (speed[i] * portableLog1p(traction)) / damping;
    speed[i] = Math.min(1, Math.sqrt((nodeSpeed * (dx[i] * dx[i] + dy[i] * dy[i])) / damping));
    x[i] += dx[i] * (nodeSpeed / slowDown);
    y[i] += dy[i] * (nodeSpeed / slowDown);
  }
}

const bits = new DataView(new ArrayBuffer(8));

/**
 * ln(1 + t) for t ≥ 0 with only +, −, ×, ÷ and bit reads, all exactly specified by IEEE 754, so
 * Node and every browser compute the same bits. Math.log is the engine's own libm: a last-bit
 * difference between V8 versions, fed back through hundreds of iterations, moved the worker's
 * layout of the default dataset 6·10⁻⁴ away from the command line's. Accurate to ~1e-15.
 */
export function portableLog1p(t: number): number {
  const x = 1 + t;
  if (!(x > 0) || x === Infinity) return Math.log(x);
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  const exponent = ((high >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (high & 0x800fffff) | 0x3ff00000); // mantissa m in [1, 2)
  let m = bits.getFloat64(0);
  let k = exponent;
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  // ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| < 0.172: the series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let n = 1; n < 40; n += 2) {
    const next = sum + term / n;
    if (next === sum) break;
    sum = next;
    term *= s2;
  }
  return k * LN2 + 2 * sum;
}

const LN2 = 0.6931471805599453;

function repelPairwise(x: Float64Array, y: Float64Array, mass: Float64Array, dx: Float64Array, dy: Float64Array, n: number, k: number): void {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const ex = x[i] - x[j];
      const ey = y[i] - y[j];
      const d2 = ex * ex + ey * ey;
      if (d2 <= 0) continue;
      const factor = (k * mass[i] * mass[j]) / d2;
      dx[i] += ex * factor;
      dy[i] += ey * factor;
      dx[j] -= ex * factor;
      dy[j] -= ey * factor;
    }
  }
}

/** Regions deeper than this keep their nodes in one list (points too close to tell apart). */
const MAX_DEPTH = 48;

export interface QuadTree {
  capacity: number;
  count: number;
  /** First node of a leaf (−1: empty or internal). */
  firstNode: Int32Array;
  /** Next node in the same leaf (−1: last). */
  nextNode: Int32Array;
  /** Nodes in the order the tree's leaves hold them: neighbours in space are neighbours here. */
  spatialOrder: Int32Array;
  /** First of four consecutive children (−1: leaf). */
  firstChild: Int32Array;
  /** Region visited after this one when it is skipped or finished (−1: walk over). */
  nextSibling: Int32Array;
  depth: Int32Array;
  centreX: Float64Array;
  centreY: Float64Array;
  /** Side length. */
  side: Float64Array;
  mass: Float64Array;
  massX: Float64Array;
  massY: Float64Array;
  /**
   * The non-empty regions again, renumbered in walk (depth-first) order and packed for the
   * repulsion walk: opening a region means reading the next one in memory.
   * `walkBody[4w…4w+3]` = centre of mass x, y, mass, side².
   */
  walkBody: Float64Array;
  /** `walkLink[2w]` = the walk index after w's subtree; `walkLink[2w+1]` = first node of a leaf, −1 for an inner region. */
  walkLink: Int32Array;
  /** Number of regions in the walk arrays. */
  walkCount: number;
  /** Region → its walk index (an empty region: the walk index of the next non-empty one). */
  walkIndex: Int32Array;
}

function createQuadTree(nodes: number): QuadTree {
  const tree = { count: 0, nextNode: new Int32Array(nodes), spatialOrder: Int32Array.from({ length: nodes }, (_, i) => i) } as QuadTree;
  allocateRegions(tree, Math.max(64, 2 * nodes));
  return tree;
}

function allocateRegions(tree: QuadTree, capacity: number): void {
  const grow = <T extends Int32Array | Float64Array>(old: T | undefined, make: (n: number) => T): T => {
    const array = make(capacity);
    if (old) array.set(old.subarray(0, tree.count) as never);
    return array;
  };
  const int = (n: number) => new Int32Array(n);
  const float = (n: number) => new Float64Array(n);
  tree.firstNode = grow(tree.firstNode, int);
  tree.firstChild = grow(tree.firstChild, int);
  tree.nextSibling = grow(tree.nextSibling, int);
  tree.depth = grow(tree.depth, int);
  tree.centreX = grow(tree.centreX, float);
  tree.centreY = grow(tree.centreY, float);
  tree.side = grow(tree.side, float);
  tree.mass = grow(tree.mass, float);
  tree.massX = grow(tree.massX, float);
  tree.massY = grow(tree.massY, float);
  // Rewritten from scratch on every build: no need to keep their contents.
  tree.walkBody = new Float64Array(4 * capacity);
  tree.walkLink = new Int32Array(2 * capacity);
  tree.walkIndex = new Int32Array(capacity);
  tree.capacity = capacity;
}

function quadrantOf(tree: QuadTree, region: number, x: number, y: number): number {
  return tree.firstChild[region] + (x < tree.centreX[region] ? 0 : 2) + (y < tree.centreY[region] ? 0 : 1);
}

function split(tree: QuadTree, region: number): void {
  if (tree.count + 4 > tree.capacity) allocateRegions(tree, tree.capacity * 2);
  const first = tree.count;
  tree.count += 4;
  const half = tree.side[region] / 2;
  const quarter = half / 2;
  for (let q = 0; q < 4; q++) {
    const child = first + q;
    tree.firstNode[child] = -1;
    tree.firstChild[child] = -1;
    tree.nextSibling[child] = q < 3 ? child + 1 : tree.nextSibling[region];
    tree.depth[child] = tree.depth[region] + 1;
    tree.centreX[child] = tree.centreX[region] + (q < 2 ? -quarter : quarter);
    tree.centreY[child] = tree.centreY[region] + (q % 2 === 0 ? -quarter : quarter);
    tree.side[child] = half;
  }
  tree.firstChild[region] = first;
}

export function buildQuadTree(tree: QuadTree, x: Float64Array, y: Float64Array, mass: Float64Array, n: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i] < minX) minX = x[i];
    if (x[i] > maxX) maxX = x[i];
    if (y[i] < minY) minY = y[i];
    if (y[i] > maxY) maxY = y[i];
  }
  tree.count = 1;
  tree.firstNode[0] = -1;
  tree.firstChild[0] = -1;
  tree.nextSibling[0] = -1;
  tree.depth[0] = 0;
  tree.centreX[0] = (minX + maxX) / 2;
  tree.centreY[0] = (minY + maxY) / 2;
  tree.side[0] = Math.max(maxX - minX, maxY - minY) * (1 + 1e-9) || 1;

  // (The tree's arrays are read through `tree.` here: splitting may reallocate them.)
  // Nodes go in in the previous tree's leaf order: nodes move little between iterations, so
  // consecutive inserts walk down nearly the same path and find it in cache.
  const order = tree.spatialOrder;
  for (let v = 0; v < n; v++) {
    const i = order[v];
    let region = 0;
    for (;;) {
      if (tree.firstChild[region] >= 0) {
        region = quadrantOf(tree, region, x[i], y[i]);
        continue;
      }
      const resident = tree.firstNode[region];
      if (resident < 0 || tree.depth[region] >= MAX_DEPTH) {
        tree.nextNode[i] = resident;
        tree.firstNode[region] = i;
        break;
      }
      // An occupied leaf: split it, move its nodes down, and try again from it.
      split(tree, region);
      tree.firstNode[region] = -1;
      for (let m = resident; m >= 0; ) {
        const after = tree.nextNode[m];
        const child = quadrantOf(tree, region, x[m], y[m]);
        tree.nextNode[m] = tree.firstNode[child];
        tree.firstNode[child] = m;
        m = after;
      }
    }
  }

  // Bottom-up masses: children always have larger indices than their parent.
  for (let r = tree.count - 1; r >= 0; r--) {
    let m = 0, mx = 0, my = 0;
    const child = tree.firstChild[r];
    if (child >= 0) {
      for (let q = child; q < child + 4; q++) {
        m += tree.mass[q];
        mx += tree.massX[q] * tree.mass[q];
        my += tree.massY[q] * tree.mass[q];
      }
    } else {
      for (let i = tree.firstNode[r]; i >= 0; i = tree.nextNode[i]) {
        m += mass[i];
        mx += x[i] * mass[i];
        my += y[i] * mass[i];
      }
    }
    tree.mass[r] = m;
    tree.massX[r] = m > 0 ? mx / m : tree.centreX[r];
    tree.massY[r] = m > 0 ? my / m : tree.centreY[r];
  }

  // One depth-first pass numbers the non-empty regions in walk order and lists the leaves' nodes
  // in that order (walking the tree for consecutive nodes of this order touches mostly the same
  // regions, which keeps them in cache: 1.6× faster at 100k nodes).
  const { firstChild, nextSibling, firstNode, nextNode, walkIndex, walkBody, walkLink, spatialOrder } = tree;
  // Empty: a leaf without nodes (a node of mass 0 still keeps its place in the spatial order).
  const isEmpty = (r: number) => firstChild[r] < 0 && firstNode[r] < 0;
  let next = 0;
  let walk = 0;
  for (let r = 0; r >= 0; ) {
    walkIndex[r] = walk;
    if (isEmpty(r)) {
      r = nextSibling[r];
      continue;
    }
    walkBody[4 * walk] = tree.massX[r];
    walkBody[4 * walk + 1] = tree.massY[r];
    walkBody[4 * walk + 2] = tree.mass[r];
    walkBody[4 * walk + 3] = tree.side[r] * tree.side[r];
    walk++;
    if (firstChild[r] >= 0) {
      walkLink[2 * walkIndex[r] + 1] = -1;
      r = firstChild[r];
      continue;
    }
    walkLink[2 * walkIndex[r] + 1] = firstNode[r];
    for (let i = firstNode[r]; i >= 0; i = nextNode[i]) spatialOrder[next++] = i;
    r = nextSibling[r];
  }
  tree.walkCount = walk;
  // The walk index after a subtree is that of the region the sibling thread continues with.
  for (let r = 0; r >= 0; ) {
    const after = nextSibling[r];
    if (!isEmpty(r)) walkLink[2 * walkIndex[r]] = after >= 0 ? walkIndex[after] : walk;
    r = firstChild[r] >= 0 ? firstChild[r] : after;
  }
}

/** What the repulsion walk reads of a built quadtree. */
export type WalkTree = Pick<QuadTree, "nextNode" | "spatialOrder" | "walkBody" | "walkLink" | "walkCount">;

/**
 * Repulsion on the nodes at positions [from, to) of the tree's spatial order, added to
 * `outX`/`outY` (indexed by node). Pure arithmetic on typed arrays, so a worker thread can run it
 * on copies of the same arrays.
 */
export function repelInRange(
  tree: WalkTree,
  x: Float64Array,
  y: Float64Array,
  mass: Float64Array,
  outX: Float64Array,
  outY: Float64Array,
  from: number,
  to: number,
  k: number,
  thetaSquared: number,
): void {
  const { nextNode, spatialOrder, walkBody, walkLink, walkCount } = tree;
  for (let visit = from; visit < to; visit++) {
    const i = spatialOrder[visit];
    const xi = x[i];
    const yi = y[i];
    const ki = k * mass[i];
    let fx = 0, fy = 0;
    let w = 0;
    while (w < walkCount) {
      const leafNode = walkLink[2 * w + 1];
      if (leafNode < 0) {
        const ex = xi - walkBody[4 * w];
        const ey = yi - walkBody[4 * w + 1];
        const d2 = ex * ex + ey * ey;
        if (4 * walkBody[4 * w + 3] < thetaSquared * d2) {
          const factor = (ki * walkBody[4 * w + 2]) / d2;
          fx += ex * factor;
          fy += ey * factor;
          w = walkLink[2 * w];
        } else {
          w++;
        }
        continue;
      }
      for (let j = leafNode; j >= 0; j = nextNode[j]) {
        if (j === i) continue;
        const ex = xi - x[j];
        const ey = yi - y[j];
        const d2 = ex * ex + ey * ey;
        if (d2 <= 0) continue;
        const factor = (ki * mass[j]) / d2;
        fx += ex * factor;
        fy += ey * factor;
      }
      w++;
    }
    outX[i] += fx;
    outY[i] += fy;
  }
}
