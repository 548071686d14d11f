/**
 * The whole graph as GraphML (yEd, Gephi, Cytoscape, NetworkX): every node with `label`, `kind`,
 * `x`, `y`, `size` and the view's colour as `r`, `g`, `b` (the keys Gephi's GraphML reader maps
 * to positions, sizes and colours), plus the paper/author attributes; authorship edges with the
 * author's position. Pure string building; every value XML-escaped.
 */
import type { AtlasFile } from "../model/types.ts";
import { CREATED_WITH } from "../dataset/build.ts";
import { edgeData, nodeData, type NodeData } from "./node-data.ts";
import { toGraphSource, type GraphSourceInput } from "./source.ts";
import { hexToRgb, oneLineText, xmlAttr, xmlText } from "./xml.ts";

type KeyType = "string" | "double" | "int" | "boolean";
interface KeySpec {
  id: string;
  for: "node" | "edge";
  name: string;
  type: KeyType;
}

const KEYS: KeySpec[] = [
  { id: "label", for: "node", name: "label", type: "string" },
  { id: "kind", for: "node", name: "kind", type: "string" },
  { id: "x", for: "node", name: "x", type: "double" },
  { id: "y", for: "node", name: "y", type: "double" },
  { id: "size", for: "node", name: "size", type: "double" },
  { id: "r", for: "node", name: "r", type: "int" },
  { id: "g", for: "node", name: "g", type: "int" },
  { id: "b", for: "node", name: "b", type: "int" },
  { id: "shape", for: "node", name: "shape", type: "string" },
  { id: "year", for: "node", name: "year", type: "int" },
  { id: "papers", for: "node", name: "papers", type: "int" },
  { id: "authors", for: "node", name: "authors", type: "int" },
  { id: "hyperauthored", for: "node", name: "hyperauthored", type: "boolean" },
  { id: "focal", for: "node", name: "focal", type: "boolean" },
  { id: "satellite", for: "node", name: "satellite", type: "boolean" },
  { id: "edge_kind", for: "edge", name: "kind", type: "string" },
  { id: "position", for: "edge", name: "position", type: "int" },
];

export function renderGraphml(input: AtlasFile | GraphSourceInput): string {
  const source = toGraphSource(input);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${xmlText(CREATED_WITH).replace(/--/g, "- -")} -->`,
  ];
  for (const key of KEYS) {
    lines.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`);
  }
  lines.push(`  <graph id="G" edgedefault="undirected">`);
  const title = oneLineText(source.title);
  if (title) lines.push(`    <desc>${xmlText(title)}</desc>`);
  source.graph.forEachNode((node) => {
    lines.push(`    <node id="${xmlAttr(node)}">`);
    for (const [key, value] of nodeValues(nodeData(source, node))) lines.push(`      <data key="${key}">${xmlText(value)}</data>`);
    lines.push("    </node>");
  });
  source.graph.forEachEdge((edge) => {
    const data = edgeData(source, edge);
    lines.push(`    <edge id="${xmlAttr(data.id)}" source="${xmlAttr(data.source)}" target="${xmlAttr(data.target)}">`);
    lines.push(`      <data key="edge_kind">${xmlText(data.kind)}</data>`);
    lines.push(`      <data key="position">${data.position}</data>`);
    lines.push("    </edge>");
  });
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}

/** `[key, text]` pairs in key order; absent values are left out (GraphML's "no value"). */
function nodeValues(data: NodeData): [string, string][] {
  const { r, g, b } = hexToRgb(data.color);
  const values: [string, string | number | boolean | undefined][] = [
    ["label", data.label],
    ["kind", data.kind],
    // Full precision: positions round-trip exactly.
    ["x", data.x],
    ["y", data.y],
    ["size", data.size],
    ["r", r],
    ["g", g],
    ["b", b],
    ["shape", data.shape],
    ["year", data.year],
    ["papers", data.papers],
    ["authors", data.authors],
    ["hyperauthored", data.hyperauthored],
    ["focal", data.focal],
    ["satellite", data.satellite],
  ];
  return values.filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined).map(([key, value]) => [key, String(value)]);
}
