/**
 * Satellites: authors whose only papers are hyperauthored (BIG-bench's 444 one-paper authors).
 * They stay out of the force simulation and are placed afterwards in a compact sunflower disc
 * around their paper, so they cannot turn the layout into a hairball ring around 21 people.
 */
import type { AtlasGraph, PaperNodeAttributes } from "../graph/build.ts";

/** Whether a paper counts as hyperauthored: its flag, or more than `threshold` authors when given. */
function hyperauthored(attributes: PaperNodeAttributes, threshold?: number): boolean {
  return threshold === undefined ? attributes.hyperauthored : attributes.authors > threshold;
}

/**
 * Author nodes whose every neighbour is a hyperauthored paper (authors with no paper are not satellites).
 * `threshold`: papers with more authors than this count as hyperauthored; default: the paper's flag.
 */
export function satelliteNodes(graph: AtlasGraph, threshold?: number): Set<string> {
  const satellites = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "author" || graph.degree(node) === 0) return;
    let onlyHyperauthored = true;
    graph.forEachNeighbor(node, (_neighbor, neighborAttributes) => {
      // Anything but a hyperauthored paper (an ordinary paper, or an author in a coauthor-only graph).
      if (neighborAttributes.kind !== "paper" || !hyperauthored(neighborAttributes, threshold)) onlyHyperauthored = false;
    });
    if (onlyHyperauthored) satellites.add(node);
  });
  return satellites;
}

/**
 * Each satellite's home paper (its first paper in graph order) with the satellites of each paper
 * ordered by author position on that paper, then node order.
 */
export function satellitesByPaper(graph: AtlasGraph, satellites: ReadonlySet<string>): Map<string, string[]> {
  const byPaper = new Map<string, { node: string; position: number }[]>();
  const nodes = graph.nodes();
  const order = new Map(nodes.map((node, index) => [node, index]));
  for (const node of satellites) {
    let home: string | undefined;
    graph.forEachNeighbor(node, (paper) => {
      if (home === undefined || order.get(paper)! < order.get(home)!) home = paper;
    });
    if (home === undefined) continue;
    const position = graph.getEdgeAttributes(graph.edge(node, home)!).position;
    const list = byPaper.get(home) ?? [];
    list.push({ node, position });
    byPaper.set(home, list);
  }
  const result = new Map<string, string[]>();
  for (const [paper, list] of byPaper) {
    list.sort((a, b) => a.position - b.position || order.get(a.node)! - order.get(b.node)!);
    result.set(paper, list.map((entry) => entry.node));
  }
  return result;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface SunflowerDisc {
  /** Offsets from the disc centre, one per satellite, in the given order (innermost first). */
  offsets: [number, number][];
  /** Radius of the disc including the outermost satellite's own radius. */
  radius: number;
}

/**
 * Phyllotaxis (sunflower) placement: satellite k sits at angle k·golden-angle and radius
 * √(inner² + (k + ½)·spacing²/π), i.e. every satellite gets an area of spacing² and the
 * first ones (lowest author positions) sit closest to the paper.
 */
export function sunflowerDisc(count: number, innerRadius: number, spacing: number, satelliteRadius: number): SunflowerDisc {
  const offsets: [number, number][] = [];
  const areaPerPoint = (spacing * spacing) / Math.PI;
  let outer = innerRadius;
  for (let k = 0; k < count; k++) {
    const r = Math.sqrt(innerRadius * innerRadius + (k + 0.5) * areaPerPoint);
    const angle = k * GOLDEN_ANGLE;
    offsets.push([r * Math.cos(angle), r * Math.sin(angle)]);
    outer = r;
  }
  return { offsets, radius: count === 0 ? innerRadius : outer + satelliteRadius };
}

/**
 * Leaves: non-satellite authors with exactly one paper. For big graphs they are left out of the
 * force simulation and placed on an arc around their paper (see `orbitOffsets`). Returns
 * paper node → its leaf author nodes, ordered by author position, then node order.
 */
export function leavesByPaper(graph: AtlasGraph, satellites: ReadonlySet<string>): Map<string, string[]> {
  const byPaper = new Map<string, { node: string; position: number; order: number }[]>();
  let order = 0;
  graph.forEachNode((node, attributes) => {
    order++;
    if (attributes.kind !== "author" || satellites.has(node) || graph.degree(node) !== 1) return;
    const edge = graph.edges(node)[0];
    const paper = graph.opposite(node, edge);
    if (graph.getNodeAttributes(paper).kind !== "paper") return; // coauthor-only graphs: simulate everyone
    const list = byPaper.get(paper) ?? [];
    list.push({ node, position: graph.getEdgeAttributes(edge).position, order });
    byPaper.set(paper, list);
  });
  const result = new Map<string, string[]>();
  for (const [paper, list] of byPaper) {
    list.sort((a, b) => a.position - b.position || a.order - b.order);
    result.set(paper, list.map((entry) => entry.node));
  }
  return result;
}

/**
 * Offsets of `count` leaves around their paper: on an arc of radius `radius` centred on the
 * direction `outward` (radians), `step` radians apart; when they do not fit in a half circle,
 * evenly around the whole circle on a radius large enough for `step`.
 */
export function orbitOffsets(count: number, outward: number, radius: number, step: number): [number, number][] {
  const offsets: [number, number][] = [];
  if (count === 0) return offsets;
  let r = radius;
  let spacing = step;
  if (count * step > Math.PI) {
    spacing = (2 * Math.PI) / count;
    r = Math.max(radius, (radius * step) / spacing);
  }
  for (let i = 0; i < count; i++) {
    const angle = outward + (i - (count - 1) / 2) * spacing;
    offsets.push([r * Math.cos(angle), r * Math.sin(angle)]);
  }
  return offsets;
}
