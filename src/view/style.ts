/**
 * How each node looks when nothing is hovered or selected: shape, colour, size, label text
 * and label priority. Computed once per dataset (pure), then adjusted per frame by the
 * reducers in view/reducers.ts.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { VIEW_COLORS } from "./palette.ts";

export type NodeShape = "circle" | "square";

/**
 * - `always`: forced label (focal researcher, top collaborators).
 * - `zoom`: sigma's label grid decides, so labels appear as the user zooms in.
 * - `on-demand`: only on hover/selection or when zoomed in far (paper titles).
 * - `never`: unlabelled unless hovered or selected (the satellite cloud).
 */
export type LabelRule = "always" | "zoom" | "on-demand" | "never";

export interface NodeLook {
  kind: "author" | "paper";
  shape: NodeShape;
  color: string;
  /** Screen pixels at the default zoom. */
  size: number;
  label: string;
  labelRule: LabelRule;
  /** Higher is drawn on top and wins label collisions. */
  zIndex: number;
  satellite: boolean;
}

export interface LookOptions {
  /** Nodes to draw as the small unlabelled cloud around a hyperauthored paper. */
  satellites?: ReadonlySet<string>;
  /** How many top collaborators of the focal researcher always carry a label. */
  topCollaborators?: number;
}

const SATELLITE_SIZE = 2;
const PAPER_SIZE = 7;
const HYPERAUTHORED_PAPER_SIZE = 10;
const DEFAULT_TOP_COLLABORATORS = 7;
const SHORT_TITLE_LENGTH = 38;
const MAX_AUTHOR_SIZE = 20;

/** Author disc radius in pixels: area grows with the number of papers (4 papers look twice as big as 1), up to a cap. */
export function authorSize(papers: number): number {
  return round1(Math.min(MAX_AUTHOR_SIZE, 3 + 2.5 * Math.sqrt(Math.max(1, papers))));
}

/**
 * Shrinks every node on big graphs so they do not cover each other and the edges at the
 * default zoom: 1 up to 400 drawn nodes (satellites excluded), then ∝ 1/√n, never below 0.3.
 */
export function sizeScale(drawnNodes: number): number {
  if (drawnNodes <= 400) return 1;
  return round2(Math.max(0.3, Math.sqrt(400 / drawnNodes)));
}

/**
 * A label-sized paper title: the part before a subtitle colon when that part says enough,
 * cut at a word boundary with an ellipsis.
 */
export function shortTitle(title: string, maxLength = SHORT_TITLE_LENGTH): string {
  let text = title.replace(/\s+/g, " ").trim();
  const colon = text.indexOf(": ");
  if (colon >= 12) text = text.slice(0, colon);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  // Cut at the last whole word (the cut may already end on one).
  const space = text[cut.length] === " " ? cut.length : cut.lastIndexOf(" ");
  const head = space >= maxLength / 2 ? cut.slice(0, space) : cut;
  return head.replace(/[\s,;:.–-]+$/, "") + "…";
}

/** Authors of the focal researcher's papers ranked by papers in the dataset (then name), focal excluded. */
export function topCollaborators(graph: AtlasGraph, focalNode: string | undefined, count: number): string[] {
  const candidates: { node: string; papers: number; label: string }[] = [];
  const seen = new Set<string>();
  const consider = (node: string) => {
    if (seen.has(node) || node === focalNode) return;
    seen.add(node);
    const attributes = graph.getNodeAttributes(node);
    if (attributes.kind !== "author" || attributes.papers < 2) return;
    candidates.push({ node, papers: attributes.papers, label: attributes.label });
  };
  if (focalNode && graph.hasNode(focalNode)) {
    graph.forEachNeighbor(focalNode, (paper) => graph.forEachNeighbor(paper, consider));
  } else {
    graph.forEachNode(consider);
  }
  candidates.sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label, "en") || (a.node < b.node ? -1 : 1));
  return candidates.slice(0, count).map((candidate) => candidate.node);
}

export function focalNodeOf(graph: AtlasGraph): string | undefined {
  return graph.findNode((_node, attributes) => attributes.kind === "author" && attributes.focal);
}

/** Authors whose only papers are hyperauthored: drawn as a compact cloud around those papers. */
export function satelliteAuthors(graph: AtlasGraph): Set<string> {
  const satellites = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "author" || attributes.focal || graph.degree(node) === 0) return;
    const onlyHyperauthored = graph.everyNeighbor(node, (_paper, paper) => paper.kind === "paper" && paper.hyperauthored);
    if (onlyHyperauthored) satellites.add(node);
  });
  return satellites;
}

export function computeLooks(graph: AtlasGraph, options: LookOptions = {}): Map<string, NodeLook> {
  const satellites = options.satellites ?? satelliteAuthors(graph);
  const focal = focalNodeOf(graph);
  const top = new Set(topCollaborators(graph, focal, options.topCollaborators ?? DEFAULT_TOP_COLLABORATORS));
  const scale = sizeScale(graph.order - satellites.size);
  const scaled = (size: number) => round1(Math.max(1.5, size * scale));
  const looks = new Map<string, NodeLook>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "paper") {
      looks.set(node, {
        kind: "paper",
        shape: "square",
        color: VIEW_COLORS.paper,
        size: scaled(attributes.hyperauthored ? HYPERAUTHORED_PAPER_SIZE : PAPER_SIZE),
        label: shortTitle(attributes.label),
        labelRule: "on-demand",
        zIndex: 2,
        satellite: false,
      });
      return;
    }
    const isFocal = node === focal;
    const isSatellite = !isFocal && satellites.has(node);
    looks.set(node, {
      kind: "author",
      shape: "circle",
      color: isFocal ? VIEW_COLORS.focal : isSatellite ? VIEW_COLORS.satellite : VIEW_COLORS.author,
      size: isSatellite ? SATELLITE_SIZE : scaled(authorSize(attributes.papers)) + (isFocal ? 4 : 0),
      label: attributes.label,
      labelRule: isFocal || top.has(node) ? "always" : isSatellite ? "never" : "zoom",
      zIndex: isFocal ? 5 : top.has(node) ? 4 : isSatellite ? 0 : 3,
      satellite: isSatellite,
    });
  });
  return looks;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
