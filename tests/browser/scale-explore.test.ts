/**
 * Exploring a ~10k-node graph (issue 6): a hover restyles the hovered node, its neighbours and
 * their links and nothing else, and its main-thread cost (the store update with sigma's partial
 * refresh, plus the JS of the frame that draws it) stays far under a frame budget; edges and
 * labels thin out while the camera moves; the legend leaves the graph room.
 *
 * The dataset is generated (bench/generate.ts, 5,500 records ≈ 10k nodes), built without the
 * ForceAtlas2 layout (too slow for a test) and given cheap seeded positions that keep coauthors
 * near each other, then opened through the file input as a dataset file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateBibtex } from "../../bench/generate.ts";
import { buildAtlas } from "../../src/dataset/build.ts";
import { buildGraph } from "../../src/graph/build.ts";
import { atlasToCollection } from "../../src/dataset/read.ts";
import type { AtlasFile, Positions } from "../../src/model/types.ts";
import { closeHarness, graphBox, openApp, type AppPage } from "./harness.ts";

/** Generous: measured ~5–15 ms on a loaded 2-core machine; the old full restyle + label pass took ~700 ms of CPU. */
const HOVER_BUDGET_MS = 200;
const HOVERS = 5;

let dir: string;
let file: string;
let atlas: AtlasFile;

/**
 * Seeded positions with locality: random start, then a few rounds of moving every node halfway
 * to the mean of its neighbours (rescaled each round so the picture does not collapse).
 */
function cheapPositions(built: AtlasFile): Positions {
  const graph = buildGraph(atlasToCollection(built));
  let state = 20261127;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const nodes = graph.nodes();
  let x = new Map(nodes.map((node) => [node, random() * 2 - 1]));
  let y = new Map(nodes.map((node) => [node, random() * 2 - 1]));
  for (let round = 0; round < 4; round++) {
    const nx = new Map<string, number>();
    const ny = new Map<string, number>();
    for (const node of nodes) {
      let sx = 0;
      let sy = 0;
      let count = 0;
      graph.forEachNeighbor(node, (neighbour) => {
        sx += x.get(neighbour)!;
        sy += y.get(neighbour)!;
        count++;
      });
      nx.set(node, count > 0 ? (x.get(node)! + sx / count) / 2 : x.get(node)!);
      ny.set(node, count > 0 ? (y.get(node)! + sy / count) / 2 : y.get(node)!);
    }
    const spread = (values: Map<string, number>) => Math.sqrt([...values.values()].reduce((sum, value) => sum + value * value, 0) / values.size) || 1;
    const sx = spread(nx);
    const sy = spread(ny);
    x = new Map([...nx].map(([node, value]) => [node, value / sx]));
    y = new Map([...ny].map(([node, value]) => [node, value / sy]));
  }
  return Object.fromEntries(nodes.map((node) => [node, [Math.round(x.get(node)! * 1e4) / 10, Math.round(y.get(node)! * 1e4) / 10]]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-scale-"));
  const built = buildAtlas([{ name: "generated-10k.bib", text: generateBibtex({ records: 5500, seed: 6 }) }], { layout: false, title: "Generated 10k" });
  atlas = { ...built, layout: { seed: 1, iterations: 0, converged: false, positions: cheapPositions(built) } };
  file = join(dir, "generated-10k.atlas.json");
  writeFileSync(file, JSON.stringify(atlas));
}, 120_000);

afterAll(async () => {
  await closeHarness();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openGenerated(): Promise<AppPage> {
  const page = await openApp();
  expect(await page.evaluate(() => window.__atlas!.sigma.getSetting("hideEdgesOnMove"))).toBe(false);
  await page.locator("#import-slot input[type=file]").setInputFiles(file);
  const status = `${atlas.papers.length.toLocaleString("en")} papers`;
  await page.waitForFunction((wanted) => document.body.dataset.atlasState === "ready" && (document.querySelector("#status")?.textContent ?? "").includes(wanted), status, { timeout: 240_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page;
}

describe("a 10k-node graph", () => {
  it("hover restyles only the node, its neighbours and their links, in well under a frame budget of main-thread time", async () => {
    const page = await openGenerated();
    const order = await page.evaluate(() => window.__atlas!.sigma.getGraph().order);
    expect(order).toBeGreaterThan(9000);
    // Big graphs thin out while moving; the default dataset above did not.
    expect(await page.evaluate(() => window.__atlas!.sigma.getSetting("hideEdgesOnMove"))).toBe(true);
    // The legend's notes about satellite clouds leave the graph most of its room.
    expect((await graphBox(page)).height).toBeGreaterThan(400);

    const costs: number[] = [];
    for (let i = 0; i < HOVERS; i++) {
      const result = await page.evaluate(async (index) => {
        const { sigma, store } = window.__atlas!;
        const graph = sigma.getGraph();
        const authors = graph.filterNodes((node, attributes) => attributes.kind === "author" && graph.degree(node) >= 3 && !attributes.focal);
        const node = authors[(index * 977) % authors.length];
        const neighbours = new Set(graph.neighbors(node));
        const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        // Let the load's own work settle first (label placement after the camera rests, resize refreshes).
        await new Promise((done) => setTimeout(done, 500));
        await frames();
        // Count what sigma restyles: every restyled node or edge goes through its reducer once.
        const reducers = sigma as unknown as Record<"nodeReducer" | "edgeReducer", (...args: unknown[]) => unknown>;
        const calls = { nodes: 0, edges: 0 };
        const nodeReducer = reducers.nodeReducer;
        const edgeReducer = reducers.edgeReducer;
        reducers.nodeReducer = (...args) => (calls.nodes++, nodeReducer(...args));
        reducers.edgeReducer = (...args) => (calls.edges++, edgeReducer(...args));
        const sizeBefore = sigma.getNodeDisplayData(node)!.size;
        let renderMs = 0;
        let renderStart = 0;
        const before = () => (renderStart = performance.now());
        const after = () => (renderMs += performance.now() - renderStart);
        sigma.on("beforeRender", before);
        sigma.on("afterRender", after);
        const start = performance.now();
        store.update({ hoveredNode: node });
        const updateMs = performance.now() - start;
        await frames();
        sigma.off("beforeRender", before);
        sigma.off("afterRender", after);
        const hovered = sigma.getNodeDisplayData(node)!;
        const edge = graph.edges(node)[0];
        const shown = {
          hoveredHighlighted: hovered.highlighted === true && hovered.size > sizeBefore && hovered.labelVisibility === "visible",
          neighboursOnTop: [...neighbours].every((neighbour) => sigma.getNodeDisplayData(neighbour)!.depth === "topNodes"),
          linkStrong: sigma.getEdgeDisplayData(edge)!.depth === "topEdges",
          // Only the hovered node, its neighbours and its links went through the reducers.
          restyledOnlyNeighbourhood: calls.nodes > 0 && calls.nodes <= 1 + neighbours.size && calls.edges <= graph.degree(node),
        };
        const restyled = { ...calls };
        store.update({ hoveredNode: undefined });
        await frames();
        reducers.nodeReducer = nodeReducer;
        reducers.edgeReducer = edgeReducer;
        const restored = sigma.getNodeDisplayData(node)!.size === sizeBefore && [...neighbours].every((neighbour) => sigma.getNodeDisplayData(neighbour)!.depth === "nodes");
        return { ms: updateMs + renderMs, updateMs, renderMs, shown, restored, restyled, order: graph.order };
      }, i);
      expect(result.shown).toEqual({ hoveredHighlighted: true, neighboursOnTop: true, linkStrong: true, restyledOnlyNeighbourhood: true });
      expect(result.restored).toBe(true);
      costs.push(result.ms);
      console.log(`hover ${i}: store update + partial refresh ${result.updateMs.toFixed(1)} ms, frame JS ${result.renderMs.toFixed(1)} ms; restyled ${result.restyled.nodes} nodes, ${result.restyled.edges} edges of ${result.order} nodes`);
    }
    costs.sort((a, b) => a - b);
    const median = costs[Math.floor(costs.length / 2)];
    console.log(`10k nodes: main-thread ms per hover (update + frame JS): ${costs.map((cost) => cost.toFixed(1)).join(", ")}`);
    expect(median).toBeLessThan(HOVER_BUDGET_MS);
    expect(page.errors).toEqual([]);
    await page.context().close();
    // Loading 10k nodes through the import worker and drawing them with SwiftShader takes minutes on a loaded 2-core machine.
  }, 600_000);
});
