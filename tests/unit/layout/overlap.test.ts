import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { overlapPasses, removeOverlaps } from "../../../src/layout/overlap.ts";
import { jammedCircles } from "./overlap-fixture.ts";

const MARGIN = 0.12;
const digest = (xs: Float64Array, ys: Float64Array) =>
  createHash("sha256").update(new Uint8Array(xs.buffer)).update(new Uint8Array(ys.buffer)).digest("hex");

/** Every pair at least (rᵢ + rⱼ + margin)·(1 − 10⁻⁷) apart, checked pair by pair. */
function closestViolation(xs: Float64Array, ys: Float64Array, radii: Float64Array, margin: number): number {
  let worst = Infinity;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const ratio = Math.hypot(xs[j] - xs[i], ys[j] - ys[i]) / (radii[i] + radii[j] + margin);
      if (ratio < worst) worst = ratio;
    }
  }
  return worst;
}

describe("removeOverlaps on jammed layouts", () => {
  // Digests of the positions the first typed-array implementation (cells hashed into shared
  // buckets) gave for these inputs: the exact cell grid meets the same pairs in the same order.
  it("gives the same positions as before, bit for bit (dense grid)", () => {
    const { xs, ys, radii } = jammedCircles(3000, 1);
    expect(removeOverlaps(xs, ys, radii, { margin: MARGIN, maxIterations: 500 })).toEqual({ iterations: 151, converged: true });
    expect(digest(xs, ys)).toBe("9704a101cbb9ab2d9c31888fa6e56b9d55c887124a0eaacdbcdefcb403401b31");
  });

  it("gives the same positions as before with one node far away (sparse box: cells numbered through the hash table)", () => {
    const { xs, ys, radii } = jammedCircles(3000, 2, { outlier: true });
    expect(removeOverlaps(xs, ys, radii, { margin: MARGIN, maxIterations: 500 })).toEqual({ iterations: 161, converged: true });
    expect(digest(xs, ys)).toBe("a8b4a4ee98e3d51210500d731e5c26128ab75f288977a44272e9d35216799944");
  });

  it("leaves no overlapping pair (all pairs checked)", () => {
    const { xs, ys, radii } = jammedCircles(400, 3);
    expect(closestViolation(xs, ys, radii, MARGIN)).toBeLessThan(0.5);
    const result = removeOverlaps(xs, ys, radii, { margin: MARGIN, maxIterations: 500 });
    expect(result).toEqual({ iterations: 81, converged: true });
    expect(digest(xs, ys)).toBe("5738b6a583c46f514d686b482bfe3cde5f8c48d9d464f2d4d7df6992c67639e9");
    expect(closestViolation(xs, ys, radii, MARGIN)).toBeGreaterThanOrEqual(1 - 1e-7);
  });

  it("yields after every pass but the last, and stops at maxIterations", () => {
    const { xs, ys, radii } = jammedCircles(400, 3);
    const passes = overlapPasses(xs, ys, radii, { margin: MARGIN, maxIterations: 10 });
    const yielded: number[] = [];
    let step = passes.next();
    for (; !step.done; step = passes.next()) yielded.push(step.value);
    expect(yielded).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(step.value).toEqual({ iterations: 10, converged: false });
  });

  it("nodes at non-finite positions are left out: no NaN spreads to their neighbours, the others are separated", () => {
    const { xs, ys, radii } = jammedCircles(200, 4);
    xs[5] = NaN;
    ys[9] = Infinity;
    expect(removeOverlaps(xs, ys, radii, { margin: MARGIN, maxIterations: 500 }).converged).toBe(true);
    const keep = [...xs.keys()].filter((i) => i !== 5 && i !== 9);
    const pick = (array: Float64Array) => Float64Array.from(keep, (i) => array[i]);
    expect(pick(xs).every(Number.isFinite) && pick(ys).every(Number.isFinite)).toBe(true);
    expect(closestViolation(pick(xs), pick(ys), pick(radii), MARGIN)).toBeGreaterThanOrEqual(1 - 1e-7);
  });

  it("a node so far away that its cell numbers wrap around Int32 is in no cell, and the others are separated", () => {
    const n = 50;
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 7) * 0.1);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.floor(i / 7) * 0.1);
    const radii = new Float64Array(n).fill(0.08); // cell = 2·0.08 + 0.12 = 0.28
    xs[0] = -(2 ** 31) * 0.28; // its first cell wraps to 2^31 − 1, its last is −2^31
    const result = removeOverlaps(xs, ys, radii, { margin: MARGIN, maxIterations: 500 });
    expect(result.converged).toBe(true);
    const rest = (array: Float64Array) => array.slice(1);
    expect(closestViolation(rest(xs), rest(ys), rest(radii), MARGIN)).toBeGreaterThanOrEqual(1 - 1e-7);
  });
});
