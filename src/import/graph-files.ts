/**
 * Author–author graph files (GML, GEXF, GraphML) → `ImportResult.coauthorNetwork`.
 * They carry no papers: `records` is empty, `skipped` 0, and one info diagnostic says
 * "author–author network: no papers". Undirected: a pair listed twice (either
 * direction) becomes one link whose weight is the sum. Self-loops and links to unknown
 * nodes are dropped with a diagnostic. Weights default to 1; non-positive or
 * non-numeric weights read as 1.
 *
 * GML is read by a small tolerant scanner (one pass, no regex backtracking); GEXF and
 * GraphML by fast-xml-parser, so the same code runs in Node and the browser (no DOMParser).
 */
import type { CoauthorNetwork, Diagnostic, FormatId, ImportResult } from "../model/types.ts";
import { decodeEntities } from "./markup.ts";
import { cleanText } from "./normalize.ts";
import { attr, child, children, textOf, xmlParser, type XmlNode } from "./xml-tree.ts";

interface RawNode {
  id: string;
  name?: string;
  x?: number;
  y?: number;
  where: string;
}

interface RawEdge {
  source?: string;
  target?: string;
  weight?: number;
  where: string;
}

// ───────────────────────────── GML ─────────────────────────────

type GmlValue = string | number | GmlList;
interface GmlPair {
  key: string;
  value: GmlValue;
  line: number;
}
type GmlList = GmlPair[];

export function parseGml(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let top: GmlList;
  try {
    top = scanGml(text, file, diagnostics);
  } catch (error) {
    return failure("gml", file, `Not readable as GML (${messageOf(error)}).`);
  }
  const graph = top.find((pair) => pair.key.toLowerCase() === "graph" && Array.isArray(pair.value));
  if (!graph) return failure("gml", file, "No `graph [ … ]` block found.");
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  for (const pair of graph.value as GmlList) {
    if (!Array.isArray(pair.value)) continue;
    const key = pair.key.toLowerCase();
    const where = `line ${pair.line}`;
    if (key === "node") {
      const id = scalar(pair.value, "id");
      if (id === undefined) {
        diagnostics.push({ file, where, level: "warning", message: "Node without an id: ignored." });
        continue;
      }
      const graphics = pair.value.find((p) => p.key.toLowerCase() === "graphics" && Array.isArray(p.value));
      const node: RawNode = { id: String(id), where };
      const label = scalar(pair.value, "label") ?? scalar(pair.value, "name");
      if (label !== undefined) node.name = String(label);
      if (graphics) {
        node.x = numberOf(scalar(graphics.value as GmlList, "x"));
        node.y = numberOf(scalar(graphics.value as GmlList, "y"));
      }
      nodes.push(node);
    } else if (key === "edge") {
      const source = scalar(pair.value, "source");
      const target = scalar(pair.value, "target");
      edges.push({
        source: source === undefined ? undefined : String(source),
        target: target === undefined ? undefined : String(target),
        weight: numberOf(scalar(pair.value, "value") ?? scalar(pair.value, "weight")),
        where,
      });
    }
  }
  return networkResult("gml", file, nodes, edges, diagnostics);
}

function scalar(list: GmlList, key: string): string | number | undefined {
  const found = list.find((pair) => pair.key.toLowerCase() === key && !Array.isArray(pair.value));
  return found ? (found.value as string | number) : undefined;
}

/** One pass over the text: keys, numbers, "strings", [ nested lists ], # comments. */
function scanGml(text: string, file: string, diagnostics: Diagnostic[]): GmlList {
  const root: GmlList = [];
  const stack: GmlList[] = [root];
  let line = 1;
  let pendingKey: { key: string; line: number } | undefined;
  let index = 0;
  const length = text.length;
  const put = (value: GmlValue) => {
    if (!pendingKey) return;
    stack[stack.length - 1].push({ key: pendingKey.key, value, line: pendingKey.line });
    pendingKey = undefined;
  };
  while (index < length) {
    const ch = text[index];
    if (ch === "\n") {
      line += 1;
      index += 1;
    } else if (ch === " " || ch === "\t" || ch === "\r" || ch === "\uFEFF") {
      index += 1;
    } else if (ch === "#") {
      const end = text.indexOf("\n", index);
      index = end < 0 ? length : end;
    } else if (ch === "[") {
      const list: GmlList = [];
      if (pendingKey) put(list);
      else diagnostics.push({ file, where: `line ${line}`, level: "warning", message: "List without a key: read but ignored." });
      stack.push(list);
      index += 1;
    } else if (ch === "]") {
      if (stack.length > 1) stack.pop();
      else diagnostics.push({ file, where: `line ${line}`, level: "warning", message: "Unbalanced `]`: ignored." });
      index += 1;
    } else if (ch === '"') {
      const end = text.indexOf('"', index + 1);
      const stop = end < 0 ? length : end;
      const value = text.slice(index + 1, stop);
      for (let k = value.indexOf("\n"); k >= 0; k = value.indexOf("\n", k + 1)) line += 1;
      put(decodeEntities(value));
      index = stop + 1;
    } else {
      let end = index;
      while (end < length && !isDelimiter(text.charCodeAt(end))) end += 1;
      const token = text.slice(index, end);
      index = end;
      if (pendingKey) {
        const number = Number(token);
        put(Number.isFinite(number) && token !== "" ? number : token);
      } else {
        pendingKey = { key: token, line };
      }
    }
  }
  if (stack.length > 1) diagnostics.push({ file, where: `line ${line}`, level: "warning", message: `${stack.length - 1} unclosed \`[\`: read to the end of the file.` });
  return root;
}

/** Space, tab, CR, LF, `[`, `]`, `"`, `#` end a bare token. */
function isDelimiter(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 91 || code === 93 || code === 34 || code === 35;
}

// ───────────────────────────── GEXF, GraphML ─────────────────────────────

const XML_ARRAYS = new Set(["node", "edge", "key", "data", "attvalue", "attribute", "graph"]);

export function parseGexf(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let tree: XmlNode;
  try {
    tree = xmlParser(XML_ARRAYS).parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return failure("gexf", file, `Not readable as GEXF (${messageOf(error)}).`);
  }
  const graph = children(child(tree, "gexf"), "graph")[0];
  if (!graph) return failure("gexf", file, "No <gexf><graph> element found.");
  const nodes: RawNode[] = children(child(graph, "nodes"), "node").map((node, index) => {
    const position = child(node, "position");
    const raw: RawNode = { id: attr(node, "id") ?? "", where: `node ${index + 1}` };
    const label = attr(node, "label");
    if (label) raw.name = label;
    raw.x = numberOf(attr(position, "x"));
    raw.y = numberOf(attr(position, "y"));
    return raw;
  });
  const edges: RawEdge[] = children(child(graph, "edges"), "edge").map((edge, index) => ({
    source: attr(edge, "source"),
    target: attr(edge, "target"),
    weight: numberOf(attr(edge, "weight")),
    where: `edge ${index + 1}`,
  }));
  return networkResult("gexf", file, nodes, edges, diagnostics);
}

export function parseGraphml(text: string, file: string): ImportResult {
  const diagnostics: Diagnostic[] = [];
  let tree: XmlNode;
  try {
    tree = xmlParser(XML_ARRAYS).parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return failure("graphml", file, `Not readable as GraphML (${messageOf(error)}).`);
  }
  const root = child(tree, "graphml");
  const graph = children(root, "graph")[0];
  if (!graph) return failure("graphml", file, "No <graphml><graph> element found.");
  // <key id="d0" for="node" attr.name="label"/>: data keys → meaning.
  const meaning = new Map<string, string>();
  for (const key of children(root, "key")) {
    const id = attr(key, "id");
    const name = (attr(key, "attr.name") ?? id ?? "").toLowerCase();
    if (id) meaning.set(id, name);
  }
  const dataOf = (element: XmlNode, names: string[]): string | undefined => {
    for (const data of children(element, "data")) {
      const key = attr(data, "key") ?? "";
      if (names.includes(meaning.get(key) ?? key.toLowerCase())) return textOf(data);
    }
    return undefined;
  };
  const nodes: RawNode[] = children(graph, "node").map((node, index) => {
    const raw: RawNode = { id: attr(node, "id") ?? "", where: `node ${index + 1}` };
    const label = dataOf(node, ["label", "name"]);
    if (label) raw.name = label;
    raw.x = numberOf(dataOf(node, ["x"]));
    raw.y = numberOf(dataOf(node, ["y"]));
    return raw;
  });
  const edges: RawEdge[] = children(graph, "edge").map((edge, index) => ({
    source: attr(edge, "source"),
    target: attr(edge, "target"),
    weight: numberOf(dataOf(edge, ["weight", "value"])),
    where: `edge ${index + 1}`,
  }));
  return networkResult("graphml", file, nodes, edges, diagnostics);
}

// ───────────────────────────── shared ─────────────────────────────

function networkResult(format: FormatId, file: string, nodes: RawNode[], edges: RawEdge[], diagnostics: Diagnostic[]): ImportResult {
  const network: CoauthorNetwork = { people: [], links: [] };
  const known = new Set<string>();
  for (const node of nodes) {
    if (node.id === "" || known.has(node.id)) {
      diagnostics.push({ file, where: node.where, level: "warning", message: node.id === "" ? "Node without an id: ignored." : `Duplicate node id ${node.id}: ignored.` });
      continue;
    }
    known.add(node.id);
    const person: CoauthorNetwork["people"][number] = { id: node.id, name: cleanText(node.name) ?? node.id };
    if (node.x !== undefined && node.y !== undefined) {
      person.x = node.x;
      person.y = node.y;
    }
    network.people.push(person);
  }

  const linkIndex = new Map<string, number>();
  let merged = 0;
  let selfLoops = 0;
  for (const edge of edges) {
    const { source, target } = edge;
    if (source === undefined || target === undefined || !known.has(source) || !known.has(target)) {
      diagnostics.push({ file, where: edge.where, level: "warning", message: `Link to an unknown node (${source ?? "?"} – ${target ?? "?"}): ignored.` });
      continue;
    }
    if (source === target) {
      selfLoops += 1;
      continue;
    }
    const weight = edge.weight !== undefined && edge.weight > 0 ? edge.weight : 1;
    const pairKey = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const existing = linkIndex.get(pairKey);
    if (existing !== undefined) {
      network.links[existing].weight += weight;
      merged += 1;
    } else {
      linkIndex.set(pairKey, network.links.length);
      network.links.push({ source, target, weight });
    }
  }
  if (selfLoops > 0) diagnostics.push({ file, where: "file", level: "info", message: `${selfLoops} self-loop${selfLoops === 1 ? "" : "s"} ignored.` });
  if (merged > 0) diagnostics.push({ file, where: "file", level: "info", message: `${merged} repeated link${merged === 1 ? "" : "s"} merged (weights added).` });
  diagnostics.push({
    file,
    where: "file",
    level: "info",
    message: `author–author network: no papers (${network.people.length} people, ${network.links.length} links).`,
  });
  return { format, records: [], skipped: 0, diagnostics, coauthorNetwork: network };
}

function numberOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const number = typeof value === "number" ? value : Number(String(value).trim());
  return Number.isFinite(number) ? number : undefined;
}

function failure(format: FormatId, file: string, message: string): ImportResult {
  return { format, records: [], skipped: 0, diagnostics: [{ file, where: "file", level: "error", message }] };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
