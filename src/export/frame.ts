/**
 * Graph coordinates → picture coordinates.
 *
 * `sigmaFrame` is the view's default camera: the node extent fitted into the viewport less
 * Sigma's stage padding, centred, y pointing up (Sigma draws larger y higher). It decides which
 * labels show. `fitWithExtents` then fits the picture itself so that every node disc and every
 * drawn label lies inside the drawing area (the screen would clip a label at its edge; paper must not).
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Transform {
  scale: number;
  /** Picture x = offsetX + scale·x; picture y = offsetY − scale·y (y up in the graph). */
  offsetX: number;
  offsetY: number;
}

export function apply(transform: Transform, [x, y]: readonly [number, number]): { x: number; y: number } {
  return { x: transform.offsetX + transform.scale * x, y: transform.offsetY - transform.scale * y };
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function extentOf(points: readonly (readonly [number, number])[]): Extent | undefined {
  if (points.length === 0) return undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, maxX, minY, maxY };
}

/** Sigma's default camera for a viewport of this size (contain-fit with padding, centred). */
export function sigmaFrame(points: readonly (readonly [number, number])[], viewport: Box, padding: number): Transform {
  const extent = extentOf(points);
  const centerX = viewport.x + viewport.width / 2;
  const centerY = viewport.y + viewport.height / 2;
  if (!extent) return { scale: 1, offsetX: centerX, offsetY: centerY };
  const graphWidth = extent.maxX - extent.minX || 1;
  const graphHeight = extent.maxY - extent.minY || 1;
  const scale = Math.max(0, Math.min((viewport.width - 2 * padding) / graphWidth, (viewport.height - 2 * padding) / graphHeight));
  return {
    scale,
    offsetX: centerX - scale * (extent.minX + extent.maxX) / 2,
    offsetY: centerY + scale * (extent.minY + extent.maxY) / 2,
  };
}

/** A drawn item: a graph point and how far its ink reaches around it, in picture units. */
export interface Item {
  point: readonly [number, number];
  left: number;
  right: number;
  /** Upwards on the picture. */
  top: number;
  bottom: number;
}

/**
 * The largest scale (and the offsets centring the content) at which every item, with its
 * reach, fits into `box`. Span(s) = max(x·s + right) − min(x·s − left) is convex in s, so the
 * scales that fit form an interval and bisection finds its upper end.
 */
export function fitWithExtents(items: readonly Item[], box: Box): Transform {
  if (items.length === 0) return { scale: 1, offsetX: box.x + box.width / 2, offsetY: box.y + box.height / 2 };
  const horizontal = items.map((item) => ({ at: item.point[0], low: item.left, high: item.right }));
  // Picture y grows downwards: a graph point's "top" reach is towards smaller picture y.
  const vertical = items.map((item) => ({ at: -item.point[1], low: item.top, high: item.bottom }));
  const scale = Math.min(largestScale(horizontal, box.width), largestScale(vertical, box.height));
  const [minX, maxX] = bounds(horizontal, scale);
  const [minY, maxY] = bounds(vertical, scale);
  return {
    scale,
    offsetX: box.x + (box.width - (maxX - minX)) / 2 - minX,
    offsetY: box.y + (box.height - (maxY - minY)) / 2 - minY,
  };
}

interface Reach {
  at: number;
  low: number;
  high: number;
}

function bounds(reaches: readonly Reach[], scale: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const reach of reaches) {
    min = Math.min(min, reach.at * scale - reach.low);
    max = Math.max(max, reach.at * scale + reach.high);
  }
  return [min, max];
}

function span(reaches: readonly Reach[], scale: number): number {
  const [min, max] = bounds(reaches, scale);
  return max - min;
}

function largestScale(reaches: readonly Reach[], room: number): number {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const reach of reaches) {
    lowest = Math.min(lowest, reach.at);
    highest = Math.max(highest, reach.at);
  }
  const extent = highest - lowest;
  if (extent === 0) return 1; // one point (or a column): any scale fits equally; keep graph units
  // The convex span is smallest somewhere in [0, room/extent·2]; search its feasible upper end.
  let high = (2 * room) / extent + 1;
  let low = minimiser(reaches, high);
  if (span(reaches, low) > room) return low; // labels alone are wider than the room: best effort
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (span(reaches, middle) <= room) low = middle;
    else high = middle;
  }
  return low;
}

/** Where the convex span is smallest on [0, high] (ternary search). */
function minimiser(reaches: readonly Reach[], high: number): number {
  let a = 0;
  let b = high;
  for (let step = 0; step < 60; step++) {
    const m1 = a + (b - a) / 3;
    const m2 = b - (b - a) / 3;
    if (span(reaches, m1) <= span(reaches, m2)) b = m2;
    else a = m1;
  }
  return a;
}
