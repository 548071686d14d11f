import type { Person } from "../../model/types.ts";
import { atlasToCollection } from "../../dataset/index.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { json, oneLine } from "../format.ts";
import { flag, integerOption, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";

export interface PersonSummary {
  id: string;
  name: string;
  variants: string[];
  papers: number;
  ids: Record<string, string>;
}

/** Most papers first; ties by name, then id (code-point order, the same on every machine). */
export function rankPeople(people: Person[]): Person[] {
  return [...people].sort(
    (a, b) => b.paperIds.length - a.paperIds.length || compare(a.name, b.name) || compare(a.id, b.id),
  );
}

export function summarizePerson(person: Person): PersonSummary {
  const ids: Record<string, string> = {};
  for (const key of Object.keys(person.ids).sort()) {
    const value = person.ids[key];
    if (value !== undefined) ids[key] = value;
  }
  return { id: person.id, name: person.name, variants: person.variants, papers: person.paperIds.length, ids };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const peopleCommand: Command = {
  name: "people",
  summary: "list people ranked by number of papers, with every spelling of their name",
  help: `Usage: coauthor-atlas people <files…> [--aliases F] [--json] [--limit N]

People ranked by number of papers (ties by name).

Options:
  --aliases F   alias file with forced merges and splits (JSON, see README)
  --limit N     only the first N people
  --json        a JSON array of {"id","name","variants","papers","ids"}
  -h, --help    this help

Example:
  coauthor-atlas people data/ramasesh.bib --limit 5
`,
  options: {
    ...COMMON_OPTIONS,
    json: { type: "boolean" },
    limit: { type: "string" },
  },
  run(args, io) {
    const limit = integerOption(args, "limit", 0);
    const atlas = loadAtlas(args.positionals, { aliasesPath: stringOption(args, "aliases") }, io);
    const ranked = rankPeople(atlasToCollection(atlas).people);
    const shown = (limit === undefined ? ranked : ranked.slice(0, limit)).map(summarizePerson);
    if (flag(args, "json")) {
      io.stdout(json(shown));
      return 0;
    }
    const width = String(shown[0]?.papers ?? 0).length;
    let text = "";
    for (const person of shown) {
      const others = person.variants.filter((variant) => variant !== person.name);
      const aka = others.length > 0 ? `  (also ${others.map(oneLine).join("; ")})` : "";
      text += `${String(person.papers).padStart(width)}  ${oneLine(person.name)}${aka}\n`;
    }
    if (shown.length < ranked.length) text += `… and ${ranked.length - shown.length} more people\n`;
    io.stdout(text);
    return 0;
  },
};
