import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDblp } from "../../../src/import/dblp.ts";

const corpus = (name: string, encoding: BufferEncoding = "utf8") => readFileSync(`../shared/corpus/${name}`, encoding);

describe("parseDblp on the dblp.xml dump excerpt (ISO-8859-1, DTD entities)", () => {
  const result = parseDblp(corpus("other/dblp-xml-excerpt.xml", "latin1"), "dblp-xml-excerpt.xml");

  it("reads all 131 records and skips none", () => {
    expect(result.format).toBe("dblp-xml");
    expect(result.records.length).toBe(131);
    expect(result.skipped).toBe(0);
    expect(result.records.every((r) => r.type === "incollection")).toBe(true);
  });

  it("keeps document order, drops dblp's trailing title period, reads DOI and venue", () => {
    const first = result.records[0];
    expect(first.title).toBe("Curvedness");
    expect(first.year).toBe(2014);
    expect(first.venue).toBe("Computer Vision, A Reference Guide");
    expect(first.doi).toBe("10.1007/978-0-387-31439-6_100117");
    expect(first.source).toEqual({ file: "dblp-xml-excerpt.xml", where: "key reference/vision/X14bd" });
  });

  it("decodes DTD named entities without the DTD", () => {
    const names = result.records.flatMap((r) => r.authors.map((a) => a.name));
    expect(names).toContain("Jürgen Beyerer");
    expect(names).toContain("Matti Pietikäinen");
    expect(names).toContain("François Chaumette");
    expect(names.some((n) => n.includes("&"))).toBe(false);
  });

  it("splits the homonym suffix off the display name and keeps the dblp key", () => {
    const singh = result.records.find((r) => r.ids?.dblp === "reference/vision/Singh14")!;
    expect(singh.authors).toEqual([{ name: "Manish Singh", ids: { dblpName: "Manish Singh 0001" } }]);
  });

  it("reads orcid attributes", () => {
    const pont = result.records.find((r) => r.ids?.dblp === "reference/vision/Pont14b")!;
    expect(pont.authors[0]).toEqual({ name: "Sylvia C. Pont", ids: { dblpName: "Sylvia C. Pont", orcid: "0000-0002-9834-9600" } });
    const alexander = result.records.find((r) => r.ids?.dblp === "reference/vision/Alexander14")!;
    expect(alexander.authors[0].ids?.orcid).toBe("0000-0003-2439-350X");
  });

  it("says how many records have no authors", () => {
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: "info", message: expect.stringMatching(/^76 records list no author/) }),
    ]);
  });
});

describe("parseDblp on a person page", () => {
  const result = parseDblp(readFileSync("tests/fixtures/dblp-person.xml", "utf8"), "dblp-person.xml");

  it("makes the page's person the owner with pid, dblp name and ORCID", () => {
    expect(result.owner).toEqual({
      name: "Manish Singh",
      ids: { dblpName: "Manish Singh 0001", dblp: "66/2727-1", orcid: "0000-0003-0625-3327" },
    });
  });

  it("reads the four <r> records in page order", () => {
    expect(result.records.map((r) => r.type)).toEqual(["preprint", "inproceedings", "proceedings", "thesis"]);
    expect(result.records.length + result.skipped).toBe(4);
  });

  it("reads inline markup, entities, pid and arXiv ee", () => {
    const [corr] = result.records;
    expect(corr.title).toBe("Part Structure of 3D Shapes & Perceived Articulation");
    expect(corr.arxiv).toBe("2104.01234");
    expect(corr.url).toBe("https://arxiv.org/abs/2104.01234v2");
    expect(corr.authors.map((a) => a.name)).toEqual(["Manish Singh", "Jacob Feldman", "Jürgen Groß"]);
    expect(corr.authors[2].ids).toEqual({ dblpName: "Jürgen Groß", dblp: "123/4567", orcid: "0000-0002-1825-0097" });
  });

  it("normalises DOIs, uses editors for proceedings, drops non-http links, marks untitled", () => {
    const [, conf, proc, thesis] = result.records;
    expect(conf.doi).toBe("10.1234/cogsci.2009.77");
    expect(conf.venue).toBe("CogSci");
    expect(proc.authors.map((a) => a.ids?.dblpName)).toEqual(["Manish Singh 0001", "Anna Schmidt 0002"]);
    expect(proc.url).toBeUndefined();
    expect(thesis.untitled).toBe(true);
    expect(thesis.venue).toBe("Harvard University");
  });
});

describe("parseDblp on hostile input", () => {
  it("never throws on broken XML and counts what it saw", () => {
    const result = parseDblp('<dblp><article key="a/b"><title>x</title></article><article key="c"><title>oops', "bad.xml");
    expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(1);
    expect(() => parseDblp("\u0000<<<&&&", "noise.xml")).not.toThrow();
  });

  it("does not count homepage records as publications", () => {
    const xml = `<dblp><www key="homepages/1/2"><author>A B</author><title>Home Page</title><url>https://a.b</url></www>
      <article key="journals/x/1"><author>A B</author><title>T.</title><year>2001</year></article></dblp>`;
    const result = parseDblp(xml, "h.xml");
    expect(result.records.map((r) => r.title)).toEqual(["T"]);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics.some((d) => d.level === "info" && d.message.startsWith("1 homepage"))).toBe(true);
  });

  it("leaves unknown entities as text and script-like titles as plain text", () => {
    const xml = `<dblp><article key="k"><author>X &bogus; Y</author><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></article></dblp>`;
    const [record] = parseDblp(xml, "e.xml").records;
    expect(record.authors[0].name).toBe("X &bogus; Y");
    expect(record.title).toBe("<script>alert(1)</script>");
  });
});
