import { describe, expect, it } from "vitest";
import { collect } from "../../../src/identity/index.ts";
import { syntheticResults } from "./generate.ts";

/**
 * A fixed amount of string and Map work, timed in the same run: the machine running the tests
 * may be shared and slow, so collect() is judged against it rather than against a wall clock.
 */
function baselineMs(): number {
  const started = performance.now();
  const map = new Map<string, { words: string[] }>();
  for (let i = 0; i < 200_000; i++) {
    const name = `Given${i % 97} Family${i}`;
    map.set(name.toLowerCase(), { words: name.split(" ") });
  }
  return performance.now() - started;
}

function timed(records: number): { ms: number; people: number } {
  const input = syntheticResults(records, Math.floor(records / 5));
  const started = performance.now();
  const c = collect(input);
  const ms = performance.now() - started;
  expect(c.records).toBe(records);
  expect(c.papers).toHaveLength(records * 0.8);
  expect(c.skipped).toBe(records * 0.2);
  expect(c.papers.length + c.skipped).toBe(c.records);
  expect(new Set(c.people.map((p) => p.id)).size).toBe(c.people.length);
  return { ms, people: c.people.length };
}

describe("performance", () => {
  it("collects 20k records (~50k people) in time linear in the input", () => {
    timed(1_000); // warm up the JIT
    const small = timed(5_000);
    const large = timed(20_000);
    const baseline = baselineMs();
    console.info(
      `identity: 5k records ${small.ms.toFixed(0)} ms, 20k records ${large.ms.toFixed(0)} ms (${large.people} people); baseline ${baseline.toFixed(0)} ms`,
    );
    expect(large.people).toBeGreaterThan(40_000);
    // Four times the input may cost at most ~7 times the time (quadratic would be 16).
    expect(large.ms / small.ms).toBeLessThan(7);
    expect(large.ms).toBeLessThan(30 * baseline);
  });
});
