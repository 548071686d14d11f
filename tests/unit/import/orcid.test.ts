import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrcid } from "../../../src/import/orcid.ts";

describe("parseOrcid on a full v2 public record", () => {
  const result = parseOrcid(readFileSync("../shared/corpus/other/orcid-record-v2-aguiam.json", "utf8"), "orcid-record-v2-aguiam.json");

  it("makes the record's person the owner", () => {
    expect(result.owner).toEqual({ name: "Diogo Aguiam", given: "Diogo", family: "Aguiam", ids: { orcid: "0000-0001-6318-9021" } });
  });

  it("reads one record per work group: 14, none skipped", () => {
    expect(result.format).toBe("orcid-json");
    expect(result.records.length).toBe(14);
    expect(result.skipped).toBe(0);
  });

  it("gives every record only the owner, marked incomplete, and says so once", () => {
    expect(result.records.every((r) => r.authors.length === 1 && r.authors[0].name === "Diogo Aguiam" && r.authorsIncomplete)).toBe(true);
    expect(result.diagnostics).toEqual([
      { file: "orcid-record-v2-aguiam.json", where: "file", level: "info", message: "ORCID work summaries carry no coauthors: 14 records list only the record owner." },
    ]);
  });

  it("reads DOI, Scopus eid, year, type; the twice-listed work has one normalised DOI", () => {
    const third = result.records[2];
    expect(third.title).toBe("Making ICRF power compatible with a high-Z wall in ASDEX Upgrade");
    expect(third.doi).toBe("10.1088/0741-3335/59/1/014022");
    expect(third.ids).toEqual({ eid: "2-s2.0-85005966821" });
    expect(third.year).toBe(2017);
    expect(third.type).toBe("article");
    const eddy = result.records.filter((r) => r.doi === "10.1109/i2mtc.2014.6860970");
    expect(eddy.map((r) => r.source.where)).toEqual(["group 13 (put-code 36638917)", "group 14 (put-code 32484380)"]);
    expect(result.records.filter((r) => r.doi === undefined).map((r) => r.title)).toEqual([
      "Relationship between divertor collisionality and filament activity measured with reflectometry at ASDEX Upgrade",
      "Refmulf: 2D fullwave FDTD full polarization maxwell code",
    ]);
  });
});

describe("parseOrcid on v3 /works and hostile input", () => {
  it("takes the preferred summary of a group and folds the other in", () => {
    const works = {
      group: [
        {
          "external-ids": { "external-id": [{ "external-id-type": "arxiv", "external-id-value": "arXiv:2101.00001v2" }] },
          "work-summary": [
            { "put-code": 1, "display-index": "0", title: { title: { value: "From Scopus" } }, type: "preprint" },
            { "put-code": 2, "display-index": "1", title: { title: { value: "Preferred <b>title</b>" } }, url: { value: "data:text/html,x" } },
          ],
        },
        { "work-summary": [] },
      ],
    };
    const result = parseOrcid(JSON.stringify(works), "works.json");
    expect(result.records.map((r) => r.title)).toEqual(["Preferred title"]);
    expect(result.records[0].arxiv).toBe("2101.00001");
    expect(result.records[0].url).toBeUndefined();
    expect(result.records[0].authors).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics.map((d) => d.level)).toEqual(["warning", "warning", "info", "info"]);
  });

  it("never throws", () => {
    expect(parseOrcid("[1,2", "x.json").diagnostics[0].level).toBe("error");
    expect(parseOrcid("{}", "x.json").records).toEqual([]);
  });
});
