/**
 * Markup that sources wrap around plain text: XML/HTML entities (including the DTD
 * named entities of dblp.xml, which a strict XML parser rejects without the DTD)
 * and tags (JATS abstracts, HTML titles). Everything here is linear-time.
 */
import { cleanText } from "./normalize.ts";

/** HTML 4 Latin-1 entity names, in code point order from U+00A0 to U+00FF. */
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr " +
  "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
  "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

/** Other named entities seen in bibliographic sources. */
const OTHER_ENTITIES: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192,
  circ: 0x2c6, tilde: 0x2dc, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c,
  zwj: 0x200d, ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022,
  hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a,
  euro: 0x20ac, trade: 0x2122, minus: 0x2212, le: 0x2264, ge: 0x2265, ne: 0x2260, infin: 0x221e,
  alpha: 0x3b1, beta: 0x3b2, gamma: 0x3b3, delta: 0x3b4, epsilon: 0x3b5, lambda: 0x3bb,
  mu: 0x3bc, pi: 0x3c0, sigma: 0x3c3, tau: 0x3c4, phi: 0x3c6, omega: 0x3c9,
  Gamma: 0x393, Delta: 0x394, Lambda: 0x39b, Pi: 0x3a0, Sigma: 0x3a3, Phi: 0x3a6, Omega: 0x3a9,
};

const NAMED_ENTITIES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  LATIN1_NAMES.split(" ").forEach((name, index) => map.set(name, String.fromCodePoint(0xa0 + index)));
  for (const [name, code] of Object.entries(OTHER_ENTITIES)) map.set(name, String.fromCodePoint(code));
  return map;
})();

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function codePointText(code: number): string | undefined {
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** `&auml;`, `&#228;`, `&#xE4;` → `ä`. Unknown entities are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return codePointText(Number(dec)) ?? whole;
    if (hex !== undefined) return codePointText(parseInt(hex, 16)) ?? whole;
    return NAMED_ENTITIES.get(name ?? "") ?? whole;
  });
}

/**
 * Rewrite every non-XML named entity as a numeric reference, so an XML parser that
 * knows no DTD can read dblp.xml. The five XML entities stay as they are.
 */
export function namedEntitiesToNumeric(xml: string): string {
  if (!xml.includes("&")) return xml;
  return xml.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name === "amp" || name === "lt" || name === "gt" || name === "quot" || name === "apos") return whole;
    const char = NAMED_ENTITIES.get(name);
    return char === undefined ? whole : `&#${char.codePointAt(0)};`;
  });
}

/**
 * Markup → plain text: drop tags (JATS, HTML, MathML), decode entities, collapse
 * white space. Block-level closing tags become spaces so words do not run together.
 */
export function stripMarkup(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = dropComments(String(value)).replace(/<\/?(?:[A-Za-z][\w:.-]*)(?:\s[^<>]*)?\/?>/g, (tag) => (isInlineTag(tag) ? "" : " "));
  return cleanText(decodeEntities(text));
}

const INLINE_TAGS = new Set(["i", "b", "em", "strong", "sub", "sup", "tt", "u", "sc", "span", "italic", "bold", "a", "small", "math", "mi", "mo", "mn", "inline-formula", "tex-math"]);

function isInlineTag(tag: string): boolean {
  const name = /^<\/?([A-Za-z][\w:.-]*)/.exec(tag)?.[1] ?? "";
  const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
  return INLINE_TAGS.has(local.toLowerCase());
}

/** `<!-- … -->` removed with indexOf, not a lazy regex (an unclosed comment must not go quadratic). */
function dropComments(text: string): string {
  let start = text.indexOf("<!--");
  if (start < 0) return text;
  let out = "";
  let from = 0;
  while (start >= 0) {
    out += text.slice(from, start) + " ";
    const end = text.indexOf("-->", start + 4);
    if (end < 0) return out;
    from = end + 3;
    start = text.indexOf("<!--", from);
  }
  return out + text.slice(from);
}
