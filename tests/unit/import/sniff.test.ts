import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sniffDetail, sniffFormat } from "../../../src/import/sniff";

const corpus = (path: string) => readFileSync(`../shared/corpus/${path}`, "utf8");

describe("sniffFormat on the real corpus (content only, never the file name)", () => {
  it.each([
    ["bib/lab-3c-carrette-endnote.bib", "bibtex"], // YAML front matter + Markdown before the first entry
    ["bib/large-treewidth-definitions.bib", "bibtex"], // only @string macros
    ["bib/fixtures/mendeley-export-quirks.bib", "bibtex"], // @web_page
    ["bib/fixtures/empty-and-paren-edge-cases.bib", "bibtex"],
    ["other/ris-ieee-xplore-litstudy.ris", "ris"],
    ["other/wos-tagged-in-dot-ris-rispy.ris", "wos-text"], // named .ris, is WoS
    ["other/wos-plaintext-bibliometrix.txt", "wos-text"],
    ["other/csl-json-manubot-context-review.json", "csl-json"],
    ["other/openalex-works-muro.json", "openalex-json"],
    ["other/openalex-derived-sharma.json", "openalex-json"],
    ["other/crossref-works-muro.json", "crossref-json"],
    ["other/orcid-record-v2-aguiam.json", "orcid-json"],
    ["other/dblp-xml-excerpt.xml", "dblp-xml"],
    ["other/scopus-csv-bibliometrix.csv", "scopus-csv"],
    ["other/scopus-csv-legacy-litstudy.csv", "scopus-csv"], // BOM
    ["other/lens-csv-bibliometrix.csv", "lens-csv"],
    ["other/openalex-csv-bibliometrix.csv", "openalex-csv"],
    ["large/newman-netscience.gml", "gml"],
  ])("%s → %s", (path, format) => {
    expect(sniffFormat(corpus(path))).toBe(format);
  });

  it("recognises the seed profile page", () => {
    expect(sniffFormat(readFileSync("../shared/seed/profile-page.txt", "utf8"))).toBe("profile-page");
  });

  it("recognises the profile page with Windows line ends and a BOM", () => {
    const page = "\uFEFF" + readFileSync("../shared/seed/profile-page.txt", "utf8").replace(/\n/g, "\r\n");
    expect(sniffDetail(page)).toMatchObject({ format: "profile-page", confidence: 1 });
  });

  it("sniffs a 1 MB bibliography quickly", () => {
    const text = corpus("bib/large-hepml-livingreview.bib");
    const start = performance.now();
    expect(sniffFormat(text)).toBe("bibtex");
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("sniffFormat on small inputs", () => {
  it.each([
    ["\uFEFF  \n@article{x, title={T}}", "bibtex"],
    ["---\ntitle: pubs\n---\n# My papers\n\n@Book( key, title = {T} )", "bibtex"],
    ["TY  - JOUR\r\nAU  - Doe, J\r\nER  - \r\n", "ris"],
    ["PT J\nAU Doe, J\nAF Doe, John\nTI A title\nER\n", "wos-text"],
    ['[{"type":"article-journal","title":"T","author":[{"family":"Doe","given":"J"}]}]', "csl-json"],
    ['{"items":[{"type":"book","author":[{"literal":"WHO"}]}]}', "csl-json"],
    ['{"results":[{"id":"https://openalex.org/W1","authorships":[]}]}', "openalex-json"],
    ['{"id":"https://openalex.org/W1","display_name":"T","authorships":[]}', "openalex-json"],
    ['{"message":{"DOI":"10.1/x","author":[{"given":"A","family":"B"}]}}', "crossref-json"],
    ['{"orcid-identifier":{"path":"0000-0003-0625-3327"}}', "orcid-json"],
    ['{"format":"coauthor-atlas","version":1,"papers":[]}', "atlas"],
    ['<?xml version="1.0"?>\n<dblpperson name="X"><r/></dblpperson>', "dblp-xml"],
    ['<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"></gexf>', "gexf"],
    ['<?xml version="1.0"?><graphml xmlns="x"></graphml>', "graphml"],
    ["Creator \"x\"\ngraph [\n node [ id 0 ]\n]", "gml"],
    ["Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\nA B,T,J,1,2,3,2020,P", "scholar-csv"],
    ["Jane Doe\nBio.\nTitle\nPreview abstract\nText\nView details\n", "profile-page"],
    ["just some notes about papers\nnothing structured", "unknown"],
    ["", "unknown"],
    ["{ not json at all", "unknown"],
    ["write to me at jane@example.org{", "unknown"],
  ])("%j → %s", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it("explains its verdict", () => {
    const detail = sniffDetail("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Doe, J\nER\n");
    expect(detail).toEqual({ format: "wos-text", confidence: 1, reason: "FN Clarivate/Thomson header" });
    expect(sniffDetail("hello").confidence).toBe(0);
  });
});
