/**
 * Jammed circles for overlap removal: `n` nodes in a square too small for them (like the
 * output of ForceAtlas2 squeezed along x), mostly one radius, some bigger, a few large discs,
 * some exactly coincident pairs. Deterministic (a 32-bit LCG), no Math.random.
 */
export function jammedCircles(n: number, seed = 1, options: { outlier?: boolean } = {}) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const side = Math.sqrt(n) * 0.18;
  const xs = new Float64Array(n), ys = new Float64Array(n), radii = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = next() * side;
    ys[i] = next() * side;
    const kind = next();
    radii[i] = kind < 0.55 ? 0.08 : kind < 0.98 ? 0.06 + 0.03 * Math.sqrt(1 + next() * 40) : 0.3 + next() * 0.4;
  }
  for (let i = 10; i < n; i += 97) {
    xs[i] = xs[i - 1];
    ys[i] = ys[i - 1];
  }
  if (options.outlier) {
    xs[n - 1] = 1e5;
    ys[n - 1] = -3e4;
  }
  return { xs, ys, radii };
}
