import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { collect } from "../../../src/identity/index.ts";
import { importFile } from "../../../src/import/index.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import { collaborationPath } from "../../../src/graph/path.ts";
import { bidirectional } from "graphology-shortest-path";

const FILE = "../shared/corpus/bib/large-hepml-livingreview.bib";

describe("collaboration paths on a large real file (hepml living review)", () => {
  const collection = collect([importFile({ name: FILE, text: readFileSync(FILE, "utf8") })]);
  const graph = buildGraph(collection);
  const people = collection.people.map((person) => person.id);

  it("every found chain alternates person–paper–person along real authorships, and is symmetric in length", () => {
    let found = 0;
    for (let i = 0; i < 40; i++) {
      const from = people[(i * 97) % people.length];
      const to = people[(i * 131 + 7) % people.length];
      const path = collaborationPath(graph, from, to);
      const back = collaborationPath(graph, to, from);
      expect(back === null).toBe(path === null);
      if (!path || !back) continue;
      found++;
      expect(back.papers.length).toBe(path.papers.length);
      // As short as graphology's own bidirectional BFS finds.
      expect(bidirectional(graph, `a:${from}`, `a:${to}`)?.length).toBe(path.people.length + path.papers.length);
      expect(path.people[0]).toBe(from);
      expect(path.people.at(-1)).toBe(to);
      expect(path.people.length).toBe(path.papers.length + 1);
      path.papers.forEach((paperId, j) => {
        expect(graph.hasEdge(`a:${path.people[j]}|p:${paperId}`)).toBe(true);
        expect(graph.hasEdge(`a:${path.people[j + 1]}|p:${paperId}`)).toBe(true);
      });
    }
    expect(found).toBeGreaterThan(5);
  });

  it("answers within 100 ms per pair on ~7k nodes", () => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) collaborationPath(graph, people[i * 13], people[people.length - 1 - i * 7]);
    expect((performance.now() - start) / 20).toBeLessThan(100);
  });
});
