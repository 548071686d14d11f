/**
 * Which nodes and edges stand out for the current selection and hover; everything else is
 * dimmed. Pure: derived from the graph and the two state fields, recomputed only when one changes.
 */
import { authorNode, paperNode, type AtlasGraph } from "../graph/build.ts";
import type { Selection } from "../app/state.ts";

/** `focus`: the selected/hovered nodes themselves; `related`: what they connect to. */
export type NodeRole = "focus" | "related";

export interface Emphasis {
  /** False when nothing is hovered or selected: draw the plain view. */
  active: boolean;
  nodes: Map<string, NodeRole>;
  edges: Set<string>;
  /** Graph nodes named by the selection (not the hover), for labels and the camera. */
  selected: string[];
  /** Whether nodes and edges outside the emphasis are dimmed (not on hover alone in big graphs). */
  dimOthers: boolean;
  /** The hovered node, when it is in the graph (its look differs even where its role does not). */
  hovered?: string;
}

export const NO_EMPHASIS: Emphasis = { active: false, nodes: new Map(), edges: new Set(), selected: [], dimOthers: false };

export interface EmphasisOptions {
  /**
   * Dim the rest of the graph on hover alone. Dimming restyles every node, which costs a
   * noticeable pause on graphs of thousands of nodes; there, hover only emphasises.
   */
  dimOnHover?: boolean;
  /**
   * Dim the rest of the graph for a selection. Dimming restyles every node and edge (a full
   * sigma refresh); on very large graphs a selection only emphasises, so a click restyles only
   * what it names and what it touches.
   */
  dimOnSelect?: boolean;
}

/** Graphs up to this many nodes dim everything else on hover. */
export const DIM_ON_HOVER_MAX_NODES = 2000;
/**
 * Graphs up to this many nodes dim everything else for a selection. Dimming is a full sigma
 * refresh: every node and edge through the reducers and sigma's copy of each (~2–7 µs an item
 * measured, ~4 items a node), so about 5,000 nodes is where it nears 100 ms of main thread.
 */
export const DIM_ON_SELECT_MAX_NODES = 5000;

/** The graph nodes a selection names, when they exist in the graph. */
export function selectedNodes(graph: AtlasGraph, selection: Selection): string[] {
  const keys =
    selection.kind === "person"
      ? [authorNode(selection.personId)]
      : selection.kind === "pair"
        ? [authorNode(selection.personId), authorNode(selection.otherId)]
        : selection.kind === "paper"
          ? [paperNode(selection.paperId)]
          : [];
  return keys.filter((key) => graph.hasNode(key));
}

export function computeEmphasis(graph: AtlasGraph, selection: Selection, hoveredNode?: string, options: EmphasisOptions = {}): Emphasis {
  return withHover(graph, selectionEmphasis(graph, selection, options), hoveredNode, options);
}

/** The emphasis of a selection alone (cache it: hover changes far more often than the selection). */
export function selectionEmphasis(graph: AtlasGraph, selection: Selection, options: EmphasisOptions = {}): Emphasis {
  const nodes = new Map<string, NodeRole>();
  const edges = new Set<string>();
  const focus = (node: string) => nodes.set(node, "focus");
  const relate = (node: string) => {
    if (!nodes.has(node)) nodes.set(node, "related");
  };

  const selected = selectedNodes(graph, selection);
  if (selection.kind === "pair" && selected.length === 2) {
    // The two people and the papers they share; nothing else.
    const [a, b] = selected;
    selected.forEach(focus);
    graph.forEachNeighbor(a, (paper) => {
      if (!graph.areNeighbors(paper, b)) return;
      relate(paper);
      edges.add(graph.edge(a, paper) as string);
      edges.add(graph.edge(b, paper) as string);
    });
  } else {
    for (const node of selected) {
      focus(node);
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        edges.add(edge);
        relate(source === node ? target : source);
      });
      // An author's coauthors stay visible (not dimmed): they are the next thing to click.
      if (graph.getNodeAttribute(node, "kind") === "author") {
        graph.forEachNeighbor(node, (paper) => graph.forEachNeighbor(paper, relate));
      }
    }
  }

  const dimOthers = selected.length > 0 ? (options.dimOnSelect ?? true) : (options.dimOnHover ?? true);
  return { active: nodes.size > 0, nodes, edges, selected, dimOthers };
}

/**
 * A selection's emphasis plus the hovered node and its links. Copies the selection's sets
 * (their size is what the selection touches, not the graph), so the cached one stays as it is.
 */
export function withHover(graph: AtlasGraph, base: Emphasis, hoveredNode: string | undefined, options: EmphasisOptions = {}): Emphasis {
  if (!hoveredNode || !graph.hasNode(hoveredNode)) return base;
  const nodes = new Map(base.nodes);
  const edges = new Set(base.edges);
  nodes.set(hoveredNode, "focus");
  graph.forEachEdge(hoveredNode, (edge, _attributes, source, target) => {
    edges.add(edge);
    const other = source === hoveredNode ? target : source;
    if (!nodes.has(other)) nodes.set(other, "related");
  });
  const dimOthers = base.selected.length > 0 ? base.dimOthers : (options.dimOnHover ?? true);
  return { active: true, nodes, edges, selected: base.selected, dimOthers, hovered: hoveredNode };
}

/**
 * The nodes and edges whose look differs between two emphases: a node whose role changed (or
 * that was or is hovered or selected), an edge that joined or left the emphasis. Undefined when
 * the rest of the graph is dimmed in one and not the other: then everything must be redrawn.
 * Cost: the size of the two emphases, never the graph's.
 */
export function changedItems(previous: Emphasis, next: Emphasis): { nodes: string[]; edges: string[] } | undefined {
  const dims = (emphasis: Emphasis) => emphasis.active && emphasis.dimOthers;
  if (dims(previous) !== dims(next)) return undefined;
  const nodes = new Set<string>();
  for (const [node, role] of previous.nodes) if (next.nodes.get(node) !== role) nodes.add(node);
  for (const [node, role] of next.nodes) if (previous.nodes.get(node) !== role) nodes.add(node);
  const sameSelection = previous.selected.length === next.selected.length && previous.selected.every((node, i) => next.selected[i] === node);
  if (!sameSelection) for (const node of [...previous.selected, ...next.selected]) nodes.add(node);
  for (const node of [previous.hovered, next.hovered]) if (node !== undefined && previous.hovered !== next.hovered) nodes.add(node);
  const edges: string[] = [];
  for (const edge of previous.edges) if (!next.edges.has(edge)) edges.push(edge);
  for (const edge of next.edges) if (!previous.edges.has(edge)) edges.push(edge);
  return { nodes: [...nodes], edges };
}

/**
 * The nodes the camera frames for a selection: an author with their papers, a paper with its
 * authors, a pair with the papers the two share (not all of either one's papers).
 */
export function framingNodes(graph: AtlasGraph, selection: Selection): string[] {
  const selected = selectedNodes(graph, selection);
  if (selection.kind === "pair" && selected.length === 2) {
    const [a, b] = selected;
    return [a, b, ...graph.filterNeighbors(a, (paper) => graph.areNeighbors(paper, b))];
  }
  const nodes = new Set(selected);
  for (const node of selected) graph.forEachNeighbor(node, (neighbour) => nodes.add(neighbour));
  return [...nodes];
}
