import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build.ts";
import { egoNodes, focusNetwork, knownFocusPeople, peopleSetNodes } from "../../../src/graph/focus.ts";
import { paper, peopleOf, smallCollection } from "../graph/fixture.ts";
import { defaultGraph } from "../explore/default-graph.ts";

describe("focus on the small collection", () => {
  const graph = buildGraph(smallCollection());

  it("1 hop: the person, their papers and their coauthors", () => {
    expect(focusNetwork(graph, { personIds: ["cy"], hops: 1 })).toEqual({
      nodes: new Set(["a:cy", "p:alpha", "a:ann", "a:bob"]),
      people: ["ann", "bob", "cy"],
      papers: ["alpha"],
    });
  });

  it("2 hops: also the coauthors' papers and their authors", () => {
    const network = focusNetwork(graph, { personIds: ["cy"], hops: 2 });
    expect(network?.people).toEqual(["ann", "bob", "cy", "di", "eve", "fay", "gus"]);
    expect(network?.papers).toEqual(["alpha", "beta", "gamma", "big"]);
  });

  it("only these people: the papers at least two of them share", () => {
    expect(peopleSetNodes(graph, ["ann", "cy"])).toEqual(new Set(["a:ann", "a:cy", "p:alpha"]));
    const network = focusNetwork(graph, { personIds: ["ann", "bob", "di"], hops: 1 });
    expect(network?.people).toEqual(["ann", "bob", "di"]);
    expect(network?.papers).toEqual(["alpha", "beta", "gamma"]);
  });

  it("drops unknown ids, paper ids and repeats; nothing known → undefined", () => {
    expect(knownFocusPeople(graph, ["bob", "nobody", "alpha", "bob", "ann"])).toEqual(["bob", "ann"]);
    expect(focusNetwork(graph, { personIds: ["nobody"], hops: 1 })).toBeUndefined();
    // One known person left: an ego network.
    expect(focusNetwork(graph, { personIds: ["di", "nobody"], hops: 1 })?.people).toEqual(["bob", "di"]);
  });

  it("a person with no paper is alone in their ego network", () => {
    const papers = [paper("one", "One", 2020, ["a", "b"])];
    const people = [...peopleOf(papers, { a: "A", b: "B" }), { id: "loner", name: "Lo", variants: ["Lo"], ids: {}, paperIds: [] }];
    expect(egoNodes(buildGraph({ papers, people }), "loner", 2)).toEqual(new Set(["a:loner"]));
  });
});

describe("focus on the default dataset", () => {
  const { graph } = defaultGraph();

  it("Kyle Aitken at 1 hop: his 2 papers, himself and 5 coauthors", () => {
    const network = focusNetwork(graph, { personIds: ["kyle-aitken"], hops: 1 });
    expect(network?.papers.length).toBe(2);
    expect([...(network?.people ?? [])].sort()).toEqual(["ankush-garg", "david-sussillo", "kyle-aitken", "niru-maheswaranathan", "vinay-venkatesh-ramasesh", "yuan-cao"]);
  });

  it("Kyle Aitken at 2 hops reaches all 8 papers and all 462 people through Ramasesh", () => {
    const network = focusNetwork(graph, { personIds: ["kyle-aitken"], hops: 2 });
    expect(network?.papers.length).toBe(8);
    expect(network?.people.length).toBe(462);
  });
});
