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
}

export const NO_EMPHASIS: Emphasis = { active: false, nodes: new Map(), edges: new Set(), selected: [], dimOthers: false };

export interface EmphasisOptions {
  /**
   * Dim the rest of the graph on hover alone. Dimming restyles every node, which costs a
   * noticeable pause on graphs of thousands of nodes; there, hover only emphasises.
   */
  dimOnHover?: boolean;
}

/** Graphs up to this many nodes dim everything else on hover. */
export const DIM_ON_HOVER_MAX_NODES = 2000;

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

  if (hoveredNode && graph.hasNode(hoveredNode)) {
    focus(hoveredNode);
    graph.forEachEdge(hoveredNode, (edge, _attributes, source, target) => {
      edges.add(edge);
      relate(source === hoveredNode ? target : source);
    });
  }

  const dimOthers = selected.length > 0 || (options.dimOnHover ?? true);
  return { active: nodes.size > 0, nodes, edges, selected, dimOthers };
}

/**
 * The nodes and edges whose look differs between two emphases, when that is a small set
 * (neither dims the rest differently from the other); undefined when everything must be redrawn.
 */
export function changedItems(previous: Emphasis, next: Emphasis): { nodes: string[]; edges: string[] } | undefined {
  const dims = (emphasis: Emphasis) => emphasis.active && emphasis.dimOthers;
  if (dims(previous) !== dims(next)) return undefined;
  const nodes = new Set([...previous.nodes.keys(), ...next.nodes.keys()]);
  const edges = new Set([...previous.edges, ...next.edges]);
  return { nodes: [...nodes], edges: [...edges] };
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
