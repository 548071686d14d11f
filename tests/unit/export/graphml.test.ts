import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { renderGraphml } from "../../../src/export/graphml.ts";
import { defaultAtlas } from "./fixture.ts";

interface DataValue {
  "@_key": string;
  "#text": string | number | boolean;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["node", "edge", "data", "key"].includes(name), parseTagValue: false });

function dataOf(element: { data: DataValue[] }): Record<string, string> {
  return Object.fromEntries(element.data.map((entry) => [entry["@_key"], String(entry["#text"])]));
}

describe("renderGraphml", () => {
  const atlas = defaultAtlas();
  const text = renderGraphml(atlas);
  const parsed = parser.parse(text);
  const graph = parsed.graphml.graph;

  it("declares the keys Gephi and yEd read (x, y, size, r, g, b, label, kind)", () => {
    const keys = parsed.graphml.key.map((key: Record<string, string>) => `${key["@_for"]}:${key["@_attr.name"]}:${key["@_attr.type"]}`);
    for (const wanted of ["node:x:double", "node:y:double", "node:size:double", "node:r:int", "node:g:int", "node:b:int", "node:label:string", "node:kind:string", "edge:kind:string", "edge:position:int"]) {
      expect(keys).toContain(wanted);
    }
  });

  it("writes 470 nodes and 493 undirected edges with the stored positions", () => {
    expect(graph["@_edgedefault"]).toBe("undirected");
    expect(graph.node).toHaveLength(470);
    expect(graph.edge).toHaveLength(493);
    const positions = atlas.layout!.positions;
    for (const node of graph.node) {
      const data = dataOf(node);
      expect(Number(data.x)).toBe(positions[node["@_id"]][0]);
      expect(Number(data.y)).toBe(positions[node["@_id"]][1]);
    }
    const ids = new Set(graph.node.map((node: Record<string, string>) => node["@_id"]));
    for (const edge of graph.edge) {
      expect(ids.has(edge["@_source"])).toBe(true);
      expect(ids.has(edge["@_target"])).toBe(true);
    }
  });

  it("carries the focal researcher's look and counts", () => {
    const focal = graph.node.find((node: Record<string, string>) => node["@_id"] === "a:vinay-venkatesh-ramasesh");
    expect(dataOf(focal)).toMatchObject({ label: "Vinay Venkatesh Ramasesh", kind: "author", r: "213", g: "94", b: "0", size: "14.1", papers: "8", focal: "true" });
    const papers = graph.node.filter((node: { data: DataValue[] }) => dataOf(node).kind === "paper");
    expect(papers).toHaveLength(8);
    expect(graph.desc).toBe("Coauthors of Vinay Venkatesh Ramasesh");
  });

  it("escapes hostile text so it stays data", () => {
    const hostile = structuredClone(atlas);
    hostile.papers[0].title = `</data></node><node id="x"> & "quotes" \u0007`;
    const out = parser.parse(renderGraphml(hostile)).graphml.graph;
    expect(out.node).toHaveLength(470);
    const paper = out.node.find((node: Record<string, string>) => node["@_id"] === `p:${hostile.papers[0].id}`);
    expect(dataOf(paper).label).toBe(`</data></node><node id="x"> & "quotes"`);
  });
});
