/**
 * The largest corpus files whole, each with a few random edits: no hang and no blow-up at
 * full size (windows of a few KB cannot show a quadratic step; 1 MB can).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMutations, mutationArbitrary } from "./mutate.ts";
import { runPipeline } from "./invariants.ts";
import { corpusFiles, params } from "./settings.ts";

/** Generous: these files take 0.1–4 s whole on a loaded 2-core box; a quadratic step would take minutes. */
const MS_PER_MB = 30_000;
const LARGEST = corpusFiles()
  .sort((a, b) => b.text.length - a.text.length)
  .slice(0, 4);

describe("the largest corpus files, whole, with a few edits", () => {
  it("are the files over 500 KB", () => {
    expect(LARGEST.every((file) => file.text.length > 500_000)).toBe(true);
  });

  it.each(LARGEST.map((file) => [file.path.replace("../shared/corpus/", ""), file] as const))("%s", (_label, file) => {
    const limit = Math.max(5000, (file.text.length / 1e6) * MS_PER_MB);
    fc.assert(
      fc.property(fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }), (mutations) => {
        const outcome = runPipeline([{ name: file.path, text: applyMutations(file.text, mutations) }], limit);
        expect(outcome.problems).toEqual([]);
      }),
      params(1, 4),
    );
  });
});
