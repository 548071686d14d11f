/** Every command of the CLI, by name. A new command is one module plus one line here. */
import type { Command } from "../command.ts";
import { buildCommand } from "./build.ts";
import { exportCommand } from "./export.ts";
import { pathCommand } from "./path.ts";
import { peopleCommand } from "./people.ts";
import { sharedCommand } from "./shared.ts";
import { statsCommand } from "./stats.ts";

export const COMMANDS: readonly Command[] = [statsCommand, peopleCommand, sharedCommand, pathCommand, buildCommand, exportCommand];
