import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/run-cli.ts";

const BIG_BENCH = "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models";
const RAMASESH_AITKEN = ["Understanding How Encoder-Decoder Architectures Attend", "The geometry of integration in text classification RNNs"];

describe("coauthor-atlas path", () => {
  it("goes from a BIG-bench-only author to Kyle Aitken through Vinay Ramasesh (--json)", async () => {
    const run = await runCli(["path", "data/ramasesh.bib", "--from", "Aarohi Srivastava", "--to", "Kyle Aitken", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);
    expect(result.people).toEqual([
      { id: "aarohi-srivastava", name: "Aarohi Srivastava" },
      { id: "vinay-venkatesh-ramasesh", name: "Vinay Venkatesh Ramasesh" },
      { id: "kyle-aitken", name: "Kyle Aitken" },
    ]);
    expect(result.papers).toHaveLength(2);
    expect(result.papers[0]).toEqual({ id: "arxiv:2206.04615", title: BIG_BENCH, year: 2023, venue: "Transactions on Machine Learning Research" });
    expect(RAMASESH_AITKEN).toContain(result.papers[1].title);
    // The documented tie-break: the shared paper with fewer authors (4 against 6).
    expect(result.papers[1]).toMatchObject({ id: "arxiv:2110.15253", year: 2021 });
  });

  it("joins two BIG-bench-only authors by BIG-bench alone, and prints the chain as text", async () => {
    const run = await runCli(["path", "data/ramasesh.bib", "--from", "Aarohi Srivastava", "--to", "Ziyi Wu"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Aarohi Srivastava → Ziyi Wu: collaboration distance 1 paper\n  Aarohi Srivastava\n    — ${BIG_BENCH} (Transactions on Machine Learning Research, 2023)\n  Ziyi Wu\n`);
  });

  it("exits 1 with one line for an unknown name", async () => {
    const run = await runCli(["path", "data/ramasesh.bib", "--from", "Nobody Atall", "--to", "Kyle Aitken", "--json"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: 'coauthor-atlas: no person matches "Nobody Atall"\n' });
  });

  it("exits 1 with one line when no chain joins the two", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-path-"));
    const file = join(dir, "two.bib");
    writeFileSync(file, "@article{a, title={First}, author={Ann Able and Bob Baker}, year={2020}}\n@article{b, title={Second}, author={Cy Cole and Di Dorn}, year={2021}}\n");
    const run = await runCli(["path", file, "--from", "Ann Able", "--to", "Di Dorn", "--json"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "coauthor-atlas: no collaboration path joins Ann Able and Di Dorn in these files\n" });
  });

  it("needs both --from and --to (usage error, exit 2)", async () => {
    const run = await runCli(["path", "data/ramasesh.bib", "--from", "Kyle Aitken"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "coauthor-atlas: give both --from NAME and --to NAME\n" });
  });
});
