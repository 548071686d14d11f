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
 */
class BoxGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly seen: number[] = [];
  private stamp = 0;
  readonly boxes: Rect[] = [];

  add(box: Rect): void {
    const index = this.boxes.length;
    this.boxes.push(box);
    this.seen.push(0);
    this.forCells(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(index);
      else this.cells.set(key, [index]);
    });
  }

  /** Calls `visit` once for every box whose cells the query touches (a superset of those it overlaps). */
  near(query: Rect, visit: (index: number) => void): void {
    const stamp = ++this.stamp;
    this.forCells(query, (key) => {
      const cell = this.cells.get(key);
      if (!cell) return;
      for (const index of cell) {
        if (this.seen[index] === stamp) continue;
        this.seen[index] = stamp;
        visit(index);
      }
    });
  }

  private forCells(box: Rect, visit: (key: number) => void): void {
    const x0 = cellOf(box.x0);
    const x1 = cellOf(box.x1);
    const y0 = cellOf(box.y0);
    const y1 = cellOf(box.y1);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cx * 65536 + cy);
  }
}

/** Cell index, clamped so keys stay exact integers for boxes far off screen. */
function cellOf(value: number): number {
  return Math.max(-32767, Math.min(32767, Math.floor(value / CELL)));
}

/**
 * Picks a side per label. A side that collides with nothing wins in the order right, left,
 * below, above; otherwise the side with the least covered area. Deterministic; each label
 * looks only at the obstacles and placed labels near it (BoxGrid).
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Disc[], viewport?: { width: number; height: number }): Map<string, LabelSide> {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const discs = new BoxGrid();
  const discNodes: string[] = [];
  for (const disc of obstacles) {
    discs.add({ x0: disc.x - disc.radius, y0: disc.y - disc.radius, x1: disc.x + disc.radius, y1: disc.y + disc.radius });
    discNodes.push(disc.node);
  }
  const placed = new BoxGrid();
  const sides = new Map<string, LabelSide>();
  for (const candidate of ordered) {
    let best: LabelSide = "right";
    let bestCost = Infinity;
    for (const side of SIDES) {
      const rect = labelRect(candidate, side);
      let cost = 0;
      placed.near(rect, (index) => {
        cost += rectOverlap(rect, placed.boxes[index]) * 4;
      });
      discs.near(rect, (index) => {
        // Overlap with the disc's bounding square: cheap and conservative.
        if (discNodes[index] !== candidate.node) cost += rectOverlap(rect, discs.boxes[index]);
      });
      if (viewport) cost += outside(rect, viewport) * 2;
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
