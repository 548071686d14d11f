/**
 * Text from nowhere: random strings, random Unicode (astral, lone surrogates, NUL), and random
 * JSON-ish and XML-ish documents shaped like the formats' own, through the registry and identity.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyText, HOSTILE_PIECES, jsonishArbitrary, xmlishArbitrary } from "./mutate.ts";
import { runPipeline } from "./invariants.ts";
import { params, saveFailingInput } from "./settings.ts";

function check(label: string, text: string) {
  const outcome = runPipeline([{ name: `${label}.txt`, text }]);
  if (outcome.problems.length > 0) saveFailingInput(label, text);
  expect(outcome.problems).toEqual([]);
}

/** The openings that make the sniffer pick each format, so random bodies reach every importer. */
const OPENINGS = [
  "", "@article{k,\n", "@book(k, ", "@string{x = ", "TY  - JOUR\r\n", "PT J\nAU ", "FN Clarivate\nVR 1.0\nPT J\n",
  "[", "{", '{"results":[', '{"message-type":"work-list","message":{"items":[', '{"orcid-identifier":', '[{"id":"a","type":"article-journal",',
  "<dblp>", '<?xml version="1.0"?>\n<gexf>', "<graphml>", "graph [\n", "Authors,Title,Year,Source title,DOI,Link\n",
  "Author full names,Title,Year\n", "Authors,Title,Publication,Volume,Number,Pages,Year,Publisher\n", '"Lens ID","Title","Authors"\n',
  "id,doi,title,publication_year,authorships.author.display_name\n",
  "Jane Doe\nProfessor\n\nPublications\n\nA title of a paper\nJ Doe, A Smith\nJournal of Things, 2020\n",
];

describe("random text never breaks the importers or collect", () => {
  it("fc.string behind every format's opening", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), fc.string({ maxLength: 300 }), (opening, body) => check("string", opening + body)),
      params(150),
    );
  });

  it("any Unicode (astral, lone surrogates, NUL) behind every opening", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), anyText({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 20 }).map((s) => s + "\uD800\u0000"), (opening, body, tail) =>
        check("unicode", opening + body + tail),
      ),
      params(150),
    );
  });

  it("syntax soup: hostile pieces and random words in any order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 }), (opening, pieces) =>
        check("soup", opening + pieces.join("")),
      ),
      params(200),
    );
  });

  it("JSON-ish documents", () => {
    fc.assert(fc.property(jsonishArbitrary, (text) => check("jsonish", text)), params(150));
  });

  it("XML-ish documents", () => {
    fc.assert(fc.property(xmlishArbitrary, (text) => check("xmlish", text)), params(150));
  });

  it("hostile URLs never survive into a record (every format's URL field)", () => {
    const url = fc.constantFrom(
      "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)", "java\nscript:alert(1)",
      "javascript&colon;alert(1)", "data:text/html,<script>x</script>", "vbscript:msgbox", "file:///etc/passwd", "//evil.org/x",
      "\\url{javascript:alert(1)}", "https://ok.org/\u0000javascript:", "&#106;avascript:alert(1)",
    );
    const carriers: ((u: string) => string)[] = [
      (u) => `@misc{k, title={T}, author={A, B}, year={2020}, url={${u}}}`,
      (u) => `@misc{k, title={T}, author={A, B}, year={2020}, howpublished={\\url{${u}}}}`,
      (u) => `TY  - JOUR\r\nTI  - T\r\nAU  - A, B\r\nUR  - ${u}\r\nER  - \r\n`,
      (u) => JSON.stringify([{ id: "a", type: "article-journal", title: "T", author: [{ family: "A", given: "B" }], URL: u }]),
      (u) => `<dblp><article key="k"><author>A B</author><title>T</title><year>2020</year><ee>${u.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</ee></article></dblp>`,
      (u) => `Authors,Title,Year,Source title,DOI,Link\n"A B.",T,2020,J,,"${u.replace(/"/g, '""')}"\n`,
    ];
    fc.assert(
      fc.property(url, fc.constantFrom(...carriers), (u, carrier) => check("url", carrier(u))),
      params(120),
    );
  });
});
