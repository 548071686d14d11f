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
 * lives in typed arrays reused by every pass (`CellGrid`), so a pass allocates nothing per node.
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

  const sorted = Float64Array.from(radii).sort();
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
  const grid = new CellGrid(n);
  // Only nodes that moved in the previous pass are checked (all of them in the first pass and
  // after an expansion): a pair that overlaps now has a member that moved since the pair was
  // last checked, so a pass that moves nothing still proves there is no overlap left. At 100k
  // nodes this took overlap removal from ~19 s to ~9 s CPU (about 60 passes, most touching few nodes).
  let active = new Uint8Array(n).fill(1);
  let movedNow = new Uint8Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let moved = false;
    grid.build(xs, ys, radii, margin / 2, cell);
    const { nodeCells, cellOf, cellStart, members } = grid;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      // i's cells in column-major order, each cell's members in node order: the order in which
      // pairs are met decides the result (moves apply at once), so it must never change.
      for (let e = nodeCells[i], last = nodeCells[i + 1]; e < last; e++) {
        const c = cellOf[e];
        for (let k = cellStart[c], end = cellStart[c + 1]; k < end; k++) {
          const j = members[k];
          // Pairs of two active nodes are checked once, from the lower index (the index test
          // first: it spares half the reads of `active`).
          if (j === i || (j < i && active[j]) || seen[j] === i) continue;
          seen[j] = i;
          if (separate(i, j)) {
            moved = true;
            movedNow[i] = 1;
            movedNow[j] = 1;
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

/**
 * The uniform grid of one pass, in flat typed arrays reused from pass to pass (a Map of arrays
 * per cell cost ~1 s per pass on 100k nodes, mostly allocation and GC). A node is entered in
 * every cell its circle, grown by half the margin, touches. Every cell has its own number (not
 * a hash bucket shared with other cells), so a node's neighbours are read without stepping over
 * nodes of other cells: at 100k nodes nine in ten members read from buckets were of another cell.
 *
 *  - `nodeCells[i]…nodeCells[i+1]` index `cellOf`: node i's cells, x outer, y inner;
 *  - `cellStart[c]…cellStart[c+1]` index `members`: the nodes in cell c, in node order.
 *
 * Cells are numbered column by column over the bounding box when it has at most DENSE_CELLS_PER_ENTRY
 * cells per membership (the usual case: one array lookup per membership, no hashing), else
 * in first-seen order through an open-addressing table (a few far-away nodes).
 */
class CellGrid {
  readonly nodeCells: Int32Array;
  cellOf = new Int32Array(0);
  cellStart = new Int32Array(0);
  members = new Int32Array(0);
  private cursor = new Int32Array(0);
  /** Slots of 3 Int32s (x, y, cell number + 1; 0 = empty): one cache line per probe. */
  private table = new Int32Array(0);
  private readonly x0: Int32Array;
  private readonly x1: Int32Array;
  private readonly y0: Int32Array;
  private readonly y1: Int32Array;

  constructor(private readonly n: number) {
    this.nodeCells = new Int32Array(n + 1);
    this.x0 = new Int32Array(n);
    this.x1 = new Int32Array(n);
    this.y0 = new Int32Array(n);
    this.y1 = new Int32Array(n);
  }

  build(xs: Float64Array, ys: Float64Array, radii: Float64Array, grow: number, cell: number): void {
    const { n, x0, x1, y0, y1, nodeCells } = this;
    let entries = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const reach = radii[i] + grow;
      x0[i] = Math.floor((xs[i] - reach) / cell);
      x1[i] = Math.floor((xs[i] + reach) / cell);
      y0[i] = Math.floor((ys[i] - reach) / cell);
      y1[i] = Math.floor((ys[i] + reach) / cell);
      nodeCells[i] = entries;
      // A node at a non-finite position is in no cell (it would spread NaN to every neighbour);
      // coordinates past the Int32 range wrap and may come out reversed: such a node spans no cell either.
      if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i])) || x1[i] < x0[i] || y1[i] < y0[i]) {
        // An empty range.
        x0[i] = y0[i] = 0;
        x1[i] = y1[i] = -1;
        continue;
      }
      entries += (x1[i] - x0[i] + 1) * (y1[i] - y0[i] + 1);
      if (x0[i] < minX) minX = x0[i];
      if (x1[i] > maxX) maxX = x1[i];
      if (y0[i] < minY) minY = y0[i];
      if (y1[i] > maxY) maxY = y1[i];
    }
    nodeCells[n] = entries;
    if (this.cellOf.length < entries) {
      this.cellOf = new Int32Array(Math.ceil(entries * 1.25));
      this.members = new Int32Array(this.cellOf.length);
    }
    const height = maxY - minY + 1;
    const area = (maxX - minX + 1) * height;
    const cells = entries === 0 ? 0 : area <= DENSE_CELLS_PER_ENTRY * entries ? this.denseCells(minX, minY, height, area) : this.hashedCells(entries);

    if (this.cellStart.length < cells + 1) {
      this.cellStart = new Int32Array(Math.ceil(cells * 1.25) + 1);
      this.cursor = new Int32Array(this.cellStart.length);
    }
    const { cellOf, cellStart, cursor, members } = this;
    cellStart.fill(0, 0, cells + 1);
    for (let e = 0; e < entries; e++) cellStart[cellOf[e] + 1]++;
    for (let c = 0; c < cells; c++) cellStart[c + 1] += cellStart[c];
    // Counting sort of the memberships by cell; nodes are visited in order, so each cell lists them in order.
    cursor.set(cellStart.subarray(0, cells));
    for (let i = 0; i < n; i++) {
      for (let e = nodeCells[i], last = nodeCells[i + 1]; e < last; e++) members[cursor[cellOf[e]]++] = i;
    }
  }

  /** Cell numbers column by column over the bounding box (`cellCount` cells); returns `cellCount`. */
  private denseCells(minX: number, minY: number, height: number, cellCount: number): number {
    const { n, x0, x1, y0, y1, cellOf } = this;
    let e = 0;
    for (let i = 0; i < n; i++) {
      for (let cx = x0[i]; cx <= x1[i]; cx++) {
        const column = (cx - minX) * height - minY;
        for (let cy = y0[i]; cy <= y1[i]; cy++) cellOf[e++] = column + cy;
      }
    }
    return cellCount;
  }

  /** Cell numbers in first-seen order, through an open-addressing table; returns the number of cells. */
  private hashedCells(entries: number): number {
    const { n, x0, x1, y0, y1, cellOf } = this;
    // Load factor at most ½ keeps probe runs short.
    const slots = 2 ** Math.ceil(Math.log2(2 * entries));
    if (this.table.length < slots * 3) this.table = new Int32Array(slots * 3);
    const table = this.table;
    table.fill(0, 0, slots * 3);
    const mask = slots - 1;
    let cells = 0;
    let e = 0;
    for (let i = 0; i < n; i++) {
      for (let cx = x0[i]; cx <= x1[i]; cx++) {
        for (let cy = y0[i]; cy <= y1[i]; cy++) {
          let slot = cellHash(cx, cy) & mask;
          while (table[slot * 3 + 2] !== 0 && (table[slot * 3] !== cx || table[slot * 3 + 1] !== cy)) slot = (slot + 1) & mask;
          if (table[slot * 3 + 2] === 0) {
            table[slot * 3] = cx;
            table[slot * 3 + 1] = cy;
            table[slot * 3 + 2] = ++cells;
          }
          cellOf[e++] = table[slot * 3 + 2] - 1;
        }
      }
    }
    return cells;
  }
}

/** Above this many bounding-box cells per membership the grid numbers only occupied cells (hashing). */
const DENSE_CELLS_PER_ENTRY = 4;

/** Uniform scaling about the centroid: relieves jammed neighbourhoods without changing the shape. */
function expand(xs: Float64Array, ys: Float64Array, factor: number): void {
  const n = xs.length;
  let cx = 0, cy = 0, finite = 0;
  for (let i = 0; i < n; i++) {
    // Nodes at non-finite positions (in no cell, never moved) must not make the centre NaN.
    if (!(Number.isFinite(xs[i]) && Number.isFinite(ys[i]))) continue;
    cx += xs[i];
    cy += ys[i];
    finite++;
  }
  if (finite === 0) return;
  cx /= finite;
  cy /= finite;
  for (let i = 0; i < n; i++) {
    xs[i] = cx + (xs[i] - cx) * factor;
    ys[i] = cy + (ys[i] - cy) * factor;
  }
}

/** Hash of cell (x, y), for a table whose size is a power of two. */
function cellHash(x: number, y: number): number {
  // Murmur3's finaliser: linear probing needs well-mixed low bits, which a bare product lacks.
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
