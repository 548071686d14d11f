import { describe, expect, it } from "vitest";
import { cslName, cslType, renderCslJson, toCslItems } from "../../../src/export/csljson.ts";
import { parseCslJson } from "../../../src/import/csljson.ts";
import { defaultAtlas } from "./fixture.ts";

describe("CSL-JSON export", () => {
  const atlas = defaultAtlas();
  const text = renderCslJson(atlas);

  it("writes the 8 papers of the default dataset with their metadata", () => {
    const items = JSON.parse(text);
    expect(items).toHaveLength(8);
    const joss = items.find((item: { id: string }) => item.id === "doi:10.21105/joss.02403");
    expect(joss).toMatchObject({ type: "article-journal", DOI: "10.21105/joss.02403", issued: { "date-parts": [[2020]] }, "container-title": "Journal of Open Source Software" });
    expect(joss.author).toContainEqual({ given: "Vinay Venkatesh", family: "Ramasesh" });
    const bigBench = items.find((item: { id: string }) => item.id === "arxiv:2206.04615");
    expect(bigBench.author).toHaveLength(450);
    expect(bigBench.URL).toMatch(/^https:\/\//);
    expect(items.filter((item: { type: string }) => item.type === "paper-conference")).toHaveLength(6);
  });

  it("round-trips through our CSL-JSON importer: same titles, years and author counts in order", () => {
    const result = parseCslJson(text, "export.json");
    expect(result.skipped).toBe(0);
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
    expect(result.records.map((record) => record.title)).toEqual(atlas.papers.map((paper) => paper.title));
    expect(result.records.map((record) => record.authors.length)).toEqual(atlas.papers.map((paper) => paper.authors.length));
    expect(result.records.map((record) => record.year)).toEqual(atlas.papers.map((paper) => paper.year));
    expect(result.records.map((record) => record.doi)).toEqual(atlas.papers.map((paper) => paper.doi));
    const people = new Map(atlas.people.map((person) => [person.id, person.name]));
    result.records.forEach((record, index) => {
      expect(record.authors.map((author) => author.name)).toEqual(atlas.papers[index].authors.map((authorship) => people.get(authorship.personId)));
      expect(record.authorsTruncated).toBe(false);
    });
  });

  it("splits names into CSL parts and keeps corporate names literal", () => {
    expect(cslName("Vinay Venkatesh Ramasesh")).toEqual({ given: "Vinay Venkatesh", family: "Ramasesh" });
    expect(cslName("Ludwig van Beethoven")).toEqual({ given: "Ludwig", "non-dropping-particle": "van", family: "Beethoven" });
    expect(cslName("Martin Luther King Jr.")).toEqual({ given: "Martin Luther", family: "King", suffix: "Jr." });
    expect(cslName("ATLAS Collaboration")).toEqual({ literal: "ATLAS Collaboration" });
  });

  it("maps our kinds to CSL types", () => {
    expect(cslType("article")).toBe("article-journal");
    expect(cslType("inproceedings")).toBe("paper-conference");
    expect(cslType("preprint")).toBe("article");
    expect(cslType("thesis")).toBe("thesis");
    expect(cslType(undefined)).toBe("document");
    expect(cslType("something-new")).toBe("document");
  });

  it("marks truncated author lists with a literal 'others' the importer reads back as truncation", () => {
    const truncated = structuredClone(atlas);
    truncated.papers[0].authorsTruncated = true;
    const [first] = toCslItems(truncated);
    expect(first.author?.at(-1)).toEqual({ literal: "others" });
    const [record] = parseCslJson(renderCslJson(truncated), "t.json").records;
    expect(record.authorsTruncated).toBe(true);
    expect(record.authors).toHaveLength(atlas.papers[0].authors.length);
  });

  it("keeps hostile text as JSON strings", () => {
    const hostile = structuredClone(atlas);
    hostile.papers[0].title = `<script>alert("x")</script> & co`;
    const [record] = parseCslJson(renderCslJson(hostile), "h.json").records;
    expect(JSON.parse(renderCslJson(hostile))[0].title).toBe(`<script>alert("x")</script> & co`);
    expect(record.authors.length).toBe(atlas.papers[0].authors.length);
  });
});
