/**
 * Person names: parse a RawAuthor into given tokens, family, particle and suffix; build the
 * display form (given-family order, source spelling kept) and the folded matching key.
 */
import type { RawAuthor } from "../model/types.ts";
import { cleanName, foldToken, foldWords, HYPHENS } from "./fold.ts";

const GIVEN_SEPARATOR_KEPT = new RegExp(`([\\s${HYPHENS}]+)`);
const HYPHEN_CHAR = new RegExp(`[${HYPHENS}]`);
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const GLUED_INITIALS = /^(?:\p{L}\.){1,}\p{L}\.?$/u;

/** One given-name token: `Vinay` (full), `V.` / `V` (initial), `Chr.` (abbreviation). */
export interface GivenToken {
  text: string;
  /** Folded letters: `vinay`, `v`. */
  key: string;
  /** An initial or an abbreviation: it stands for any full name starting with `key`. */
  abbreviated: boolean;
  /** Joined to the previous token by a hyphen: `Joachim` in `Hans-Joachim`, `J.` in `H.-J.`. */
  joined?: boolean;
}

/** The parts of a name, as written (not folded). */
export interface NameParts {
  given: string[];
  family: string;
  /** von-part: `van der`, `de la`. */
  particle: string;
  /** `Jr.`, `III`. */
  suffix: string;
  /** Corporate / collaboration name: never split, matched by its whole folded text. */
  literal: boolean;
}

export interface ParsedName extends NameParts {
  /** Given-family order, source spelling and case: `Ramasesh, Vinay` → `Vinay Ramasesh`. */
  display: string;
  givenTokens: GivenToken[];
  /** Folded family words without leading particles: `van der Berg` → [`berg`]; `Bonnet-Zahedi` → [`bonnet`, `zahedi`]. */
  familyWords: string[];
  /** `familyWords` joined: the bucket every comparison starts from. */
  familyKey: string;
  suffixKey: string;
  /** Equal keys mean the same written name: `familyKey|given keys|suffix`, or `lit|words` for literals. */
  key: string;
}

/** Lower-case words that join the family name (`van der Berg`, `de la Cruz`, `von Neumann`). */
const PARTICLES = new Set([
  "van", "von", "vom", "der", "den", "de", "del", "della", "delle", "dello", "dei", "degli",
  "da", "das", "do", "dos", "du", "di", "la", "le", "les", "lo", "ten", "ter", "te", "des",
  "het", "zu", "zur", "af", "av", "d", "l",
]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "2nd", "3rd", "junior", "senior"]);

/** Words that make a plain name corporate when the importer did not say so. */
const CORPORATE =
  /\b(?:collaborations?|consortium|consortia|group|team|committee|council|institute|association|society|organi[sz]ation|initiative|project|network|alliance|agency|foundation|university|laboratory|inc|ltd|llc|corp|gmbh|contributors)\b/i;

export function isParticle(word: string): boolean {
  return PARTICLES.has(foldToken(word));
}

export function isSuffix(word: string): boolean {
  return SUFFIXES.has(foldToken(word));
}

/** Parse an author of any source. Explicit parts win over the written name. */
export function parseAuthor(raw: RawAuthor): ParsedName {
  return finishName(splitAuthor(raw));
}

/** Parse a name typed by a person (alias files, `--author`). */
export function parseNameText(text: string): ParsedName {
  return parseAuthor({ name: text });
}

/** Split a RawAuthor into parts, plus its display form. */
export function splitAuthor(raw: RawAuthor): NameParts & { display: string } {
  const name =
    cleanName(stripBraces(text(raw.name))) ||
    cleanName(stripBraces([raw.given, raw.particle, raw.family].map(text).join(" ")));
  const family = cleanName(text(raw.family));
  if (raw.literal || (!family && looksCorporate(name))) {
    const display = name || family;
    return { given: [], family: display, particle: "", suffix: "", literal: true, display };
  }
  if (family && !(isInitialsOnly(family) && !isInitialsOnly(cleanName(text(raw.given))))) {
    let given = cleanName(text(raw.given));
    const particle = cleanName(text(raw.particle));
    let suffix = cleanName(text(raw.suffix));
    // `Wall, W.A.,` reads as family `Wall`, suffix `W.A.`: a "suffix" that is no suffix is a given name.
    if (suffix && !suffix.split(" ").every(isSuffix)) {
      given = cleanName(`${given} ${suffix}`);
      suffix = "";
    }
    return {
      given: given ? given.split(" ") : [],
      family,
      particle,
      suffix,
      literal: false,
      display: joinDisplay(given, particle, family, suffix),
    };
  }
  // A family name made of initials only (`Wall W.A.` read as given `Wall`, family `W.A.`) is
  // a source that wrote `Family Initials`: the written name says more than those parts.
  if (family) return splitPlain(familyInitialsFirst(cleanName(text(raw.given)), family));
  return splitPlain(name);
}

function isInitialsOnly(text: string): boolean {
  return text !== "" && text.split(" ").every((word) => isTrailingInitials(word));
}

/** `Wall W.` + `A.` → `Wall, W. A.`: leading full words of the given part are the family name. */
function familyInitialsFirst(given: string, family: string): string {
  const words = given.split(" ");
  let end = 0;
  while (end < words.length && !isTrailingInitials(words[end])) end++;
  return `${words.slice(0, end).join(" ")}, ${[...words.slice(end), family].join(" ")}`;
}

/** Name parts as text whatever a source put there (`undefined`, numbers). */
function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

function looksCorporate(name: string): boolean {
  return name.includes(" ") && CORPORATE.test(name);
}

/** BibTeX braces that survived decoding carry no meaning for a name. */
function stripBraces(text: string): string {
  return text.replace(/[{}]/g, "");
}

function joinDisplay(given: string, particle: string, family: string, suffix: string): string {
  return [given, particle, family, suffix].filter((part) => part !== "").join(" ");
}

/** `Last, First`, `Last, Jr., First`, `Last, First, Jr.`, `First Last, Jr.`, `First von Last`, `Last F.M.`. */
function splitPlain(name: string): NameParts & { display: string } {
  const parts = name.split(",").map((part) => part.trim()).filter((part) => part !== "");
  if (parts.length >= 3) {
    if (isSuffix(parts[1])) return commaForm(parts[0], parts.slice(2).join(" "), parts[1]);
    const last = parts[parts.length - 1];
    if (isSuffix(last)) return commaForm(parts[0], parts.slice(1, -1).join(" "), last);
    return commaForm(parts[0], parts.slice(1).join(" "), "");
  }
  if (parts.length === 2) {
    if (isSuffix(parts[1])) {
      const inner = spaceForm(parts[0]);
      const suffix = inner.suffix || parts[1];
      return { ...inner, suffix, display: joinDisplay(inner.given.join(" "), inner.particle, inner.family, suffix) };
    }
    return commaForm(parts[0], parts[1], "");
  }
  return spaceForm(parts[0] ?? "");
}

function commaForm(familyText: string, givenText: string, suffixText: string): NameParts & { display: string } {
  const familyTokens = familyText.split(" ");
  // Leading lower-case particles of the family part: `van der Berg, Jan`.
  let start = 0;
  while (start < familyTokens.length - 1 && isLowerParticle(familyTokens[start])) start++;
  const givenTokens = givenText === "" ? [] : givenText.split(" ");
  let suffix = suffixText;
  if (!suffix && givenTokens.length > 1 && isSuffix(givenTokens[givenTokens.length - 1])) {
    suffix = givenTokens.pop() as string;
  }
  // Trailing lower-case particles of the given part: `Berg, J. van der`.
  let end = givenTokens.length;
  while (end > 0 && isLowerParticle(givenTokens[end - 1])) end--;
  const trailingParticle = givenTokens.slice(end).join(" ");
  const leadingParticle = familyTokens.slice(0, start).join(" ");
  const particle = [trailingParticle, leadingParticle].filter((p) => p !== "").join(" ");
  const family = familyTokens.slice(start).join(" ");
  const given = givenTokens.slice(0, end);
  return {
    given,
    family,
    particle,
    suffix,
    literal: false,
    display: joinDisplay(given.join(" "), particle, family, suffix),
  };
}

function isLowerParticle(word: string): boolean {
  return word === word.toLowerCase() && isParticle(word);
}

/** `Ramasesh V.V.`, `Smith J`: family first, initials last (Scopus, Medline). */
const TRAILING_INITIALS = new RegExp(`^(?:\\p{Lu}\\.?[${HYPHENS}]?){1,3}$`, "u");

function isTrailingInitials(word: string): boolean {
  return TRAILING_INITIALS.test(word) && (word.includes(".") || word.length === 1);
}

function spaceForm(text: string): NameParts & { display: string } {
  const tokens = text === "" ? [] : text.split(" ");
  let suffix = "";
  if (tokens.length >= 2 && isSuffix(tokens[tokens.length - 1])) suffix = tokens.pop() as string;
  if (tokens.length <= 1) {
    // A single token is a family-only name (mononyms, CJK names written without spaces).
    const family = tokens[0] ?? "";
    return { given: [], family, particle: "", suffix, literal: false, display: joinDisplay("", "", family, suffix) };
  }
  const last = tokens[tokens.length - 1];
  if (isTrailingInitials(last) && !isTrailingInitials(tokens[0])) {
    // `Wall W. A.`: every trailing initial belongs to the given names.
    let start = tokens.length - 1;
    while (start > 1 && isTrailingInitials(tokens[start - 1])) start--;
    return commaForm(tokens.slice(0, start).join(" "), tokens.slice(start).join(" "), suffix);
  }
  // The last token is the family name; particles just before it join it (one given token must remain).
  let start = tokens.length - 1;
  while (start > 1 && isParticle(tokens[start - 1])) start--;
  const particle = tokens.slice(start, tokens.length - 1).join(" ");
  const given = tokens.slice(0, start);
  return {
    given,
    family: last,
    particle,
    suffix,
    literal: false,
    display: joinDisplay(given.join(" "), particle, last, suffix),
  };
}

/** Given-name tokens: `V.V.`, `VV` (compact initials), `H.-J.`, `Hans-Joachim`, `Vinay V`. */
export function tokenizeGiven(given: string, compactInitials: boolean): GivenToken[] {
  const text = given.trim();
  if (compactInitials && /^\p{Lu}{2,3}$/u.test(text)) {
    return [...text].map((ch) => ({ text: ch, key: foldToken(ch), abbreviated: true }));
  }
  const tokens: GivenToken[] = [];
  if (PLAIN_WORDS.test(text)) {
    // Fast path for the common case: ASCII words and single spaces, nothing hyphenated or dotted.
    for (const word of text.split(" ")) tokens.push({ text: word, key: word.toLowerCase(), abbreviated: word.length === 1 });
    return tokens;
  }
  // Separators are kept (odd indexes) to know which tokens a hyphen joins.
  const pieces = text.split(GIVEN_SEPARATOR_KEPT);
  let hyphenBefore = false;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index];
    if (index % 2 === 1) {
      hyphenBefore ||= HYPHEN_CHAR.test(piece);
      continue;
    }
    // `V.V.`, `H.J`: several initials glued by periods.
    const parts = piece.includes(".") && GLUED_INITIALS.test(piece) ? piece.split(/(?<=\.)/) : [piece];
    for (const part of parts) {
      const key = foldToken(part);
      if (key === "") continue;
      const token: GivenToken = { text: part, key, abbreviated: key.length === 1 || part.endsWith(".") };
      if (hyphenBefore && tokens.length > 0) token.joined = true;
      tokens.push(token);
      hyphenBefore = false;
    }
  }
  return tokens;
}

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function finishName(parts: NameParts & { display: string }): ParsedName {
  if (parts.literal) {
    const words = foldWords(parts.display);
    const key = `lit|${words.join(" ")}`;
    return parsedName(parts, [], words, key, "", key);
  }
  const given = parts.given.join(" ");
  const givenTokens = tokenizeGiven(given, !isAllCaps(parts.family));
  const words = foldWords(`${parts.particle} ${parts.family}`);
  // Particles never decide identity: `van der Berg`, `Van der Berg` and `Berg, J. van der` share `berg`.
  let start = 0;
  while (start < words.length - 1 && PARTICLES.has(words[start])) start++;
  const familyWords = words.slice(start);
  const familyKey = familyWords.join("") || foldToken(parts.display) || parts.display;
  const suffixKey = foldToken(parts.suffix);
  const key = `${familyKey}|${givenTokens.map((token) => token.key).join(" ")}|${suffixKey}`;
  return parsedName(parts, givenTokens, familyWords, familyKey, suffixKey, key);
}

/** Fields listed one by one: an object spread here was the slowest step of parsing (V8's generic clone). */
function parsedName(
  parts: NameParts & { display: string },
  givenTokens: GivenToken[],
  familyWords: string[],
  familyKey: string,
  suffixKey: string,
  key: string,
): ParsedName {
  return {
    given: parts.given,
    family: parts.family,
    particle: parts.particle,
    suffix: parts.suffix,
    literal: parts.literal,
    display: parts.display,
    givenTokens,
    familyWords,
    familyKey,
    suffixKey,
    key,
  };
}
