/**
 * Seeded randomness for layouts: the only source of chance in src/layout (never Math.random),
 * so the same seed gives the same numbers in Node and in the browser.
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

/** A function returning uniform numbers in [0, 1), fully determined by `seed`. */
export type UnitRandom = () => number;

export function seededRandom(seed: number): UnitRandom {
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(rng);
}
