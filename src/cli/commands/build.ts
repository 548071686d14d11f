import { gzipSync } from "node:zlib";
import { DEFAULT_LAYOUT_SEED, serializeAtlas } from "../../dataset/index.ts";
import { encodeCompact } from "../../dataset/compact.ts";
import type { AtlasFile } from "../../model/types.ts";
import type { CliIo } from "../io.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { CliError, EXIT_USAGE } from "../errors.ts";
import { plural } from "../format.ts";
import { flag, integerOption, stringOption } from "../options.ts";
import { loadAtlas } from "../load.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "write the dataset file the app loads (papers, people, layout, diagnostics, provenance)",
  help: `Usage: coauthor-atlas build <files…> -o out.atlas.json [--aliases F] [--seed N] [--no-layout] [--threshold N]

Imports the files, unifies people and duplicate papers, lays the graph out with a seeded
ForceAtlas2, and writes one dataset file. The same inputs and seed give the same file.
The output's name picks the encoding: \`.atlas\` writes the compact binary encoding (about half
the size, loads much faster in the app; docs/FORMAT.md), \`.atlas.gz\` the same gzipped, any
other name JSON. Every command and the app read all three.

Options:
  -o, --output F  where to write the dataset (required): out.atlas.json, out.atlas or out.atlas.gz
  --aliases F     alias file with forced merges and splits (JSON, see README)
  --seed N        layout seed (default ${DEFAULT_LAYOUT_SEED})
  --no-layout     write no positions (the app lays the graph out when it opens it)
  --threshold N   papers with more than N authors are hyperauthored (default 25)
  -h, --help      this help

Example:
  coauthor-atlas build data/ramasesh.bib -o ramasesh.atlas.json --seed 7
`,
  options: {
    ...COMMON_OPTIONS,
    output: { type: "string", short: "o" },
    seed: { type: "string" },
    "no-layout": { type: "boolean" },
    threshold: { type: "string" },
  },
  run(args, io) {
    const output = stringOption(args, "output");
    if (!output) throw new CliError("missing -o out.atlas.json", EXIT_USAGE);
    const seed = integerOption(args, "seed", 0) ?? DEFAULT_LAYOUT_SEED;
    const layout = flag(args, "no-layout") ? false : { seed };
    const atlas = loadAtlas(
      args.positionals,
      { aliasesPath: stringOption(args, "aliases"), threshold: integerOption(args, "threshold", 1), layout },
      io,
    );
    writeDataset(output, atlas, io);
    const laidOut = atlas.layout
      ? `, layout seed ${atlas.layout.seed} (${atlas.layout.converged ? "converged" : "stopped"} after ${atlas.layout.iterations} iterations)`
      : ", no layout";
    io.stdout(
      `wrote ${output}: ${plural(atlas.papers.length, "paper")}, ${plural(atlas.people.length, "person", "people")}, ${plural(atlas.diagnostics.length, "diagnostic")}${laidOut}\n`,
    );
    return 0;
  },
};

/** The encoding an output name asks for: `.atlas` compact, `.atlas.gz` compact gzipped, anything else JSON. */
export function outputEncoding(path: string): "json" | "compact" | "compact-gzip" {
  if (/\.atlas$/i.test(path)) return "compact";
  if (/\.atlas\.gz$/i.test(path)) return "compact-gzip";
  return "json";
}

function writeDataset(output: string, atlas: AtlasFile, io: CliIo): void {
  const encoding = outputEncoding(output);
  try {
    if (encoding === "json") return io.writeFile(output, serializeAtlas(atlas));
    if (!io.writeBytes) throw new Error("binary output is not available here");
    const bytes = encodeCompact(atlas);
    // mtime 0 in the gzip header is zlib's default: same atlas, same bytes.
    io.writeBytes(output, encoding === "compact" ? bytes : gzipSync(bytes, { level: 6 }));
  } catch (cause) {
    throw new CliError(`cannot write ${output}: ${(cause as Error).message}`);
  }
}
