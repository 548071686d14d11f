import { describe, expect, it } from "vitest";
import { generateBibtex } from "../../../bench/generate.ts";
import { importFiles } from "../../../src/import/index.ts";

describe("generateBibtex", () => {
  const text = generateBibtex({ records: 2000, seed: 7 });

  it("is deterministic per seed", () => {
    expect(generateBibtex({ records: 2000, seed: 7 })).toBe(text);
    expect(generateBibtex({ records: 2000, seed: 8 })).not.toBe(text);
  });

  it("has the realistic shape: heavy-tailed author counts, reused authors, name variants", () => {
    const [result] = importFiles([{ name: "generated.bib", text }]);
    expect(result.format).toBe("bibtex");
    expect(result.records).toHaveLength(2000);
    expect(result.skipped).toBe(0);
    const counts = result.records.map((record) => record.authors.length).sort((a, b) => a - b);
    expect(counts[0]).toBeGreaterThanOrEqual(1);
    const median = counts[counts.length >> 1];
    expect(median).toBeGreaterThanOrEqual(3);
    expect(median).toBeLessThanOrEqual(6);
    expect(counts.filter((count) => count <= 6).length / counts.length).toBeGreaterThan(0.7);
    expect(counts.at(-1)).toBeGreaterThanOrEqual(50);
    const names = result.records.flatMap((record) => record.authors.map((author) => author.name));
    const perName = new Map<string, number>();
    for (const name of names) perName.set(name, (perName.get(name) ?? 0) + 1);
    // Productive people: someone is on at least 2% of all papers.
    expect(Math.max(...perName.values())).toBeGreaterThan(40);
    // Initials-only forms exist beside full forms.
    expect(names.some((name) => /^[A-ZÅÉŁØ]\. /.test(name) || /, [A-ZÅÉŁØ]\.$/.test(name))).toBe(true);
    const years = result.records.map((record) => record.year!);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1985);
    expect(Math.max(...years)).toBe(2024);
  });
});
