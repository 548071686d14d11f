/**
 * Text folding for *matching* only: display strings are never folded.
 * Folding removes what differs between sources but not between people:
 * case, diacritics, punctuation, hyphen look-alikes, white space.
 */

/** Letters that NFD does not decompose into a base letter plus marks. */
const SPECIAL_LETTERS: Record<string, string> = {
  ø: "o", Ø: "o", ß: "ss", ẞ: "ss", ł: "l", Ł: "l", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe",
  đ: "d", Đ: "d", ð: "d", Ð: "d", þ: "th", Þ: "th", ı: "i", ħ: "h", Ħ: "h", ŧ: "t", Ŧ: "t",
  ŀ: "l", Ŀ: "l", ĸ: "k", ŋ: "ng", Ŋ: "ng", ſ: "s", ƒ: "f",
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/** U+2010 hyphen, U+2011 non-breaking hyphen, figure dash, en dash, em dash, minus, small/full-width hyphen-minus. */
const HYPHEN_LOOKALIKES = /[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d\u00ad]/g;

/** Every hyphen look-alike becomes an ASCII hyphen-minus (soft hyphens disappear). */
export function normalizeHyphens(text: string): string {
  return text.replace(/\u00ad/g, "").replace(HYPHEN_LOOKALIKES, "-");
}

/** Any hyphen, ASCII or look-alike, for splitting names (`Hans‐Joachim`). */
export const HYPHENS = "\\-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d";

/** NFC, soft hyphens dropped, white space (incl. NBSP) collapsed, trimmed. The source's hyphens are kept. */
export function cleanName(text: string): string {
  // Printable ASCII (most names): no soft hyphens, and the only white space is the space itself.
  if (PRINTABLE_ASCII.test(text)) return (text.includes("  ") ? text.replace(/ {2,}/g, " ") : text).trim();
  return (ASCII.test(text) ? text : text.normalize("NFC"))
    .replace(/\u00ad/g, "")
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ")
    .trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, diacritics stripped, special letters spelled in ASCII; punctuation kept. */
export function foldLetters(text: string): string {
  // Most names are ASCII: Unicode normalisation is by far the slowest step, skip it for them.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .toLowerCase()
    .normalize("NFC");
}

/** A single matching token: folded letters and digits only (`O'Brien` → `obrien`). */
export function foldToken(text: string): string {
  const folded = foldLetters(text);
  return ASCII.test(folded) ? folded.replace(/[^a-z0-9]+/g, "") : folded.replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Folded words: punctuation and hyphens separate words (`Hans-Joachim` → `hans joachim`). */
export function foldWords(text: string): string[] {
  const folded = foldLetters(normalizeHyphens(text)).replace(/['\u2019\u02bc`´]/g, "");
  return (ASCII.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** ASCII slug for readable ids: `Sélène Bonnet‐Zahedi` → `selene-bonnet-zahedi`; `""` when nothing is ASCII. */
export function asciiSlug(text: string, maxLength = 60): string {
  const words = foldWords(text)
    .map((word) => word.replace(/[^a-z0-9]+/g, ""))
    .filter((word) => word !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      if (slug === "") slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
