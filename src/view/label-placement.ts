/**
 * Where each always-on label goes (right, left, above or below its node) so that labels do
 * not cover each other or other nodes at the current zoom. Greedy, most important label
 * first; pure and in screen pixels, re-run when the camera settles.
 */

export type LabelSide = "right" | "left" | "above" | "below";

export interface LabelCandidate {
  node: string;
  /** Node centre and radius on screen. */
  x: number;
  y: number;
  radius: number;
  /** Label box, estimated from the text. */
  width: number;
  height: number;
  /** Higher is placed first (keeps its preferred side). */
  priority: number;
}

export interface Disc {
  node: string;
  x: number;
  y: number;
  radius: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];
/** Gap between a node's edge and its label (sigma's label margin). */
const MARGIN = 4;

/** Rough text width: average glyph width of a sans-serif font is about 0.56 em (0.6 bold). */
export function estimateLabelWidth(text: string, fontSize: number, bold: boolean): number {
  return Math.ceil(text.length * fontSize * (bold ? 0.6 : 0.56)) + 4;
}

export function labelRect(candidate: LabelCandidate, side: LabelSide): Rect {
  const { x, y, radius, width, height } = candidate;
  switch (side) {
    case "right":
      return { x0: x + radius + MARGIN, y0: y - height / 2, x1: x + radius + MARGIN + width, y1: y + height / 2 };
    case "left":
      return { x0: x - radius - MARGIN - width, y0: y - height / 2, x1: x - radius - MARGIN, y1: y + height / 2 };
    case "above":
      return { x0: x - width / 2, y0: y - radius - MARGIN - height, x1: x + width / 2, y1: y - radius - MARGIN };
    case "below":
      return { x0: x - width / 2, y0: y + radius + MARGIN, x1: x + width / 2, y1: y + radius + MARGIN + height };
  }
}

function rectOverlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Grid cell size in pixels for the spatial index: about one label height × a few. */
const CELL = 64;

/**
 * Boxes bucketed by grid cell, so a label only looks at what lies near it: with every node of a
 * 100k graph on screen as an obstacle, a scan of all of them per label side took seconds.
 * Coordinates live in one typed array (x0, y0, x1, y1 per box) to keep the inner loop cheap.
 */
class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private coordinates: Float64Array;
  private seen: Uint32Array;
  private stamp = 0;
  size = 0;

  constructor(capacity: number) {
    this.coordinates = new Float64Array(Math.max(4, capacity * 4));
    this.seen = new Uint32Array(Math.max(1, capacity));
  }

  add(box: Rect): number {
    const index = this.size++;
    if (index * 4 >= this.coordinates.length) {
      const grown = new Float64Array(this.coordinates.length * 2);
      grown.set(this.coordinates);
      this.coordinates = grown;
      const seen = new Uint32Array(this.seen.length * 2);
      seen.set(this.seen);
      this.seen = seen;
    }
    const at = index * 4;
    this.coordinates[at] = box.x0;
    this.coordinates[at + 1] = box.y0;
    this.coordinates[at + 2] = box.x1;
    this.coordinates[at + 3] = box.y1;
    for (let cx = cellOf(box.x0); cx <= cellOf(box.x1); cx++) {
      for (let cy = cellOf(box.y0); cy <= cellOf(box.y1); cy++) {
        const key = cx * 65536 + cy;
        const cell = this.cells.get(key);
        if (cell) cell.push(index);
        else this.cells.set(key, [index]);
      }
    }
    return index;
  }

  /**
   * Sum of `weight` × overlap area of `query` with the boxes near it, skipping box `except`;
   * stops early once the sum reaches `limit` (the caller only needs to know it lost).
   */
  overlap(query: Rect, weight: number, limit: number, except = -1): number {
    const stamp = ++this.stamp;
    const { coordinates, seen } = this;
    let total = 0;
    for (let cx = cellOf(query.x0); cx <= cellOf(query.x1); cx++) {
      for (let cy = cellOf(query.y0); cy <= cellOf(query.y1); cy++) {
        const cell = this.cells.get(cx * 65536 + cy);
        if (!cell) continue;
        for (const index of cell) {
          if (seen[index] === stamp || index === except) continue;
          seen[index] = stamp;
          const at = index * 4;
          const w = Math.min(query.x1, coordinates[at + 2]) - Math.max(query.x0, coordinates[at]);
          if (w <= 0) continue;
          const h = Math.min(query.y1, coordinates[at + 3]) - Math.max(query.y0, coordinates[at + 1]);
          if (h <= 0) continue;
          total += w * h * weight;
          if (total >= limit) return total;
        }
      }
    }
    return total;
  }
}

/** Cell index, clamped so keys stay exact integers for boxes far off screen. */
function cellOf(value: number): number {
  return Math.max(-32767, Math.min(32767, Math.floor(value / CELL)));
}

/**
 * Picks a side per label. A side that collides with nothing wins in the order right, left,
 * below, above; otherwise the side with the least covered area. Deterministic; each label
 * looks only at the obstacles and placed labels near it (BoxGrid), and stops adding up a
 * side's cost once it is no better than the best side so far.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Disc[], viewport?: { width: number; height: number }): Map<string, LabelSide> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const discs = new BoxGrid(obstacles.length);
  const discOf = new Map<string, number>();
  for (const disc of obstacles) {
    // The disc's bounding square: cheap and conservative.
    const index = discs.add({ x0: disc.x - disc.radius, y0: disc.y - disc.radius, x1: disc.x + disc.radius, y1: disc.y + disc.radius });
    if (!discOf.has(disc.node)) discOf.set(disc.node, index);
  }
  const placed = new BoxGrid(ordered.length);
  const sides = new Map<string, LabelSide>();
  for (const candidate of ordered) {
    let best: LabelSide = "right";
    let bestCost = Infinity;
    const own = discOf.get(candidate.node) ?? -1;
    for (const side of SIDES) {
      const rect = labelRect(candidate, side);
      let cost = viewport ? outside(rect, viewport) * 2 : 0;
      if (cost < bestCost) cost += placed.overlap(rect, 4, bestCost - cost);
      if (cost < bestCost) cost += discs.overlap(rect, 1, bestCost - cost, own);
      if (cost < bestCost) {
        bestCost = cost;
        best = side;
        if (cost === 0) break;
      }
    }
    sides.set(candidate.node, best);
    placed.add(labelRect(candidate, best));
  }
  return sides;
}

/** Area of the label outside the viewport (a label cut by the edge of the canvas is unreadable). */
function outside(rect: Rect, viewport: { width: number; height: number }): number {
  const area = (rect.x1 - rect.x0) * (rect.y1 - rect.y0);
  return area - rectOverlap(rect, { x0: 0, y0: 0, x1: viewport.width, y1: viewport.height });
}
