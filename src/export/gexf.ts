/**
 * The whole graph as GEXF (Gephi's format): every author and paper node with `viz:position`,
 * `viz:color`, `viz:size` and `viz:shape` as the view draws it, node attributes (kind, name or
 * title, year, counts) and the authorship edges with the author's position. Written by
 * graphology-gexf's string writer, so it runs the same in Node and the browser.
 */
import write from "graphology-gexf/common/writer.js";
import Graph from "graphology";
import type { AtlasFile } from "../model/types.ts";
import { CREATED_WITH } from "../dataset/build.ts";
import { edgeData, nodeData } from "./node-data.ts";
import { toGraphSource, type GraphSourceInput } from "./source.ts";
import { xmlSafe } from "./xml.ts";

export const GEXF_VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

export function renderGexf(input: AtlasFile | GraphSourceInput): string {
  const source = toGraphSource(input);
  // A plain graph carrying exactly what the file should hold, in the source graph's order.
  const out = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  out.replaceAttributes({ creator: CREATED_WITH, description: xmlSafe(source.title) });
  source.graph.forEachNode((node) => {
    const data = nodeData(source, node);
    const attributes: Record<string, unknown> = { kind: data.kind };
    if (data.kind === "author") attributes.name = xmlSafe(data.label);
    else attributes.title = xmlSafe(data.label);
    for (const key of ["year", "papers", "authors", "hyperauthored", "focal", "satellite"] as const) {
      if (data[key] !== undefined) attributes[key] = data[key];
    }
    out.addNode(node, {
      label: xmlSafe(data.label),
      attributes,
      viz: { x: data.x, y: data.y, size: data.size, color: data.color, shape: data.shape === "square" ? "square" : "disc" },
    });
  });
  source.graph.forEachEdge((edge) => {
    const data = edgeData(source, edge);
    out.addUndirectedEdgeWithKey(edge, data.source, data.target, { attributes: { kind: data.kind, position: data.position } });
  });
  const gexf = write(out, {
    version: "1.2",
    pretty: true,
    // Nodes and edges were prepared above in the writer's own formatted shape.
    formatNode: (_key, attributes) => attributes,
    formatEdge: (_key, attributes) => attributes,
  });
  // graphology-gexf writes the 1.2 viz namespace as `http:///www.gexf.net/1.1draft/viz` (three slashes):
  // readers that match namespaces (NetworkX) then miss every position. Gephi's own 1.2 files use this one.
  const fixed = gexf.replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', `xmlns:viz="${GEXF_VIZ_NAMESPACE}"`);
  // Node keys come from data too: drop any character XML cannot carry, wherever it is.
  return xmlSafe(fixed);
}
