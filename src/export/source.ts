/**
 * What every graph export draws or writes: the bipartite graph, a position for every node,
 * the satellites (authors drawn as the small cloud around very large papers) and the view's
 * looks. Built from an atlas file exactly as the app builds its view (graph/build.ts,
 * layout/satellites.ts, view/style.ts), so exports show what the screen shows.
 */
import type { AtlasFile, Positions } from "../model/types.ts";
import { buildGraph, type AtlasGraph } from "../graph/build.ts";
import { atlasToCollection } from "../dataset/read.ts";
import { DEFAULT_LAYOUT_SEED } from "../dataset/build.ts";
import { layoutGraph } from "../layout/layout.ts";
import { satelliteNodes } from "../layout/satellites.ts";
import { computeLooks, type NodeLook } from "../view/style.ts";

export interface GraphSource {
  graph: AtlasGraph;
  /** A finite position for every node of `graph`. */
  positions: Positions;
  satellites: ReadonlySet<string>;
  looks: Map<string, NodeLook>;
  /** The dataset's title (heading of pictures, GEXF/GraphML description). */
  title: string;
}

/** A graph, positions and (optionally) looks handed over by the app, which has them already. */
export interface GraphSourceInput {
  graph: AtlasGraph;
  /** Default: the `x`/`y` node attributes the app writes for Sigma. */
  positions?: Positions;
  looks?: Map<string, NodeLook>;
  satellites?: ReadonlySet<string>;
  title?: string;
}

export interface SourceOptions {
  /** Layout seed when the atlas has no positions (default: its own seed, else 1 like `build`). */
  seed?: number;
  /** Layout progress, 0–1 (only called when a layout runs). */
  onLayoutProgress?: (fraction: number) => void;
}

/** ForceAtlas2's iteration cap, as `build` uses it. */
const LAYOUT_ITERATION_CAP = 3000;

/**
 * The atlas's graph with its stored positions; when the file has none (or they do not cover
 * every node), the graph is laid out like `build` does (seeded ForceAtlas2, seed 1 by default,
 * positions rounded to 4 decimals), so exporting a .bib gives the positions `build` would store.
 */
export function graphSourceFromAtlas(atlas: AtlasFile, options: SourceOptions = {}): GraphSource {
  const graph = buildGraph(atlasToCollection(atlas));
  const stored = atlas.layout?.positions;
  const positions = stored && coversGraph(graph, stored) ? stored : layOut(graph, options.seed ?? atlas.layout?.seed ?? DEFAULT_LAYOUT_SEED, options.onLayoutProgress);
  return completeSource({ graph, positions, title: atlas.title });
}

function layOut(graph: AtlasGraph, seed: number, onProgress?: (fraction: number) => void): Positions {
  const result = layoutGraph(graph, {
    seed,
    maxIterations: LAYOUT_ITERATION_CAP,
    onProgress: onProgress && ((step) => onProgress(Math.min(1, step.iteration / LAYOUT_ITERATION_CAP))),
  });
  const rounded: Positions = {};
  for (const [node, [x, y]] of Object.entries(result.positions)) rounded[node] = [Math.round(x * 10000) / 10000, Math.round(y * 10000) / 10000];
  return rounded;
}

/** Fills in what the input left out (satellites, looks) the way the app's view computes them. */
export function completeSource(input: GraphSourceInput): GraphSource {
  const satellites = input.satellites ?? satelliteNodes(input.graph);
  return {
    graph: input.graph,
    positions: input.positions ?? positionsOfGraph(input.graph),
    satellites,
    looks: input.looks ?? computeLooks(input.graph, { satellites }),
    title: input.title ?? "",
  };
}

export function isAtlasFile(value: unknown): value is AtlasFile {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format === "coauthor-atlas";
}

/** An atlas file or a ready graph source → a complete source. */
export function toGraphSource(input: AtlasFile | GraphSourceInput): GraphSource {
  return isAtlasFile(input) ? graphSourceFromAtlas(input) : completeSource(input);
}

export function coversGraph(graph: AtlasGraph, positions: Positions): boolean {
  return graph.everyNode((node) => {
    const position = positions[node];
    return Array.isArray(position) && Number.isFinite(position[0]) && Number.isFinite(position[1]);
  });
}

/** A node's position, or the origin when the caller's positions miss it (never NaN in a file). */
export function positionOf(source: Pick<GraphSource, "positions">, node: string): [number, number] {
  const position = source.positions[node];
  return position && Number.isFinite(position[0]) && Number.isFinite(position[1]) ? position : [0, 0];
}

/** Positions read from the graph's `x`/`y` node attributes (nodes without them are left out). */
export function positionsOfGraph(graph: AtlasGraph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) positions[node] = [attributes.x!, attributes.y!];
  });
  return positions;
}
