import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { abstractOf, parseCrossref } from "../../../src/import/crossref.ts";

describe("parseCrossref on a works list", () => {
  const result = parseCrossref(readFileSync("../shared/corpus/other/crossref-works-muro.json", "utf8"), "crossref-works-muro.json");

  it("reads the 4 items", () => {
    expect(result.format).toBe("crossref-json");
    expect(result.records.map((r) => r.doi)).toEqual(["10.1016/j.aim.2016.01.009", "10.1017/s1474748020000250", "10.1017/prm.2022.42", "10.1016/j.topol.2015.05.006"]);
    expect(result.skipped).toBe(0);
    expect(result.diagnostics).toEqual([]);
  });

  it("keeps given/family, order and ORCID", () => {
    const [first] = result.records;
    expect(first.title).toBe("Transfinite Adams representability");
    expect(first.venue).toBe("Advances in Mathematics");
    expect(first.year).toBe(2016);
    expect(first.type).toBe("article");
    expect(first.authors).toEqual([
      { name: "Fernando Muro", given: "Fernando", family: "Muro", ids: { orcid: "0000-0001-8457-9889" } },
      { name: "Oriol Raventós", given: "Oriol", family: "Raventós" },
    ]);
    expect(result.records[2].authors.map((a) => a.name)).toEqual(["Jeroen Maes", "Fernando Muro"]);
  });

  it("turns JATS abstracts into text without the heading", () => {
    expect(result.records[1].abstract).toBe(
      "We give a necessary and sufficient condition for the existence of an enhancement of a finite triangulated category. Moreover, we show that enhancements are unique when they exist, up to Morita equivalence.",
    );
    expect(result.records[2].abstract).toMatch(/^We develop a theory of minimal models .*\(containing \$\\mathbb \{Q\}\$ in the symmetric case\)/);
    expect(result.records[0].abstract).toBeUndefined();
  });
});

describe("parseCrossref on single works and hostile input", () => {
  it("reads a single message with a literal author and dates from published-online", () => {
    const work = {
      message: {
        DOI: "10.48550/ARXIV.2206.04615",
        title: ["Beyond the <i>Imitation</i> Game"],
        author: [{ name: "BIG-bench Collaboration", sequence: "first" }, { given: "Ann", family: "Lee", ORCID: "http://orcid.org/0000-0002-1825-0097" }, {}],
        "published-online": { "date-parts": [[2022, 6, 9]] },
        type: "posted-content",
        URL: "javascript:alert(1)",
      },
    };
    const [record] = parseCrossref(JSON.stringify(work), "one.json").records;
    expect(record.title).toBe("Beyond the Imitation Game");
    expect(record.arxiv).toBe("2206.04615");
    expect(record.year).toBe(2022);
    expect(record.type).toBe("preprint");
    expect(record.url).toBeUndefined();
    expect(record.authors).toEqual([
      { name: "BIG-bench Collaboration", literal: true },
      { name: "Ann Lee", given: "Ann", family: "Lee", ids: { orcid: "0000-0002-1825-0097" } },
    ]);
  });

  it("uses editors when a work lists no authors", () => {
    const book = { message: { DOI: "10.1/b", title: ["Handbook"], type: "edited-book", editor: [{ given: "Eve", family: "Editor" }] } };
    const [record] = parseCrossref(JSON.stringify(book), "b.json").records;
    expect(record.authors).toEqual([{ name: "Eve Editor", given: "Eve", family: "Editor" }]);
    expect(record.type).toBe("book");
  });

  it("counts non-objects as skipped and never throws", () => {
    const result = parseCrossref(JSON.stringify({ message: { items: [1, { title: [] }] } }), "x.json");
    expect(result.records.length).toBe(1);
    expect(result.records[0].untitled).toBe(true);
    expect(result.skipped).toBe(1);
    expect(parseCrossref("", "e.json").diagnostics[0].level).toBe("error");
  });

  it("strips scripts to text, never markup", () => {
    expect(abstractOf("<jats:p>a &lt; b</jats:p><script>x</script>")).toBe("a < b x");
  });
});
