import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { XMLParser } from "fast-xml-parser";
import { renderGexf } from "../../../src/export/gexf.ts";
import { defaultAtlas } from "./fixture.ts";

describe("renderGexf", () => {
  const atlas = defaultAtlas();
  const gexf = renderGexf(atlas);

  it("writes every node and edge of the default dataset (470 nodes, 493 edges)", () => {
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(gexf.match(/<node /g)).toHaveLength(470);
    expect(gexf.match(/<edge /g)).toHaveLength(493);
  });

  it("round-trips through graphology-gexf's parser with the same counts and exact positions", () => {
    const graph = parse(Graph, gexf);
    expect(graph.order).toBe(470);
    expect(graph.size).toBe(493);
    const positions = atlas.layout!.positions;
    let checked = 0;
    graph.forEachNode((node, attributes) => {
      expect(attributes.x).toBe(positions[node][0]);
      expect(attributes.y).toBe(positions[node][1]);
      checked++;
    });
    expect(checked).toBe(470);
  });

  it("keeps the view's look and the node attributes", () => {
    const graph = parse(Graph, gexf);
    const focal = graph.getNodeAttributes("a:vinay-venkatesh-ramasesh");
    expect(focal.label).toBe("Vinay Venkatesh Ramasesh");
    expect(focal.kind).toBe("author");
    expect(focal.name).toBe("Vinay Venkatesh Ramasesh");
    expect(focal.papers).toBe(8);
    expect(focal.focal).toBe(true);
    // Okabe–Ito vermillion #D55E00, the view's focal colour; size = authorSize(8) + 4.
    expect(focal.color).toBe("rgb(213,94,0)");
    expect(focal.size).toBe(14.1);
    const bigBench = graph.getNodeAttributes("p:arxiv:2206.04615");
    expect(bigBench.kind).toBe("paper");
    expect(bigBench.title).toMatch(/^Beyond the Imitation Game/);
    expect(bigBench.year).toBe(2023);
    expect(bigBench.authors).toBe(450);
    expect(bigBench.hyperauthored).toBe(true);
    expect(bigBench.color).toBe("rgb(230,159,0)");
    const edge = graph.edge("a:vinay-venkatesh-ramasesh", "p:doi:10.21105/joss.02403")!;
    expect(graph.getEdgeAttributes(edge).kind).toBe("authorship");
    expect(typeof graph.getEdgeAttributes(edge).position).toBe("number");
  });

  it("writes shapes and is well-formed XML with a viz namespace", () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(gexf);
    expect(parsed.gexf["@_version"]).toBe("1.2");
    expect(parsed.gexf["@_xmlns"]).toBe("http://www.gexf.net/1.2draft");
    expect(parsed.gexf["@_xmlns:viz"]).toBe("http://www.gexf.net/1.2draft/viz");
    expect(gexf).toContain('<viz:shape value="square"/>');
    expect(gexf).toContain('<viz:shape value="disc"/>');
    expect(gexf).not.toMatch(/lastmodifieddate/);
  });

  it("is deterministic", () => {
    expect(renderGexf(atlas)).toBe(gexf);
  });

  it("keeps hostile names as text and drops characters XML cannot carry", () => {
    const hostile = structuredClone(atlas);
    hostile.people[0].name = `<script>alert("x")</script> & 'Bob'\u0001`;
    const text = renderGexf(hostile);
    const graph = parse(Graph, text);
    expect(graph.getNodeAttribute(`a:${hostile.people[0].id}`, "label")).toBe(`<script>alert("x")</script> & 'Bob'`);
    expect(text).not.toContain("<script>");
  });
});
