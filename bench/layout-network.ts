/**
 * Lays out an author–author network file (GML/GEXF/GraphML) with the same layout code, as a
 * graph of author nodes only (papers = degree): node bin/run-ts.mjs bench/layout-network.ts FILE [--render]
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { basename } from "node:path";
import Graph from "graphology";
import { importFiles } from "../src/import/index.ts";
import type { AtlasGraph } from "../src/graph/build.ts";
import { layoutGraph, layoutQuality } from "../src/layout/index.ts";

const file = process.argv[2];
const [result] = importFiles([{ name: basename(file), text: readFileSync(file, "utf8") }]);
const network = result.coauthorNetwork!;
const graph = new Graph({ type: "undirected" }) as unknown as AtlasGraph;
for (const person of network.people) graph.mergeNode("a:" + person.id, { kind: "author", personId: person.id, label: person.name, papers: 0, focal: false });
for (const link of network.links) {
  const key = `a:${link.source}|a:${link.target}`;
  if (link.source !== link.target && !graph.hasEdge("a:" + link.source, "a:" + link.target)) graph.addUndirectedEdgeWithKey(key, "a:" + link.source, "a:" + link.target, { kind: "authorship", position: 0 });
}
graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, papers: graph.degree(node) }) as typeof attributes);
const cpu = process.cpuUsage();
const laid = layoutGraph(graph);
const used = process.cpuUsage(cpu);
console.log(`${basename(file)}: ${graph.order} nodes, ${graph.size} edges; ${laid.iterations} it, converged ${laid.converged}, overlap-free ${laid.overlapFree}, ` +
  `${((used.user + used.system) / 1000).toFixed(0)} ms CPU, quality ${layoutQuality(graph, laid.positions).toFixed(4)}`);

if (process.argv.includes("--render")) {
  const pts = Object.values(laid.positions);
  const minX = Math.min(...pts.map((p) => p[0])), maxX = Math.max(...pts.map((p) => p[0]));
  const minY = Math.min(...pts.map((p) => p[1])), maxY = Math.max(...pts.map((p) => p[1]));
  const scale = 1400 / Math.max(maxX - minX, maxY - minY);
  const X = (x: number) => ((x - minX) * scale).toFixed(1), Y = (y: number) => ((y - minY) * scale).toFixed(1);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${((maxX - minX) * scale + 10).toFixed(0)}" height="${((maxY - minY) * scale + 10).toFixed(0)}"><rect width="100%" height="100%" fill="white"/>`];
  graph.forEachEdge((_e, _a, s, t) => out.push(`<line x1="${X(laid.positions[s][0])}" y1="${Y(laid.positions[s][1])}" x2="${X(laid.positions[t][0])}" y2="${Y(laid.positions[t][1])}" stroke="#bbb" stroke-width="0.4"/>`));
  graph.forEachNode((node) => out.push(`<circle cx="${X(laid.positions[node][0])}" cy="${Y(laid.positions[node][1])}" r="${Math.max(0.8, laid.radii[node] * scale).toFixed(1)}" fill="#0072b2"/>`));
  out.push("</svg>");
  mkdirSync("bench/out", { recursive: true });
  const base = `bench/out/network-${basename(file)}`;
  writeFileSync(base + ".svg", out.join("\n"));
  execFileSync("convert", [base + ".svg", base + ".png"]);
  console.log("wrote", base + ".png");
}
