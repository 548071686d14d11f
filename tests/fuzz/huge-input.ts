/**
 * A generated BibTeX file of tens of MB through the real command line (a child process, as a
 * user runs it): `stats --json` and `build` must finish within bounds, and a file over the
 * documented size limit must be refused at once with a clear message.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateBibtex } from "../../bench/generate.ts";

/** Generated records average about 350 bytes. */
const BYTES_PER_RECORD = 350;
/**
 * Bounds for a run on the huge file (CPU, not wall clock, so a loaded machine does not fail it).
 * Measured on 60 MB: stats 61 s CPU / 2.1 GB, build 835 s CPU / 3.4 GB (layout capped at 64 iterations).
 */
const CPU_LIMIT_MS = 1_200_000;
/** Node's default heap limit here is ~4.3 GB; a run must stay below it. */
const RSS_LIMIT_KB = 3_900_000;

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  cpuMs?: number;
  maxRssKb?: number;
}

export function runMeasured(args: string[]): Promise<Measured> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["tests/fuzz/measured-cli.mjs", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("close", (code, signal) => {
      const measured = /measured: maxrss_kb=(\d+) cpu_ms=(\d+)/.exec(stderr);
      resolve({
        code,
        signal,
        stdout,
        stderr: stderr.replace(/\nmeasured: .*\n$/, ""),
        wallMs: performance.now() - start,
        maxRssKb: measured ? Number(measured[1]) : undefined,
        cpuMs: measured ? Number(measured[2]) : undefined,
      });
    });
  });
}

function describeRun(label: string, run: Measured): string {
  const rss = run.maxRssKb === undefined ? "?" : `${(run.maxRssKb / 1024).toFixed(0)} MB`;
  const cpu = run.cpuMs === undefined ? "?" : `${(run.cpuMs / 1000).toFixed(1)} s`;
  return `${label}: exit ${run.code ?? run.signal}, wall ${(run.wallMs / 1000).toFixed(1)} s, CPU ${cpu}, peak RSS ${rss}`;
}

function boundsProblems(label: string, run: Measured): string[] {
  const problems: string[] = [];
  if (run.code !== 0) problems.push(`${label} exited ${run.code ?? run.signal}: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  if (/^\s+at .+[(:]\d+/m.test(run.stderr)) problems.push(`${label} printed a stack trace`);
  if ((run.cpuMs ?? 0) > CPU_LIMIT_MS) problems.push(`${label} used ${run.cpuMs} ms CPU (limit ${CPU_LIMIT_MS})`);
  if ((run.maxRssKb ?? 0) > RSS_LIMIT_KB) problems.push(`${label} peaked at ${run.maxRssKb} kB RSS (limit ${RSS_LIMIT_KB})`);
  return problems;
}

export async function hugeInputCheck(options: { megabytes: number; seed: number; overLimitMegabytes?: number }) {
  const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-huge-"));
  const report: string[] = [];
  const problems: string[] = [];
  try {
    const records = Math.round((options.megabytes * 1e6) / BYTES_PER_RECORD);
    const big = join(dir, "big.bib");
    writeFileSync(big, generateBibtex({ records, seed: options.seed }));
    report.push(`huge input: ${big}, ${(statSync(big).size / 1e6).toFixed(1)} MB, ${records} generated records (seed ${options.seed})`);

    const stats = await runMeasured(["stats", big, "--json"]);
    report.push(describeRun("  stats --json", stats));
    problems.push(...boundsProblems("stats --json", stats));
    if (stats.code === 0) {
      const numbers = JSON.parse(stats.stdout);
      report.push(`    records ${numbers.records}, papers ${numbers.papers}, skipped ${numbers.skipped}, people ${numbers.people}`);
      if (numbers.records !== records) problems.push(`stats read ${numbers.records} records, generated ${records}`);
      if (numbers.papers + numbers.skipped !== numbers.records) problems.push(`stats: papers + skipped ≠ records`);
    }

    const out = join(dir, "big.atlas.json");
    const build = await runMeasured(["build", big, "-o", out]);
    report.push(describeRun("  build", build));
    problems.push(...boundsProblems("build", build));
    if (build.code === 0) report.push(`    ${build.stdout.trim()} (${(statSync(out).size / 1e6).toFixed(1)} MB written)`);

    // Over the limit: refused before any parsing, so quickly and in little memory.
    const overMegabytes = options.overLimitMegabytes ?? 80;
    const over = join(dir, "over.bib");
    const chunk = Buffer.from(generateBibtex({ records: 3000, seed: options.seed }));
    const fd = openSync(over, "w");
    for (let written = 0; written < overMegabytes * 1e6; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const refused = await runMeasured(["stats", over, "--json"]);
    report.push(describeRun(`  stats on ${(statSync(over).size / 1e6).toFixed(0)} MB`, refused));
    report.push(`    ${refused.stderr.trim().split("\n").pop()}`);
    if (refused.code !== 1 || !/limit/i.test(refused.stderr)) problems.push(`a ${overMegabytes} MB file was not refused with a clear message (exit ${refused.code ?? refused.signal})`);
    if ((refused.wallMs ?? 0) > 60_000) problems.push(`refusing took ${Math.round(refused.wallMs)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { report, problems };
}
