/** Identity on real files, read by the project's importers. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collect, findPeople } from "../../../src/identity/index.ts";
import { importFiles } from "../../../src/import/index.ts";
import type { Collection } from "../../../src/model/types.ts";

function load(...paths: string[]): Collection {
  return collect(importFiles(paths.map((path) => ({ name: path, text: readFileSync(path, "utf8") }))));
}

const papersOf = (c: Collection, name: string) => findPeople(c, name).map((p) => p.paperIds.length);

describe("the default dataset (data/ramasesh.bib)", () => {
  const c = load("data/ramasesh.bib");

  it("has the shape FACTS.md gives: 8 papers, 462 authors, 493 links", () => {
    expect(c.papers).toHaveLength(8);
    expect(c.people).toHaveLength(462);
    expect(c.papers.reduce((n, p) => n + p.authors.length, 0)).toBe(493);
    expect(c.focalPersonId).toBe("vinay-venkatesh-ramasesh");
  });

  it("counts papers per author as FACTS.md does", () => {
    expect(papersOf(c, "Vinay Ramasesh")).toEqual([8]);
    expect(papersOf(c, "Ethan Dyer")).toEqual([5]);
    expect(papersOf(c, "Aitor Lewkowycz")).toEqual([4]);
    expect(papersOf(c, "Ambrose Slone")).toEqual([4]);
    for (const name of ["Anders Andreassen", "Behnam Neyshabur", "Guy Gur-Ari", "Vedant Misra"]) {
      expect(papersOf(c, name)).toEqual([3]);
    }
  });
});

describe("corpus files", () => {
  it("lab-3c: the Bonnet-Zahedi forms are one person through their shared ORCID", () => {
    const c = load("../shared/corpus/bib/lab-3c-carrette-endnote.bib");
    const [selene] = findPeople(c, "Selene Bonnet-Zahedi");
    expect(selene.variants).toEqual(["S. Bonnet-Zahedi", "S. Zahedi", "Selene Bonnet-Zahedi"]);
    expect(selene.ids.orcid).toBe("0009-0008-8151-4850");
    expect(c.merges.some((m) => m.personId === selene.id && m.rule === "identifier")).toBe(true);
    expect(c.papers.length + c.skipped).toBe(c.records);
  });

  it("lab-4c: Wall, Wolfgang A. / Wolfgang A. Wall / Wall, Wolfgang are one person", () => {
    const c = load("../shared/corpus/bib/lab-4c-multiphysics.bib");
    const wolfgang = findPeople(c, "Wolfgang A. Wall");
    expect(wolfgang).toHaveLength(1);
    expect(wolfgang[0].variants).toEqual(["Wolfgang A Wall", "Wolfgang A. Wall", "Wolfgang Wall"]);
    // A typo elsewhere (`Wolfang A. Wall`) leaves `W.A. Wall` two candidates: kept apart, and said so.
    expect(c.diagnostics.some((d) => d.message.includes('could be "Wolfang A. Wall" or "Wolfgang A. Wall"'))).toBe(true);
  });

  it("openalex muro: H.-J. Baues (resolved `Hans Joachim Baues`, another OpenAlex id) is Hans-Joachim Baues", () => {
    // Issue "Every source researchers have": two OpenAlex ids, the same full name (via OpenAlex's resolved
    // name) and a shared coauthor (Muro) are one person OpenAlex split; ORCID/dblp/Scopus ids never yield.
    const c = load("../shared/corpus/other/openalex-works-muro.json");
    const baues = findPeople(c, "Hans-Joachim Baues");
    expect(baues.map((p) => p.name)).toEqual(["Hans-Joachim Baues"]);
    expect(baues[0].variants).toEqual(["H.-J. Baues", "Hans Joachim Baues", "Hans-Joachim Baues"]);
    expect(c.papers.length + c.skipped).toBe(c.records);
  });
});
