import type { Paper, Person } from "../../model/types.ts";
import { atlasToCollection } from "../../dataset/index.ts";
import { buildGraph } from "../../graph/build.ts";
import { collaborationPath } from "../../graph/path.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { CliError, EXIT_USAGE } from "../errors.ts";
import { json, oneLine, plural } from "../format.ts";
import { flag, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";
import { resolvePerson } from "../resolve.ts";

export interface PathJson {
  people: { id: string; name: string }[];
  papers: { id: string; title: string; year?: number; venue?: string }[];
}

function paperSummary(paper: Paper): PathJson["papers"][number] {
  return { id: paper.id, title: paper.title, year: paper.year, venue: paper.venue };
}

export const pathCommand: Command = {
  name: "path",
  summary: "the shortest chain of coauthors (and their papers) from one person to another",
  help: `Usage: coauthor-atlas path <files…> --from NAME --to NAME [--aliases F] [--json]

The shortest collaboration chain person–paper–person–… between two people; its length in
papers is their collaboration distance. Among equally short chains, each step from --from
takes the paper with the fewest authors (then the newest, then by title), and the person first
by name. Exit status 1 when a name matches no one or several people, or no chain joins them.

Options:
  --from NAME   where the chain starts
  --to NAME     where it ends
  --aliases F   alias file with forced merges and splits (JSON, see README)
  --json        {"people":[{"id","name"}…],"papers":[{"id","title","year","venue"}…]}
  -h, --help    this help

Example:
  coauthor-atlas path data/ramasesh.bib --from "Aarohi Srivastava" --to "Kyle Aitken"
`,
  options: {
    ...COMMON_OPTIONS,
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
  },
  run(args, io) {
    const fromName = stringOption(args, "from");
    const toName = stringOption(args, "to");
    if (fromName === undefined || toName === undefined) throw new CliError("give both --from NAME and --to NAME", EXIT_USAGE);
    const atlas = loadAtlas(args.positionals, { aliasesPath: stringOption(args, "aliases") }, io);
    const collection = atlasToCollection(atlas);
    const from = resolvePerson(collection, fromName);
    const to = resolvePerson(collection, toName);
    const path = collaborationPath(buildGraph(collection), from.id, to.id);
    if (!path) throw new CliError(`no collaboration path joins ${oneLine(from.name)} and ${oneLine(to.name)} in these files`);

    const people = new Map<string, Person>(collection.people.map((person) => [person.id, person]));
    const papers = new Map<string, Paper>(collection.papers.map((paper) => [paper.id, paper]));
    const result: PathJson = {
      people: path.people.map((id) => ({ id, name: people.get(id)?.name ?? id })),
      papers: path.papers.map((id) => {
        const paper = papers.get(id);
        return paper ? paperSummary(paper) : { id, title: id };
      }),
    };
    if (flag(args, "json")) {
      io.stdout(json(result));
      return 0;
    }
    let text = `${oneLine(from.name)} → ${oneLine(to.name)}: collaboration distance ${plural(result.papers.length, "paper")}\n`;
    result.people.forEach((person, i) => {
      text += `  ${oneLine(person.name)}\n`;
      const paper = result.papers[i];
      if (!paper) return;
      const where = [paper.venue, paper.year].filter((part) => part !== undefined && part !== "").join(", ");
      text += `    — ${oneLine(paper.title)}${where ? ` (${oneLine(where)})` : ""}\n`;
    });
    io.stdout(text);
    return 0;
  },
};
