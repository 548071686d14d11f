/**
 * Where the camera goes to show a set of nodes. Pure: works on sigma's framed-graph
 * coordinates, where the whole graph spans about [0, 1] at ratio 1.
 */
import type { CameraState } from "../app/state.ts";

export interface Point {
  x: number;
  y: number;
}

/** Closest zoom for a single node (so its neighbourhood stays in sight) and the widest. */
export const MIN_FOCUS_RATIO = 0.18;
export const MAX_FOCUS_RATIO = 1;
/** Margin around the framed points, as a factor of their extent. */
const FRAME_MARGIN = 1.5;

export function framePoints(points: readonly Point[], current: CameraState): CameraState | undefined {
  if (points.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return undefined;
  const extent = Math.max(maxX - minX, maxY - minY) * FRAME_MARGIN;
  const ratio = Math.min(MAX_FOCUS_RATIO, Math.max(MIN_FOCUS_RATIO, extent));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: current.angle };
}

/** True when two camera states differ by less than what a user could see (and what the URL keeps). */
export function sameCamera(a: CameraState | undefined, b: CameraState | undefined): boolean {
  if (!a || !b) return a === b;
  const close = (u: number, v: number, tolerance: number) => Math.abs(u - v) <= tolerance;
  return close(a.x, b.x, 5e-4) && close(a.y, b.y, 5e-4) && close(a.ratio, b.ratio, Math.max(a.ratio, b.ratio) * 5e-3) && close(a.angle, b.angle, 1e-3);
}
