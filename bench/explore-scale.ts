/**
 * What a hover and a click cost the main thread in JavaScript, at scale, without a browser:
 * the view's own work per event (emphasis, the diff of what changed, the reducers for those
 * items) and the always-on label placement when the camera rests. Sigma's drawing is not in it
 * (in headless Chromium it is SwiftShader's: see tests/browser/scale-explore.test.ts).
 *
 * CLI: `node bin/run-ts.mjs bench/explore-scale.ts [--records 5500] [--seed 1] [--atlas built.atlas.json]`
 * (5,500 records ≈ 10k nodes; 55,000 ≈ 100k nodes, which takes minutes to build).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateBibtex } from "./generate.ts";
import { buildAtlas } from "../src/dataset/build.ts";
import { atlasToCollection } from "../src/dataset/read.ts";
import { buildGraph, type AtlasGraph } from "../src/graph/build.ts";
import { satelliteNodes } from "../src/layout/satellites.ts";
import { computeLooks, focalNodeOf } from "../src/view/style.ts";
import { edgeDisplay, nodeDisplay } from "../src/view/reducers.ts";
import { changedItems, DIM_ON_HOVER_MAX_NODES, DIM_ON_SELECT_MAX_NODES, selectionEmphasis, withHover, type Emphasis } from "../src/view/emphasis.ts";
import { estimateLabelWidth, placeLabels, type Disc, type LabelCandidate } from "../src/view/label-placement.ts";
import type { Selection } from "../src/app/state.ts";
import type { AtlasFile } from "../src/model/types.ts";

export interface ExploreCost {
  nodes: number;
  edges: number;
  /** CPU ms per hover (enter), no selection / with the busiest author selected. */
  hoverMs: number;
  hoverWithSelectionMs: number;
  /** CPU ms for selecting the busiest author (restyle + label placement). */
  selectMs: number;
  /** Items sigma restyles for that click (a full restyle is nodes + edges). */
  selectRestyled: number;
  /** CPU ms of one label placement at rest, every node on a 1280×800 screen. */
  placementMs: number;
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Positions on a square screen: seeded random, enough for placement costs (labels see every node). */
function screenPositions(graph: AtlasGraph, seed: number): Map<string, { x: number; y: number }> {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return new Map(graph.nodes().map((node) => [node, { x: random() * 1280, y: random() * 800 }]));
}

export function measureExploreCost(graph: AtlasGraph, hovers = 20): ExploreCost {
  const satellites = satelliteNodes(graph);
  const looks = computeLooks(graph, { satellites });
  const focal = focalNodeOf(graph);
  const satelliteEdges = new Set(graph.filterEdges((_edge, _attributes, source, target) => satellites.has(source) || satellites.has(target)));
  const options = { dimOnHover: graph.order <= DIM_ON_HOVER_MAX_NODES, dimOnSelect: graph.order <= DIM_ON_SELECT_MAX_NODES };
  const screen = screenPositions(graph, 7);
  const restyle = (previous: Emphasis, next: Emphasis): number => {
    const frame = { emphasis: next, cameraRatio: 1 };
    const changed = changedItems(previous, next);
    const nodes = changed ? changed.nodes : graph.nodes();
    const edges = changed ? changed.edges : graph.edges();
    for (const node of nodes) nodeDisplay(looks.get(node)!, node, frame, node === focal);
    for (const edge of edges) edgeDisplay(edge, satelliteEdges.has(edge), frame);
    return nodes.length + edges.length;
  };
  /** What the view's node reducer keeps as it styles (forced labels, sizes off the base look); not part of placement's cost. */
  const drawnState = (emphasis: Emphasis) => {
    const frame = { emphasis, cameraRatio: 1 };
    const forced = new Set<string>();
    const sizes = new Map<string, number>();
    graph.forEachNode((node) => {
      const look = looks.get(node)!;
      const display = nodeDisplay(look, node, frame, node === focal);
      if (display.labelVisibility === "visible" && display.label) forced.add(node);
      if (display.size !== look.size) sizes.set(node, display.size!);
    });
    return { forced, sizes, frame };
  };
  /** As view/graph-view.ts places labels when the camera rests (every node on screen here). */
  const place = ({ forced, sizes, frame }: ReturnType<typeof drawnState>) => {
    const candidates: LabelCandidate[] = [];
    const obstacles: Disc[] = [];
    graph.forEachNode((node) => {
      const look = looks.get(node)!;
      const isForced = forced.has(node);
      if (look.satellite && !isForced) return;
      const { x, y } = screen.get(node)!;
      const radius = sizes.get(node) ?? look.size;
      obstacles.push({ node, x, y, radius });
      if (!isForced) return;
      const display = nodeDisplay(look, node, frame, node === focal);
      candidates.push({ node, x, y, radius, width: estimateLabelWidth(display.label!, 13, false), height: 20, priority: display.zIndex! * 10 + display.size! });
    });
    placeLabels(candidates, obstacles.length > 20_000 ? [] : obstacles, { width: 1280, height: 800 });
  };

  const authors = graph.filterNodes((_node, attributes) => attributes.kind === "author");
  const busiest = authors.reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
  const hovered = Array.from({ length: hovers }, (_, i) => authors[(i * 7919) % authors.length]);
  const perHover = (selection: Selection) => {
    const base = selectionEmphasis(graph, selection, options);
    let previous = withHover(graph, base, undefined, options);
    return (
      cpuMs(() => {
        for (const node of hovered) {
          const next = withHover(graph, base, node, options);
          restyle(previous, next);
          previous = next;
        }
      }) / hovers
    );
  };
  const person: Selection = { kind: "person", personId: busiest.slice("a:".length) };
  let selectRestyled = 0;
  const selected = selectionEmphasis(graph, person, options);
  const selectedState = drawnState(selected);
  const selectMs = cpuMs(() => {
    selectRestyled = restyle(selectionEmphasis(graph, { kind: "none" }, options), selected);
    place(selectedState);
  });
  const restState = drawnState(selectionEmphasis(graph, { kind: "none" }, options));
  const placementMs = cpuMs(() => place(restState));
  return {
    nodes: graph.order,
    edges: graph.size,
    hoverMs: perHover({ kind: "none" }),
    hoverWithSelectionMs: perHover(person),
    selectMs,
    selectRestyled,
    placementMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const value = (flag: string, fallback: number) => {
    const index = process.argv.indexOf(flag);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const records = value("--records", 5500);
  const atlasIndex = process.argv.indexOf("--atlas");
  const atlas = atlasIndex >= 0 ? (JSON.parse(readFileSync(process.argv[atlasIndex + 1], "utf8")) as AtlasFile) : buildAtlas([{ name: "generated.bib", text: generateBibtex({ records, seed: value("--seed", 1) }) }], { layout: false });
  const cost = measureExploreCost(buildGraph(atlasToCollection(atlas)));
  const f = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0);
  console.log(`${cost.nodes.toLocaleString("en")} nodes, ${cost.edges.toLocaleString("en")} edges (CPU ms, JavaScript of the view only)`);
  console.log(`hover: ${f(cost.hoverMs)} · hover with the busiest author selected: ${f(cost.hoverWithSelectionMs)}`);
  console.log(`select the busiest author: ${f(cost.selectMs)} (${cost.selectRestyled.toLocaleString("en")} items restyled, labels placed)`);
  console.log(`label placement at rest: ${f(cost.placementMs)}`);
}
