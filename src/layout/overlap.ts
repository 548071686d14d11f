/**
 * Deterministic overlap removal for circles: after it, every pair of nodes i, j is at least
 * (rᵢ + rⱼ + margin)·(1 − 10⁻⁷) apart (when it converges within `maxIterations`).
 *
 * Why not graphology-layout-noverlap: it jitters coincident nodes with Math.random and moves
 * only one node of each pair. Here each overlapping pair is pushed apart along the line between
 * them, the smaller node moving more (shares ∝ the other's area), coincident nodes along a
 * direction derived from their indices. Passes are Gauss–Seidel (moves apply at once), nodes in
 * index order; a pass that moves nothing proves there are no overlaps left. A layout still jammed
 * after 20 passes is enlarged by 10% about its centroid (as noverlap's `expansion` setting).
 *
 * Neighbours come from a uniform grid (cell = twice the median radius plus the margin); a node
 * is entered in every cell its circle (grown by half the margin) touches, so one big node (a paper
 * carrying a satellite disc) costs a few dozen cells, not a comparison with every node. The grid
 * lives in typed arrays (cells hashed into buckets), so a pass allocates nothing per node.
 */

export interface OverlapOptions {
  /** Extra gap between circles, in layout units. */
  margin?: number;
  maxIterations?: number;
}

export interface OverlapResult {
  iterations: number;
  /** Whether the last pass found no overlap. */
  converged: boolean;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Pairs are pushed 5% beyond contact: exact contact makes crowded neighbourhoods trade
 * the same tiny violations back and forth for hundreds of passes.
 */
const PUSH_SLACK = 1.05;
/**
 * Still overlapping after this many passes: the neighbourhood is jammed (a hub with dozens of
 * one-edge neighbours), so the whole layout is enlarged by EXPANSION and the passes go on.
 */
const EXPAND_EVERY = 20;
const EXPANSION = 1.1;
/** Violations smaller than this share of the required distance are ignored (float noise). */
const TOLERANCE = 1e-7;
/** Cells per axis a single node may span before it is treated as covering fewer, larger cells. */
const CELL_SPAN_LIMIT = 64;

/** Moves `xs`/`ys` in place; `radii` are left untouched. */
export function removeOverlaps(xs: Float64Array, ys: Float64Array, radii: Float64Array, options: OverlapOptions = {}): OverlapResult {
  const passes = overlapPasses(xs, ys, radii, options);
  for (;;) {
    const next = passes.next();
    if (next.done) return next.value;
  }
}

/** The same as `removeOverlaps`, yielding the number of passes done after each pass (for progress and cancelling). */
export function* overlapPasses(xs: Float64Array, ys: Float64Array, radii: Float64Array, options: OverlapOptions = {}): Generator<number, OverlapResult, void> {
  const margin = options.margin ?? 0;
  const maxIterations = options.maxIterations ?? 500;
  const n = xs.length;
  if (n < 2) return { iterations: 0, converged: true };

  const sorted = Array.from(radii).sort((a, b) => a - b);
  const maxRadius = sorted[n - 1];
  // Cells sized for ordinary nodes, but never so small that the largest node spans too many.
  const cell = Math.max(2 * sorted[Math.floor(n / 2)] + margin, (2 * maxRadius + margin) / CELL_SPAN_LIMIT);
  if (!(cell > 0)) return { iterations: 0, converged: true }; // all radii and margin 0: nothing can overlap

  const separate = (i: number, j: number): boolean => {
    const need = radii[i] + radii[j] + margin;
    let dx = xs[j] - xs[i];
    let dy = ys[j] - ys[i];
    const d2 = dx * dx + dy * dy;
    const least = need * (1 - TOLERANCE);
    if (d2 >= least * least) return false;
    let d = Math.sqrt(d2);
    const push = (need - d) * PUSH_SLACK;
    if (d === 0) {
      const angle = (i * 7919 + j) * GOLDEN_ANGLE;
      dx = Math.cos(angle);
      dy = Math.sin(angle);
      d = 1;
    }
    const ai = radii[i] * radii[i];
    const aj = radii[j] * radii[j];
    const shareI = ai + aj > 0 ? aj / (ai + aj) : 0.5;
    const ux = dx / d;
    const uy = dy / d;
    xs[i] -= ux * push * shareI;
    ys[i] -= uy * push * shareI;
    xs[j] += ux * push * (1 - shareI);
    ys[j] += uy * push * (1 - shareI);
    return true;
  };

  const seen = new Int32Array(n).fill(-1);
  const halfMargin = margin / 2;
  const x0 = new Int32Array(n), x1 = new Int32Array(n), y0 = new Int32Array(n), y1 = new Int32Array(n);
  // Flat hashed grid, rebuilt each pass without a Map or an array per cell (a Map of arrays cost
  // ~1 s per pass on 100k nodes, mostly allocation and GC): `bucketStart[b]…bucketStart[b+1]`
  // indexes `members`, the nodes whose grown circle touches a cell hashing to bucket b, in
  // node order. Cells sharing a bucket are told apart by each member's cell range, so every
  // cell is visited exactly as with one list per cell (same pairs, same order, same result).
  const bucketCount = 2 ** Math.ceil(Math.log2(2 * n));
  const bucketMask = bucketCount - 1;
  const bucketStart = new Int32Array(bucketCount + 1);
  let members = new Int32Array(n);
  // Only nodes that moved in the previous pass are checked (all of them in the first pass and
  // after an expansion): a pair that overlaps now has a member that moved since the pair was
  // last checked, so a pass that moves nothing still proves there is no overlap left. At 100k
  // nodes this took overlap removal from ~19 s to ~9 s CPU (about 60 passes, most touching few nodes).
  let active = new Uint8Array(n).fill(1);
  let movedNow = new Uint8Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let moved = false;

    bucketStart.fill(0);
    let entries = 0;
    for (let i = 0; i < n; i++) {
      const reach = radii[i] + halfMargin;
      x0[i] = Math.floor((xs[i] - reach) / cell);
      x1[i] = Math.floor((xs[i] + reach) / cell);
      y0[i] = Math.floor((ys[i] - reach) / cell);
      y1[i] = Math.floor((ys[i] + reach) / cell);
      for (let cx = x0[i]; cx <= x1[i]; cx++) {
        for (let cy = y0[i]; cy <= y1[i]; cy++) bucketStart[cellBucket(cx, cy, bucketMask) + 1]++;
      }
      entries += (x1[i] - x0[i] + 1) * (y1[i] - y0[i] + 1);
    }
    for (let b = 0; b < bucketCount; b++) bucketStart[b + 1] += bucketStart[b];
    if (members.length < entries) members = new Int32Array(entries);
    const fill = bucketStart.slice(0, bucketCount);
    for (let i = 0; i < n; i++) {
      for (let cx = x0[i]; cx <= x1[i]; cx++) {
        for (let cy = y0[i]; cy <= y1[i]; cy++) members[fill[cellBucket(cx, cy, bucketMask)]++] = i;
      }
    }

    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let cx = x0[i]; cx <= x1[i]; cx++) {
        for (let cy = y0[i]; cy <= y1[i]; cy++) {
          const bucket = cellBucket(cx, cy, bucketMask);
          const end = bucketStart[bucket + 1];
          for (let k = bucketStart[bucket]; k < end; k++) {
            const j = members[k];
            // Pairs of two active nodes are checked once, from the lower index.
            if (j === i || (active[j] && j < i) || seen[j] === i) continue;
            if (cx < x0[j] || cx > x1[j] || cy < y0[j] || cy > y1[j]) continue; // another cell in this bucket
            seen[j] = i;
            if (separate(i, j)) {
              moved = true;
              movedNow[i] = 1;
              movedNow[j] = 1;
            }
          }
        }
      }
    }
    seen.fill(-1);
    if (!moved) return { iterations: iteration, converged: true };
    [active, movedNow] = [movedNow, active];
    movedNow.fill(0);
    if (iteration % EXPAND_EVERY === 0) {
      expand(xs, ys, EXPANSION);
      active.fill(1);
    }
    yield iteration;
  }
  return { iterations: maxIterations, converged: false };
}

/** Uniform scaling about the centroid: relieves jammed neighbourhoods without changing the shape. */
function expand(xs: Float64Array, ys: Float64Array, factor: number): void {
  const n = xs.length;
  let cx = 0, cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xs[i];
    cy += ys[i];
  }
  cx /= n;
  cy /= n;
  for (let i = 0; i < n; i++) {
    xs[i] = cx + (xs[i] - cx) * factor;
    ys[i] = cy + (ys[i] - cy) * factor;
  }
}

/** Bucket of cell (x, y) in a table of `mask + 1` buckets (a power of two). */
function cellBucket(x: number, y: number, mask: number): number {
  return (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77)) & mask;
}
