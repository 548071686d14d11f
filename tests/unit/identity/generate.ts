/** A deterministic synthetic bibliography for performance checks (no Math.random). */
import type { ImportResult, PubRecord } from "../../../src/model/types.ts";

const GIVEN = ["Wei", "Wen", "Maria", "Mario", "John", "Jane", "Anna", "Hans", "Li", "Yu", "Ravi", "Sara", "Omar", "Chen", "Ivan", "Olga", "Kenji", "Aiko", "Lars", "Nina"];
const SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lo", "vi", "dor", "an", "ber", "gu", "zi", "mo", "ha", "pe", "ul"];

/** Lehmer / Park–Miller generator: enough for test data. */
function generator(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

export function syntheticResults(recordCount: number, familyCount: number, seed = 7): ImportResult[] {
  const next = generator(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const families = Array.from({ length: familyCount }, (_, i) => {
    const a = SYLLABLES[i % SYLLABLES.length];
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length];
    const c = SYLLABLES[Math.floor(i / SYLLABLES.length ** 2) % SYLLABLES.length];
    return (a + b + c).replace(/^./, (ch) => ch.toUpperCase()) + (i >= SYLLABLES.length ** 3 ? String(i) : "");
  });
  const records: PubRecord[] = [];
  for (let i = 0; i < recordCount; i++) {
    const authorCount = 1 + Math.floor(next() * 8);
    const authors = Array.from({ length: authorCount }, () => {
      const given = pick(GIVEN);
      const family = pick(families);
      const form = next();
      // Several written forms of the same names: full, initial, `Last, First`.
      const name = form < 0.6 ? `${given} ${family}` : form < 0.8 ? `${family}, ${given}` : `${given[0]}. ${family}`;
      return { name };
    });
    // Every fifth record repeats an earlier one by DOI.
    const doi = i % 5 === 4 ? `10.9999/p${i - 1}` : `10.9999/p${i}`;
    records.push({
      source: { file: "synthetic.bib", where: `key k${i}` },
      format: "bibtex",
      title: `Synthetic paper ${i}`,
      authors,
      authorsTruncated: false,
      year: 2000 + (i % 25),
      doi,
    });
  }
  return [{ format: "bibtex", records, skipped: 0, diagnostics: [] }];
}
