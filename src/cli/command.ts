import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.ts";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Parsed command line of one command: option values by name, and the positional file names. */
export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One command of the CLI: a small module registered in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text (usage line, options, examples). */
  help: string;
  options: OptionSpec;
  run(args: CommandArgs, io: CliIo): number | Promise<number>;
}

/** Shared options of the commands that read inputs. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  aliases: { type: "string" },
} satisfies OptionSpec;
