/**
 * Author-list splitting shared by the tabular importers (Scopus, Web of Science,
 * Google Scholar, Lens, OpenAlex CSV). Names stay as written; only the list is cut.
 */
import { cleanText } from "./normalize.ts";
import type { RawAuthor } from "../model/types.ts";

/** Split on a separator, trim, drop empty pieces (trailing `; ` in Scholar, leading `; ` in WoS RI). */
export function splitList(value: string | undefined, separator: string | RegExp): string[] {
  if (!value) return [];
  const pieces: string[] = [];
  for (const piece of value.split(separator)) {
    const text = cleanText(piece);
    if (text) pieces.push(text);
  }
  return pieces;
}

/** Initials as Scopus and WoS write them: `J.`, `A.B.`, `J.-C.`, `AB`, `M.P.H.`. */
const INITIALS = /^(?:\p{Lu}\.?(?:[-\s]?\p{Lu}\.?)*|\p{Lu}{1,4})$/u;

export function looksLikeInitials(text: string): boolean {
  return INITIALS.test(text.trim());
}

/**
 * A comma-separated author list where commas may also sit inside names:
 * `Smith J., Doe A.B.` (one comma per author) or `Smith, J., Doe, A.B.` (two).
 * `expected` (e.g. the number of Scopus author ids) settles the ambiguity when known.
 */
export function splitCommaAuthors(value: string | undefined, expected?: number): string[] {
  const tokens = splitList(value, ",");
  if (tokens.length === 0) return [];
  if (expected !== undefined && expected > 0) {
    if (tokens.length === expected) return tokens;
    if (tokens.length === expected * 2) return pairTokens(tokens);
  }
  const odd = tokens.filter((_, index) => index % 2 === 1);
  const pairsLookRight =
    tokens.length % 2 === 0 &&
    odd.every(looksLikeInitials) &&
    tokens.filter((_, index) => index % 2 === 0).every((family) => !looksLikeInitials(family));
  return pairsLookRight ? pairTokens(tokens) : tokens;
}

function pairTokens(tokens: string[]): string[] {
  const names: string[] = [];
  for (let index = 0; index + 1 < tokens.length; index += 2) names.push(`${tokens[index]}, ${tokens[index + 1]}`);
  return names;
}

/**
 * `Family, Given` → a RawAuthor with explicit parts (the comma says which is which).
 * Anything else (no comma, several commas) keeps only `name`: identity parses it.
 */
export function authorFromName(name: string): RawAuthor {
  const author: RawAuthor = { name };
  const parts = name.split(",");
  if (parts.length === 2) {
    const family = cleanText(parts[0]);
    const given = cleanText(parts[1]);
    if (family && given) {
      author.family = family;
      author.given = given;
    }
  }
  return author;
}

/** Fold a name for matching only (never for display): NFKD, no marks, lower-case, letters only. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
