/**
 * The default dataset (data/ramasesh.bib through the real import and identity) laid out:
 * the 21 core people and 8 papers spread readably, BIG-bench's one-paper authors a compact disc.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import/index.ts";
import { collect } from "../../../src/identity/index.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { NODE_RADIUS, layoutGraph, layoutQuality } from "../../../src/layout/index.ts";

const collection = collect(importFiles([{ name: "ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") }]));
const graph = buildGraph(collection);
const result = layoutGraph(graph);
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe("default dataset layout", () => {
  const satellites = new Set(result.satellites);
  const core = graph.nodes().filter((node) => !satellites.has(node));
  const bigbench = graph.findNode((_node, attributes) => attributes.kind === "paper" && attributes.authors === 450)!;

  it("has 8 papers and 21 + 441 people; 441 satellites (BIG-bench authors with no other paper)", () => {
    expect(graph.order).toBe(8 + 462);
    expect(result.satellites).toHaveLength(441);
    expect(core).toHaveLength(8 + 21);
    expect(result.converged).toBe(true);
    expect(result.overlapFree).toBe(true);
  });

  it("keeps the cloud compact: its disc is small next to the core's extent", () => {
    const centre = result.positions[bigbench];
    const cloud = Math.max(...result.satellites.map((node) => distance(result.positions[node], centre)));
    const xs = core.map((node) => result.positions[node][0]);
    const ys = core.map((node) => result.positions[node][1]);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(cloud).toBeLessThan(0.7);
    expect(cloud / extent).toBeLessThan(0.2);
  });

  it("spreads the core: no two core nodes closer than their radii plus the label margin", () => {
    let tightest = Infinity;
    for (let i = 0; i < core.length; i++) {
      for (let j = i + 1; j < core.length; j++) {
        const gap = distance(result.positions[core[i]], result.positions[core[j]]) - result.radii[core[i]] - result.radii[core[j]];
        tightest = Math.min(tightest, gap);
      }
    }
    expect(tightest).toBeGreaterThanOrEqual(NODE_RADIUS.margin - 1e-5);
  });

  it("scores about the measured quality (0.630 for seed 1 when written; a range, as identity may reorder people)", () => {
    const quality = layoutQuality(graph, result.positions);
    expect(quality).toBeGreaterThan(0.5);
    expect(quality).toBeLessThan(0.7);
  });
});
