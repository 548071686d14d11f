import type { Collection, Person } from "../model/types.ts";
import { findPeople } from "../identity/index.ts";
import { CliError } from "./errors.ts";
import { oneLine } from "./format.ts";

const CANDIDATES_SHOWN = 8;

/**
 * The one person a name given on the command line means, matched the way identity matches
 * names. When several match but exactly one is named exactly so, that one is meant.
 * No match or an ambiguous one is a CliError (exit 1) that names the candidates.
 */
export function resolvePerson(collection: Collection, query: string): Person {
  const matches = findPeople(collection, query);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new CliError(`no person matches "${oneLine(query)}"`);
  const wanted = query.trim().toLowerCase();
  const exact = matches.filter((person) => person.name.toLowerCase() === wanted);
  if (exact.length === 1) return exact[0];
  const shown = matches.slice(0, CANDIDATES_SHOWN).map((person) => `${oneLine(person.name)} [${person.id}]`);
  const more = matches.length > CANDIDATES_SHOWN ? `, … and ${matches.length - CANDIDATES_SHOWN} more` : "";
  throw new CliError(`"${oneLine(query)}" matches ${matches.length} people: ${shown.join(", ")}${more}`);
}
