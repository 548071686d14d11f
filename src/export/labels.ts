/**
 * Which labels the screen shows at the default zoom, decided the way Sigma 4 decides it
 * (settings in view/graph-view.ts, label visibilities in view/reducers.ts), so a picture
 * names the same people the view does:
 *
 * - `always` labels (focal researcher, top collaborators) are forced;
 * - `zoom` labels compete in a grid of 90 px cells: each cell shows its largest node
 *   (ties: smaller key), 1 per cell at ratio 1 with label density 0.6, and only when the
 *   node is at least 7 px (`labelRenderedSizeThreshold`);
 * - `on-demand` (paper titles) and `never` (satellites) are hidden at the default zoom.
 */
import type { NodeLook } from "../view/style.ts";

/** The view's Sigma settings (view/graph-view.ts). */
export const VIEW_LABEL_SETTINGS = {
  labelGridCellSize: 90,
  labelDensity: 0.6,
  labelRenderedSizeThreshold: 7,
  stagePadding: 36,
} as const;

export interface ScreenNode {
  node: string;
  /** Viewport pixels at the default camera. */
  x: number;
  y: number;
  look: NodeLook;
}

/** Label candidates by grid cell → the label keys Sigma would draw at camera ratio 1. */
export function visibleLabels(nodes: readonly ScreenNode[], viewportWidth: number, settings = VIEW_LABEL_SETTINGS): Set<string> {
  const cellSize = settings.labelGridCellSize;
  const columns = Math.ceil(viewportWidth / cellSize);
  const perCell = Math.ceil(settings.labelDensity); // ratio 1: scaled density = density
  const cells = new Map<number, ScreenNode[]>();
  for (const entry of nodes) {
    if (!entry.look.label || entry.look.labelRule === "on-demand" || entry.look.labelRule === "never") continue;
    const index = Math.floor(entry.y / cellSize) * columns + Math.floor(entry.x / cellSize);
    const cell = cells.get(index);
    if (cell) cell.push(entry);
    else cells.set(index, [entry]);
  }
  const shown = new Set<string>();
  for (const cell of cells.values()) {
    cell.sort((a, b) => b.look.size - a.look.size || (a.node > b.node ? 1 : -1));
    for (const entry of cell.slice(0, perCell)) {
      if (entry.look.size >= settings.labelRenderedSizeThreshold) shown.add(entry.node);
    }
  }
  for (const entry of nodes) if (entry.look.label && entry.look.labelRule === "always") shown.add(entry.node);
  return shown;
}
