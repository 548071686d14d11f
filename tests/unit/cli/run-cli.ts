/** Runs the CLI in-process with captured output (real files for reading and writing). */
import { readFileSync, writeFileSync } from "node:fs";
import { main } from "../../../src/cli/main.ts";
import type { CliIo } from "../../../src/cli/io.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => writeFileSync(path, text, "utf8"),
    now: () => 0,
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** `stats --json` parsed, with the run's exit code and stderr. */
export async function statsJson(files: string[], extra: string[] = []) {
  const run = await runCli(["stats", ...files, "--json", ...extra]);
  return { ...run, stats: run.code === 0 ? JSON.parse(run.stdout) : undefined };
}
