/**
 * When two written names can be the same person. No edit distance: `Maria`/`Mario` and
 * `Wei`/`Wen` never match; only equal names, initials and missing middle names do.
 */
import type { GivenToken, ParsedName } from "./names.ts";

/**
 * How two compatible given-name lists relate, strongest first:
 * - `same-name`: the same tokens (`Vinay V.` / `Vinay V`);
 * - `given-name-extension`: same full first name, the rest compatible (`Vinay` / `Vinay Venkatesh`);
 * - `initials`: an initial stands for the first name (`V. Ramasesh`), or a leading initial is
 *   optional (`C. Daniel Freeman` / `Daniel Freeman`: people who go by their middle name).
 */
export type GivenMatch = "same-name" | "given-name-extension" | "initials";

const STRENGTH: Record<GivenMatch, number> = { "same-name": 0, "given-name-extension": 1, initials: 2 };

/** The weaker of two matches. */
export function weakerMatch(a: GivenMatch, b: GivenMatch): GivenMatch {
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** A token matches an equal token, or an initial/abbreviation matches any name it begins. */
export function tokensCompatible(a: GivenToken, b: GivenToken): boolean {
  if (a.key === b.key) return true;
  if (a.abbreviated && b.key.startsWith(a.key)) return true;
  if (b.abbreviated && a.key.startsWith(b.key)) return true;
  return false;
}

/** First tokens compatible; the shorter list's other tokens appear, in order, in the longer one. */
function aligned(a: GivenToken[], b: GivenToken[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (!tokensCompatible(a[0], b[0])) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const matched: boolean[] = new Array(long.length).fill(false);
  matched[0] = true;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !tokensCompatible(short[i], long[j])) j++;
    if (j >= long.length) return false;
    matched[j] = true;
    j++;
  }
  // A hyphenated compound is one name: `Yi-Jia` is not an extension of `Yi`, nor `Hans-Joachim` of `Hans`.
  for (let k = 1; k < long.length; k++) {
    if (long[k].joined && matched[k] !== matched[k - 1]) return false;
  }
  return true;
}

function sameTokens(a: GivenToken[], b: GivenToken[]): boolean {
  return a.length === b.length && a.every((token, i) => token.key === b[i].key);
}

/** A leading initial followed by a full name may be dropped: `C. Daniel` ~ `Daniel`. */
function leadingInitialOptional(a: GivenToken[], b: GivenToken[]): boolean {
  return a.length > 1 && a[0].abbreviated && !a[1].abbreviated && aligned(a.slice(1), b);
}

/** How two given-name lists match, or undefined when they name different people. */
export function matchGiven(a: GivenToken[], b: GivenToken[]): GivenMatch | undefined {
  if (sameTokens(a, b)) return "same-name";
  if (aligned(a, b)) return !a[0].abbreviated && !b[0].abbreviated ? "given-name-extension" : "initials";
  if (leadingInitialOptional(a, b) || leadingInitialOptional(b, a)) return "initials";
  return undefined;
}

/** Two parsed names can be one person: same family key, compatible given names and suffixes. */
export function matchNames(a: ParsedName, b: ParsedName): GivenMatch | undefined {
  if (a.literal || b.literal) return a.key === b.key ? "same-name" : undefined;
  if (a.familyKey !== b.familyKey) return undefined;
  if (a.suffixKey && b.suffixKey && a.suffixKey !== b.suffixKey) return undefined;
  return matchGiven(a.givenTokens, b.givenTokens);
}

/**
 * Letters under which a name is indexed inside its family bucket: every name it can match
 * shares one of them (first given letter; also the second token's for a leading initial).
 */
export function indexLetters(name: ParsedName): string[] {
  const tokens = name.givenTokens;
  if (tokens.length === 0) return [""];
  const letters = [tokens[0].key[0]];
  if (tokens.length > 1 && tokens[0].abbreviated && !tokens[1].abbreviated) letters.push(tokens[1].key[0]);
  return letters;
}

/** Cluster order: full first names first, then initials, then family-only; more given tokens first. */
export function nameTier(name: ParsedName): number {
  const tokens = name.givenTokens;
  if (tokens.length === 0) return 2;
  return tokens[0].abbreviated ? 1 : 0;
}
