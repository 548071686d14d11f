/** Author–author graph files through identity, graph and the panels' pure model. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../../src/import/index.ts";
import { collect } from "../../../src/identity/index.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { coauthorsOf } from "../../../src/graph/queries.ts";
import { networkCoauthors } from "../../../src/panels/network-panel.ts";
import { statusText } from "../../../src/app/status.ts";
import { buildAtlas } from "../../../src/dataset/build.ts";

const GML = `graph [
  node [ id 10 label "Ann Lee" ]
  node [ id 11 label "Bo Chen" ]
  node [ id 12 label "Ann Lee" ]
  edge [ source 10 target 11 value 2.5 ]
  edge [ source 11 target 12 value 1 ]
]`;

describe("a coauthor network", () => {
  const collection = collect(importFiles([{ name: "net.gml", text: GML }]));

  it("its people become people with readable ids (same name, two nodes: two people), the links use those ids", () => {
    expect(collection.people.map((person) => [person.id, person.name, person.paperIds.length])).toEqual([
      ["ann-lee", "Ann Lee", 0],
      ["bo-chen", "Bo Chen", 0],
      ["ann-lee-2", "Ann Lee", 0],
    ]);
    expect(collection.coauthorNetwork?.links).toEqual([
      { source: "ann-lee", target: "bo-chen", weight: 2.5 },
      { source: "bo-chen", target: "ann-lee-2", weight: 1 },
    ]);
    expect(collection.papers).toEqual([]);
  });

  it("the graph links people directly; papers stay 0 and no shared-paper coauthors are invented", () => {
    const graph = buildGraph(collection);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes("a:ann-lee|a:bo-chen")).toEqual({ kind: "coauthor", position: -1, weight: 2.5 });
    expect((graph.getNodeAttributes("a:bo-chen") as { papers?: number }).papers).toBe(0);
    expect(coauthorsOf(graph, "bo-chen")).toEqual([]);
    expect(networkCoauthors({ graph }, "bo-chen")).toEqual([
      { personId: "ann-lee", name: "Ann Lee", weight: 2.5 },
      { personId: "ann-lee-2", name: "Ann Lee", weight: 1 },
    ]);
  });

  it("the status line says what it is", () => {
    expect(statusText({ papers: [], people: collection.people, coauthorNetwork: collection.coauthorNetwork })).toBe(
      "3 people · 2 links · Author–author network: no papers",
    );
  });

  it("netscience: 1,589 people and 2,742 links in the dataset file (the browser test lays it out)", () => {
    const atlas = buildAtlas([{ name: "newman-netscience.gml", text: readFileSync("../shared/corpus/large/newman-netscience.gml", "utf8") }]);
    expect(atlas.people).toHaveLength(1589);
    expect(atlas.coauthorNetwork?.links).toHaveLength(2742);
    expect(buildGraph({ ...atlas }).size).toBe(2742);
  });

  it("a file with positions for everyone is drawn at them, not laid out", () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="Ann Lee"><viz:position x="10" y="20"/></node><node id="b" label="Bo Chen"><viz:position x="-5" y="3"/></node></nodes><edges><edge source="a" target="b" weight="3"/></edges></graph></gexf>`;
    const atlas = buildAtlas([{ name: "g.gexf", text: gexf }], { layout: true });
    expect(atlas.layout).toMatchObject({ iterations: 0, converged: true, positions: { "a:ann-lee": [10, 20], "a:bo-chen": [-5, 3] } });
  });
});
