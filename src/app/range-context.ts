/**
 * The dataset as the panels see it under a year filter: the same people and papers (a selected
 * person or paper still opens), but a graph holding only the papers in the range and the people
 * on them, so an author's papers, coauthors and charts count only what is shown. Pure; cached per
 * context and range.
 */
import Graph from "graphology";
import type { AtlasContext } from "./context.ts";
import type { AtlasGraph } from "../graph/build.ts";
import { visibleNodes, type YearRange } from "../graph/years.ts";

/** The graph restricted to a range; `papers`/`authors` counts recomputed for what is kept. */
export function graphInRange(graph: AtlasGraph, range: YearRange): AtlasGraph {
  const keep = visibleNodes(graph, range).nodes;
  const sub: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((node, attributes) => {
    if (keep.has(node)) sub.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  sub.updateEachNodeAttributes((node, attributes) => {
    if (attributes.kind === "author") attributes.papers = sub.degree(node);
    else attributes.authors = sub.degree(node);
    return attributes;
  });
  return sub;
}

const cache = new WeakMap<AtlasContext, { key: string; context: AtlasContext }>();

export function contextInRange(context: AtlasContext, range: YearRange | undefined): AtlasContext {
  if (!range) return context;
  const key = `${range.from}-${range.to}`;
  const cached = cache.get(context);
  if (cached?.key === key) return cached.context;
  const filtered = { ...context, graph: graphInRange(context.graph, range) };
  cache.set(context, { key, context: filtered });
  return filtered;
}
