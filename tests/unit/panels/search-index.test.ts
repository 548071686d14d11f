import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, foldTerm } from "../../../src/panels/search-index.ts";
import type { Person } from "../../../src/model/types.ts";
import { buildFixtureContext } from "./fixture.ts";

const context = buildFixtureContext();
const index = buildSearchIndex(context.people.values(), context.papers.values());

describe("search index", () => {
  it("folds case and accents, including letters NFD does not split", () => {
    expect(foldTerm("Müller-Łukasz")).toBe("muller-lukasz");
    expect(foldTerm("Straße Ørsted")).toBe("strasse orsted");
  });

  it("finds a person by full name, first", () => {
    const hits = index.search("Vinay Ramasesh");
    expect(hits[0]).toEqual({ kind: "person", id: "vinay", nodeId: "a:vinay", label: "Vinay Ramasesh", detail: "also Ramasesh, Vinay, Vinay V. Ramasesh" });
    expect(hits).toHaveLength(1);
  });

  it("matches prefixes as you type, and forgives a typo", () => {
    expect(index.search("kyle ait").map((hit) => hit.id)).toEqual(["kyle"]);
    expect(index.search("ramasesch")[0].id).toBe("vinay");
  });

  it("is accent-insensitive both ways", () => {
    expect(index.search("jose muller")[0].id).toBe("jose");
    expect(index.search("JOSÉ Łukasz")[0].id).toBe("jose");
  });

  it("finds papers by title words", () => {
    const hits = index.search("catastrophic forgetting");
    expect(hits[0]).toMatchObject({ kind: "paper", id: "arxiv:2007.07400", nodeId: "p:arxiv:2007.07400", detail: "ICLR · 2021" });
  });

  it("falls back to any word when no document has all of them", () => {
    expect(index.search("caliban zzzzqqq").map((hit) => hit.id)).toEqual(["doi:10.21105/joss.02403"]);
  });

  it("returns nothing for blank or punctuation-only queries", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("  ,.- ")).toEqual([]);
  });

  it("answers quickly on 8,361 people (Newman hep-th)", () => {
    const gml = readFileSync("../shared/corpus/large/newman-hep-th.gml", "utf8");
    const names = [...gml.matchAll(/label "([^"]*)"/g)].map((match) => match[1]);
    expect(names.length).toBe(8361);
    const people: Person[] = names.map((name, i) => ({ id: `p${i}`, name, variants: [name], ids: {}, paperIds: [] }));
    const start = performance.now();
    const big = buildSearchIndex(people, []);
    const built = performance.now() - start;
    const queries = ["witten", "SARADZHEV", "maldacena j", "polchinsk", "sei", "a"];
    const queryStart = performance.now();
    for (let round = 0; round < 10; round++) for (const query of queries) big.search(query);
    const perQuery = (performance.now() - queryStart) / (10 * queries.length);
    console.log(`search index: ${names.length} people built in ${built.toFixed(0)} ms, ${perQuery.toFixed(2)} ms per query`);
    expect(big.search("witten e")[0].label).toMatch(/^WITTEN, E/);
    // Loose bounds: the machine is shared (2 cores); they catch pathological behaviour, not jitter.
    // Measured unloaded: ~0.3 s to build, ~5 ms per query.
    expect(built).toBeLessThan(6000);
    expect(perQuery).toBeLessThan(150);
  });
});
