import { afterAll, describe, expect, it } from "vitest";
import { createFa2State, defaultFa2Settings, fa2Step, type Fa2Graph } from "../../../src/layout/fa2.ts";
import { createRepulsionPool } from "../../../src/layout/repulsion-pool.ts";
import { bipartite, randomPositions } from "./fa2-fixtures.ts";

function run(graph: Fa2Graph, steps: number, pool?: ReturnType<typeof createRepulsionPool>): { x: Float64Array; y: Float64Array } {
  const { x, y } = randomPositions(graph.order, 11);
  const state = createFa2State(graph, x, y);
  const settings = defaultFa2Settings(graph.order);
  for (let i = 0; i < steps; i++) fa2Step(state, settings, pool);
  return { x, y };
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

describe("createRepulsionPool", () => {
  const pool = createRepulsionPool(2);
  afterAll(() => pool.close());

  it("starts its workers", async () => {
    expect(pool.threads).toBe(2);
    expect(await pool.ready(30_000)).toBe(true);
  });

  it("gives the same bits as one thread, walking with the workers", async () => {
    await pool.ready(30_000);
    const graph = bipartite(4000, 3000);
    const alone = run(graph, 6);
    const before = pool.sharedWalks;
    const shared = run(graph, 6, pool);
    expect(pool.sharedWalks - before).toBe(6);
    expect(sameBits(shared.x, alone.x)).toBe(true);
    expect(sameBits(shared.y, alone.y)).toBe(true);
    // And the walk did something: positions moved from the start.
    expect(sameBits(alone.x, randomPositions(graph.order, 11).x)).toBe(false);
  });

  it("walks small graphs on the main thread", async () => {
    await pool.ready(30_000);
    const before = pool.sharedWalks;
    const graph = bipartite(300, 200);
    const shared = run(graph, 3, pool);
    expect(pool.sharedWalks).toBe(before);
    expect(sameBits(shared.x, run(graph, 3).x)).toBe(true);
  });

  it("with no workers is the main thread alone", async () => {
    const none = createRepulsionPool(0);
    expect(await none.ready()).toBe(true);
    const graph = bipartite(4000, 3000);
    expect(sameBits(run(graph, 2, none).x, run(graph, 2).x)).toBe(true);
    expect(none.sharedWalks).toBe(0);
    await none.close();
  });
});
