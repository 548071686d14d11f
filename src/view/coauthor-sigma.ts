/**
 * The Sigma 4 view of the coauthor projection (graph/coauthor-view.ts): people linked by shared
 * papers, link thickness by weight. Same node looks, explore settings (colours, year filter),
 * focus and path as the author–paper view, at the same positions and camera: the bipartite
 * graph's bounding box is given to sigma, so its normalised coordinates (and the `cam` URL
 * parameter) mean the same in both views.
 *
 * Clicking a link selects the pair, whose shared papers the panel lists.
 */
import Sigma from "sigma";
import { atlasPrimitives, ATLAS_SIGMA_SETTINGS } from "./sigma-setup.ts";
import { movingSettings, renderInsteadOfRefreshAfterDrag } from "./moving.ts";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { AtlasGraph } from "../graph/build.ts";
import type { CameraState, Selection, Store } from "../app/state.ts";
import { coauthorView, linkSize, type CoauthorView, type Counting } from "../graph/coauthor-view.ts";
import { collaborationPath } from "../graph/path.ts";
import { paperInRange } from "../graph/years.ts";
import { paperNode } from "../graph/build.ts";
import { computeLooks, focalNodeOf } from "./style.ts";
import { labelStyle } from "./reducers.ts";
import { createExploreLayer } from "./explore-layer.ts";
import { createCollabLayer, PATH_EDGE_COLOR } from "./collab-layer.ts";
import { framePoints, sameCamera, type Point } from "./camera.ts";
import { VIEW_COLORS } from "./palette.ts";
import { estimateLabelWidth, placeLabels, type Disc, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import type { GraphView, GraphViewOptions } from "./graph-view.ts";

export interface CoauthorViewOptions extends GraphViewOptions {
  counting: Counting;
  threshold: number;
}

export interface CoauthorGraphView extends GraphView {
  view: CoauthorView;
}

const LINK_COLOR = "#aab3be";
const LABEL_BACKGROUND = "rgba(255, 255, 255, 0.82)";
const CAMERA_DURATION_MS = 450;

/** People and links that stand out for a selection or hover in the projection. */
function emphasisOf(projection: CoauthorView["graph"], selection: Selection, hovered: string | undefined) {
  const nodes = new Map<string, "focus" | "related">();
  const edges = new Set<string>();
  const around = (node: string) => {
    nodes.set(node, "focus");
    projection.forEachEdge(node, (edge, _attributes, source, target) => {
      edges.add(edge);
      const other = source === node ? target : source;
      if (!nodes.has(other)) nodes.set(other, "related");
    });
  };
  if (selection.kind === "person" && projection.hasNode("a:" + selection.personId)) around("a:" + selection.personId);
  if (selection.kind === "pair") {
    const a = "a:" + selection.personId;
    const b = "a:" + selection.otherId;
    if (projection.hasNode(a) && projection.hasNode(b)) {
      nodes.set(a, "focus");
      nodes.set(b, "focus");
      const edge = projection.edge(a, b);
      if (edge !== undefined) edges.add(edge);
    }
  }
  if (hovered && projection.hasNode(hovered)) around(hovered);
  return { active: nodes.size > 0, nodes, edges };
}

export function createCoauthorView(container: HTMLElement, bipartite: AtlasGraph, store: Store, options: CoauthorViewOptions): CoauthorGraphView {
  const view = coauthorView(bipartite, options.counting, options.threshold);
  const projection = view.graph;
  const looks = computeLooks(bipartite, { satellites: options.satellites });
  const focal = focalNodeOf(bipartite);
  const explore = createExploreLayer(bipartite, options.satellites);
  const collab = createCollabLayer(bipartite);
  let emphasis = emphasisOf(projection, store.get().selection, undefined);
  let pathLinks = new Set<string>();
  /** Links none of whose shared papers is in the year filter's range. */
  let outOfRangeLinks = new Set<string>();
  let linksRange: { from: number; to: number } | undefined;
  const updateYearLinks = () => {
    const range = store.get().years;
    if (range?.from === linksRange?.from && range?.to === linksRange?.to) return;
    linksRange = range;
    outOfRangeLinks = new Set();
    if (!range) return;
    projection.forEachEdge((edge, attributes) => {
      const inRange = attributes.papers.some((paperId) => {
        const key = paperNode(paperId);
        const paper = bipartite.hasNode(key) ? bipartite.getNodeAttributes(key) : undefined;
        return paper?.kind === "paper" && paperInRange(paper.year, range);
      });
      if (!inRange) outOfRangeLinks.add(edge);
    });
  };
  /** Sides of the always-on labels, chosen when the camera settles (as in the author–paper view). */
  let labelSides = new Map<string, LabelSide>();

  const nodeReducer = (node: string): Partial<NodeDisplayData> => {
    const base = looks.get(node);
    if (!base) return {};
    const look = explore.look(node, base);
    let display: Partial<NodeDisplayData> = {
      shape: "circle",
      color: look.color,
      size: look.size,
      label: look.label,
      labelColor: VIEW_COLORS.label,
      labelBackgroundColor: LABEL_BACKGROUND,
      labelBackgroundPadding: 2,
      ...labelStyle(look, node === focal),
      labelVisibility: look.labelRule === "always" ? "visible" : look.labelRule === "never" ? "hidden" : "auto",
      zIndex: look.zIndex,
      depth: "nodes",
    };
    if (emphasis.active) {
      const role = emphasis.nodes.get(node);
      if (role) {
        display = { ...display, labelVisibility: "visible", zIndex: role === "focus" ? 30 : look.zIndex + 10, depth: "topNodes", labelDepth: "topNodes", highlighted: role === "focus" };
      } else {
        display = { ...display, color: VIEW_COLORS.dimmedNode, labelColor: VIEW_COLORS.dimmedLabel, labelBackgroundColor: undefined, labelVisibility: node === focal ? "visible" : "hidden" };
      }
    }
    const side = labelSides.get(node);
    if (side) display.labelPosition = side;
    return collab.node(node, explore.node(node, display));
  };

  const hidden = (node: string): boolean => {
    if (explore.hiddenNodes().has(node)) return true;
    const shown = collab.focusNodes();
    return shown !== undefined && !shown.has(node) && !collab.pathNodes().has(node);
  };

  const edgeReducer = (edge: string): Partial<EdgeDisplayData> => {
    const [source, target] = projection.extremities(edge);
    if (hidden(source) || hidden(target) || outOfRangeLinks.has(edge)) return { visibility: "hidden" };
    const size = linkSize(projection.getEdgeAttribute(edge, "weight"), view.maxWeight);
    if (pathLinks.has(edge)) return { color: PATH_EDGE_COLOR, size: Math.max(size, 3), depth: "topEdges" };
    if (collab.pathNodes().size > 0) return { color: VIEW_COLORS.dimmedEdge, size: Math.min(size, 1), depth: "edges" };
    if (emphasis.active) return emphasis.edges.has(edge) ? { color: VIEW_COLORS.strongEdge, size, depth: "topEdges" } : { color: VIEW_COLORS.dimmedEdge, size: Math.min(size, 1), depth: "edges" };
    return { color: LINK_COLOR, size, depth: "edges" };
  };

  const sigma = new Sigma(projection, container, {
    primitives: atlasPrimitives(),
    settings: { ...ATLAS_SIGMA_SETTINGS, ...movingSettings(projection.size), enableEdgeEvents: true },
    nodeReducer: (node) => nodeReducer(node),
    edgeReducer: (edge) => edgeReducer(edge),
  });
  if (movingSettings(projection.size).hideEdgesOnMove) renderInsteadOfRefreshAfterDrag(sigma.getMouseCaptor(), () => sigma.scheduleRender());

  // Same normalisation as the author–paper view: the bipartite graph's extent (papers included).
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  bipartite.forEachNode((_node, attributes) => {
    if (typeof attributes.x !== "number" || typeof attributes.y !== "number") return;
    minX = Math.min(minX, attributes.x);
    maxX = Math.max(maxX, attributes.x);
    minY = Math.min(minY, attributes.y);
    maxY = Math.max(maxY, attributes.y);
  });
  if (Number.isFinite(minX)) {
    sigma.setCustomBBox({ x: [minX, maxX], y: [minY, maxY] });
    sigma.refresh();
  }

  // The graph area changes size with the bars and panels; sigma only listens to window resizes.
  const resizeObserver =
    typeof ResizeObserver === "function"
      ? new ResizeObserver(() => {
          sigma.resize();
          sigma.refresh({ schedule: true });
        })
      : undefined;
  resizeObserver?.observe(container);

  sigma.on("enterNode", ({ node }) => store.update({ hoveredNode: node }));
  sigma.on("leaveNode", () => store.update({ hoveredNode: undefined }));
  sigma.on("clickNode", ({ node }) => options.onClickNode(node));
  sigma.on("doubleClickNode", ({ node }) => options.onClickNode(node));
  sigma.on("clickStage", () => options.onClickStage());
  sigma.on("clickEdge", ({ edge }) => {
    const [source, target] = projection.extremities(edge);
    const personId = projection.getNodeAttribute(source, "personId");
    const otherId = projection.getNodeAttribute(target, "personId");
    store.update({ selection: { kind: "pair", personId, otherId } });
  });
  sigma.on("enterEdge", () => container.classList.add("over-link"));
  sigma.on("leaveEdge", () => container.classList.remove("over-link"));

  const camera = sigma.getCamera();
  const readCamera = (): CameraState => {
    const { x, y, ratio, angle } = camera.getState();
    return { x, y, ratio, angle };
  };
  let placementTimer: ReturnType<typeof setTimeout> | undefined;
  const placeForcedLabels = () => {
    placementTimer = undefined;
    const candidates: LabelCandidate[] = [];
    const obstacles: Disc[] = [];
    projection.forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.visibility === "hidden") return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      obstacles.push({ node, x, y, radius });
      if (data.labelVisibility !== "visible" || !data.label) return;
      const fontSize = data.labelSize ?? 13;
      candidates.push({ node, x, y, radius, width: estimateLabelWidth(data.label, fontSize, /^[67]00 /.test(data.labelFont ?? "")), height: fontSize * 1.25 + 4, priority: (node === focal ? 1000 : 0) + data.zIndex * 10 + data.size });
    });
    const next = placeLabels(candidates, obstacles, sigma.getDimensions());
    const changed = next.size !== labelSides.size || [...next].some(([node, side]) => labelSides.get(node) !== side);
    labelSides = next;
    if (changed) sigma.refresh({ schedule: true });
  };
  const scheduleLabelPlacement = () => {
    if (placementTimer !== undefined) clearTimeout(placementTimer);
    placementTimer = setTimeout(placeForcedLabels, 120);
  };
  const onCameraUpdated = () => {
    const state = readCamera();
    if (!sameCamera(store.get().camera, state)) store.update({ camera: state });
    scheduleLabelPlacement();
  };
  camera.on("updated", onCameraUpdated);
  const applyStoreCamera = (target: CameraState | undefined) => {
    if (!target || sameCamera(target, readCamera())) return;
    camera.setState(target);
  };

  const updatePath = () => {
    pathLinks = new Set();
    const ends = store.get().path;
    const found = ends ? collaborationPath(bipartite, ends.from, ends.to) : null;
    if (!found) return;
    for (let i = 0; i + 1 < found.people.length; i++) {
      const edge = projection.edge("a:" + found.people[i], "a:" + found.people[i + 1]);
      if (edge !== undefined) pathLinks.add(edge);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const exploreChanged = explore.update(state);
    const collabChanged = collab.update(state);
    if (state.years !== previous.years) updateYearLinks();
    if (state.path !== previous.path) updatePath();
    if (state.selection !== previous.selection || state.hoveredNode !== previous.hoveredNode || exploreChanged || collabChanged) {
      emphasis = emphasisOf(projection, state.selection, state.hoveredNode);
      sigma.refresh({ schedule: true });
      scheduleLabelPlacement();
    }
    if (state.camera !== previous.camera) applyStoreCamera(state.camera);
  });
  explore.update(store.get());
  collab.update(store.get());
  updateYearLinks();
  updatePath();
  applyStoreCamera(store.get().camera);
  sigma.refresh();
  scheduleLabelPlacement();

  const position = (node: string): { x: number; y: number } | undefined => {
    if (!projection.hasNode(node)) return undefined;
    const { x, y } = projection.getNodeAttributes(node) as { x?: number; y?: number };
    return typeof x === "number" && typeof y === "number" ? { x, y } : undefined;
  };

  return {
    view,
    sigma: sigma as unknown as GraphView["sigma"],
    frameNodes(nodes, withNeighbours = true) {
      const keys = new Set(nodes.filter((node) => projection.hasNode(node)));
      if (withNeighbours) for (const node of [...keys]) projection.forEachNeighbor(node, (neighbour) => keys.add(neighbour));
      const points = [...keys].map(position).filter((point): point is Point => point !== undefined).map((point) => sigma.graphToFramedGraph(point));
      const target = framePoints(points, readCamera());
      if (!target) return;
      if (options.reducedMotion()) camera.setState(target);
      else void camera.animate(target, { duration: CAMERA_DURATION_MS, easing: "quadraticInOut" });
    },
    nodeViewportPosition(node) {
      const point = position(node);
      return point ? sigma.graphToViewport(point) : undefined;
    },
    kill() {
      unsubscribe();
      if (placementTimer !== undefined) clearTimeout(placementTimer);
      resizeObserver?.disconnect();
      camera.off("updated", onCameraUpdated);
      container.classList.remove("over-link");
      sigma.kill();
    },
  };
}
