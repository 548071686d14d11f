import { describe, expect, it } from "vitest";
import { buildSearchIndex, buildSearchIndexInSlices } from "../../../src/panels/search-index.ts";
import type { Paper, Person } from "../../../src/model/types.ts";

const people: Person[] = Array.from({ length: 900 }, (_, i) => ({
  id: `p${i}`,
  name: `${["Ada", "Kofi", "Zoë", "Łukasz"][i % 4]} Surname${i}`,
  variants: i % 3 === 0 ? [`A. Surname${i}`] : [],
  ids: {},
  paperIds: [`w${i}`],
}));
const papers: Paper[] = Array.from({ length: 600 }, (_, i) => ({
  id: `w${i}`,
  title: `Spectral ${["graphs", "forgetting", "kernels"][i % 3]} number ${i}`,
  year: 2000 + (i % 25),
  authors: [],
  authorsTruncated: false,
  hyperauthored: false,
  sources: [],
}));

describe("buildSearchIndexInSlices", () => {
  it("finds what the one-go index finds, in several slices that report progress up to 1", async () => {
    let slices = 0;
    const progress: number[] = [];
    const sliced = await buildSearchIndexInSlices(people, papers, {
      sliceMs: 0,
      yieldToEvents: async () => {
        slices++;
      },
      onProgress: (fraction) => progress.push(fraction),
    });
    const whole = buildSearchIndex(people, papers);
    expect(sliced.size).toBe(1500);
    // sliceMs 0: one check of the clock per 64 documents → ceil(1500 / 64) slices.
    expect(slices).toBe(24);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const query of ["zoe surname12", "spectral kernels", "surname899", "lukasz", "forgeting"]) {
      expect(sliced.search(query)).toEqual(whole.search(query));
    }
    expect(sliced.search("Surname899")[0]).toMatchObject({ kind: "person", id: "p899", nodeId: "a:p899" });
  });
});
