/**
 * `coauthor-atlas <command> …`: parse the command line, run one command, map every failure
 * to an exit code and one line on stderr. Bad input never shows a stack trace.
 */
import { parseArgs } from "node:util";
import { COMMANDS } from "./commands/index.ts";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./errors.ts";
import { nodeIo, type CliIo } from "./io.ts";
import { CREATED_WITH } from "../dataset/index.ts";

const PROGRAM = "coauthor-atlas";

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: ${PROGRAM} <command> <files…> [options]

Commands:
${lines.join("\n")}

Inputs: BibTeX, RIS, CSL-JSON, DBLP XML, OpenAlex/ORCID/Crossref JSON, Scopus/WoS/Scholar/Lens exports,
profile-page text, or a dataset file (*.atlas.json); formats are recognised by content.
Run \`${PROGRAM} <command> --help\` for a command's options.
`;
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(CREATED_WITH + "\n");
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`${PROGRAM}: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(", ")}; see ${PROGRAM} --help)\n`);
    return EXIT_USAGE;
  }

  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (cause) {
      throw new CliError(`${(cause as Error).message} (see ${PROGRAM} ${command.name} --help)`, EXIT_USAGE);
    }
    if (parsed.values.help === true) {
      io.stdout(command.help);
      return EXIT_OK;
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (cause) {
    if (cause instanceof CliError) {
      io.stderr(`${PROGRAM}: ${cause.message}\n`);
      return cause.exitCode;
    }
    const message = cause instanceof Error ? cause.message : String(cause);
    io.stderr(`${PROGRAM}: unexpected error in ${command.name}: ${message.split("\n")[0]} — please report this at the project's issue tracker\n`);
    return EXIT_FAILURE;
  }
}
