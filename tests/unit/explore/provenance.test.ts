import { describe, expect, it } from "vitest";
import { provenanceView } from "../../../src/panels/provenance.ts";
import type { AtlasFile } from "../../../src/model/types.ts";
import { defaultGraph } from "./default-graph.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { hyperCollection } from "../graph/fixture.ts";

function atlasOf(): AtlasFile {
  return {
    format: "coauthor-atlas",
    version: 1,
    title: "Test",
    createdWith: "test",
    records: 9,
    skipped: 1,
    papers: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, authors: [], authorsTruncated: false, hyperauthored: false, sources: [] })),
    people: [{ id: "vinay-venkatesh-ramasesh", name: "Vinay Venkatesh Ramasesh", variants: [], ids: {}, paperIds: [] }],
    diagnostics: [
      { level: "warning", file: "a.bib", where: "key x", message: "m" },
      { level: "info", file: "a.bib", where: "key y", message: "m" },
      { level: "info", file: "a.bib", where: "key z", message: "m" },
    ],
    provenance: {
      inputs: [{ file: "a.bib", format: "bibtex", records: 9, sha256: "8c9bd9b1152edc3f071fa00ad167df6a3794aade3bbe06d6cecf4757adf4b7f5" }],
      merges: [{ personId: "vinay-venkatesh-ramasesh", rule: "given-name-extension", forms: ["Vinay Venkatesh Ramasesh", "Vinay Ramasesh"], detail: "same family name" }],
      settings: { hyperauthorThreshold: 25 },
    },
    layout: { seed: 1, iterations: 94, converged: true, positions: {} },
  };
}

describe("About this dataset", () => {
  const { graph } = defaultGraph();

  it("explains every count", () => {
    const view = provenanceView(atlasOf(), graph);
    expect(view.counts.map((row) => [row.label, row.value])).toEqual([
      ["Records", "9"],
      ["Papers", "8"],
      ["Skipped", "1"],
      ["People", "1"],
      ["Authorships", "493"],
      ["Diagnostics", "3"],
    ]);
    expect(view.counts[0].note).toBe("publication entries read from 1 file = papers + skipped");
    expect(view.counts[5].note).toBe("1 warning, 2 info");
  });

  it("states the threshold, the counting method, the communities, sources, merges and layout", () => {
    const view = provenanceView(atlasOf(), graph);
    expect(view.settings[0]).toEqual({ label: "Hyperauthored threshold", value: "25", note: "1 paper has more than 25 authors: Beyond the Imitation Game (450)" });
    expect(view.settings[1].value).toBe("fractional");
    expect(view.settings[2].value).toBe("3");
    expect(view.settings[2].note).toMatch(/^Louvain on the coauthor ties, seed 7, modularity 0\.\d{3}; 441 people in none/);
    expect(view.sources).toEqual([{ file: "a.bib", format: "bibtex", records: "9", sha256: "8c9bd9b1152e", fullSha256: "8c9bd9b1152edc3f071fa00ad167df6a3794aade3bbe06d6cecf4757adf4b7f5" }]);
    expect(view.merges).toEqual([{ person: "Vinay Venkatesh Ramasesh", forms: "Vinay Venkatesh Ramasesh + Vinay Ramasesh", rule: "fuller given name", detail: "same family name" }]);
    expect(view.layout.map((row) => [row.label, row.value])).toEqual([
      ["Layout seed", "1"],
      ["Iterations", "94"],
      ["Converged", "yes"],
    ]);
  });

  it("shows the view's threshold next to the dataset's when they differ", () => {
    const view = provenanceView(atlasOf(), graph, { hyperThreshold: 9 });
    expect(view.settings[0].value).toBe("9 (dataset: 25)");
    expect(view.settings[0].note).toMatch(/^3 papers have more than 9 authors/);
  });

  it("leaves the communities of a large graph to the moment the user colours by them", () => {
    const large = buildGraph(hyperCollection(3001));
    expect(provenanceView(atlasOf(), large).settings[2]).toMatchObject({ label: "Communities", value: "not computed yet" });
    expect(provenanceView(atlasOf(), large, { colorMode: "community" }).settings[2]).toMatchObject({ label: "Communities", value: "0" });
  });
});
