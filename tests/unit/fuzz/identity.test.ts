/**
 * collect on damaged corpus windows with odd options: alias files naming real and made-up
 * authors (overlapping merges, merges contradicting splits, empty groups), and thresholds at the
 * edges. It never throws and keeps its promises.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AliasFile, CollectOptions } from "../../../src/model/types.ts";
import { importFiles } from "../../../src/import/index.ts";
import { collect, parseAliasFile } from "../../../src/identity/index.ts";
import { anyText, damagedWindow } from "./mutate.ts";
import { collectionProblems, jsonProblems } from "./invariants.ts";
import { corpusFiles, params } from "./settings.ts";

const READABLE = corpusFiles().filter((file) => /\.(bib|ris|json|txt|csv|xml)$/.test(file.path));

describe("collect with odd options", () => {
  it("alias groups drawn from the names read, plus made-up ones, and edge thresholds", () => {
    const input = fc.constantFrom(...READABLE).chain((file) => damagedWindow(file.text, 6000, 2));
    fc.assert(
      fc.property(
        input,
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        fc.array(anyText({ maxLength: 10 }), { maxLength: 3 }),
        fc.constantFrom(undefined, 0, 1, 2, 25, 10_000),
        (text, picks, madeUp, threshold) => {
          const results = importFiles([{ name: "in", text }]);
          const names = [...new Set(results.flatMap((result) => result.records.flatMap((record) => record.authors.map((author) => author.name))))];
          const pool = names.concat(madeUp, ["", " "]);
          let cursor = 0;
          const next = () => picks[cursor++ % picks.length];
          const group = () => Array.from({ length: 1 + (next() % 4) }, () => pool[next() % pool.length]);
          const aliases: AliasFile = { merge: Array.from({ length: next() % 4 }, group), split: Array.from({ length: next() % 3 }, group) };
          // Through the alias-file reader, as the CLI and app do, so its checks apply.
          const parsed = parseAliasFile(JSON.stringify(aliases), "aliases.json");
          const options: CollectOptions = { aliases: parsed.aliases, hyperauthorThreshold: threshold };
          const collection = collect(results, options);
          expect(collectionProblems(collection, results)).toEqual([]);
          expect(jsonProblems(collection, "collection")).toEqual([]);
          for (const paper of collection.papers) expect(paper.hyperauthored).toBe(paper.authors.length > (threshold ?? 25));
        },
      ),
      params(40),
    );
  });
});
