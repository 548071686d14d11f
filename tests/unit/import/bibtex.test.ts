import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBibtex, parseBibtexFiles } from "../../../src/import/bibtex.ts";
import type { PubRecord } from "../../../src/model/types.ts";

const CORPUS = "../shared/corpus/bib";
const read = (name: string): string => readFileSync(join(CORPUS, name), "utf8");
const parseFile = (name: string) => parseBibtex(read(name), name);
const byKey = (records: PubRecord[], key: string): PubRecord => {
  const found = records.find((r) => r.source.where === `key ${key}`);
  if (!found) throw new Error(`no record with key ${key}`);
  return found;
};

/**
 * Publication entries counted without our parser: lines that start an entry (`@type{` or `@type(`),
 * minus the directives. Commented-out (`%@book{`) and nested (`@comment{@book{…}}`) entries do not
 * start a line, so they are not counted.
 */
function countEntries(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/^[ \t]*@[ \t]*([A-Za-z_-]+)[ \t]*[{(]/gm)) {
    if (!/^(string|comment|preamble)$/i.test(match[1])) count++;
  }
  return count;
}

const corpusFiles = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith(".bib")),
  ...readdirSync(join(CORPUS, "fixtures")).map((f) => `fixtures/${f}`),
];

describe("every corpus file", () => {
  it("finds the 8 corpus files and 13 fixtures", () => {
    expect(corpusFiles.length).toBe(8 + 13);
  });

  for (const name of corpusFiles) {
    it(`${name}: records + skipped = entries in the file, no errors`, () => {
      const text = read(name);
      const result = parseBibtex(text, name);
      // The syntax-torture file has one entry spread over lines (`@\n book\n {`): 26 line starts, 27 entries.
      const expected = name === "fixtures/citationjs-syntax-torture.bib" ? 27 : countEntries(text);
      expect(result.records.length + result.skipped).toBe(expected);
      expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      for (const record of result.records) {
        expect(record.format).toBe("bibtex");
        expect(record.source.file).toBe(name);
        expect(record.title.length).toBeGreaterThan(0);
        // the truncation marker never becomes a person; names are decoded
        for (const author of record.authors) {
          expect(author.name).not.toMatch(/^others$/i);
          expect(author.name).not.toMatch(/[{}]/);
          expect(author.name).not.toMatch(/\\["'`^~=.uvHck]\{?[A-Za-z]/);
        }
        if (record.url) expect(record.url).toMatch(/^https?:\/\//);
      }
    });
  }
});

describe("bigbench-datacite-445names.bib", () => {
  const result = parseFile("bigbench-datacite-445names.bib");
  const [record] = result.records;

  it("is one record with 444 authors after the split name is rejoined", () => {
    expect(result.records).toHaveLength(1);
    expect(record.authors).toHaveLength(444);
    const index = record.authors.findIndex((a) => a.name === "Shyamolima Debnath");
    expect(record.authors[index]).toEqual({ name: "Shyamolima Debnath", given: "Shyamolima", family: "Debnath" });
    expect(record.authors[index - 1].name).toBe("Upadhyay, Shyam");
    expect(record.authors[index + 1].name).toBe("Shakeri, Siamak");
    expect(record.authors.some((a) => a.name === "Debnath" || a.name === "Shyamolima")).toBe(false);
    const rejoined = result.diagnostics.filter((d) => d.message.includes("rejoined split name"));
    expect(rejoined).toHaveLength(1);
    expect(rejoined[0].where).toBe("key https://doi.org/10.48550/arxiv.2206.04615");
  });

  it("keeps identifiers, year, venue and UTF-8 names", () => {
    expect(record.title).toBe("Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models");
    expect(record.doi).toBe("10.48550/arxiv.2206.04615");
    expect(record.arxiv).toBe("2206.04615");
    expect(record.url).toBe("https://arxiv.org/abs/2206.04615");
    expect(record.year).toBe(2022);
    expect(record.venue).toBe("arXiv");
    expect(record.type).toBe("misc");
    expect(record.authors[0]).toEqual({ name: "Srivastava, Aarohi", given: "Aarohi", family: "Srivastava" });
    expect(record.authors.find((a) => a.family === "Bojanowski")?.given).toBe("Bartłomiej");
  });
});

describe("large-hepml-livingreview.bib", () => {
  const started = performance.now();
  const result = parseFile("large-hepml-livingreview.bib");
  const elapsed = performance.now() - started;

  it("reads 2,423 entries past the Markdown first line, one of them empty", () => {
    expect(result.records).toHaveLength(2422);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics.find((d) => d.where === "key dummy")?.message).toMatch(/neither a title nor authors/);
  });

  it("keeps {ICARUS and SBND Collaborations} as one literal author", () => {
    const record = byKey(result.records, "ICARUS:2026bek");
    expect(record.authors).toEqual([{ name: "ICARUS and SBND Collaborations", literal: true }]);
    expect(record.arxiv).toBe("2605.18861");
  });

  it("marks the 157 'and others' lists as truncated, never as a person", () => {
    expect(result.records.filter((r) => r.authorsTruncated)).toHaveLength(157);
    expect(result.records.flatMap((r) => r.authors).filter((a) => /^others$/i.test(a.name))).toEqual([]);
  });

  it("parses 1 MB in well under a few seconds", () => {
    expect(elapsed).toBeLessThan(5000);
  });
});

describe("the treewidth pair", () => {
  const papers = { name: "large-treewidth-papers.bib", text: read("large-treewidth-papers.bib") };
  const definitions = { name: "large-treewidth-definitions.bib", text: read("large-treewidth-definitions.bib") };

  it("resolves macros defined in the other file, whichever comes first", () => {
    for (const order of [
      [papers, definitions],
      [definitions, papers],
    ]) {
      const results = parseBibtexFiles(order);
      const paperResult = results[order.indexOf(papers)];
      expect(paperResult.records).toHaveLength(2157);
      expect(byKey(paperResult.records, "AbdelbarH98").venue).toBe("Artificial Intelligence");
      expect(byKey(paperResult.records, "AardalHLT02").venue).toBe("Operations Research");
      expect(paperResult.diagnostics.filter((d) => d.message.includes("undefined @string"))).toEqual([]);
      expect(results[order.indexOf(definitions)].records).toHaveLength(0);
    }
  });

  it("chains macros through parseBibtex's options in the given order", () => {
    const first = parseBibtex(definitions.text, definitions.name);
    expect(first.macros.artint).toBe("Artificial Intelligence");
    const second = parseBibtex(papers.text, papers.name, { macros: first.macros });
    expect(byKey(second.records, "AbdelbarH98").venue).toBe("Artificial Intelligence");
  });

  it("alone, says which macros are missing instead of failing", () => {
    const alone = parseBibtex(papers.text, papers.name);
    expect(alone.records).toHaveLength(2157);
    expect(byKey(alone.records, "AbdelbarH98").venue).toBe("artint");
    const warning = alone.diagnostics.find((d) => d.message.includes('undefined @string macro "artint"'));
    expect(warning?.level).toBe("warning");
  });
});

describe("lab files", () => {
  it("lab-4c decodes LaTeX accents in names", () => {
    const result = parseFile("lab-4c-multiphysics.bib");
    expect(result.records).toHaveLength(316);
    const record = byKey(result.records, "Köglmeier2026");
    expect(record.authors[0]).toEqual({ name: "Köglmeier, Lea J.", given: "Lea J.", family: "Köglmeier" });
    expect(record.authors[3]).toEqual({ name: "Temür, Buğrahan Z.", given: "Buğrahan Z.", family: "Temür" });
    // HTML inside url: the http(s) link is kept and its DOI read
    expect(record.url).toBe("https://doi.org/10.1007/s10237-026-02064-8");
    expect(record.doi).toBe("10.1007/s10237-026-02064-8");
    // per-letter and double case braces vanish
    expect(byKey(result.records, "Datz2026").title).toBe(
      "Influence of Coronary Plaque Morphology on Local Mechanical States and Associated In-Stent Restenosis",
    );
  });

  it("lab-3c reads 35 entries past YAML front matter and takes ORCIDs from notes", () => {
    const result = parseFile("lab-3c-carrette-endnote.bib");
    expect(result.records).toHaveLength(35);
    expect(result.skipped).toBe(0);
    expect(result.records[0].source.where).toBe("key RN1727");
    const authors = result.records[0].authors;
    expect(authors).toHaveLength(16);
    expect(authors.find((a) => a.family === "Zahedi")?.ids).toEqual({ orcid: "0009-0008-8151-4850" });
    expect(authors.find((a) => a.family === "Carrette")?.ids).toEqual({ orcid: "0000-0002-5217-2774" });
    expect(authors.find((a) => a.family === "Ramborger")?.ids).toBeUndefined();
    // "de Guglielmo, Giordano / Orcid: …" in the note; "de Guglielmo, G." (particle "de") in the author list
    for (const key of ["RN1726", "RN1131"]) {
      const author = byKey(result.records, key).authors.find((a) => a.family === "Guglielmo");
      expect(author).toEqual({ name: "de Guglielmo, G.", given: "G.", particle: "de", family: "Guglielmo", ids: { orcid: "0000-0002-4782-7430" } });
    }
    const orcids = result.records.flatMap((r) => r.authors).filter((a) => a.ids?.orcid).length;
    expect(orcids).toBe(28);
  });
});

describe("crossref-generated-muro.bib", () => {
  const result = parseFile("crossref-generated-muro.bib");

  it("keeps all 42 entries although 12 keys repeat, each repeat with a diagnostic", () => {
    expect(result.records).toHaveLength(42);
    const keys = result.records.map((r) => r.source.where);
    const repeats = keys.length - new Set(keys).size;
    const duplicates = result.diagnostics.filter((d) => d.message.startsWith("duplicate citation key"));
    expect(duplicates).toHaveLength(repeats);
    expect(new Set(duplicates.map((d) => d.where)).size).toBe(12);
    expect(duplicates.every((d) => d.level === "info")).toBe(true);
  });

  it("reads bare month macros without complaint", () => {
    expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
  });
});

describe("biber-crossrefs.bib", () => {
  const result = parseFile("fixtures/biber-crossrefs.bib");

  it("children inherit from a parent that comes later in the file", () => {
    const child = byKey(result.records, "cr1");
    expect(child.title).toBe("Great and Good Graphs");
    expect(child.authors.map((a) => a.name)).toEqual(["Graham Gullam"]);
    expect(child.venue).toBe("Graphs of the Continent"); // the parent's title as booktitle
    expect(child.year).toBe(1974);
    expect(byKey(result.records, "cr2").venue).toBe("Graphs of the Continent");
  });

  it("the parent stays a record of its own (editors as authors, with a note)", () => {
    const parent = byKey(result.records, "cr_m");
    expect(parent.authors.map((a) => a.name)).toEqual(["Edgar Erbriss"]);
    expect(parent.venue).toBe("Grimble");
    expect(result.diagnostics.some((d) => d.where === "key cr_m" && d.message.includes("editors are used"))).toBe(true);
  });

  it("stops at crossref cycles", () => {
    expect(result.diagnostics.some((d) => d.message.includes("crossref cycle"))).toBe(true);
  });
});

describe("biblatex-apa-test-references.bib", () => {
  const result = parseFile("biblatex-apa-test-references.bib");

  it("reads DATE for the year, @online, and corporate authors in double braces", () => {
    // 226 DATE fields: one is `-3000~`, three sit on entries skipped for having neither title nor authors
    const years = result.records.filter((r) => r.year !== undefined).length;
    expect(years).toBe(222);
    const online = byKey(result.records, "10.7:69");
    expect(online).toMatchObject({ type: "online", year: 2018, authors: [{ name: "D. Perkins", given: "D.", family: "Perkins" }] });
    expect(online.title).toBe("The good place ends its Remarkable Second Season With Irrational Hope, Unexpected Gifts, and a Smile");
    const corporate = result.records.flatMap((r) => r.authors).filter((a) => a.literal);
    expect(corporate.length).toBeGreaterThan(10);
    expect(corporate.every((a) => a.given === undefined && a.family === undefined)).toBe(true);
  });

  it("keeps the 22 one-word names of one entry as 22 authors", () => {
    expect(result.records.some((r) => r.authors.length === 22)).toBe(true);
  });
});

describe("small fixtures", () => {
  it("biber-names: particles, suffixes, braces", () => {
    const records = parseFile("fixtures/biber-names.bib").records;
    const first = (key: string) => byKey(records, key).authors[0];
    expect(first("L5")).toEqual({ name: "Egbert von Eel", given: "Egbert", particle: "von", family: "Eel" });
    expect(first("L6")).toMatchObject({ given: "Francis", particle: "van der valt", family: "Frome" });
    expect(first("L10")).toMatchObject({ given: "James", family: "Jolly", suffix: "III" });
    expect(first("L11")).toMatchObject({ given: "Kevin", particle: "van", family: "Kluster", suffix: "Jr." });
    expect(first("L12")).toMatchObject({ given: "Charles Louis Xavier Joseph", particle: "de la", family: "Vallée Poussin" });
    expect(first("L20")).toMatchObject({ given: "John Henry", family: "Ford" });
    expect(first("L21")).toMatchObject({ given: "Šomeone", family: "Smith" });
    expect(first("L22")).toMatchObject({ given: "Someone", family: "Šmith" });
    expect(first("L1id")).toMatchObject({ given: "Alfred", family: "Adler" });
    expect(first("L25")).toEqual({ name: "American Psychological Association, Task Force on the Sexualization of Girls", literal: true });
    // the commented-out entries L27 and L28 are not read
    expect(records.some((r) => r.source.where === "key L27")).toBe(false);
  });

  it("ads-mnras: \\newcommand in @preamble expands, braced family names split", () => {
    const [record] = parseFile("fixtures/ads-mnras.bib").records;
    expect(record.venue).toBe("Monthly Notices of the Royal Astronomical Society");
    expect(record.title).toBe("L1495 revisited: a PPMAP view of a star-forming filament");
    expect(record.authors[0]).toEqual({ name: "Howard, A. D. P.", given: "A. D. P.", family: "Howard" });
    expect(record.arxiv).toBe("1908.02295");
    expect(record.doi).toBe("10.1093/mnras/stz2234");
    expect(record.ids).toEqual({ ads: "2019MNRAS.489..962H" });
  });

  it("bbt-and-others: truncated list of one; editors not authors", () => {
    const [record] = parseFile("fixtures/bbt-and-others.bib").records;
    expect(record.authors).toEqual([{ name: "Madelung, O.", given: "O.", family: "Madelung" }]);
    expect(record.authorsTruncated).toBe(true);
    expect(record.title).toBe("Cuprous oxide (Cu₂O) crystal structure, lattice parameters");
    expect(record.venue).toBe("Landolt-Börnstein");
  });

  it("bbt-literal-corporate-names: commas and 'and' inside braces stay in one literal name", () => {
    const [record] = parseFile("fixtures/bbt-literal-corporate-names.bib").records;
    expect(record.authors).toHaveLength(20);
    expect(record.authors[17]).toEqual({ name: "Council on Cardiopulmonary, Critical Care, Perioperative and Resuscitation", literal: true });
    expect(record.ids?.pmid).toBe("23439512");
  });

  it("citationjs-syntax-torture: macros, #, @string in parentheses, @comment", () => {
    const result = parseFile("fixtures/citationjs-syntax-torture.bib");
    expect(result.records[0].title).toBe("åı and íTitle string a string b string c");
    expect(result.records[0].venue).toBe("a space between this and this");
    expect(byKey(result.records, "label").title).toBe("ı");
    const bausch = result.records.find((r) => r.authors.length === 3);
    expect(bausch?.authors).toEqual([
      { name: "Bausch", family: "Bausch" },
      { name: "Lomb", family: "Lomb" },
      { name: "Bausch and Lomb", literal: true },
    ]);
    expect(result.records.filter((r) => r.title === "foo").length).toBeGreaterThanOrEqual(14);
  });

  it("bibtexparser-features2: nested macros and concatenation", () => {
    const [record] = parseFile("fixtures/bibtexparser-features2.bib").records;
    expect(record.title).toBe("Cool Stuff");
    expect(record.venue).toBe("My International Conference");
    expect(record.authors).toEqual([{ name: "John Doe", given: "John", family: "Doe" }]);
  });

  it("bibtexparser-traps: authors separated by comma + newline are read as two people", () => {
    const result = parseFile("fixtures/bibtexparser-traps.bib");
    const [record] = result.records;
    expect(record.title).toBe("An amazing title");
    expect(record.authors).toEqual([
      { name: "Jean Laidé", given: "Jean", family: "Laidé" },
      { name: "Ben Loaeb", given: "Ben", family: "Loaeb" },
    ]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['the author list is separated by commas, not "and"; read as 2 names']);
    expect(record.abstract).toMatch(/^This is an abstract\. .* érudit word$/);
  });

  it("empty-and-paren-edge-cases: two empty entries are counted as skipped", () => {
    const result = parseFile("fixtures/empty-and-paren-edge-cases.bib");
    expect(result.records).toEqual([]);
    expect(result.skipped).toBe(2);
  });

  it("cyrillic-primo-nlr: Cyrillic key and fields", () => {
    const [record] = parseFile("fixtures/cyrillic-primo-nlr.bib").records;
    expect(record.source.where).toBe("key АренсЗ2022Кдпз");
    expect(record.authors).toEqual([{ name: "Аренс З", given: "Аренс", family: "З" }]);
    expect(record.ids?.isbn).toBe("978-5-00169-985-9");
    expect(record.venue).toBe("Как делать полезные заметки эффективная система организации идей по методу Zettelkasten");
  });
});
