import { readFileSync } from "node:fs";
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { parseGexf, parseGml, parseGraphml } from "../../../src/import/graph-files.ts";

const large = (name: string) => readFileSync(`../shared/corpus/large/${name}`, "utf8");

describe("parseGml on Newman's coauthorship networks", () => {
  it("reads netscience: 1,589 authors, 2,742 weighted links, no papers", () => {
    const result = parseGml(large("newman-netscience.gml"), "newman-netscience.gml");
    expect(result.format).toBe("gml");
    expect(result.records).toEqual([]);
    expect(result.skipped).toBe(0);
    expect(result.coauthorNetwork!.people.length).toBe(1589);
    expect(result.coauthorNetwork!.links.length).toBe(2742);
    expect(result.coauthorNetwork!.people[0]).toEqual({ id: "0", name: "OELTERMANN, A" });
    expect(result.coauthorNetwork!.links[0]).toEqual({ source: "0", target: "1131", weight: 0.25 });
    expect(result.diagnostics).toEqual([
      { file: "newman-netscience.gml", where: "file", level: "info", message: "author–author network: no papers (1589 people, 2742 links)." },
    ]);
  });

  it("reads hep-th (1.4 MB, `key\\n[` layout, `weight`): 8,361 authors, 15,751 links, quickly", () => {
    const start = performance.now();
    const result = parseGml(large("newman-hep-th.gml"), "newman-hep-th.gml");
    const elapsed = performance.now() - start;
    expect(result.coauthorNetwork!.people.length).toBe(8361);
    expect(result.coauthorNetwork!.links.length).toBe(15751);
    expect(result.coauthorNetwork!.people[1]).toEqual({ id: "1", name: "ANDRADE, MAD" });
    expect(result.coauthorNetwork!.links[0]).toEqual({ source: "2", target: "1", weight: 2.45 });
    expect(elapsed).toBeLessThan(3000);
  });

  it("is tolerant: comments, entities, positions, merged duplicates, bad links", () => {
    const gml = `# exported by hand
      Creator "me"
      graph [ directed 0
        node [ id 1 label "M&uuml;ller, J" graphics [ x 1.5 y -2 ] ]
        node [ id 2 label "Doe, A" ]
        node [ id 3 ]
        edge [ source 1 target 2 value 2 ]
        edge [ source 2 target 1 value 0.5 ]
        edge [ source 1 target 9 ]
        edge [ source 3 target 3 ]
        edge [ source 3 target 1 value -4 ]
      ]`;
    const result = parseGml(gml, "t.gml");
    expect(result.coauthorNetwork).toEqual({
      people: [
        { id: "1", name: "Müller, J", x: 1.5, y: -2 },
        { id: "2", name: "Doe, A" },
        { id: "3", name: "3" },
      ],
      links: [
        { source: "1", target: "2", weight: 2.5 },
        { source: "3", target: "1", weight: 1 },
      ],
    });
    expect(result.diagnostics.map((d) => `${d.level} ${d.where} ${d.message}`)).toEqual([
      "warning line 9 Link to an unknown node (1 – 9): ignored.",
      "info file 1 self-loop ignored.",
      "info file 1 repeated link merged (weights added).",
      "info file author–author network: no papers (3 people, 2 links).",
    ]);
  });

  it("never throws on garbage or unbalanced brackets", () => {
    expect(parseGml("]]] [[[ \"unterminated", "g.gml").diagnostics.some((d) => d.level === "error")).toBe(true);
    const open = parseGml('graph [ node [ id 0 label "A" ]', "o.gml");
    expect(open.coauthorNetwork!.people.length).toBe(1);
    expect(open.diagnostics[0].message).toBe("1 unclosed `[`: read to the end of the file.");
  });
});

describe("parseGexf", () => {
  it("reads a GEXF written by graphology-gexf, with positions and weights", () => {
    const graph = new Graph({ type: "undirected" });
    graph.addNode("a", { label: "Ada Lovelace", x: 1, y: 2 });
    graph.addNode("b", { label: "Charles Babbage", x: -1, y: 0.5 });
    graph.addNode("c", { label: "Mary Somerville" });
    graph.addEdge("a", "b", { weight: 3 });
    graph.addEdge("a", "c");
    const result = parseGexf(writeGexf(graph), "g.gexf");
    expect(result.format).toBe("gexf");
    expect(result.coauthorNetwork!.people).toEqual([
      { id: "a", name: "Ada Lovelace", x: 1, y: 2 },
      { id: "b", name: "Charles Babbage", x: -1, y: 0.5 },
      { id: "c", name: "Mary Somerville" },
    ]);
    expect(result.coauthorNetwork!.links).toEqual([
      { source: "a", target: "b", weight: 3 },
      { source: "a", target: "c", weight: 1 },
    ]);
  });

  it("reports a non-GEXF XML without throwing", () => {
    expect(parseGexf("<nothing/>", "n.gexf").diagnostics[0].level).toBe("error");
    expect(parseGexf("<gexf><graph><nodes><node id='x' label='&lt;b&gt;'/></nodes></graph>", "b.gexf").coauthorNetwork?.people).toEqual([{ id: "x", name: "<b>" }]);
  });
});

describe("parseGraphml", () => {
  it("reads NetworkX-style GraphML with keyed label and weight data", () => {
    const graphml = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="n0"><data key="d0">Grace Hopper</data></node>
    <node id="n1"><data key="d0">Jean Sammet</data></node>
    <node id="n2"/>
    <edge source="n0" target="n1"><data key="d1">4.0</data></edge>
    <edge source="n1" target="n2"/>
  </graph>
</graphml>`;
    const result = parseGraphml(graphml, "g.graphml");
    expect(result.format).toBe("graphml");
    expect(result.coauthorNetwork).toEqual({
      people: [
        { id: "n0", name: "Grace Hopper" },
        { id: "n1", name: "Jean Sammet" },
        { id: "n2", name: "n2" },
      ],
      links: [
        { source: "n0", target: "n1", weight: 4 },
        { source: "n1", target: "n2", weight: 1 },
      ],
    });
    expect(result.records).toEqual([]);
  });
});
