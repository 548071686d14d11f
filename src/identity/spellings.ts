/**
 * Spellings: each distinct written author (the name text and the explicit parts a source gave)
 * parsed once. A big input names each person a few ways hundreds of times; one lookup by the
 * name text plus a compare of the parts finds the earlier parse, with no composite key string
 * built per author slot (at 100k nodes that string building and its garbage cost seconds).
 */
import type { RawAuthor } from "../model/types.ts";
import { cleanName } from "./fold.ts";
import { parseAuthor, type ParsedName } from "./names.ts";

export interface Spelling {
  /** The first author read with this spelling: later authors are compared with its parts. */
  raw: RawAuthor;
  /** The name as the source wrote it, cleaned (`""` when the author has no name at all). */
  written: string;
  parsed: ParsedName;
  /** The unit of authors with this spelling that carry no ids and no resolved name; -1 until one is seen. */
  unit: number;
}

export class SpellingCache {
  /** By name text: one spelling (the usual case), or several with different parts. */
  private readonly byName = new Map<string, Spelling | Spelling[]>();

  get(raw: RawAuthor): Spelling {
    const known = this.byName.get(raw.name);
    if (known === undefined) {
      const spelling = readSpelling(raw);
      this.byName.set(raw.name, spelling);
      return spelling;
    }
    if (!Array.isArray(known)) {
      if (sameParts(known.raw, raw)) return known;
      const spelling = readSpelling(raw);
      this.byName.set(raw.name, [known, spelling]);
      return spelling;
    }
    for (const spelling of known) if (sameParts(spelling.raw, raw)) return spelling;
    const spelling = readSpelling(raw);
    known.push(spelling);
    return spelling;
  }

  /** The parse of a name typed or resolved as plain text (OpenAlex's display name). */
  parseText(text: string): ParsedName {
    return this.get({ name: text }).parsed;
  }
}

function readSpelling(raw: RawAuthor): Spelling {
  const written = cleanName(raw.name ?? "") || cleanName([raw.given, raw.particle, raw.family].filter(Boolean).join(" "));
  return { raw, written, parsed: parseAuthor(raw), unit: -1 };
}

/** The name fields that decide the parse and the written form (ids and resolved names are handled apart). */
function sameParts(a: RawAuthor, b: RawAuthor): boolean {
  return (
    a.given === b.given &&
    a.family === b.family &&
    a.particle === b.particle &&
    a.suffix === b.suffix &&
    Boolean(a.literal) === Boolean(b.literal)
  );
}
