import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { abstractOf, parseOpenAlex } from "../../../src/import/openalex.ts";

const corpus = (name: string) => readFileSync(`../shared/corpus/${name}`, "utf8");

describe("parseOpenAlex on a raw /works response", () => {
  const result = parseOpenAlex(corpus("other/openalex-works-muro.json"), "openalex-works-muro.json");

  it("reads all 65 works without warnings", () => {
    expect(result.format).toBe("openalex-json");
    expect(result.records.length).toBe(65);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it("reads ids, ORCID, DOI, arXiv from locations and venue", () => {
    const [, second] = result.records;
    expect(second.title).toBe("Triangulated categories without models");
    expect(second.year).toBe(2007);
    expect(second.venue).toBe("Inventiones mathematicae");
    expect(second.doi).toBe("10.1007/s00222-007-0061-2");
    expect(second.arxiv).toBe("0704.1378");
    expect(second.ids).toEqual({ openalex: "W2156296681", mag: "2156296681" });
    expect(second.authors).toEqual([
      { name: "Fernando Muro", ids: { openalex: "A5015527081", orcid: "0000-0001-8457-9889" } },
      { name: "Stefan Schwede", ids: { openalex: "A5042637950", orcid: "0000-0002-0661-8130" } },
      { name: "Neil Strickland", ids: { openalex: "A5011462271" } },
    ]);
  });

  it("keeps the written name and OpenAlex's resolved name side by side", () => {
    const cohomological = result.records.find((r) => r.ids?.openalex === "W2097363932")!;
    expect(cohomological.authors[0]).toEqual({ name: "H.-J. Baues", resolvedName: "Hans Joachim Baues", ids: { openalex: "A5112460905" } });
    const misresolved = result.records.find((r) => r.ids?.openalex === "W3098929369")!;
    expect(misresolved.authors[0]).toEqual({ name: "Bauer, Hans Joachim" });
  });

  it("rebuilds abstracts in word order and keeps types", () => {
    expect(result.records[0].abstract).toMatch(/^We endow categories of nonsymmetric operads with natural model structures\. /);
    expect(result.records.filter((r) => r.abstract).length).toBe(45);
    expect(result.records.filter((r) => r.type === "preprint").length).toBe(18);
    expect(result.records.filter((r) => r.arxiv).length).toBe(40);
  });
});

describe("parseOpenAlex on a researcher's simplified export", () => {
  const result = parseOpenAlex(corpus("other/openalex-derived-sharma.json"), "openalex-derived-sharma.json");

  it("reads 32 works with plain-string authors, keeping U+2010 hyphens as written", () => {
    expect(result.records.length).toBe(32);
    expect(result.skipped).toBe(0);
    const first = result.records[0];
    expect(first.authors.length).toBe(20);
    expect(first.authors[2]).toEqual({ name: "Yasset P\u00e9rez\u2010Riverol" });
    expect(first.doi).toBe("10.1093/nar/gkaf1146");
    expect(first.ids).toEqual({ openalex: "W4416059040" });
    expect(first.venue).toBe("Nucleic Acids Research");
    expect(result.records.map((r) => r.authors.length).reduce((a, b) => a + b, 0)).toBe(601);
  });

  it("keeps a non-DOI link as URL only", () => {
    const pmc = result.records[29];
    expect(pmc.doi).toBeUndefined();
    expect(pmc.url).toBe("http://europepmc.org/articles/PMC3630640");
  });
});

describe("parseOpenAlex on hostile and edge input", () => {
  it("flags corrupted author lists with a warning", () => {
    const authorships = Array.from({ length: 30 }, (_, i) => ({ raw_author_name: `Person ${i}`, author: i < 5 ? { id: `https://openalex.org/A${i + 1}` } : {} }));
    const result = parseOpenAlex(JSON.stringify({ results: [{ id: "https://openalex.org/W9", title: "Big", authorships }] }), "big.json");
    expect(result.records[0].suspectAuthors).toBe(true);
    expect(result.diagnostics).toEqual([
      { file: "big.json", where: "item 1", level: "warning", message: "Author list looks corrupted: 30 authors but only 5 with an OpenAlex author id." },
    ]);
  });

  it("flags a repeated author id and reads is_authors_truncated", () => {
    const a = { raw_author_name: "A", author: { id: "https://openalex.org/A1" } };
    const result = parseOpenAlex(JSON.stringify([{ title: "T", authorships: [a, a], is_authors_truncated: true }]), "r.json");
    expect(result.records[0].suspectAuthors).toBe(true);
    expect(result.records[0].authorsTruncated).toBe(true);
  });

  it("drops nameless authorships and flags the list", () => {
    const work = { title: "T", authorships: [{ raw_author_name: "A B", author: { id: "A1" } }, { author: {} }] };
    const result = parseOpenAlex(JSON.stringify([work]), "n.json");
    expect(result.records[0].authors).toEqual([{ name: "A B", ids: { openalex: "A1" } }]);
    expect(result.records[0].suspectAuthors).toBe(true);
    expect(result.diagnostics[0].message).toBe("Author list looks corrupted: 1 author without a name.");
  });

  it("counts non-object entries as skipped and never throws", () => {
    const result = parseOpenAlex(JSON.stringify({ results: [null, 3, { title: "<i>Ok</i> &amp; fine", authorships: [] }] }), "x.json");
    expect(result.records.map((r) => r.title)).toEqual(["Ok & fine"]);
    expect(result.skipped).toBe(2);
    expect(parseOpenAlex("{not json", "bad.json").diagnostics[0].level).toBe("error");
    expect(parseOpenAlex('"just a string"', "s.json").records).toEqual([]);
  });

  it("drops non-http URLs and untitled works get a clear title", () => {
    const result = parseOpenAlex(JSON.stringify([{ id: "W1", authorships: [], primary_location: { landing_page_url: "javascript:alert(1)" } }]), "u.json");
    expect(result.records[0].url).toBeUndefined();
    expect(result.records[0].untitled).toBe(true);
    expect(result.records[0].title).toBe("Untitled OpenAlex work W1");
  });

  it("ignores absurd inverted-index positions", () => {
    expect(abstractOf({ b: [1], a: [0], evil: [1e12, -1] })).toBe("a b");
  });
});
