/**
 * The command line on damaged bytes: `stats --json`, `build` and `people` on byte-damaged windows
 * of every corpus file (invalid UTF-8, stray Latin-1, NUL), several files at once, damaged alias
 * files and damaged dataset files. Exit 0 or 1, one message line, never a stack trace.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutations, byteEditsArbitrary, damageBytes, mutationArbitrary } from "./mutate.ts";
import { cliProblems, runInMemory } from "./cli-invariants.ts";
import { corpusFiles, params, saveFailingInput } from "./settings.ts";

const CORPUS = corpusFiles();
const encoder = new TextEncoder();

/** A byte window of a corpus file (start or anywhere) with byte edits and text edits applied. */
const damagedFile = fc
  .record({
    file: fc.constantFrom(...CORPUS),
    fromStart: fc.boolean(),
    start: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    length: fc.integer({ min: 0, max: 3000 }),
    bytes: byteEditsArbitrary,
    text: fc.array(mutationArbitrary, { maxLength: 4 }),
  })
  .map(({ file, fromStart, start, length, bytes, text }) => {
    const from = fromStart ? 0 : Math.floor(start * file.bytes.length);
    const window = damageBytes(file.bytes.slice(from, from + length), bytes);
    // Text edits go through UTF-8 again, so lone surrogates arrive as U+FFFD, as from a real editor.
    const damaged = text.length === 0 ? window : encoder.encode(applyMutations(new TextDecoder().decode(window), text));
    return { name: file.path.replace(/^.*\//, "fuzz-"), bytes: damaged };
  });

async function check(argv: string[], files: Map<string, Uint8Array>) {
  const problems = await cliProblems(argv, files);
  if (problems.length > 0) for (const [name, bytes] of files) saveFailingInput(`cli-${name}`, bytes);
  expect(problems, `coauthor-atlas ${argv.join(" ")}`).toEqual([]);
}

describe("the command line never crashes on damaged input", () => {
  it("stats --json on one damaged file", async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async ({ name, bytes }) => check(["stats", name, "--json"], new Map([[name, bytes]]))),
      params(40),
    );
  });

  it("stats --json on several damaged files together", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damagedFile, { minLength: 2, maxLength: 3 }), async (damaged) => {
        const files = new Map(damaged.map(({ name, bytes }, index) => [`${index}-${name}`, bytes]));
        await check(["stats", ...files.keys(), "--json"], files);
      }),
      params(25),
    );
  });

  it("build (with and without layout) and people on a damaged file", async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, fc.boolean(), async ({ name, bytes }, layout) => {
        const files = new Map([[name, bytes]]);
        await check(["build", name, "-o", "out.atlas.json", ...(layout ? ["--seed", "3"] : ["--no-layout"])], files);
        await check(["people", name, "--json", "--limit", "5"], files);
      }),
      params(20),
    );
  });

  it("a built dataset file gives the same stats as the files it was built from", async () => {
    await fc.assert(
      fc.asyncProperty(damagedFile, async ({ name, bytes }) => {
        const files = new Map([[name, bytes]]);
        const direct = await runInMemory(["stats", name, "--json"], files);
        const built = await runInMemory(["build", name, "-o", "x.atlas.json", "--no-layout"], files);
        expect(built.code).toBe(direct.code);
        if (direct.code !== 0) return;
        const again = await runInMemory(["stats", "x.atlas.json", "--json"], new Map([["x.atlas.json", encoder.encode(built.written.get("x.atlas.json")!)]]));
        expect(again.code).toBe(0);
        expect(JSON.parse(again.stdout)).toEqual(JSON.parse(direct.stdout));
      }),
      params(20),
    );
  });

  it("stats on a damaged alias file", async () => {
    const bib = encoder.encode("@article{a, title={T}, author={Ann Lee and Bo Chen}, year={2020}}\n@article{b, title={U}, author={A. Lee and B. Chen}, year={2021}}\n");
    const aliases = fc
      .tuple(fc.oneof(fc.json({ maxDepth: 3 }), fc.constant('{"merge":[["Ann Lee","A. Lee"]],"split":[["Bo Chen","B. Chen"]]}')), fc.array(mutationArbitrary, { maxLength: 3 }))
      .map(([text, mutations]) => applyMutations(text, mutations));
    await fc.assert(
      fc.asyncProperty(aliases, async (alias) => {
        await check(["stats", "a.bib", "--aliases", "aliases.json", "--json"], new Map([["a.bib", bib], ["aliases.json", encoder.encode(alias)]]));
      }),
      params(60),
    );
  });

  it("stats and people on a damaged dataset file", async () => {
    const source = new Map([["ramasesh.bib", CORPUS.find((file) => file.path.endsWith("crossref-generated-muro.bib"))!.bytes]]);
    const built = await runInMemory(["build", "ramasesh.bib", "-o", "base.atlas.json", "--no-layout"], source);
    expect(built.code).toBe(0);
    const atlas = built.written.get("base.atlas.json")!;
    expect(atlas.length).toBeGreaterThan(10_000);
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const files = new Map([["x.atlas.json", encoder.encode(applyMutations(atlas, mutations))]]);
        await check(["stats", "x.atlas.json", "--json"], files);
        await check(["people", "x.atlas.json", "--limit", "3"], files);
      }),
      params(25),
    );
  });

  it("random command lines exit 0, 1 or 2 with no stack trace", async () => {
    const word = fc.oneof(
      fc.constantFrom("stats", "people", "shared", "build", "help", "--help", "-h", "--json", "--verbose", "--limit", "--threshold", "--seed", "-o", "--aliases", "--author", "--no-layout", "-1", "0", "1e9", "NaN", "", "--", "a.bib"),
      fc.string({ maxLength: 6 }),
    );
    const bib = new Map([["a.bib", encoder.encode("@article{a, title={T}, author={Ann Lee and Bo Chen}, year={2020}}\n")]]);
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 7 }), async (argv) => {
        const run = await runInMemory(argv, bib);
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
        expect(run.stderr).not.toMatch(/unexpected error/i);
      }),
      params(150),
    );
  });
});
