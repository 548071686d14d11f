/**
 * The command line's promises on any input: `main` never throws, exits 0 or 1, never shows a
 * stack trace or an "unexpected error" (a crash it caught), and `stats --json` prints one JSON
 * object whose numbers add up. Files live in memory, so damaged bytes reach the decoder as they are.
 */
import type { CliIo } from "../../../src/cli/io.ts";
import { main } from "../../../src/cli/main.ts";
import { cpuMilliseconds, diagnosticProblems, TIME_LIMIT_MS } from "./invariants.ts";

export interface CliCapture {
  code: number;
  stdout: string;
  stderr: string;
  /** CPU time of the run. */
  milliseconds: number;
  written: Map<string, string>;
}

export async function runInMemory(argv: string[], files: Map<string, Uint8Array>): Promise<CliCapture> {
  let stdout = "";
  let stderr = "";
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const bytes = files.get(path) ?? (written.has(path) ? new TextEncoder().encode(written.get(path)) : undefined);
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
    writeFile: (path, text) => void written.set(path, text),
    now: () => 0,
  };
  const start = cpuMilliseconds();
  const code = await main(argv, io);
  return { code, stdout, stderr, milliseconds: cpuMilliseconds() - start, written };
}

/** Runs the command and lists every broken promise. */
export async function cliProblems(argv: string[], files: Map<string, Uint8Array>, timeLimit = TIME_LIMIT_MS): Promise<string[]> {
  let run: CliCapture;
  try {
    run = await runInMemory(argv, files);
  } catch (error) {
    return [`main threw: ${(error as Error)?.stack ?? String(error)}`];
  }
  const problems: string[] = [];
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code} (expected 0 or 1); stderr: ${run.stderr.slice(0, 300)}`);
  if (/^\s+at .+[(:]\d+/m.test(run.stderr + run.stdout)) problems.push(`stack trace printed: ${run.stderr.slice(0, 500)}`);
  if (/unexpected error/i.test(run.stderr)) problems.push(`the command crashed: ${run.stderr.slice(0, 500)}`);
  if (run.code === 1 && !/^coauthor-atlas: \S/m.test(run.stderr)) problems.push(`exit 1 without a message: ${JSON.stringify(run.stderr.slice(0, 200))}`);
  if (run.milliseconds > timeLimit) problems.push(`took ${Math.round(run.milliseconds)} ms CPU (limit ${timeLimit} ms)`);
  if (run.code === 0 && argv[0] === "stats" && argv.includes("--json")) problems.push(...statsJsonProblems(run.stdout));
  return problems;
}

function statsJsonProblems(stdout: string): string[] {
  let stats: Record<string, unknown>;
  try {
    stats = JSON.parse(stdout);
  } catch (error) {
    return [`stats --json printed no JSON: ${(error as Error).message}: ${stdout.slice(0, 200)}`];
  }
  const problems: string[] = [];
  for (const key of ["records", "papers", "people", "authorships", "skipped", "merged", "hyperauthored"]) {
    if (!Number.isInteger(stats[key]) || (stats[key] as number) < 0) problems.push(`stats.${key} is ${JSON.stringify(stats[key])}`);
  }
  if ((stats.papers as number) + (stats.skipped as number) !== stats.records)
    problems.push(`stats: papers ${stats.papers} + skipped ${stats.skipped} ≠ records ${stats.records}`);
  problems.push(...diagnosticProblems(stats.diagnostics, "stats"));
  return problems;
}
