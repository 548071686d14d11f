/**
 * The convergence test every ForceAtlas2 run here stops on — ours and the benchmark's baseline
 * alike, so "iterations to convergence" means the same thing on both sides:
 *
 *   displacement = mean distance a node moved during one iteration / larger side of the bounding box
 *
 * and the layout has converged once displacement < `tolerance` for `stableSteps` iterations in a row.
 * Scale-free: it does not depend on the units the simulation happens to settle in.
 */
export interface ConvergenceTest {
  tolerance: number;
  stableSteps: number;
}

/**
 * √(dx² + dy²) with IEEE's correctly rounded square root, so Node and every browser compute the
 * same bits (Math.hypot's algorithm is the engine's choice, and the layout must not depend on it).
 */
export function distance(dx: number, dy: number): number {
  return Math.sqrt(dx * dx + dy * dy);
}

export const DEFAULT_CONVERGENCE: ConvergenceTest = { tolerance: 0.0005, stableSteps: 20 };

/**
 * `before` and `after` hold node positions interleaved (x0, y0, x1, y1, …), or with `stride`
 * numbers per node and x, y first (FA2's node matrix has 10).
 */
export function relativeDisplacement(before: ArrayLike<number>, after: ArrayLike<number>, count: number, stride = 2): number {
  return displacementOver(before, before, after, after, count, stride, 1);
}

/** The same measure over separate x and y arrays. */
export function relativeDisplacementXY(beforeX: Float64Array, beforeY: Float64Array, x: Float64Array, y: Float64Array): number {
  return displacementOver(beforeX, beforeY, x, y, x.length, 1, 0);
}

/** Node i's x is at `[i·stride]` of the x arrays and its y at `[i·stride + yOffset]` of the y arrays. */
function displacementOver(
  beforeX: ArrayLike<number>,
  beforeY: ArrayLike<number>,
  afterX: ArrayLike<number>,
  afterY: ArrayLike<number>,
  count: number,
  stride: number,
  yOffset: number,
): number {
  if (count < 2) return 0;
  let moved = 0;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const ix = i * stride;
    const iy = ix + yOffset;
    const x = afterX[ix];
    const y = afterY[iy];
    moved += distance(x - beforeX[ix], y - beforeY[iy]);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > 0 ? moved / count / extent : 0;
}

/** Counts consecutive calm iterations; `update` returns true once the test is met. */
export function convergenceCounter(test: ConvergenceTest = DEFAULT_CONVERGENCE): { update(displacement: number): boolean } {
  let stable = 0;
  return {
    update(displacement) {
      stable = displacement < test.tolerance ? stable + 1 : 0;
      return stable >= test.stableSteps;
    },
  };
}
