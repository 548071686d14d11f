/**
 * What focus and the collaboration path change in the author–paper drawing, on top of the
 * looks, the selection emphasis and the explore layer:
 *
 * - focus: nodes outside the focus network are hidden (not faded; positions never move), and
 *   so is every edge with a hidden end;
 * - path: the chain's people, papers and authorship links stand out (labels on, drawn on top,
 *   thick dark links); everything else is dimmed. A path node hidden by the focus is shown.
 *
 * Both are computed in `update` when `focus` or `path` changes and cached; the per-frame
 * functions only look things up.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { AtlasGraph } from "../graph/build.ts";
import type { AppState } from "../app/state.ts";
import { sameValue } from "../app/state.ts";
import { focusNetwork } from "../graph/focus.ts";
import { collaborationPath, pathElements } from "../graph/path.ts";
import { VIEW_COLORS } from "./palette.ts";

export const PATH_EDGE_COLOR = "#1d232b";
/** Focus networks up to this many nodes have every label on. */
export const LABEL_ALL_BELOW = 60;

export interface CollabLayer {
  /** Takes the state's focus and path; true when something drawn changed. */
  update(state: Pick<AppState, "focus" | "path">): boolean;
  node(node: string, display: Partial<NodeDisplayData>): Partial<NodeDisplayData>;
  edge(edge: string, display: Partial<EdgeDisplayData>): Partial<EdgeDisplayData>;
  /** Nodes shown under the focus (undefined: no focus, everyone). */
  focusNodes(): ReadonlySet<string> | undefined;
  /** Nodes of the drawn path (empty without one). */
  pathNodes(): ReadonlySet<string>;
}

export function createCollabLayer(graph: AtlasGraph): CollabLayer {
  let focus: AppState["focus"];
  let path: AppState["path"];
  let shown: Set<string> | undefined;
  let hiddenEdges = new Set<string>();
  let pathNodes = new Set<string>();
  let pathEdges = new Set<string>();

  return {
    update(state) {
      const focusChanged = !sameValue(state.focus, focus);
      const pathChanged = !sameValue(state.path, path);
      if (!focusChanged && !pathChanged) return false;
      if (focusChanged) {
        focus = state.focus;
        shown = focus ? focusNetwork(graph, focus)?.nodes : undefined;
        hiddenEdges = new Set();
        const inFocus = shown;
        if (inFocus) {
          graph.forEachEdge((edge, _attributes, source, target) => {
            if (!inFocus.has(source) || !inFocus.has(target)) hiddenEdges.add(edge);
          });
        }
      }
      if (pathChanged) {
        path = state.path;
        const found = path ? collaborationPath(graph, path.from, path.to) : null;
        const elements = found ? pathElements(found) : { nodes: [], edges: [] };
        pathNodes = new Set(elements.nodes);
        pathEdges = new Set(elements.edges);
      }
      return true;
    },
    node(node, display) {
      if (pathNodes.size > 0) {
        if (pathNodes.has(node)) {
          return {
            ...display,
            visibility: "visible",
            labelVisibility: "visible",
            size: Math.max(display.size ?? 4, 6) + 2,
            zIndex: 40,
            depth: "topNodes",
            labelDepth: "topNodes",
            highlighted: true,
          };
        }
        if (shown && !shown.has(node)) return { ...display, visibility: "hidden", labelVisibility: "hidden" };
        return { ...display, color: VIEW_COLORS.dimmedNode, labelColor: VIEW_COLORS.dimmedLabel, labelBackgroundColor: undefined, labelVisibility: "hidden", highlighted: false, backdropVisibility: "hidden" };
      }
      if (shown && !shown.has(node)) return { ...display, visibility: "hidden", labelVisibility: "hidden" };
      // A small focus network is read by its names: label every node of it that is not dimmed.
      if (shown && shown.size <= LABEL_ALL_BELOW && display.color !== VIEW_COLORS.dimmedNode) return { ...display, labelVisibility: "visible" };
      return display;
    },
    edge(edge, display) {
      if (pathEdges.has(edge)) return { ...display, visibility: "visible", color: PATH_EDGE_COLOR, size: 3, depth: "topEdges" };
      if (hiddenEdges.has(edge)) return { ...display, visibility: "hidden" };
      if (pathNodes.size > 0) return { ...display, color: VIEW_COLORS.dimmedEdge, size: 0.5, depth: "edges" };
      return display;
    },
    focusNodes: () => shown,
    pathNodes: () => pathNodes,
  };
}
