/**
 * Export themes. Node colours keep their meaning in every theme (the view's Okabe–Ito colours
 * from view/palette.ts); themes change only the paper they are printed on: background, edges,
 * label ink and halo, and for the projector larger labels and bolder edges.
 */
import { VIEW_COLORS } from "../view/palette.ts";

export type ThemeName = "light" | "dark" | "projector";
export const THEME_NAMES: readonly ThemeName[] = ["light", "dark", "projector"];

export interface ExportTheme {
  name: ThemeName;
  background: string;
  edge: string;
  satelliteEdge: string;
  /** Edge width in viewBox pixels (the view draws edges 1 px wide, satellite edges 0.5). */
  edgeWidth: number;
  label: string;
  /** Outline drawn behind label glyphs so labels stay readable across edges (the view's label background). */
  labelHalo: string;
  /** Secondary text (legend notes). */
  muted: string;
  /** Multiplies label font sizes. */
  labelScale: number;
  /** Multiplies node sizes. */
  nodeScale: number;
}

export const THEMES: Record<ThemeName, ExportTheme> = {
  light: {
    name: "light",
    background: VIEW_COLORS.background,
    edge: VIEW_COLORS.edge,
    satelliteEdge: VIEW_COLORS.satelliteEdge,
    edgeWidth: 1,
    label: VIEW_COLORS.label,
    labelHalo: VIEW_COLORS.background,
    muted: "#4d5560",
    labelScale: 1,
    nodeScale: 1,
  },
  dark: {
    name: "dark",
    background: "#14181d",
    edge: "#4a535e",
    satelliteEdge: "#2c333b",
    edgeWidth: 1,
    label: "#eef1f4",
    labelHalo: "#14181d",
    muted: "#b4bcc6",
    labelScale: 1,
    nodeScale: 1,
  },
  // Projectors wash out light greys and small type: darker, wider edges; larger labels and nodes.
  projector: {
    name: "projector",
    background: "#ffffff",
    edge: "#8f99a5",
    satelliteEdge: "#c3cad3",
    edgeWidth: 1.6,
    label: "#000000",
    labelHalo: "#ffffff",
    muted: "#1d232b",
    labelScale: 1.3,
    nodeScale: 1.15,
  },
};

export function isThemeName(name: string): name is ThemeName {
  return (THEME_NAMES as readonly string[]).includes(name);
}
