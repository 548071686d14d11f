/**
 * What the "Exploring collaborations" settings change in the drawing, on top of the base looks
 * (style.ts) and the selection emphasis (reducers.ts):
 *
 * - year filter: papers outside the range, and people with no paper in it, are hidden (not
 *   faded: a faded 450-author cloud would still fill the picture); positions never move;
 * - colour mode: by community (communities.ts) or by first year (year-colors.ts);
 * - hyperauthored threshold: authors whose papers are all above it are drawn as the small
 *   unlabelled cloud (and those no longer only on large papers get their normal disc back);
 * - a highlighted community (legend hover/focus/click): its members stand out, the rest dims.
 *
 * Everything is computed in `update` when one of those state fields changes and cached; the
 * per-frame functions only look things up.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { AtlasGraph } from "../graph/build.ts";
import type { AppState } from "../app/state.ts";
import type { ColorMode } from "../app/explore-url.ts";
import { visibleNodes, yearExtent, type YearRange } from "../graph/years.ts";
import { communitiesFor, communityColor, COMMUNITY_PALETTE, UNCOUNTED_COLOR, type CommunityResult } from "../graph/communities.ts";
import { satelliteNodes } from "../layout/satellites.ts";
import { firstYears, yearColor } from "./year-colors.ts";
import { authorSize, focalNodeOf, sizeScale, type NodeLook } from "./style.ts";
import { VIEW_COLORS } from "./palette.ts";

/** Papers left out of the projection, in community mode: darker than uncounted people so the square reads. */
export const EXCLUDED_PAPER_COLOR = "#7d8793";
/** `highlightedCommunity` value meaning every community beyond the palette ("Other communities"). */
export const OTHER_COMMUNITIES = COMMUNITY_PALETTE.length;
/** Highlighted communities up to this many people get every member's label. */
export const NAMED_COMMUNITY_SIZE = 25;

export interface ExploreSettings {
  years?: YearRange;
  colorMode: ColorMode;
  hyperThreshold?: number;
  highlightedCommunity?: number;
}

export function exploreSettings(state: AppState): ExploreSettings {
  return { years: state.years, colorMode: state.colorMode ?? "kind", hyperThreshold: state.hyperThreshold, highlightedCommunity: state.highlightedCommunity };
}

export interface ExploreLayer {
  /** Takes the state's settings; true when something drawn changed. */
  update(state: AppState): boolean;
  look(node: string, base: NodeLook): NodeLook;
  node(node: string, display: Partial<NodeDisplayData>): Partial<NodeDisplayData>;
  edge(edge: string, display: Partial<EdgeDisplayData>): Partial<EdgeDisplayData>;
  /** Nodes the year filter hides (empty without a filter). */
  hiddenNodes(): ReadonlySet<string>;
}

/** The community rank a node shows (author: its community; paper: its authors' majority). */
function rankOf(result: CommunityResult, node: string): number | undefined {
  return result.rankOfNode.get(node) ?? result.rankOfPaper.get(node);
}

/** Whether a rank belongs to the highlighted legend entry (the "other" entry covers every rank beyond the palette). */
export function inHighlightedCommunity(rank: number | undefined, highlighted: number): boolean {
  if (rank === undefined) return false;
  return highlighted >= OTHER_COMMUNITIES ? rank >= OTHER_COMMUNITIES : rank === highlighted;
}

export function createExploreLayer(graph: AtlasGraph, baseSatellites: ReadonlySet<string>): ExploreLayer {
  const focal = focalNodeOf(graph);
  const focalAttributes = focal ? graph.getNodeAttributes(focal) : undefined;
  const focalPersonId = focalAttributes?.kind === "author" ? focalAttributes.personId : undefined;
  const extent = yearExtent(graph);
  const scale = sizeScale(graph.order - baseSatellites.size);
  let years: Map<string, number> | undefined;

  let settings: ExploreSettings = { colorMode: "kind" };
  let hidden: Set<string> = new Set();
  let hiddenEdges: Set<string> = new Set();
  let satellites: ReadonlySet<string> = baseSatellites;
  let communities: CommunityResult | undefined;
  let highlightedSize = 0;
  let looks = new Map<string, NodeLook>();

  const recolor = (node: string, base: NodeLook): NodeLook => {
    let look = base;
    const nowSatellite = satellites.has(node) && node !== focal;
    if (look.kind === "author" && nowSatellite !== look.satellite) {
      look = nowSatellite
        ? { ...look, size: 2, labelRule: "never", zIndex: 0, satellite: true, color: VIEW_COLORS.satellite }
        : { ...look, size: Math.round(Math.max(1.5, authorSize(graph.degree(node)) * scale) * 10) / 10, labelRule: "zoom", zIndex: 3, satellite: false, color: VIEW_COLORS.author };
    }
    if (settings.colorMode === "community" && communities) {
      const rank = rankOf(communities, node);
      const color = rank !== undefined ? communityColor(rank) : look.kind === "paper" ? EXCLUDED_PAPER_COLOR : UNCOUNTED_COLOR;
      look = { ...look, color };
    } else if (settings.colorMode === "year") {
      years ??= firstYears(graph, focalPersonId);
      look = { ...look, color: yearColor(years.get(node), extent) };
    }
    return look;
  };

  return {
    update(state) {
      const next = exploreSettings(state);
      const yearsChanged = next.years?.from !== settings.years?.from || next.years?.to !== settings.years?.to;
      const looksChanged = next.colorMode !== settings.colorMode || next.hyperThreshold !== settings.hyperThreshold;
      const highlightChanged = next.highlightedCommunity !== settings.highlightedCommunity;
      if (!yearsChanged && !looksChanged && !highlightChanged) return false;
      settings = next;
      if (yearsChanged) {
        hidden = new Set();
        hiddenEdges = new Set();
        if (settings.years) {
          const visible = visibleNodes(graph, settings.years).nodes;
          graph.forEachNode((node) => {
            if (!visible.has(node)) hidden.add(node);
          });
          graph.forEachEdge((edge, _attributes, source, target) => {
            if (hidden.has(source) || hidden.has(target)) hiddenEdges.add(edge);
          });
        }
      }
      if (looksChanged) {
        satellites = settings.hyperThreshold === undefined ? baseSatellites : satelliteNodes(graph, settings.hyperThreshold);
        looks = new Map();
      }
      communities = settings.colorMode === "community" || settings.highlightedCommunity !== undefined ? communitiesFor(graph, settings.hyperThreshold) : undefined;
      highlightedSize = 0;
      if (communities && settings.highlightedCommunity !== undefined) {
        for (const community of communities.communities) if (inHighlightedCommunity(community.rank, settings.highlightedCommunity)) highlightedSize += community.members.length;
      }
      return true;
    },
    look(node, base) {
      if (settings.colorMode === "kind" && satellites === baseSatellites) return base;
      let look = looks.get(node);
      if (!look) {
        look = recolor(node, base);
        looks.set(node, look);
      }
      return look;
    },
    node(node, display) {
      if (hidden.has(node)) return { ...display, visibility: "hidden", labelVisibility: "hidden" };
      const highlighted = settings.highlightedCommunity;
      if (highlighted === undefined || !communities) return display;
      if (inHighlightedCommunity(rankOf(communities, node), highlighted)) {
        return {
          ...display,
          // A small community is named in full; a large one lets sigma's label grid choose.
          labelVisibility: highlightedSize <= NAMED_COMMUNITY_SIZE ? "visible" : display.labelVisibility === "hidden" ? "auto" : display.labelVisibility,
          zIndex: (display.zIndex ?? 0) + 10,
          depth: "topNodes",
          labelDepth: "topNodes",
        };
      }
      return {
        ...display,
        color: VIEW_COLORS.dimmedNode,
        labelColor: VIEW_COLORS.dimmedLabel,
        labelBackgroundColor: undefined,
        labelVisibility: node === focal ? "visible" : "hidden",
      };
    },
    edge(edge, display) {
      if (hiddenEdges.has(edge)) return { ...display, visibility: "hidden" };
      const highlighted = settings.highlightedCommunity;
      if (highlighted === undefined || !communities) return display;
      const [source, target] = graph.extremities(edge);
      const keep = inHighlightedCommunity(rankOf(communities, source), highlighted) && inHighlightedCommunity(rankOf(communities, target), highlighted);
      return keep ? { ...display, color: VIEW_COLORS.strongEdge, depth: "topEdges" } : { ...display, color: VIEW_COLORS.dimmedEdge, size: 0.5 };
    },
    hiddenNodes: () => hidden,
  };
}
