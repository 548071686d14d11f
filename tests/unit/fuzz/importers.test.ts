/**
 * Damaged windows of every corpus file through the registry and identity: whatever the damage,
 * importFiles and collect return, quickly, with the accounting and safety promises intact.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damagedWindow } from "./mutate.ts";
import { runPipeline } from "./invariants.ts";
import { corpusFiles, params, saveFailingInput } from "./settings.ts";

const CORPUS = corpusFiles();
/** A few KB per case: enough for several records, small enough for hundreds of cases a minute. */
const WINDOW = 4096;

function check(name: string, texts: string[]) {
  const files = texts.map((text, index) => ({ name: texts.length === 1 ? name : `${name}#${index}`, text }));
  const outcome = runPipeline(files);
  if (outcome.problems.length > 0) texts.forEach((text, index) => saveFailingInput(`${name}-${index}`, text));
  expect(outcome.problems).toEqual([]);
}

describe("damaged corpus windows never break the importers or collect", () => {
  it("finds the corpus", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS.map((file) => [file.path.replace("../shared/corpus/", ""), file] as const))("%s", (_label, file) => {
    fc.assert(
      fc.property(damagedWindow(file.text, WINDOW), (text) => check(file.path, [text])),
      params(12),
    );
  });

  it("the same damaged input gives the same results twice (no hidden randomness or state)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS).chain((file) => damagedWindow(file.text, WINDOW)), (text) => {
        const first = runPipeline([{ name: "same", text }]);
        const second = runPipeline([{ name: "same", text }]);
        expect(JSON.stringify(second.collection)).toBe(JSON.stringify(first.collection));
        expect(JSON.stringify(second.results)).toBe(JSON.stringify(first.results));
      }),
      params(20),
    );
  });

  it("several damaged files read together (BibTeX macros chain across files)", () => {
    const bib = CORPUS.filter((file) => file.path.includes("/bib/"));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...CORPUS.concat(bib)), fc.nat()).chain(([file]) => damagedWindow(file.text, 2048).map((text) => text)), { minLength: 2, maxLength: 4 }),
        (texts) => check("mixed", texts),
      ),
      params(25),
    );
  });
});
