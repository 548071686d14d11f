/**
 * Per-node and per-edge display data from the base look and the current emphasis.
 * Pure; sigma's nodeReducer/edgeReducer (view/graph-view.ts) only look these up.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Emphasis } from "./emphasis.ts";
import type { NodeLook } from "./style.ts";
import { VIEW_COLORS } from "./palette.ts";

/** Below this camera ratio (zoomed in ×2.5) paper titles join the label grid. */
export const PAPER_LABEL_ZOOM_RATIO = 0.4;

export interface ViewFrame {
  emphasis: Emphasis;
  /** Sigma camera ratio: smaller is closer. */
  cameraRatio: number;
}

type LabelVisibility = NodeDisplayData["labelVisibility"];

const LABEL_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
/** A light halo keeps labels readable where they cross edges and the satellite cloud. */
const LABEL_BACKGROUND = "rgba(255, 255, 255, 0.82)";

/** The focal researcher's name is the largest and boldest; paper titles are the quietest. */
export function labelStyle(look: NodeLook, isFocal: boolean): Pick<NodeDisplayData, "labelSize" | "labelFont"> {
  if (isFocal) return { labelSize: 15, labelFont: `700 ${LABEL_FAMILY}` };
  if (look.kind === "paper") return { labelSize: 12, labelFont: `500 ${LABEL_FAMILY}` };
  return { labelSize: 13, labelFont: `${look.labelRule === "always" ? 600 : 500} ${LABEL_FAMILY}` };
}

function baseLabelVisibility(look: NodeLook, cameraRatio: number): LabelVisibility {
  switch (look.labelRule) {
    case "always":
      return "visible";
    case "zoom":
      return "auto";
    case "on-demand":
      return cameraRatio <= PAPER_LABEL_ZOOM_RATIO ? "auto" : "hidden";
    case "never":
      return "hidden";
  }
}

export function nodeDisplay(look: NodeLook, node: string, frame: ViewFrame, isFocal: boolean): Partial<NodeDisplayData> {
  const display: Partial<NodeDisplayData> = {
    shape: look.shape,
    color: look.color,
    size: look.size,
    label: look.label,
    labelColor: VIEW_COLORS.label,
    labelBackgroundColor: LABEL_BACKGROUND,
    labelBackgroundPadding: 2,
    ...labelStyle(look, isFocal),
    labelVisibility: baseLabelVisibility(look, frame.cameraRatio),
    zIndex: look.zIndex,
    depth: "nodes",
  };
  const { emphasis } = frame;
  if (!emphasis.active) return display;

  const role = emphasis.nodes.get(node);
  if (role === undefined && !emphasis.dimOthers) return display;
  if (role === "focus") {
    display.size = look.size * 1.25 + 1;
    display.labelVisibility = "visible";
    display.zIndex = 20;
    display.depth = "topNodes";
    display.labelDepth = "topNodes";
    display.highlighted = true;
    // The selected nodes themselves get sigma's backdrop card (a halo with a shadow), like hover does.
    if (emphasis.selected.includes(node)) display.backdropVisibility = "visible";
  } else if (role === "related") {
    // The papers of a selection are few and are what it is about: name them.
    if (look.kind === "paper") display.labelVisibility = "visible";
    display.zIndex = look.zIndex + 10;
    display.depth = "topNodes";
    display.labelDepth = "topNodes";
  } else {
    display.color = VIEW_COLORS.dimmedNode;
    display.labelColor = VIEW_COLORS.dimmedLabel;
    display.labelBackgroundColor = undefined;
    display.labelVisibility = isFocal ? "visible" : "hidden";
    display.size = look.satellite ? look.size : Math.max(2, look.size * 0.8);
  }
  return display;
}

// Shared, frozen edge looks: a full refresh of a 100k graph asks for ~370k of them, and sigma
// copies what a reducer returns, so one object per look is enough (and allocates nothing).
const PLAIN_EDGE: Readonly<Partial<EdgeDisplayData>> = Object.freeze({ color: VIEW_COLORS.edge, size: 1, depth: "edges" });
const PLAIN_SATELLITE_EDGE: Readonly<Partial<EdgeDisplayData>> = Object.freeze({ color: VIEW_COLORS.satelliteEdge, size: 0.5, depth: "edges" });
const STRONG_EDGE: Readonly<Partial<EdgeDisplayData>> = Object.freeze({ color: VIEW_COLORS.strongEdge, size: 1.6, depth: "topEdges" });
const STRONG_SATELLITE_EDGE: Readonly<Partial<EdgeDisplayData>> = Object.freeze({ color: VIEW_COLORS.strongEdge, size: 0.8, depth: "topEdges" });
const DIMMED_EDGE: Readonly<Partial<EdgeDisplayData>> = Object.freeze({ color: VIEW_COLORS.dimmedEdge, size: 0.5, depth: "edges" });

/** The edge's look; the returned object is shared and frozen (layers above copy before changing it). */
export function edgeDisplay(edge: string, satelliteEdge: boolean, frame: ViewFrame): Partial<EdgeDisplayData> {
  const { emphasis } = frame;
  if (emphasis.active && emphasis.edges.has(edge)) return satelliteEdge ? STRONG_SATELLITE_EDGE : STRONG_EDGE;
  if (emphasis.active && emphasis.dimOthers) return DIMMED_EDGE;
  return satelliteEdge ? PLAIN_SATELLITE_EDGE : PLAIN_EDGE;
}
