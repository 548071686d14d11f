import type { Collection, Paper } from "../../model/types.ts";
import { atlasToCollection } from "../../dataset/index.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { CliError, EXIT_USAGE } from "../errors.ts";
import { json, oneLine, plural } from "../format.ts";
import { flag, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";
import { resolvePerson } from "../resolve.ts";

export interface SharedPaperSummary {
  id: string;
  title: string;
  year?: number;
  venue?: string;
  doi?: string;
  arxiv?: string;
}

/** Papers on which both people are authors, in dataset order. */
export function sharedPaperList(collection: Collection, personA: string, personB: string): Paper[] {
  return collection.papers.filter((paper) => {
    let hasA = false;
    let hasB = false;
    for (const author of paper.authors) {
      if (author.personId === personA) hasA = true;
      if (author.personId === personB) hasB = true;
    }
    return hasA && hasB;
  });
}

function summarize(paper: Paper): SharedPaperSummary {
  return { id: paper.id, title: paper.title, year: paper.year, venue: paper.venue, doi: paper.doi, arxiv: paper.arxiv };
}

export const sharedCommand: Command = {
  name: "shared",
  summary: "the papers two people wrote together",
  help: `Usage: coauthor-atlas shared <files…> --author NAME --author NAME [--aliases F] [--json]

The papers both people are authors of. Names are matched as identity matches them
(case, accents, initials); a name that matches several people lists them.

Options:
  --author NAME   a person (give exactly two)
  --aliases F     alias file with forced merges and splits (JSON, see README)
  --json          a JSON array of {"id","title","year","venue","doi","arxiv"}
  -h, --help      this help

Example:
  coauthor-atlas shared data/ramasesh.bib --author "Vinay Ramasesh" --author "Kyle Aitken"
`,
  options: {
    ...COMMON_OPTIONS,
    author: { type: "string", multiple: true },
    json: { type: "boolean" },
  },
  run(args, io) {
    const names = (args.values.author as string[] | undefined) ?? [];
    if (names.length !== 2) throw new CliError(`give exactly two --author options (got ${names.length})`, EXIT_USAGE);
    const atlas = loadAtlas(args.positionals, { aliasesPath: stringOption(args, "aliases") }, io);
    const collection = atlasToCollection(atlas);
    const [a, b] = names.map((name) => resolvePerson(collection, name));
    const papers = sharedPaperList(collection, a.id, b.id);
    if (flag(args, "json")) {
      io.stdout(json(papers.map(summarize)));
      return 0;
    }
    let text = `${oneLine(a.name)} and ${oneLine(b.name)}: ${plural(papers.length, "shared paper")}\n`;
    for (const paper of papers) {
      const where = [paper.venue, paper.year].filter((part) => part !== undefined).join(", ");
      text += `  ${oneLine(paper.title)}${where ? ` — ${oneLine(where)}` : ""}\n`;
    }
    io.stdout(text);
    return 0;
  },
};
