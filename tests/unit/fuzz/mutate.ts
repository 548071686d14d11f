/**
 * Random damage to real files, as fast-check arbitraries: the ways a publication list gets
 * broken in the wild (cut short, mangled by an editor, pasted twice, re-encoded, line ends
 * swapped) plus hostile pieces (`javascript:` URLs, NUL, lone surrogates).
 *
 * Everything here is pure and driven by fast-check's seeded random source, so a failing case
 * is reproduced by its seed and path.
 */
import fc from "fast-check";

/** One edit to a text; positions are fractions of the current length so they fit any text. */
export type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; piece: string }
  | { kind: "duplicate"; at: number; length: number; to: number }
  | { kind: "line-ends"; style: "crlf" | "cr" | "lf" };

/** Pieces that are syntax in one of the formats, or hostile to any of them. */
export const HOSTILE_PIECES = [
  "{", "}", "{{", "}}", '"', '""', "@", "@article{", "@string{x=", "@comment{", "#", "%", "\\", "\\\"", "$",
  ",", "=", ";", "|", "\t", "\n", "\r", "\r\n", "\n\n",
  "<", ">", "</", "&", "&amp;", "&auml;", "&#0;", "&#x110000;", "<![CDATA[", "]]>", "<!DOCTYPE x [",
  "[", "]", ":", "null", "1e999", "-0", '{"', '":', '"url":"javascript:alert(1)"',
  "\u0000", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uFFFD", "\uFEFF", "\u2028", "\u202E", "\u0301",
  "TY  - ", "ER  - ", "AU  - ", "PT J\n", "AU ", "ER\n",
  "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x",
  "url = {javascript:alert(1)}", "UR  - javascript:alert(1)\r\n", "howpublished = {\\url{data:text/html,x}}",
];

/** Any code points (astral included), what fast-check 3 called fullUnicodeString. */
export const anyText = (constraints: { maxLength?: number } = {}) => fc.string({ unit: "binary", ...constraints });

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fraction, bit: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("delete" as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fraction, piece: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), anyText({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fraction, length: fc.integer({ min: 1, max: 600 }), to: fraction }),
  fc.record({ kind: fc.constant("line-ends" as const), style: fc.constantFrom("crlf" as const, "cr" as const, "lf" as const) }),
);

/** Applies one edit. Works on UTF-16 code units on purpose: cutting a pair in half makes lone surrogates. */
export function applyMutation(text: string, mutation: Mutation): string {
  const position = (at: number) => Math.floor(at * (text.length + 1));
  switch (mutation.kind) {
    case "flip": {
      if (text.length === 0) return text;
      const at = Math.min(position(mutation.at), text.length - 1);
      return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << mutation.bit)) + text.slice(at + 1);
    }
    case "truncate":
      return text.slice(0, position(mutation.at));
    case "delete": {
      const at = position(mutation.at);
      return text.slice(0, at) + text.slice(at + mutation.length);
    }
    case "insert": {
      const at = position(mutation.at);
      return text.slice(0, at) + mutation.piece + text.slice(at);
    }
    case "duplicate": {
      const at = position(mutation.at);
      const run = text.slice(at, at + mutation.length);
      const to = position(mutation.to);
      return text.slice(0, to) + run + text.slice(to);
    }
    case "line-ends": {
      const lf = text.replace(/\r\n?/g, "\n");
      return mutation.style === "lf" ? lf : lf.replace(/\n/g, mutation.style === "crlf" ? "\r\n" : "\r");
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/**
 * A window of a file: from the start half of the time (keeps CSV headers, JSON openings,
 * format signatures), otherwise from anywhere. Small windows keep each case fast.
 */
export function windowArbitrary(text: string, maxLength: number): fc.Arbitrary<string> {
  return fc
    .record({ fromStart: fc.boolean(), start: fraction, length: fc.integer({ min: 0, max: maxLength }) })
    .map(({ fromStart, start, length }) => {
      const from = fromStart ? 0 : Math.floor(start * text.length);
      return text.slice(from, from + length);
    });
}

/** A window of `text` with 0–`maxMutations` edits applied. */
export function damagedWindow(text: string, maxLength: number, maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .tuple(windowArbitrary(text, maxLength), fc.array(mutationArbitrary, { maxLength: maxMutations }))
    .map(([window, mutations]) => applyMutations(window, mutations));
}

/** Byte-level damage for the command line, which decodes bytes itself (invalid UTF-8, stray Latin-1). */
export function damageBytes(bytes: Uint8Array, edits: readonly { at: number; value: number }[]): Uint8Array {
  const copy = bytes.slice();
  for (const edit of edits) if (copy.length > 0) copy[Math.floor(edit.at * copy.length)] = edit.value;
  return copy;
}

export const byteEditsArbitrary = fc.array(fc.record({ at: fraction, value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 });

/** JSON-ish text: real JSON values with the shapes the JSON importers look for, then damaged. */
export const jsonishArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc
        .record({
          results: fc.array(
            fc.record({
              title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
              display_name: fc.oneof(anyText(), fc.constant(null)),
              doi: fc.oneof(fc.constant("https://doi.org/10.1/x"), fc.string()),
              publication_year: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
              authorships: fc.array(fc.record({ author: fc.oneof(fc.record({ display_name: anyText(), id: fc.string() }), fc.constant(null)) }), { maxLength: 4 }),
              primary_location: fc.record({ landing_page_url: fc.constantFrom("javascript:alert(1)", "data:x", "https://x.org", "") }),
            }),
            { maxLength: 4 },
          ),
        })
        .map((value) => JSON.stringify(value)),
      fc
        .array(
          fc.record({
            id: fc.string(),
            type: fc.constantFrom("article-journal", "book", "", "x"),
            title: fc.oneof(anyText(), fc.constant(null)),
            author: fc.array(fc.oneof(fc.record({ given: anyText(), family: anyText() }), fc.record({ literal: fc.string() }), fc.constant(null)), { maxLength: 4 }),
            URL: fc.constantFrom("javascript:alert(1)", "data:text/html,x", "https://ok.org/", "ftp://x"),
            issued: fc.oneof(fc.record({ "date-parts": fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 2 }) }), fc.string()),
          }),
          { maxLength: 4 },
        )
        .map((value) => JSON.stringify(value)),
      fc
        .record({
          "message-type": fc.constant("work-list"),
          message: fc.record({
            items: fc.array(fc.record({ title: fc.array(anyText(), { maxLength: 2 }), author: fc.array(fc.record({ given: fc.string(), family: fc.string(), ORCID: fc.string() }), { maxLength: 3 }), URL: fc.constantFrom("javascript:x", "https://a.b") }), { maxLength: 3 }),
          }),
        })
        .map((value) => JSON.stringify(value)),
    ),
    fc.array(mutationArbitrary, { maxLength: 3 }),
  )
  .map(([text, mutations]) => applyMutations(text, mutations));

const xmlName = fc.constantFrom("dblp", "article", "inproceedings", "author", "title", "year", "url", "ee", "www", "graphml", "gexf", "node", "edge", "key", "data", "x");
type XmlTree = { name: string; attributes: [string, string][]; children: (XmlTree | string)[] };
const xmlTree: fc.Arbitrary<XmlTree> = fc.letrec<{ node: XmlTree }>((tie) => ({
  node: fc.record({
    name: xmlName,
    attributes: fc.array(fc.tuple(fc.constantFrom("key", "id", "orcid", "source", "target", "label", "mdate"), fc.string({ maxLength: 12 })), { maxLength: 2 }),
    children: fc.array(fc.oneof({ depthSize: "small" }, fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("&auml;", "&amp;", "&bogus;", "javascript:alert(1)", "https://x.org/")), tie("node")), { maxLength: 4 }),
  }),
})).node;

function renderXml(tree: XmlTree | string): string {
  if (typeof tree === "string") return tree;
  const attributes = tree.attributes.map(([key, value]) => ` ${key}="${value}"`).join("");
  return `<${tree.name}${attributes}>${tree.children.map(renderXml).join("")}</${tree.name}>`;
}

/** XML-ish text: random element trees of the DBLP/GEXF/GraphML vocabularies, unescaped text included, then damaged. */
export const xmlishArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("", '<?xml version="1.0" encoding="ISO-8859-1"?>\n', '<?xml version="1.0"?><!DOCTYPE dblp SYSTEM "dblp.dtd">'), xmlTree, fc.array(mutationArbitrary, { maxLength: 3 }))
  .map(([prolog, tree, mutations]) => applyMutations(prolog + renderXml(tree), mutations));
