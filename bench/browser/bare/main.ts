/**
 * The baseline page of the first-frame benchmark: the least work that draws a dataset file.
 * Fetch the atlas file, build a graphology graph with the same nodes and edges as the app's
 * author–paper graph (`a:<personId>`, `p:<paperId>`, one edge per authorship) at the stored
 * positions, and hand it to Sigma with its default settings (sizes in screen pixels, see below).
 * No styling, labels, panels or reducers.
 *
 * `?data=<relative path>` picks the file (default: the app's `data/default.atlas.json`, next door).
 * `document.body.dataset.bareState` becomes ready | error.
 */
import Graph from "graphology";
import Sigma from "sigma";

interface BareAtlas {
  people: { id: string; paperIds: string[] }[];
  papers: { id: string }[];
  layout?: { positions: Record<string, [number, number]> };
}

async function main(): Promise<void> {
  const dataPath = new URLSearchParams(location.search).get("data") ?? "../data/default.atlas.json";
  const response = await fetch(new URL(dataPath, location.href));
  const atlas = (await response.json()) as BareAtlas;
  const positions = atlas.layout?.positions ?? {};
  const graph = new Graph({ type: "undirected" });
  const place = (key: string) => {
    const [x, y] = positions[key] ?? [0, 0];
    graph.addNode(key, { x, y });
  };
  for (const person of atlas.people) place("a:" + person.id);
  for (const paper of atlas.papers) place("p:" + paper.id);
  for (const person of atlas.people) {
    const author = "a:" + person.id;
    for (const paperId of person.paperIds) {
      const paper = "p:" + paperId;
      if (graph.hasNode(paper) && !graph.hasEdge(author, paper)) graph.addEdge(author, paper);
    }
  }
  const container = document.getElementById("graph");
  if (!container) throw new Error("#graph is missing");
  // Sigma's defaults, but one: sizes in screen pixels. Sigma 4 measures sizes in graph units by
  // default, and a stored layout spans a few units, so every default-sized node (10) covers the
  // whole canvas: a grey screen that costs SwiftShader seconds of fill. The app sets the same.
  const sigma = new Sigma(graph, container, { settings: { itemSizesReference: "screen" } });
  // What the benchmark drives (the app's `window.__atlas` offers the same two calls).
  let hovered: string | undefined;
  sigma.on("enterNode", ({ node }) => (hovered = node));
  sigma.on("leaveNode", () => (hovered = undefined));
  Object.assign(window, {
    __bare: {
      sigma,
      nodes: graph.order,
      edges: graph.size,
      hoveredNode: () => hovered,
      nodeViewportPosition: (node: string) => (graph.hasNode(node) ? sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number }) : undefined),
    },
  });
  document.body.dataset.bareState = "ready";
}

main().catch((error: unknown) => {
  document.body.dataset.bareState = "error";
  document.body.dataset.bareError = error instanceof Error ? error.message : String(error);
});
