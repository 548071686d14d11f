/**
 * View themes for talks: light (the default look), dark, and projector themes in light and dark
 * (high contrast, larger labels, thicker edges, slightly larger nodes). Node colours keep their
 * meaning in every theme (Okabe–Ito, view/palette.ts); a theme changes the paper they sit on.
 *
 * Pure: `themeNode`/`themeEdge` map the display data the other layers produce (which use the
 * VIEW_COLORS greys) to the theme's, as the last step of sigma's reducers.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ViewThemeName } from "../app/talks-url.ts";
import { VIEW_COLORS } from "./palette.ts";

export interface ViewTheme {
  name: ViewThemeName;
  /** Graph area background (CSS, behind sigma's transparent canvases). */
  background: string;
  label: string;
  /** Halo behind labels where they cross edges. */
  labelBackground: string;
  dimmedLabel: string;
  dimmedNode: string;
  edge: string;
  satelliteEdge: string;
  strongEdge: string;
  dimmedEdge: string;
  labelScale: number;
  edgeScale: number;
  nodeScale: number;
}

export const VIEW_THEMES: Record<ViewThemeName, ViewTheme> = {
  light: {
    name: "light",
    background: VIEW_COLORS.background,
    label: VIEW_COLORS.label,
    labelBackground: "rgba(255, 255, 255, 0.82)",
    dimmedLabel: VIEW_COLORS.dimmedLabel,
    dimmedNode: VIEW_COLORS.dimmedNode,
    edge: VIEW_COLORS.edge,
    satelliteEdge: VIEW_COLORS.satelliteEdge,
    strongEdge: VIEW_COLORS.strongEdge,
    dimmedEdge: VIEW_COLORS.dimmedEdge,
    labelScale: 1,
    edgeScale: 1,
    nodeScale: 1,
  },
  dark: {
    name: "dark",
    background: "#14181d",
    label: "#eef1f4",
    labelBackground: "rgba(20, 24, 29, 0.82)",
    dimmedLabel: "#9aa3ad",
    dimmedNode: "#323941",
    edge: "#4a535e",
    satelliteEdge: "#2c333b",
    strongEdge: "#c3cad3",
    dimmedEdge: "#22282f",
    labelScale: 1,
    edgeScale: 1,
    nodeScale: 1,
  },
  // Projectors wash out light greys and small type: black ink, darker and thicker edges, larger labels.
  "projector-light": {
    name: "projector-light",
    background: "#ffffff",
    label: "#000000",
    labelBackground: "rgba(255, 255, 255, 0.9)",
    dimmedLabel: "#4d5560",
    dimmedNode: "#cfd5dc",
    edge: "#7d8793",
    satelliteEdge: "#b5bdc7",
    strongEdge: "#1d232b",
    dimmedEdge: "#e2e6eb",
    labelScale: 1.35,
    edgeScale: 1.8,
    nodeScale: 1.15,
  },
  "projector-dark": {
    name: "projector-dark",
    background: "#000000",
    label: "#ffffff",
    labelBackground: "rgba(0, 0, 0, 0.85)",
    dimmedLabel: "#b4bcc6",
    dimmedNode: "#3a424c",
    edge: "#8f99a5",
    satelliteEdge: "#4a535e",
    strongEdge: "#f5f7f9",
    dimmedEdge: "#262c33",
    labelScale: 1.35,
    edgeScale: 1.8,
    nodeScale: 1.15,
  },
};

export function viewTheme(name: ViewThemeName | undefined): ViewTheme {
  return VIEW_THEMES[name ?? "light"];
}

const NODE_GREYS: Record<string, keyof ViewTheme> = {
  [VIEW_COLORS.dimmedNode]: "dimmedNode",
};
const LABEL_COLORS: Record<string, keyof ViewTheme> = {
  [VIEW_COLORS.label]: "label",
  [VIEW_COLORS.dimmedLabel]: "dimmedLabel",
};
const EDGE_COLORS: Record<string, keyof ViewTheme> = {
  [VIEW_COLORS.edge]: "edge",
  [VIEW_COLORS.satelliteEdge]: "satelliteEdge",
  [VIEW_COLORS.strongEdge]: "strongEdge",
  [VIEW_COLORS.dimmedEdge]: "dimmedEdge",
};

/** The light theme returns the display unchanged (the default view stays exactly as it was). */
/** `hovered`: sigma draws its white hover card behind this node's label. */
export function themeNode(display: Partial<NodeDisplayData>, theme: ViewTheme, hovered = false): Partial<NodeDisplayData> {
  if (theme.name === "light") return display;
  const themed = { ...display };
  if (themed.color && NODE_GREYS[themed.color]) themed.color = theme[NODE_GREYS[themed.color]] as string;
  // Sigma draws a white card behind selected and hovered labels: keep dark ink there.
  const onCard = hovered || themed.backdropVisibility === "visible";
  if (themed.labelColor && LABEL_COLORS[themed.labelColor] && !onCard) themed.labelColor = theme[LABEL_COLORS[themed.labelColor]] as string;
  if (themed.labelBackgroundColor !== undefined && !onCard) themed.labelBackgroundColor = theme.labelBackground;
  if (themed.labelSize !== undefined) themed.labelSize = Math.round(themed.labelSize * theme.labelScale * 10) / 10;
  if (themed.size !== undefined) themed.size = Math.round(themed.size * theme.nodeScale * 10) / 10;
  return themed;
}

export function themeEdge(display: Partial<EdgeDisplayData>, theme: ViewTheme): Partial<EdgeDisplayData> {
  if (theme.name === "light") return display;
  const themed = { ...display };
  if (themed.color && EDGE_COLORS[themed.color]) themed.color = theme[EDGE_COLORS[themed.color]] as string;
  if (themed.size !== undefined) themed.size = Math.round(themed.size * theme.edgeScale * 100) / 100;
  return themed;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
