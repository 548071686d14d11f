import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli.ts";
import { decodeText } from "../../../src/cli/io.ts";
import { ProgressLine, groupThousands } from "../../../src/cli/progress.ts";
import { formatDiagnostics } from "../../../src/cli/format.ts";
import type { Diagnostic } from "../../../src/model/types.ts";

describe("command line without inputs", () => {
  it("lists the commands on --help and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["stats", "people", "shared", "build"]) expect(run.stdout).toContain(`  ${command} `);
  });

  it("prints each command's help", async () => {
    for (const command of ["stats", "people", "shared", "build"]) {
      const run = await runCli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith(`Usage: coauthor-atlas ${command} <files…>`)).toBe(true);
    }
  });

  it("rejects unknown commands and options with exit 2 and one line", async () => {
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^coauthor-atlas: unknown command "frobnicate"/);
    const option = await runCli(["stats", "x.bib", "--nope"]);
    expect(option.code).toBe(2);
    expect(option.stderr.split("\n")).toHaveLength(2);
    expect(option.stderr).toContain("--nope");
    const limit = await runCli(["people", "x.bib", "--limit", "ten"]);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toBe('coauthor-atlas: --limit must be a whole number ≥ 0, got "ten"\n');
  });

  it("exits 1 with one line when a file is missing", async () => {
    const run = await runCli(["stats", "no/such/file.bib", "--json"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "coauthor-atlas: cannot read no/such/file.bib: no such file\n" });
  });

  it("exits 1 when a directory is given", async () => {
    const run = await runCli(["people", "tests"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("coauthor-atlas: cannot read tests: is a directory\n");
  });

  it("needs -o for build and two authors for shared", async () => {
    expect((await runCli(["build", "data/ramasesh.bib"])).stderr).toBe("coauthor-atlas: missing -o out.atlas.json\n");
    const shared = await runCli(["shared", "data/ramasesh.bib", "--author", "A"]);
    expect(shared.code).toBe(2);
    expect(shared.stderr).toBe("coauthor-atlas: give exactly two --author options (got 1)\n");
  });

  it("turns an unexpected failure into one line asking for a report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
    const file = join(dir, "x.bib");
    writeFileSync(file, "@article{a, title={T}, author={A and B}, year={2020}}\n");
    const run = await runCli(["stats", file], {
      readFile: () => {
        throw Object.assign(new Error("disk on fire"), { code: "EIO" });
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`coauthor-atlas: cannot read ${file}: disk on fire\n`);
  });
});

describe("decodeText", () => {
  it("reads UTF-8, drops a BOM, and falls back to Latin-1 on invalid UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("Kögl"))).toBe("Kögl");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
    expect(decodeText(new Uint8Array([0x4b, 0xf6, 0x67, 0x6c]))).toBe("Kögl");
  });

  it("honours an ISO-8859-1 XML declaration even when the bytes happen to be valid UTF-8", () => {
    const head = '<?xml version="1.0" encoding="ISO-8859-1"?><a>';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xc3, 0xa4, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeText(bytes)).toBe(head + "Ã¤</a>");
  });
});

describe("progress", () => {
  it("stays quiet for 2 s, then prints at most one line per 500 ms", () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = new ProgressLine((text) => lines.push(text), () => clock);
    progress.report("a");
    clock = 1999;
    progress.report("b");
    clock = 2000;
    progress.report("c");
    clock = 2100;
    progress.report("d");
    clock = 2500;
    progress.report("e");
    expect(lines).toEqual(["c\n", "e\n"]);
    clock = 3000;
    progress.report("e");
    expect(lines).toHaveLength(2); // the same line is not repeated
  });

  it("announces work known to be slow at once", () => {
    const lines: string[] = [];
    new ProgressLine((text) => lines.push(text), () => 0).report("laying out 12,345 nodes…", true);
    expect(lines).toEqual(["laying out 12,345 nodes…\n"]);
    expect(groupThousands(1234567)).toBe("1,234,567");
  });
});

describe("formatDiagnostics", () => {
  it("groups by level and truncates with a count", () => {
    const diagnostics = Array.from({ length: 12 }, (_, i): Diagnostic => ({ level: "warning", file: "f.bib", where: `key k${i}`, message: `m${i}\nsecond line` }));
    diagnostics.push({ level: "error", file: "g.bib", where: "line 3", message: "broken" });
    const text = formatDiagnostics(diagnostics, 10);
    expect(text).toBe(
      "\nErrors (1):\n  g.bib, line 3: broken\n\nWarnings (12):\n" +
        Array.from({ length: 10 }, (_, i) => `  f.bib, key k${i}: m${i} second line\n`).join("") +
        "  … and 2 more (--verbose shows all)\n",
    );
  });
});
