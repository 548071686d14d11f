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
import { movingSettings, renderInsteadOfRefreshAfterDrag } from "./moving.ts";
import type { AtlasGraph } from "../graph/build.ts";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { CameraState, Selection, Store } from "../app/state.ts";
import { changedItems, DIM_ON_HOVER_MAX_NODES, DIM_ON_SELECT_MAX_NODES, NO_EMPHASIS, selectionEmphasis, withHover, type Emphasis, type EmphasisOptions } from "./emphasis.ts";
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
    settings: { ...ATLAS_SIGMA_SETTINGS, ...movingSettings(graph.size) },
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
/** How far off screen a node can be and still matter to label placement: about a long label. */
const LABEL_REACH = 320;
/** Above this many nodes on screen, label placement stops trying to keep labels off nodes. */
const DENSE_SCREEN_NODES = 20_000;
/** Larger than any node's radius on screen at the zoom limits, for the off-screen test. */
const MAX_NODE_RADIUS = 80;

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

  // What the reducers last gave sigma, kept for label placement so it need not read sigma's
  // display data for every node (a copy per call): forced labels, hidden nodes, sizes that differ
  // from the base look. Updated wherever sigma restyles a node, so always what is drawn.
  const forcedLabels = new Set<string>();
  const hiddenNodes = new Set<string>();
  const drawnSizes = new Map<string, number>();
  const recordDrawn = (node: string, look: NodeLook, display: Partial<NodeDisplayData>) => {
    if (display.visibility === "hidden") hiddenNodes.add(node);
    else hiddenNodes.delete(node);
    if (display.labelVisibility === "visible" && display.label) forcedLabels.add(node);
    else forcedLabels.delete(node);
    if (display.size !== undefined && display.size !== look.size) drawnSizes.set(node, display.size);
    else drawnSizes.delete(node);
  };

  const sigma = createSigma(graph, container, {
    node: (node) => {
      const look = looks.get(node);
      if (!look) return {};
      const display = nodeDisplay(explore.look(node, look), node, frame, node === focal);
      const side = labelSides.get(node);
      if (side) display.labelPosition = side;
      const drawn = themeNode(collab.node(node, explore.node(node, display)), theme, node === store.get().hoveredNode);
      recordDrawn(node, look, drawn);
      return drawn;
    },
    edge: (edge) => themeEdge(collab.edge(edge, explore.edge(edge, edgeDisplay(edge, satelliteEdges.has(edge), frame))), theme),
  });

  const thinWhileMoving = movingSettings(graph.size).hideEdgesOnMove;
  if (thinWhileMoving) renderInsteadOfRefreshAfterDrag(sigma.getMouseCaptor(), () => sigma.scheduleRender());

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
    // The camera rests: draw the edges and labels left out while it moved.
    if (thinWhileMoving) sigma.scheduleRender();
    const candidates: LabelCandidate[] = [];
    const obstacles: Disc[] = [];
    const { width, height } = sigma.getDimensions();
    const reach = LABEL_REACH + MAX_NODE_RADIUS;
    graph.forEachNode((node, attributes) => {
      const look = looks.get(node);
      if (!look || hiddenNodes.has(node)) return;
      const forced = forcedLabels.has(node);
      if (look.satellite && !forced) return;
      // Off screen (with a label's length to spare) a node covers no label that can be read.
      const { x, y } = sigma.graphToViewport({ x: attributes.x ?? 0, y: attributes.y ?? 0 });
      if (x < -reach || y < -reach || x > width + reach || y > height + reach) return;
      const radius = sigma.scaleSize(drawnSizes.get(node) ?? look.size);
      obstacles.push({ node, x, y, radius });
      if (!forced) return;
      // Few nodes carry a forced label: only those are read back from sigma.
      const data = sigma.getNodeDisplayData(node);
      if (!data?.label) return;
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
    // So many nodes on screen that every side of a label covers some: then labels only avoid each
    // other and the screen's edge (and the pass skips indexing every node).
    const next = placeLabels(candidates, obstacles.length > DENSE_SCREEN_NODES ? [] : obstacles, { width, height });
    // Only the nodes whose label changed side are restyled (a full refresh restyles thousands).
    const moved: string[] = [];
    for (const [node, side] of next) if (labelSides.get(node) !== side) moved.push(node);
    for (const node of labelSides.keys()) if (!next.has(node)) moved.push(node);
    labelSides = next;
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
  const emphasisOptions: EmphasisOptions = { dimOnHover: graph.order <= DIM_ON_HOVER_MAX_NODES, dimOnSelect: graph.order <= DIM_ON_SELECT_MAX_NODES };
  // The selection's emphasis is kept and reused by every hover (it can span thousands of coauthors).
  let selectionBase: { selection: Selection; emphasis: Emphasis } | undefined;
  /**
   * `local`: only the selection or the hover changed, so only the nodes and edges whose role
   * changed are restyled (sigma's partial refresh); otherwise (explore/collab settings) all of them.
   */
  const redraw = (local = false) => {
    const state = store.get();
    const previous = frame.emphasis;
    if (selectionBase?.selection !== state.selection) selectionBase = { selection: state.selection, emphasis: selectionEmphasis(graph, state.selection, emphasisOptions) };
    frame.emphasis = withHover(graph, selectionBase.emphasis, state.hoveredNode, emphasisOptions);
    const changed = local ? changedItems(previous, frame.emphasis) : undefined;
    // skipIndexation: restyle these items in place; no re-sorting or re-processing of the whole graph.
    if (changed) {
      if (changed.nodes.length > 0 || changed.edges.length > 0) sigma.refresh({ partialGraph: changed, skipIndexation: true, schedule: true });
    } else sigma.refresh({ schedule: true });
    // A hover adds no always-on label: the placement stays (it scans every node on screen).
    if (!local || state.selection !== previousSelection) scheduleLabelPlacement();
    previousSelection = state.selection;
  };
  let previousSelection: Selection = store.get().selection;
  const unsubscribe = store.subscribe((state, previous) => {
    const exploreChanged = explore.update(state);
    const collabChanged = collab.update(state);
    const local = !exploreChanged && !collabChanged;
    if (state.selection !== previous.selection || state.hoveredNode !== previous.hoveredNode || exploreChanged || collabChanged) redraw(local);
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
