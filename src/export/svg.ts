/**
 * The graph as an SVG picture: what the view shows at its default zoom, as real vectors.
 * Edges are lines, authors circles and papers rounded squares in the view's colours and sizes
 * (view/style.ts), labels are `<text>` chosen by the view's label rules (labels.ts), and a legend
 * repeats the view's keys and simplification notes. Pure: a string in, a string out.
 *
 * Units: the viewBox is a screen-like frame at most REFERENCE_WIDTH wide, so node and label sizes
 * mean what they mean on screen; the `width`/`height` attributes scale it to the requested pixels
 * (never down, so a 13 px label is at least 13 px in the output).
 */
import type { AtlasFile } from "../model/types.ts";
import { labelStyle } from "../view/reducers.ts";
import { focalNodeOf, type NodeLook } from "../view/style.ts";
import { apply, fitWithExtents, sigmaFrame, type Box, type Item } from "./frame.ts";
import { layoutLegend, type LegendLayout } from "./legend.ts";
import { estimateLabelWidth, labelRect, placeLabels, type Disc, type LabelCandidate } from "../view/label-placement.ts";
import { VIEW_LABEL_SETTINGS, visibleLabels, type ScreenNode } from "./labels.ts";
import { positionOf, toGraphSource, type GraphSource, type GraphSourceInput } from "./source.ts";
import { estimateTextWidth } from "./text-metrics.ts";
import { THEMES, type ExportTheme, type ThemeName } from "./theme.ts";
import { num, oneLineText, xmlAttr, xmlText } from "./xml.ts";

export const DEFAULT_EXPORT_WIDTH = 1920;
export const MAX_EXPORT_WIDTH = 3840;
export const MIN_EXPORT_WIDTH = 200;
/** Widest viewBox: about a laptop's graph pane, so the picture has the screen's label density. */
export const REFERENCE_WIDTH = 1440;
export const FONT_FAMILY = "Inter, Helvetica, Arial, sans-serif";

export interface SvgOptions {
  /** Output width in pixels (default 1920, clamped to 200–3840). */
  width?: number;
  /** Output height in pixels; default: from the graph's aspect plus heading and legend. */
  height?: number;
  theme?: ThemeName;
  /** No background rectangle. */
  transparent?: boolean;
  /** Draw the legend band (default true). */
  legend?: boolean;
  /** Draw the dataset title as a heading (default true when the dataset has a title). */
  heading?: boolean;
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
  /** Nodes whose label is drawn. */
  labelled: string[];
}

const MARGIN = 24;
const LABEL_GAP = 4; // sigma's label margin: text starts this far right of the node
const HALO_WIDTH = 3;
const LEGEND_FONT = 12;
const HEADING_FONT = 18;

export function renderSvg(input: AtlasFile | GraphSourceInput, options: SvgOptions = {}): string {
  return renderSvgPicture(input, options).svg;
}

export function clampWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width)) return DEFAULT_EXPORT_WIDTH;
  return Math.min(MAX_EXPORT_WIDTH, Math.max(MIN_EXPORT_WIDTH, Math.round(width)));
}

export function renderSvgPicture(input: AtlasFile | GraphSourceInput, options: SvgOptions = {}): SvgPicture {
  const source = toGraphSource(input);
  const theme = THEMES[options.theme ?? "light"];
  const width = clampWidth(options.width);
  const viewWidth = Math.min(width, REFERENCE_WIDTH);
  const zoom = width / viewWidth;
  const inner = viewWidth - 2 * MARGIN;

  const headingText = options.heading === false ? "" : oneLineText(source.title);
  const headingSize = HEADING_FONT * theme.labelScale;
  const headingHeight = headingText ? Math.ceil(headingSize * 1.8) : 0;
  const legendSize = LEGEND_FONT * Math.max(1, theme.labelScale * 0.9);
  const legend = options.legend === false ? undefined : layoutLegend(source.graph, source.satellites, inner, { fontSize: legendSize, swatch: legendSize / 2 });
  const legendHeight = legend ? Math.ceil(legend.height + MARGIN / 2) : 0;

  // Picture size: the requested height, or the graph's own aspect (kept between wide and square).
  const nodes = source.graph.nodes();
  const points = nodes.map((node) => positionOf(source, node));
  let height: number;
  if (options.height !== undefined && Number.isFinite(options.height)) {
    height = Math.min(2 * MAX_EXPORT_WIDTH, Math.max(MIN_EXPORT_WIDTH / 2, Math.round(options.height)));
  } else {
    const graphHeight = inner * Math.min(1, Math.max(0.5, aspectOf(points)));
    height = Math.round((headingHeight + graphHeight + legendHeight + 2 * MARGIN) * zoom);
  }
  const viewHeight = height / zoom;
  const graphBox: Box = {
    x: MARGIN,
    y: MARGIN + headingHeight,
    width: inner,
    height: Math.max(40, viewHeight - 2 * MARGIN - headingHeight - legendHeight),
  };

  // Labels: the view's decision at its default camera on a screen of this frame's size.
  const screen = sigmaFrame(points, { x: 0, y: 0, width: viewWidth, height: graphBox.height + 2 * MARGIN }, VIEW_LABEL_SETTINGS.stagePadding);
  const screenNodes: ScreenNode[] = nodes.map((node, index) => ({ node, ...apply(screen, points[index]), look: source.looks.get(node)! })).filter((entry) => entry.look);
  const labelled = visibleLabels(screenNodes, viewWidth);
  const focal = focalNodeOf(source.graph);

  const drawn = nodes.map((node, index) => drawnNode(node, index, source, theme, labelled.has(node), node === focal));
  const transform = fitWithExtents(drawn.map((entry) => entry.item), graphBox);
  const at = new Map(drawn.map((entry) => [entry.node, apply(transform, points[entry.index])]));

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${num(viewWidth)} ${num(viewHeight)}" font-family="${FONT_FAMILY}" role="img" aria-label="${xmlAttr(headingText || "Coauthor network")}">`,
  );
  parts.push(`<title>${xmlText(headingText || "Coauthor network")}</title>`);
  if (!options.transparent) parts.push(`<rect x="0" y="0" width="${num(viewWidth)}" height="${num(viewHeight)}" fill="${theme.background}"/>`);
  if (headingText) {
    parts.push(`<text x="${MARGIN}" y="${num(MARGIN + headingSize)}" font-size="${num(headingSize)}" font-weight="700" fill="${theme.label}">${xmlText(headingText)}</text>`);
  }
  parts.push(...edgeElements(source, at, theme));
  parts.push(...nodeElements(drawn, at));
  parts.push(...labelElements(drawn, at, theme, { width: viewWidth, height: graphBox.y + graphBox.height + MARGIN / 2 }, focal));
  if (legend) parts.push(...legendElements(legend, MARGIN, viewHeight - MARGIN / 2 - legend.height, legendSize, theme));
  parts.push("</svg>");
  return { svg: parts.join("\n") + "\n", width, height, labelled: drawn.filter((entry) => entry.label).map((entry) => entry.node) };
}

/** Height over width of the node extent (1 for a single point or an empty graph). */
function aspectOf(points: readonly (readonly [number, number])[]): number {
  if (points.length < 2) return 1;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  const w = maxX - minX;
  return w > 0 ? (maxY - minY) / w : 1;
}

interface DrawnNode {
  node: string;
  index: number;
  look: NodeLook;
  radius: number;
  label?: { text: string; size: number; weight: string };
  item: Item;
}

function drawnNode(node: string, index: number, source: GraphSource, theme: ExportTheme, labelled: boolean, isFocal: boolean): DrawnNode {
  const look = source.looks.get(node)!;
  const radius = look.size * theme.nodeScale;
  const point = positionOf(source, node);
  const entry: DrawnNode = { node, index, look, radius, item: { point, left: radius, right: radius, top: radius, bottom: radius } };
  if (labelled && look) {
    const style = labelStyle(look, isFocal);
    const size = (style.labelSize ?? 13) * theme.labelScale;
    const weight = (style.labelFont ?? "500").split(" ")[0];
    const text = oneLineText(look.label);
    entry.label = { text, size, weight };
    const bold = Number(weight) >= 600;
    entry.item.right = radius + LABEL_GAP + estimateTextWidth(text, size, bold) + HALO_WIDTH;
    entry.item.top = Math.max(radius, size * 0.75);
    entry.item.bottom = Math.max(radius, size * 0.45);
  }
  return entry;
}

type PointMap = Map<string, { x: number; y: number }>;

function edgeElements(source: GraphSource, at: PointMap, theme: ExportTheme): string[] {
  const normal: string[] = [];
  const cloud: string[] = [];
  source.graph.forEachEdge((_edge, _attributes, from, to) => {
    const a = at.get(from)!;
    const b = at.get(to)!;
    const line = `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}"/>`;
    (source.satellites.has(from) || source.satellites.has(to) ? cloud : normal).push(line);
  });
  const group = (lines: string[], color: string, strokeWidth: number, name: string) =>
    lines.length === 0 ? [] : [`<g class="${name}" stroke="${color}" stroke-width="${num(strokeWidth)}" stroke-linecap="round">`, ...lines, "</g>"];
  return [...group(cloud, theme.satelliteEdge, theme.edgeWidth / 2, "satellite-edges"), ...group(normal, theme.edge, theme.edgeWidth, "edges")];
}

/** Low z-index first, so the focal researcher and top collaborators are drawn on top. */
function byZ(drawn: readonly DrawnNode[]): DrawnNode[] {
  return [...drawn].sort((a, b) => a.look.zIndex - b.look.zIndex || a.index - b.index);
}

function nodeElements(drawn: readonly DrawnNode[], at: PointMap): string[] {
  const lines = [`<g class="nodes">`];
  for (const entry of byZ(drawn)) {
    const { x, y } = at.get(entry.node)!;
    const r = entry.radius;
    if (entry.look.shape === "square") {
      lines.push(`<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" rx="${num(0.15 * 2 * r)}" fill="${entry.look.color}"/>`);
    } else {
      lines.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${entry.look.color}"/>`);
    }
  }
  lines.push("</g>");
  return lines;
}

/**
 * Label sides chosen by the view's own placement (view/label-placement.ts): right of the node
 * unless that covers another label or node, then left, below or above. The view does this for
 * its always-on labels; on paper, with no hover to untangle names, every drawn label takes part.
 */
function labelElements(drawn: readonly DrawnNode[], at: PointMap, theme: ExportTheme, viewport: { width: number; height: number }, focal: string | undefined): string[] {
  const labelled = byZ(drawn).filter((entry) => entry.label);
  if (labelled.length === 0) return [];
  const obstacles: Disc[] = drawn.filter((entry) => !entry.look.satellite).map((entry) => ({ node: entry.node, ...at.get(entry.node)!, radius: entry.radius }));
  const candidates: LabelCandidate[] = labelled.map((entry) => {
    const label = entry.label!;
    return {
      node: entry.node,
      ...at.get(entry.node)!,
      radius: entry.radius,
      width: estimateLabelWidth(label.text, label.size, Number(label.weight) >= 600),
      height: label.size * 1.25 + 4,
      priority: (entry.node === focal ? 1000 : 0) + entry.look.zIndex * 10 + entry.look.size,
    };
  });
  const sides = placeLabels(candidates, obstacles, viewport);
  const lines = [`<g class="labels" fill="${theme.label}" stroke="${theme.labelHalo}" stroke-width="${HALO_WIDTH}" stroke-linejoin="round" paint-order="stroke">`];
  // Least important first, so the focal researcher's name ends on top.
  labelled.forEach((entry, index) => {
    const label = entry.label!;
    const side = sides.get(entry.node) ?? "right";
    const rect = labelRect(candidates[index], side);
    const { x, y } = at.get(entry.node)!;
    const baseline = (rect.y0 + rect.y1) / 2 + label.size / 3;
    const [textX, anchor] = side === "right" ? [x + entry.radius + LABEL_GAP, ""] : side === "left" ? [x - entry.radius - LABEL_GAP, ` text-anchor="end"`] : [x, ` text-anchor="middle"`];
    lines.push(`<text x="${num(textX)}" y="${num(baseline)}" font-size="${num(label.size)}" font-weight="${xmlAttr(label.weight)}"${anchor}>${xmlText(label.text)}</text>`);
  });
  lines.push("</g>");
  return lines;
}

function legendElements(legend: LegendLayout, left: number, top: number, fontSize: number, theme: ExportTheme): string[] {
  const lines = [`<g class="legend" transform="translate(${num(left)} ${num(top)})" font-size="${num(fontSize)}">`];
  for (const swatch of legend.swatches) {
    const r = swatch.kind === "small" ? fontSize / 4 : fontSize / 2;
    if (swatch.kind === "paper") {
      lines.push(`<rect x="${num(swatch.x - r)}" y="${num(swatch.y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" rx="${num(0.3 * r)}" fill="${swatch.color}"/>`);
    } else {
      lines.push(`<circle cx="${num(swatch.x)}" cy="${num(swatch.y)}" r="${num(r)}" fill="${swatch.color}"/>`);
    }
  }
  for (const line of legend.lines) {
    const fill = line.role === "note" ? theme.muted : theme.label;
    lines.push(`<text x="${num(line.x)}" y="${num(line.y)}" fill="${fill}">${xmlText(line.text)}</text>`);
  }
  lines.push("</g>");
  return lines;
}
