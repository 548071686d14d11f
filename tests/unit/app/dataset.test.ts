import { describe, expect, it } from "vitest";
import { contextFromAtlas, contextFromGraph, fetchAtlas, validSelection } from "../../../src/app/dataset.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { atlasToCollection } from "../../../src/dataset/read.ts";
import type { AtlasFile, Paper, Person } from "../../../src/model/types.ts";

function atlas(withPositions: boolean): AtlasFile {
  const people: Person[] = [
    { id: "ann", name: "Ann", variants: ["Ann"], ids: {}, paperIds: ["p1"] },
    { id: "bob", name: "Bob", variants: ["Bob"], ids: {}, paperIds: ["p1"] },
  ];
  const papers: Paper[] = [
    {
      id: "p1",
      title: "A paper",
      authors: [
        { personId: "ann", name: "Ann", position: 0 },
        { personId: "bob", name: "Bob", position: 1 },
      ],
      authorsTruncated: false,
      hyperauthored: false,
      sources: [],
    },
  ];
  return {
    format: "coauthor-atlas",
    version: 1,
    title: "Test",
    createdWith: "test",
    focalPersonId: "ann",
    records: 1,
    skipped: 0,
    papers,
    people,
    diagnostics: [],
    provenance: { inputs: [], merges: [], settings: { hyperauthorThreshold: 25 } },
    ...(withPositions
      ? { layout: { seed: 1, iterations: 10, converged: true, positions: { "a:ann": [0, 0], "a:bob": [1, 0], "p:p1": [0.5, 1] } } }
      : {}),
  };
}

describe("contextFromAtlas", () => {
  it("uses stored positions as they are", () => {
    const { context, needsLayout } = contextFromAtlas(atlas(true));
    expect(needsLayout).toBe(false);
    expect(context.graph.getNodeAttributes("p:p1")).toMatchObject({ x: 0.5, y: 1 });
    expect(context.people.get("bob")?.name).toBe("Bob");
    expect(context.papers.has("p1")).toBe(true);
  });

  it("asks for a layout when positions are missing", () => {
    expect(contextFromAtlas(atlas(false)).needsLayout).toBe(true);
  });
});

describe("contextFromGraph", () => {
  it("puts the positions on the given graph and indexes people and papers", () => {
    const file = atlas(true);
    const graph = buildGraph(atlasToCollection(file));
    const { context, needsLayout } = contextFromGraph(file, graph);
    expect(context.graph).toBe(graph);
    expect(context.atlas).toBe(file);
    expect(needsLayout).toBe(false);
    expect(graph.getNodeAttributes("a:bob")).toMatchObject({ x: 1, y: 0 });
    expect([...context.people.keys()]).toEqual(["ann", "bob"]);
    expect([...context.papers.keys()]).toEqual(["p1"]);
  });

  it("leaves the graph without positions when the file's do not cover every node", () => {
    const file = atlas(true);
    delete file.layout!.positions["a:bob"];
    const graph = buildGraph(atlasToCollection(file));
    expect(contextFromGraph(file, graph).needsLayout).toBe(true);
    expect(graph.getNodeAttributes("a:ann").x).toBeUndefined();
  });
});

describe("validSelection", () => {
  const { context } = contextFromAtlas(atlas(true));
  it("keeps a selection whose ids exist and drops stale ones", () => {
    expect(validSelection({ kind: "pair", personId: "ann", otherId: "bob" }, context)).toEqual({ kind: "pair", personId: "ann", otherId: "bob" });
    expect(validSelection({ kind: "pair", personId: "ann", otherId: "zed" }, context)).toEqual({ kind: "person", personId: "ann" });
    expect(validSelection({ kind: "person", personId: "zed" }, context)).toEqual({ kind: "none" });
    expect(validSelection({ kind: "paper", paperId: "p2" }, context)).toEqual({ kind: "none" });
  });
});

describe("fetchAtlas", () => {
  const respond = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;
  it("reads a served dataset", async () => {
    const result = await fetchAtlas("data/default.atlas.json", respond(200, JSON.stringify(atlas(true))));
    expect("atlas" in result && result.atlas.title).toBe("Test");
  });
  it("turns HTTP errors, network errors and bad files into messages", async () => {
    expect(await fetchAtlas("data/x.json", respond(404, ""))).toEqual({ error: "Could not load the dataset data/x.json (HTTP 404)." });
    const failing = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    expect(await fetchAtlas("data/x.json", failing)).toEqual({ error: "Could not load the dataset data/x.json (Failed to fetch)." });
    const bad = await fetchAtlas("data/x.json", respond(200, "{not json"));
    expect("error" in bad && bad.error).toMatch(/^The dataset x\.json could not be read: not valid JSON/);
  });
});
