import { CliError, EXIT_USAGE } from "./errors.ts";
import type { CommandArgs } from "./command.ts";

/** A string option's value, or undefined. */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A whole-number option within bounds, or a usage error naming the option. */
export function integerOption(args: CommandArgs, name: string, min: number): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text.trim()) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new CliError(`--${name} must be a whole number ≥ ${min}, got "${text}"`, EXIT_USAGE);
  }
  return Number(text);
}
