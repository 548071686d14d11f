/**
 * The Sigma 4 view of the bipartite graph. Reads the store (selection, hover, camera),
 * reports pointer events through callbacks; never renders panel DOM.
 *
 * Rendering is driven by sigma's nodeReducer/edgeReducer over precomputed looks (style.ts)
 * and the current emphasis (emphasis.ts); the view refreshes only when one of the state
 * fields it draws changes.
 */
import Sigma from "sigma";
import { atlasPrimitives, ATLAS_SIGMA_SETTINGS } from "./sigma-setup.ts";
import type { AtlasGraph } from "../graph/build.ts";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CameraState, Store } from "../app/state.ts";
import { changedItems, computeEmphasis, DIM_ON_HOVER_MAX_NODES, NO_EMPHASIS, type Emphasis } from "./emphasis.ts";
import { computeLooks, focalNodeOf, type NodeLook } from "./style.ts";
import { edgeDisplay, nodeDisplay, PAPER_LABEL_ZOOM_RATIO, type ViewFrame } from "./reducers.ts";
import { framePoints, sameCamera, type Point } from "./camera.ts";
import { estimateLabelWidth, placeLabels, type Disc, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import { createExploreLayer } from "./explore-layer.ts";
import { themeEdge, themeNode, viewTheme } from "./view-theme.ts";
import { createCollabLayer } from "./collab-layer.ts";

export interface GraphViewOptions {
  /** Authors drawn as the small cloud around hyperauthored papers (layout's `satelliteNodes`). */
  satellites: ReadonlySet<string>;
  onClickNode(node: string): void;
  onClickStage(): void;
  /** Whether camera moves should be instant (prefers-reduced-motion). */
  reducedMotion(): boolean;
}

interface Reducers {
  node(node: string): Partial<NodeDisplayData>;
  edge(edge: string): Partial<EdgeDisplayData>;
}

/** Sigma with the two node shapes (authors: circles, papers: rounded squares) and label settings. */
function createSigma(graph: AtlasGraph, container: HTMLElement, reducers: Reducers) {
  return new Sigma(graph, container, {
    primitives: atlasPrimitives(),
    settings: { ...ATLAS_SIGMA_SETTINGS },
    nodeReducer: (node) => reducers.node(node),
    edgeReducer: (edge) => reducers.edge(edge),
  });
}

export type AtlasSigma = ReturnType<typeof createSigma>;

export interface GraphView {
  sigma: AtlasSigma;
  /** Frames the given nodes (and their direct neighbours when `withNeighbours`). */
  frameNodes(nodes: string[], withNeighbours?: boolean, instant?: boolean): void;
  /** The viewport position of a node, in CSS pixels of the container. */
  nodeViewportPosition(node: string): Point | undefined;
  kill(): void;
}

const CAMERA_DURATION_MS = 450;

export function createGraphView(container: HTMLElement, graph: AtlasGraph, store: Store, options: GraphViewOptions): GraphView {
  const looks: Map<string, NodeLook> = computeLooks(graph, { satellites: options.satellites });
  const focal = focalNodeOf(graph);
  const satelliteEdges = new Set(graph.filterEdges((_edge, _attributes, source, target) => options.satellites.has(source) || options.satellites.has(target)));

  // Year filter, colour mode, hyperauthored threshold, community highlight (view/explore-layer.ts).
  const explore = createExploreLayer(graph, options.satellites);
  // Focus (hides what is outside) and the collaboration path (view/collab-layer.ts).
  const collab = createCollabLayer(graph);
  const frame: ViewFrame = { emphasis: NO_EMPHASIS, cameraRatio: 1 };
  let labelSides = new Map<string, LabelSide>();
  // Talks theme (view/view-theme.ts): the reducers' last step; light leaves the display as it is.
  let theme = viewTheme(store.get().theme);

  const sigma = createSigma(graph, container, {
    node: (node) => {
      const look = looks.get(node);
      if (!look) return {};
      const display = nodeDisplay(explore.look(node, look), node, frame, node === focal);
      const side = labelSides.get(node);
      if (side) display.labelPosition = side;
      return themeNode(collab.node(node, explore.node(node, display)), theme, node === store.get().hoveredNode);
    },
    edge: (edge) => themeEdge(collab.edge(edge, explore.edge(edge, edgeDisplay(edge, satelliteEdges.has(edge), frame))), theme),
  });

  // Sigma only listens to window resizes; the graph area also changes size with the legend and panels.
  const resizeObserver =
    typeof ResizeObserver === "undefined"
      ? undefined
      : new ResizeObserver(() => {
          sigma.resize();
          sigma.refresh({ schedule: true });
          scheduleLabelPlacement();
        });
  resizeObserver?.observe(container);

  // ── pointer → callbacks / store ──
  sigma.on("enterNode", ({ node }) => store.update({ hoveredNode: node }));
  sigma.on("leaveNode", () => store.update({ hoveredNode: undefined }));
  sigma.on("clickNode", ({ node }) => options.onClickNode(node));
  // Sigma turns any second click within its double-click delay into a double click, even on
  // another node: treat it as the click it also is (selecting is idempotent), then let it zoom.
  sigma.on("doubleClickNode", ({ node }) => options.onClickNode(node));
  sigma.on("clickStage", () => options.onClickStage());

  // ── camera ⇄ store ──
  const camera = sigma.getCamera();
  const readCamera = (): CameraState => {
    const { x, y, ratio, angle } = camera.getState();
    return { x, y, ratio, angle };
  };
  const onCameraUpdated = () => {
    const state = readCamera();
    const pastThreshold = (state.ratio <= PAPER_LABEL_ZOOM_RATIO) !== (frame.cameraRatio <= PAPER_LABEL_ZOOM_RATIO);
    frame.cameraRatio = state.ratio;
    if (pastThreshold) sigma.refresh({ schedule: true });
    if (!sameCamera(store.get().camera, state)) store.update({ camera: state });
    scheduleLabelPlacement();
  };

  // ── always-on labels: choose sides once the camera settles ──
  let placementTimer: ReturnType<typeof setTimeout> | undefined;
  const placeForcedLabels = () => {
    placementTimer = undefined;
    const candidates: LabelCandidate[] = [];
    const obstacles: Disc[] = [];
    graph.forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.visibility === "hidden") return;
      const look = looks.get(node);
      if (look?.satellite && data.labelVisibility !== "visible") return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      obstacles.push({ node, x, y, radius });
      if (data.labelVisibility !== "visible" || !data.label) return;
      const fontSize = data.labelSize ?? 13;
      const bold = /^[67]00 /.test(data.labelFont ?? "");
      candidates.push({
        node,
        x,
        y,
        radius,
        width: estimateLabelWidth(data.label, fontSize, bold),
        height: fontSize * 1.25 + 4,
        priority: (node === focal ? 1000 : 0) + data.zIndex * 10 + data.size,
      });
    });
    const next = placeLabels(candidates, obstacles, sigma.getDimensions());
    const changed = next.size !== labelSides.size || [...next].some(([node, side]) => labelSides.get(node) !== side);
    const moved = changed ? graph.filterNodes((node) => labelSides.get(node) !== next.get(node)) : [];
    labelSides = next;
    // Only the nodes whose label changed side are restyled (a full refresh restyles thousands).
    if (moved.length > 0) sigma.refresh({ partialGraph: { nodes: moved }, skipIndexation: true, schedule: true });
  };
  const scheduleLabelPlacement = () => {
    if (placementTimer !== undefined) clearTimeout(placementTimer);
    placementTimer = setTimeout(placeForcedLabels, 120);
  };
  camera.on("updated", onCameraUpdated);

  const applyStoreCamera = (target: CameraState | undefined) => {
    if (!target || sameCamera(target, readCamera())) return;
    camera.setState(target);
  };

  // ── store → drawing ──
  const dimOnHover = graph.order <= DIM_ON_HOVER_MAX_NODES;
  /** `hoverOnly`: only the hovered node changed, so only the nodes around the old and new one need restyling. */
  const redraw = (hoverOnly = false) => {
    const state = store.get();
    const previous = frame.emphasis;
    frame.emphasis = computeEmphasis(graph, state.selection, state.hoveredNode, { dimOnHover });
    const changed = hoverOnly ? changedItems(previous, frame.emphasis) : undefined;
    // skipIndexation: restyle these items in place; no re-sorting or re-processing of the whole graph.
    if (changed) sigma.refresh({ partialGraph: changed, skipIndexation: true, schedule: true });
    else sigma.refresh({ schedule: true });
    scheduleLabelPlacement();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const exploreChanged = explore.update(state);
    const collabChanged = collab.update(state);
    const hoverOnly = state.selection === previous.selection && !exploreChanged && !collabChanged;
    if (state.selection !== previous.selection || state.hoveredNode !== previous.hoveredNode || exploreChanged || collabChanged) redraw(hoverOnly);
    if (state.camera !== previous.camera) applyStoreCamera(state.camera);
  });
  const unsubscribeTheme = store.subscribe((state, previous) => {
    if (state.theme === previous.theme) return;
    theme = viewTheme(state.theme);
    sigma.refresh({ schedule: true });
    scheduleLabelPlacement();
  });
  frame.cameraRatio = readCamera().ratio;
  explore.update(store.get());
  collab.update(store.get());
  applyStoreCamera(store.get().camera);
  redraw();
  // The first frame is the final one, whenever it is captured: draw now and place the always-on
  // labels now instead of after the settle timer (talks: same picture on every load).
  sigma.refresh();
  placeForcedLabels();

  const framedPosition = (node: string): Point | undefined => {
    if (!graph.hasNode(node)) return undefined;
    const { x, y } = graph.getNodeAttributes(node);
    if (typeof x !== "number" || typeof y !== "number") return undefined;
    return sigma.graphToFramedGraph({ x, y });
  };

  return {
    sigma,
    frameNodes(nodes, withNeighbours = true, instant = false) {
      const keys = new Set(nodes.filter((node) => graph.hasNode(node)));
      if (withNeighbours) for (const node of [...keys]) graph.forEachNeighbor(node, (neighbour) => keys.add(neighbour));
      const points = [...keys].map(framedPosition).filter((point): point is Point => point !== undefined);
      const target = framePoints(points, readCamera());
      if (!target) return;
      if (instant || options.reducedMotion()) camera.setState(target);
      else void camera.animate(target, { duration: CAMERA_DURATION_MS, easing: "quadraticInOut" });
    },
    nodeViewportPosition(node) {
      if (!graph.hasNode(node)) return undefined;
      const { x, y } = graph.getNodeAttributes(node);
      if (typeof x !== "number" || typeof y !== "number") return undefined;
      return sigma.graphToViewport({ x, y });
    },
    kill() {
      unsubscribe();
      unsubscribeTheme();
      resizeObserver?.disconnect();
      if (placementTimer !== undefined) clearTimeout(placementTimer);
      camera.off("updated", onCameraUpdated);
      sigma.kill();
    },
  };
}

export type { Emphasis };
