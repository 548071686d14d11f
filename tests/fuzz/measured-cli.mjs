#!/usr/bin/env node
// The real command line, plus one last stderr line with its own peak memory and CPU time,
// so the huge-input check can measure a run without /usr/bin/time.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nmeasured: maxrss_kb=${usage.maxRSS} cpu_ms=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
await import("../../bin/coauthor-atlas.mjs");
