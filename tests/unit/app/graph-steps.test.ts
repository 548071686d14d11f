import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildAtlas } from "../../../src/dataset/index.ts";
import { atlasToCollection } from "../../../src/dataset/read.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { buildGraphSteps } from "../../../src/app/graph-steps.ts";
import { generateBibtex } from "../../../bench/generate.ts";
import type { Collection } from "../../../src/model/types.ts";

function run(collection: Parameters<typeof buildGraphSteps>[0]) {
  const steps = buildGraphSteps(collection);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { graph: step.value, pauses };
    pauses++;
  }
}

/** Nodes, edges and attributes in order: what the view and the layout see. */
const exported = (graph: ReturnType<typeof buildGraph>) => JSON.stringify(graph.export());

describe("buildGraphSteps builds exactly buildGraph's graph", () => {
  it("on the default dataset", () => {
    const atlas = buildAtlas([{ name: "ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") }]);
    const collection = atlasToCollection(atlas);
    const { graph } = run(collection);
    expect(graph.order).toBe(8 + 462);
    expect(exported(graph)).toBe(exported(buildGraph(collection)));
  });

  it("on a generated dataset, pausing every 1,500 papers", () => {
    const atlas = buildAtlas([{ name: "gen.bib", text: generateBibtex({ records: 2000, seed: 5 }) }]);
    const collection = atlasToCollection(atlas);
    const { graph, pauses } = run(collection);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(atlas.papers.length / 1500));
    expect(exported(graph)).toBe(exported(buildGraph(collection)));
  });

  it("on hand-made oddities: duplicate paper and person ids, unknown people, a person listed twice", () => {
    const paper = (id: string, authors: [string, string][]) => ({
      id,
      title: id.toUpperCase(),
      authors: authors.map(([personId, name], position) => ({ personId, name, position })),
      authorsTruncated: false,
      hyperauthored: false,
      sources: [],
    });
    const collection: Pick<Collection, "papers" | "people" | "focalPersonId"> = {
      focalPersonId: "b",
      people: [
        { id: "a", name: "A", variants: [], ids: {}, paperIds: [] },
        { id: "b", name: "B", variants: [], ids: {}, paperIds: [] },
        { id: "a", name: "A again", variants: [], ids: {}, paperIds: [] },
      ],
      papers: [paper("p1", [["a", "A"], ["ghost", "Ghost Writer"], ["a", "A."]]), paper("p1", [["b", "B"]]), { ...paper("p2", [["b", "B"], ["ghost", "G"]]), year: 2001 }],
    };
    const { graph } = run(collection);
    expect(exported(graph)).toBe(exported(buildGraph(collection)));
    expect(graph.getNodeAttribute("a:ghost", "label")).toBe("Ghost Writer");
    expect(graph.getEdgeAttribute("a:a|p:p1", "position")).toBe(0);
  });
});
