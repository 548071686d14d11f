/**
 * The per-node and per-edge data every graph-file export writes (GEXF, GraphML): what the node
 * is, its name or title, counts, and how the view draws it. One place, so both files agree.
 */
import type { AuthorshipEdgeAttributes } from "../graph/build.ts";
import { positionOf, type GraphSource } from "./source.ts";

export interface NodeData {
  id: string;
  kind: "author" | "paper";
  /** Full name or full title (the view's label may be shortened; files keep the whole text). */
  label: string;
  x: number;
  y: number;
  size: number;
  /** `#RRGGBB`, the view's colour. */
  color: string;
  shape: "circle" | "square";
  /** Authors: number of papers. */
  papers?: number;
  /** Papers: number of authors. */
  authors?: number;
  year?: number;
  hyperauthored?: boolean;
  focal?: boolean;
  satellite?: boolean;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: AuthorshipEdgeAttributes["kind"];
  /** 0-based position of the author on the paper. */
  position: number;
}

export function nodeData(source: GraphSource, node: string): NodeData {
  const attributes = source.graph.getNodeAttributes(node);
  const look = source.looks.get(node);
  const [x, y] = positionOf(source, node);
  const data: NodeData = {
    id: node,
    kind: attributes.kind,
    label: attributes.label,
    x,
    y,
    size: look?.size ?? 1,
    color: look?.color ?? "#000000",
    shape: look?.shape ?? "circle",
  };
  if (attributes.kind === "author") {
    data.papers = attributes.papers;
    data.focal = attributes.focal;
    data.satellite = source.satellites.has(node);
  } else {
    data.authors = attributes.authors;
    if (attributes.year !== undefined) data.year = attributes.year;
    data.hyperauthored = attributes.hyperauthored;
  }
  return data;
}

export function edgeData(source: GraphSource, edge: string): EdgeData {
  const attributes = source.graph.getEdgeAttributes(edge);
  return {
    id: edge,
    source: source.graph.source(edge),
    target: source.graph.target(edge),
    kind: attributes.kind,
    position: attributes.position,
  };
}
