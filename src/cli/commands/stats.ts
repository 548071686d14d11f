import { atlasToCollection, datasetStats } from "../../dataset/index.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { formatDiagnostics, json, plural } from "../format.ts";
import { flag, integerOption, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";
import { groupThousands } from "../progress.ts";

const DIAGNOSTICS_SHOWN = 10;

export const statsCommand: Command = {
  name: "stats",
  summary: "count records, papers, people and authorships; list what was skipped and why",
  help: `Usage: coauthor-atlas stats <files…> [--aliases F] [--threshold N] [--json] [--verbose]

Reads publication files (any supported format, or a dataset file) and reports what was read.

Options:
  --aliases F     alias file with forced merges and splits (JSON, see README)
  --threshold N   papers with more than N authors count as hyperauthored (default 25)
  --json          one JSON object on stdout:
                  {"records","papers","people","authorships","skipped","merged","hyperauthored","diagnostics"}
  --verbose       list every diagnostic (default: the first ${DIAGNOSTICS_SHOWN} of each level)
  -h, --help      this help

Example:
  coauthor-atlas stats data/ramasesh.bib --json
`,
  options: {
    ...COMMON_OPTIONS,
    threshold: { type: "string" },
    json: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
  },
  run(args, io) {
    const atlas = loadAtlas(args.positionals, { aliasesPath: stringOption(args, "aliases"), threshold: integerOption(args, "threshold", 1) }, io);
    const stats = datasetStats(atlasToCollection(atlas));
    if (flag(args, "json")) {
      io.stdout(json(stats));
      return 0;
    }
    const threshold = atlas.provenance.settings.hyperauthorThreshold;
    let text = `${plural(stats.records, "record")} read from ${plural(atlas.provenance.inputs.length, "file")}: ${plural(stats.papers, "paper")}, ${groupThousands(stats.skipped)} skipped\n`;
    text += `${plural(stats.people, "person", "people")}, ${plural(stats.authorships, "authorship")}\n`;
    const network = atlas.coauthorNetwork;
    if (network) text += `author–author network: ${plural(network.people.length, "person", "people")}, ${plural(network.links.length, "link")} (no papers)\n`;
    text += `${plural(stats.merged, "name form")} merged into people known by another spelling\n`;
    text += `${plural(stats.hyperauthored, "hyperauthored paper")} (more than ${threshold} authors)\n`;
    text += formatDiagnostics(stats.diagnostics, flag(args, "verbose") ? Infinity : DIAGNOSTICS_SHOWN);
    io.stdout(text);
    return 0;
  },
};
