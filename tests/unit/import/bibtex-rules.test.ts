import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBibtex, parseBibtexFiles, splitNameList } from "../../../src/import/bibtex.ts";
import { latexToUnicode } from "../../../src/import/latex.ts";

const parse = (text: string) => parseBibtex(text, "test.bib");
const one = (text: string) => {
  const result = parse(text);
  expect(result.records).toHaveLength(1);
  return result.records[0];
};
const messages = (text: string) => parse(text).diagnostics.map((d) => `${d.level} ${d.where}: ${d.message}`);

describe("latexToUnicode", () => {
  it.each([
    ['K\\"{o}glmeier', "Köglmeier"],
    ["Bu\\u{g}rahan", "Buğrahan"],
    ["{\\'e}cole", "école"],
    ["Stra\\ss e", "Straße"],
    ["{\\v S}omeone", "Šomeone"],
    ["\\c{c}a", "ça"],
    ["{\\o}ystein", "øystein"],
    ["\\L{}ukasz", "Łukasz"],
    ["Ar{\\'o}stica", "Aróstica"],
    ["na\\\"{\\i}ve", "naïve"],
    ["Cu$_2$O", "Cu₂O"],
    ["$\\alpha$-decay", "α-decay"],
    ["pages 12--23 --- done", "pages 12–23 — done"],
    ["``quoted''", "“quoted”"],
    ["A.~D.~P.", "A. D. P."],
    ["Stability {Analysis} and {\\emph{Optimization}}", "Stability Analysis and Optimization"],
    ["\\href{http://x.org}{link text}", "link text"],
    ["Ben \\& Jerry", "Ben & Jerry"],
    ["\\LaTeX{} tricks", "LaTeX tricks"],
    ["\\unknowncommand{kept}", "kept"],
    ["\\~{}user and x\\^{}2", "~user and x^2"],
    ["\\t{oo}", "o\u0361o"],
    ["$\\bar{\\nu}$ and $\\sqrt{s}$", "ν̄ and √s"],
    ["{\\cal L} \\textrightarrow{} x", "L → x"],
  ])("%s → %s", (tex, text) => {
    expect(latexToUnicode(tex)).toBe(text);
  });

  it("expands macros given by the file", () => {
    expect(latexToUnicode("\\mnras", { macros: { mnras: "Monthly Notices" } })).toBe("Monthly Notices");
  });

  it("does not loop on a macro that expands to itself", () => {
    expect(latexToUnicode("\\loop", { macros: { loop: "\\loop" } })).toBe("loop");
  });

  it("returns NFC", () => {
    expect(latexToUnicode('\\"o')).toBe("\u00f6");
  });
});

describe("splitNameList", () => {
  it("splits at top-level 'and' in any case, never inside braces", () => {
    expect(splitNameList("A and B AND C")).toEqual(["A", "B", "C"]);
    expect(splitNameList("{ICARUS and SBND Collaborations} and Smith, J.")).toEqual(["{ICARUS and SBND Collaborations}", "Smith, J."]);
    expect(splitNameList("Anderson and Sandy")).toEqual(["Anderson", "Sandy"]);
    expect(splitNameList("A and\nB")).toEqual(["A", "B"]);
  });
});

describe("entries and syntax", () => {
  it("@string macros, # concatenation and month macros", () => {
    const record = one(`@string{jml = "Journal of "}
      @article{k, title = "T", author = "A. Smith", journal = jml # {Machine} # " Learning", month = mar, year = 2020}`);
    expect(record.venue).toBe("Journal of Machine Learning");
  });

  it("macro names are case-insensitive", () => {
    expect(one(`@STRING{Foo = "Bar"} @book{k, title = fOO, author = {X}}`).title).toBe("Bar");
  });

  it("macros from an earlier file are used; the result hands them on", () => {
    const first = parseBibtex(`@string{pami = {IEEE Trans. PAMI}}`, "a.bib");
    expect(first.macros).toEqual({ pami: "IEEE Trans. PAMI" });
    const second = parseBibtex(`@article{k, title = {T}, author = {A}, journal = pami}`, "b.bib", { macros: first.macros });
    expect(second.records[0].venue).toBe("IEEE Trans. PAMI");
    expect(second.macros.pami).toBe("IEEE Trans. PAMI");
  });

  it("parseBibtexFiles reads macros from any file of the call", () => {
    const [uses] = parseBibtexFiles([
      { name: "uses.bib", text: `@article{k, title = {T}, author = {A}, journal = pami}` },
      { name: "defines.bib", text: `@string{pami = {IEEE Trans. PAMI}}` },
    ]);
    expect(uses.records[0].venue).toBe("IEEE Trans. PAMI");
    expect(uses.diagnostics).toEqual([]);
  });

  it("a macro whose value uses another file's macro resolves, in either order", () => {
    const files = [
      { name: "a.bib", text: `@string{full = short # " Journal"}` },
      { name: "b.bib", text: `@string{short = "Short"} @article{k, title = {T}, author = {A}, journal = full}` },
    ];
    expect(parseBibtexFiles(files)[1].records[0].venue).toBe("Short Journal");
    expect(parseBibtexFiles([...files].reverse())[0].records[0].venue).toBe("Short Journal");
  });

  it("when files disagree on a macro, the nearest earlier file wins, then the nearest later one", () => {
    const use = (name: string) => ({ name, text: `@article{k, title = j, author = {A}}` });
    const define = (name: string, value: string) => ({ name, text: `@string{j = "${value}"}` });
    const results = parseBibtexFiles([use("u0.bib"), define("d1.bib", "one"), use("u2.bib"), define("d3.bib", "three"), use("u4.bib")]);
    expect([0, 2, 4].map((i) => results[i].records[0].title)).toEqual(["one", "one", "three"]);
  });

  it("a file's own @string wins over another file's from its definition on", () => {
    const [own] = parseBibtexFiles([
      { name: "own.bib", text: `@article{a, title = j, author = {A}} @string{j = "Own"} @article{b, title = j, author = {A}}` },
      { name: "other.bib", text: `@string{j = "Other"}` },
    ]);
    expect(own.records.map((r) => r.title)).toEqual(["Other", "Own"]);
  });

  it("@book( … ) with parentheses", () => {
    expect(one(`@book(k, title = "Paren", author = "A B")`).title).toBe("Paren");
  });

  it("@comment, @preamble and @string are not records; @comment may hold an entry", () => {
    const result = parse(`@comment{@book{x, title = "no"}}
      @preamble{"\\newcommand{\\x}{y}"}
      @string{s = "v"}
      @misc{k, title = "yes", author = {A}}`);
    expect(result.records.map((r) => r.title)).toEqual(["yes"]);
    expect(result.skipped).toBe(0);
  });

  it("YAML front matter and Markdown before the first entry are ignored", () => {
    const result = parse(`---\ntitle: "Papers"\nemail: someone@example.org\n---\n\n# My papers\n\n@article{k, title = {T}, author = {A}}\n`);
    expect(result.records).toHaveLength(1);
    expect(result.diagnostics).toEqual([]);
  });

  it("a %-commented entry is not read", () => {
    expect(parse(`%@article{x, title = {no}, author = {A}}\n@article{k, title = {T}, author = {A}}`).records).toHaveLength(1);
  });

  it("duplicate keys: both records, with an info diagnostic naming both lines", () => {
    const result = parse(`@article{k, title = {One}, author = {A}}\n@article{k, title = {Two}, author = {B}}`);
    expect(result.records.map((r) => r.title)).toEqual(["One", "Two"]);
    expect(messages(`@article{k, title = {One}, author = {A}}\n@article{k, title = {Two}, author = {B}}`)).toEqual([
      'info key k: duplicate citation key "k" (line 2; first at line 1); kept as a separate record',
    ]);
  });

  it("crossref: missing fields from the parent, its title as booktitle", () => {
    const result = parse(`@inproceedings{child, title = {Paper}, author = {A. Author}, crossref = {conf}}
      @proceedings{conf, title = {Proc. of Things}, year = 2001, publisher = {P}, editor = {E. Editor}}`);
    expect(result.records[0]).toMatchObject({ title: "Paper", venue: "Proc. of Things", year: 2001, authors: [{ name: "A. Author" }] });
    expect(result.records[1]).toMatchObject({ title: "Proc. of Things", venue: "P" });
  });

  it("BibLaTeX: date, journaltitle, @online, eprint", () => {
    const record = one(`@online{k, title = {T}, author = {A}, date = {2019-01-15}, journaltitle = {JT}, eprint = {2206.04615}, eprinttype = {arxiv}}`);
    expect(record).toMatchObject({ type: "online", year: 2019, venue: "JT", arxiv: "2206.04615" });
  });

  it("a forgotten comma between fields is repaired with a warning", () => {
    const result = parse(`@article{k, title = {T}\n author = {A}}`);
    expect(result.records[0].authors).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.level)).toEqual(["warning"]);
  });

  it("an entry with unbalanced braces does not swallow the next one", () => {
    const result = parse(`@article{bad, title = {Broken, author = {A}\n\n@article{good, title = {Fine}, author = {B}}\n`);
    expect(result.records.map((r) => r.title)).toEqual(["Fine"]);
    expect(result.skipped).toBe(1); // the broken entry was seen: it is counted
    expect(result.diagnostics.find((d) => d.where === "key bad")?.message).toMatch(/neither a title nor authors/);
    const error = result.diagnostics.find((d) => d.level === "error");
    expect(error?.where).toBe("line 1"); // where the broken entry starts
    expect(error?.message).toMatch(/unbalanced braces.*line 1/);
  });

  it("fields read before a syntax error are kept", () => {
    const result = parse(`@article{half, title = {Kept}, author = {A. B}, = {x}}\n@article{next, title = {N}, author = {C}}`);
    expect(result.records.map((r) => r.title)).toEqual(["Kept", "N"]);
    expect(result.diagnostics.filter((d) => d.level === "error")).toHaveLength(1);
  });

  it("an entry without its closing brace keeps its fields and the next entry is read", () => {
    const result = parse(`@article{a,\n  title = {A},\n  author = {X},\n\n@article{b, title = {B}, author = {Y}}\n`);
    expect(result.records.map((r) => r.title)).toEqual(["A", "B"]);
    expect(result.diagnostics.map((d) => `${d.level} ${d.where}`)).toEqual(["error line 1"]);
    expect(result.diagnostics[0].message).toMatch(/"}" missing: the next entry starts at line 5/);
  });

  it("a file that ends inside an entry gives a diagnostic and what came before", () => {
    const result = parse(`@article{a, title = {A}, author = {X}}\n@article{b, title = {B`);
    expect(result.records.map((r) => r.title)).toEqual(["A"]);
    expect(result.diagnostics.some((d) => d.level === "error" && /never closes/.test(d.message))).toBe(true);
  });

  it("an undefined macro is kept as its name, with one warning per macro", () => {
    const result = parse(`@article{a, title = {A}, author = {X}, journal = jacm}\n@article{b, title = {B}, author = {X}, journal = jacm}`);
    expect(result.records.map((r) => r.venue)).toEqual(["jacm", "jacm"]);
    expect(messages(`@article{a, title = {A}, author = {X}, journal = jacm}`)).toEqual([
      'warning key a: undefined @string macro "jacm" (used 1×); kept as the text "jacm". Load the file that defines it in the same import.',
    ]);
  });
});

describe("records", () => {
  it("title: case braces removed, LaTeX decoded, dashes", () => {
    expect(one(`@article{k, title = {{The {GPU} -- a {\\"U}bersicht}}, author = {A}}`).title).toBe("The GPU – a Übersicht");
  });

  it("HTML entities are decoded like LaTeX; the result is text, never markup", () => {
    const record = one(`@article{k, title = {R\\&D at AT&amp;T: caf&#233; \\& <b>more</b>}, author = {Eve {&lt;img&gt;} and Jos&eacute; Smith}}`);
    expect(record.title).toBe("R&D at AT&T: café & <b>more</b>");
    expect(record.authors.map((a) => a.name)).toEqual(["Eve <img>", "José Smith"]);
  });

  it("no title but authors: a made-up title, untitled, a warning", () => {
    const record = one(`@article{smith2020, author = {Smith, J.}}`);
    expect(record).toMatchObject({ title: "Untitled (key smith2020)", untitled: true });
    expect(messages(`@article{smith2020, author = {Smith, J.}}`)).toEqual(["warning key smith2020: no title; a placeholder title was made up"]);
  });

  it("neither title nor authors: skipped with a diagnostic; a keyless entry is named by its line", () => {
    const result = parse(`\n@misc{, year = 2020}`);
    expect(result.records).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "warning", where: "line 2", file: "test.bib" });
  });

  it("title but no authors: a record with empty authors and a warning", () => {
    const record = one(`@misc{k, title = {Anonymous}}`);
    expect(record.authors).toEqual([]);
    expect(messages(`@misc{k, title = {Anonymous}}`)).toEqual(["warning key k: no authors"]);
  });

  it("editors stand in only when there is no author field", () => {
    expect(one(`@book{k, title = {T}, editor = {E. Ditor}}`).authors.map((a) => a.name)).toEqual(["E. Ditor"]);
    expect(one(`@book{k, title = {T}, author = {A. Uthor}, editor = {E. Ditor}}`).authors.map((a) => a.name)).toEqual(["A. Uthor"]);
  });

  it("'and others' and 'et al.' mark truncation and are never a person", () => {
    expect(one(`@article{k, title = {T}, author = {Smith, J. and others}}`)).toMatchObject({ authorsTruncated: true, authors: [{ name: "Smith, J." }] });
    expect(one(`@article{k, title = {T}, author = {Smith, J. and Others}}`).authorsTruncated).toBe(true);
    expect(one(`@article{k, title = {T}, author = {Smith, J.}}`).authorsTruncated).toBe(false);
    for (const marker of ["{others}", "et al.", "{et al}", "...", "…"]) {
      expect(one(`@article{k, title = {T}, author = {Smith, J. and ${marker}}}`)).toMatchObject({ authorsTruncated: true, authors: [{ name: "Smith, J." }] });
    }
  });

  it("a braced name is one literal author, 'and' inside never splits", () => {
    expect(one(`@article{k, title = {T}, author = {{ICARUS and SBND Collaborations} and Doe, Jane}}`).authors).toEqual([
      { name: "ICARUS and SBND Collaborations", literal: true },
      { name: "Doe, Jane", given: "Jane", family: "Doe" },
    ]);
  });

  it("name forms: von, Jr, given-first, extended", () => {
    const authors = one(
      `@article{k, title = {T}, author = {Ludwig van Beethoven and de la Fontaine, Jean and Smith, Jr., John and family=Duchamp, given=Philippe and {\\v S}imon Novak}}`,
    ).authors;
    expect(authors).toEqual([
      { name: "Ludwig van Beethoven", given: "Ludwig", particle: "van", family: "Beethoven" },
      { name: "de la Fontaine, Jean", given: "Jean", particle: "de la", family: "Fontaine" },
      { name: "Smith, Jr., John", given: "John", family: "Smith", suffix: "Jr." },
      { name: "Philippe Duchamp", given: "Philippe", family: "Duchamp" },
      { name: "Šimon Novak", given: "Šimon", family: "Novak" },
    ]);
    expect(one(`@article{k, title = {T}, author = {aarohi srivastava}}`).authors).toEqual([{ name: "aarohi srivastava", given: "aarohi", family: "srivastava" }]);
    const accented = one(`@article{k, title = {T}, author = {\\'{E}va Tardos and \\'Eric Sopena and {\\O}ystein Ore and Wall, W.A., and {\\"u}ber Mensch}}`).authors;
    expect(accented).toEqual([
      { name: "Éva Tardos", given: "Éva", family: "Tardos" },
      { name: "Éric Sopena", given: "Éric", family: "Sopena" },
      { name: "Øystein Ore", given: "Øystein", family: "Ore" },
      { name: "Wall, W.A.,", given: "W.A.", family: "Wall" },
      { name: "über Mensch", particle: "über", family: "Mensch" },
    ]);
  });

  it("split-name repair joins `Given,  and {Family}` only", () => {
    const result = parse(`@misc{k, title = {T}, author = {Upadhyay, Shyam and Shyamolima,  and {Debnath} and Shakeri, Siamak}}`);
    expect(result.records[0].authors.map((a) => a.name)).toEqual(["Upadhyay, Shyam", "Shyamolima Debnath", "Shakeri, Siamak"]);
    expect(result.diagnostics[0].message).toBe('rejoined split name: "Shyamolima," + "{Debnath}" → "Shyamolima Debnath"');
    // not when the first has a given name, or the second is more than one word
    expect(one(`@misc{k, title = {T}, author = {Smith, John and {ACME}}}`).authors.map((a) => a.name)).toEqual(["Smith, John", "ACME"]);
    expect(one(`@misc{k, title = {T}, author = {Smith, and {ACME Corp}}}`).authors.map((a) => a.name)).toEqual(["Smith,", "ACME Corp"]);
  });

  it("a list separated by commas is split only when every piece is a full name", () => {
    const names = (field: string) => one(`@misc{k, title = {T}, author = {${field}}}`).authors.map((a) => a.name);
    expect(names("A. Smith, B. Jones, C. Lee")).toEqual(["A. Smith", "B. Jones", "C. Lee"]);
    expect(names("Jean Laidé,\n  Ben Loaeb")).toEqual(["Jean Laidé", "Ben Loaeb"]);
    expect(names("García Márquez, Gabriel José")).toEqual(["García Márquez, Gabriel José"]);
    expect(names("Smith, Jr., John")).toEqual(["Smith, Jr., John"]);
    expect(names("Smith,\n John")).toEqual(["Smith, John"]);
    expect(names("A. Smith, B. Jones and C. Lee")).toEqual(["A. Smith, B. Jones", "C. Lee"]);
    // Vancouver order (family, then initials) inside such a list
    expect(one(`@misc{k, title = {T}, author = {Rasthofer U., Wall W.A., Gravemeier V.}}`).authors).toEqual([
      { name: "Rasthofer U.", given: "U.", family: "Rasthofer" },
      { name: "Wall W.A.", given: "W.A.", family: "Wall" },
      { name: "Gravemeier V.", given: "V.", family: "Gravemeier" },
    ]);
  });

  it("empty names are dropped with a diagnostic", () => {
    const result = parse(`@article{k, title = {T}, author = {Smith, J. and and {} and Doe, J.}}`);
    expect(result.records[0].authors.map((a) => a.name)).toEqual(["Smith, J.", "Doe, J."]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(["2 empty name(s) in the author list dropped"]);
  });

  it("arXiv id from archiveprefix, journal text, url or DOI", () => {
    expect(one(`@misc{k, title = {T}, author = {A}, eprint = {2206.04615v2}, archiveprefix = {arXiv}}`)).toMatchObject({ arxiv: "2206.04615", venue: "arXiv:2206.04615v2" });
    expect(one(`@article{k, title = {T}, author = {A}, journal = {arXiv preprint arXiv:2206.04615}}`).arxiv).toBe("2206.04615");
    expect(one(`@misc{k, title = {T}, author = {A}, url = {https://arxiv.org/abs/hep-th/9901001v1}}`).arxiv).toBe("hep-th/9901001");
    expect(one(`@misc{k, title = {T}, author = {A}, doi = {10.48550/arXiv.2305.00001}}`).arxiv).toBe("2305.00001");
    expect(one(`@misc{k, title = {T}, author = {A}, eprint = {123}, archiveprefix = {hal}}`).arxiv).toBeUndefined();
    expect(one(`@article{k, title = {T}, author = {A}, journal = {CoRR}, volume = {abs/1606.06565}}`).arxiv).toBe("1606.06565");
    expect(one(`@misc{k, title = {T}, author = {A}, url = {https://arxiv.org/pdf/2206.04615.pdf}}`).arxiv).toBe("2206.04615");
    expect(one(`@misc{k, title = {T}, author = {A}, note = {arXiv:2206.04615}}`).arxiv).toBe("2206.04615");
    // a note that only mentions another paper is not this record's id
    expect(one(`@misc{k, title = {T}, author = {A}, note = {Extends arXiv:2206.04615}}`).arxiv).toBeUndefined();
  });

  it("DOI normalised; url only http(s), anything else dropped with a warning", () => {
    const record = one(`@article{k, title = {T}, author = {A}, doi = {https://doi.org/10.1000/ABC_1}, url = {javascript:alert(1)}}`);
    expect(record.doi).toBe("10.1000/abc_1");
    expect(record.url).toBeUndefined();
    expect(messages(`@article{k, title = {T}, author = {A}, url = {javascript:alert(1)}}`)).toEqual([
      'warning key k: url "javascript:alert(1)" is not an http(s) address; dropped',
    ]);
    expect(one(`@article{k, title = {T}, author = {A}, url = {https://example.org/a\\_b}}`).url).toBe("https://example.org/a_b");
  });

  it("venue by type: publisher for books, school for theses, howpublished for misc", () => {
    expect(one(`@book{k, title = {T}, author = {A}, publisher = {Springer}}`).venue).toBe("Springer");
    expect(one(`@phdthesis{k, title = {T}, author = {A}, school = {MIT}}`).venue).toBe("MIT");
    expect(one(`@misc{k, title = {T}, author = {A}, howpublished = {Blog post}}`).venue).toBe("Blog post");
    expect(one(`@misc{k, title = {T}, author = {A}, howpublished = {\\url{https://x.org}}}`)).toMatchObject({ url: "https://x.org/" });
  });

  it("ids: isbn, openreview from url or note, pmid", () => {
    const record = one(`@inproceedings{k, title = {T}, author = {A}, isbn = {978-3-16-148410-0}, note = {https://openreview.net/forum?id=rJ4km2R5t7}}`);
    expect(record.ids).toEqual({ isbn: "978-3-16-148410-0", openreview: "rJ4km2R5t7" });
  });

  it("ids: the DBLP record a dblp export came from", () => {
    const record = one(`@article{DBLP:journals/corr/abs-2206-04615, title = {T}, author = {A}, journal = {CoRR}, volume = {abs/2206.04615},
      biburl = {https://dblp.org/rec/journals/corr/abs-2206-04615.bib}}`);
    expect(record.ids).toEqual({ dblp: "journals/corr/abs-2206-04615" });
    expect(record.arxiv).toBe("2206.04615");
  });

  it("ORCID: an orcid field on a one-author entry; Family, Given/ORCID pairs", () => {
    expect(one(`@article{k, title = {T}, author = {Carrette, L.}, orcid = {0000-0002-5217-2774}}`).authors[0].ids).toEqual({ orcid: "0000-0002-5217-2774" });
    const authors = one(`@article{k, title = {T}, author = {Carrette, L. and George, O.}, orcid-numbers = {George, Olivier/0000-0002-3700-5003}}`).authors;
    expect(authors.map((a) => a.ids)).toEqual([undefined, { orcid: "0000-0002-3700-5003" }]);
    expect(messages(`@article{k, title = {T}, author = {A. B and C. D}, orcid = {0000-0002-3700-5003}}`)).toEqual([
      "info key k: ORCID 0000-0002-3700-5003 is not tied to one of the 2 authors; not assigned",
    ]);
    const annotated = one(`@article{k, title = {T}, author = {A. B and C. D}, author+an:orcid = {2="0000-0002-3700-5003"}}`).authors;
    expect(annotated.map((a) => a.ids)).toEqual([undefined, { orcid: "0000-0002-3700-5003" }]);
    // ambiguous: two authors with the same family name and initial get none
    const twins = one(`@article{k, title = {T}, author = {Wang, J. and Wang, J.}, note = {Wang, Jun\nOrcid: 0000-0002-3700-5003}}`).authors;
    expect(twins.map((a) => a.ids)).toEqual([undefined, undefined]);
  });

  it("source names the key, or the line when there is none", () => {
    expect(one(`@article{smith2020, title = {T}, author = {A}}`).source).toEqual({ file: "test.bib", where: "key smith2020" });
    expect(one(`\n\n@article{title = {T}, author = {A}}`).source).toEqual({ file: "test.bib", where: "line 3" });
  });
});

describe("robustness", () => {
  it("never throws and always accounts for what it saw, whatever the text", () => {
    const alphabet = fc.constantFrom("@", "article", "string", "comment", "{", "}", "(", ")", '"', "=", ",", "#", "%", "\\", "and", " ", "\n", "x", "title", "author", "others", "$", "~");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (pieces) => {
        const result = parse(pieces.join(""));
        expect(result.skipped).toBeGreaterThanOrEqual(0);
        for (const record of result.records) expect(typeof record.title).toBe("string");
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it("reads back every entry of generated files exactly (any delimiters, spacing, stray text)", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    const person = fc.tuple(word, word).map(([given, family]) => ({ given, family }));
    const entry = fc.record({
      key: fc.stringMatching(/^[a-z][a-z0-9:_-]{0,12}$/),
      type: fc.constantFrom("article", "inproceedings", "misc", "book", "online"),
      title: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")),
      authors: fc.array(person, { minLength: 1, maxLength: 6 }),
      inverted: fc.boolean(),
      parens: fc.boolean(),
      quotes: fc.boolean(),
      year: fc.integer({ min: 1900, max: 2030 }),
      junk: fc.constantFrom("", "\n% a comment\n", "\nSome text between entries.\n", "\n\n"),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 8 }), (entries) => {
        const text = entries
          .map((e) => {
            const names = e.authors.map((p) => (e.inverted ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`)).join(" and ");
            const [open, close] = e.parens ? ["(", ")"] : ["{", "}"];
            const value = (v: string) => (e.quotes ? `"${v}"` : `{${v}}`);
            return `${e.junk}@${e.type}${open}${e.key},\n  title = ${value(`{${e.title}}`)},\n  author = ${value(names)},\n  year = ${e.year}\n${close}`;
          })
          .join("\n");
        const result = parse(text);
        expect(result.records).toHaveLength(entries.length);
        expect(result.skipped).toBe(0);
        result.records.forEach((record, i) => {
          const e = entries[i];
          expect(record.source.where).toBe(`key ${e.key}`);
          expect(record.title).toBe(e.title);
          expect(record.year).toBe(e.year);
          expect(record.type).toBe(e.type);
          expect(record.authors.map((a) => [a.given, a.family])).toEqual(e.authors.map((p) => [p.given, p.family]));
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("is deterministic", () => {
    const text = `@article{a, title = {T}, author = {A and B and others}, journal = j}\n@string{j = "J"}`;
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
  });

  it("does not hang on large pathological inputs", () => {
    const inputs = [
      "{".repeat(1_000_000),
      "@article{".repeat(100_000),
      `@article{k, title = {${"\\\"".repeat(200_000)}}, author = {${"a and ".repeat(50_000)}}}`,
      `@article{k, author = "${"{".repeat(300_000)}`,
      "@".repeat(500_000),
      "@ ".repeat(300_000),
      "x @a ".repeat(200_000),
      `% ${"@b{ ".repeat(200_000)}`,
      `@article{k, title = "${"x".repeat(500_000)}`,
    ];
    for (const text of inputs) {
      const started = performance.now();
      const result = parse(text);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(0);
    }
  });
});
