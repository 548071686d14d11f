/**
 * Versions of one paper across sources: a preprint (arXiv, a repository copy) and its published
 * version carry the same title, share authors, and are often a year or two apart, while the
 * exact grouping (papers.ts) wants the same year. Two groups become one paper when:
 * - their titles are equal once case, accents, punctuation and spaces are ignored
 *   (`non-symmetric` = `nonsymmetric`, `K_1` = `K1`), and the title has 4+ words;
 * - their years are at most MAX_YEAR_GAP apart (a missing year contradicts nothing);
 * - one of them is only preprints or copies (arXiv id, preprint/report type, an archive as venue);
 * - no two different publisher DOIs or arXiv ids contradict it;
 * - they share an author family name (written or the source's resolved form).
 */
import { parseAuthor } from "./names.ts";
import { hasWords, isPreprintLike, titleKey, type PaperGroup } from "./papers.ts";

/** Preprints are published up to two years later (and repository copies dated a year off). */
export const MAX_YEAR_GAP = 2;
const SPECIFIC_TITLE_WORDS = 4;

/** Groups with other versions folded into the earliest one, in input order. */
export function mergeVersions(groups: PaperGroup[]): PaperGroup[] {
  const byTitle = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const key = compactTitle(group);
    if (key === undefined) return;
    const list = byTitle.get(key);
    if (list) list.push(index);
    else byTitle.set(key, [index]);
  });
  const absorbed = new Set<number>();
  const families = new Map<number, Set<string>>();
  const familiesOf = (index: number): Set<string> => {
    let set = families.get(index);
    if (!set) families.set(index, (set = authorFamilies(groups[index])));
    return set;
  };
  for (const indexes of byTitle.values()) {
    if (indexes.length < 2) continue;
    for (let i = 0; i < indexes.length; i++) {
      const into = indexes[i];
      if (absorbed.has(into)) continue;
      for (let j = i + 1; j < indexes.length; j++) {
        const other = indexes[j];
        if (absorbed.has(other)) continue;
        const why = versionReason(groups[into], groups[other], familiesOf(into), familiesOf(other));
        if (!why) continue;
        for (const entry of groups[other].entries) groups[into].entries.push({ ...entry, versionOf: why });
        for (const doi of groups[other].dois) groups[into].dois.add(doi);
        for (const arxiv of groups[other].arxivIds) groups[into].arxivIds.add(arxiv);
        for (const year of groups[other].years) groups[into].years.add(year);
        for (const family of familiesOf(other)) familiesOf(into).add(family);
        absorbed.add(other);
      }
    }
  }
  return absorbed.size === 0 ? groups : groups.filter((_, index) => !absorbed.has(index));
}

/** Title letters and digits only; undefined when too short to tell papers apart. */
function compactTitle(group: PaperGroup): string | undefined {
  const record = group.entries.find((entry) => !entry.record.untitled && entry.record.title)?.record;
  if (!record) return undefined;
  // NFKC changes nothing in ASCII: then the key grouping computed is this one.
  const key =
    group.firstTitleKey !== undefined && ASCII.test(record.title) ? group.firstTitleKey : titleKey(record.title.normalize("NFKC"));
  if (!hasWords(key, SPECIFIC_TITLE_WORDS)) return undefined;
  return key.replace(/ /g, "");
}

const ASCII = /^[\x00-\x7f]*$/;

/** Why two groups are versions of one paper, or undefined when they are not. */
function versionReason(a: PaperGroup, b: PaperGroup, familiesA: Set<string>, familiesB: Set<string>): string | undefined {
  if (a.dois.size > 0 && b.dois.size > 0 && ![...b.dois].some((doi) => a.dois.has(doi))) return undefined;
  if (a.arxivIds.size > 0 && b.arxivIds.size > 0 && ![...b.arxivIds].some((id) => a.arxivIds.has(id))) return undefined;
  const gap = yearGap(a.years, b.years);
  if (gap > MAX_YEAR_GAP) return undefined;
  // One side is only preprints or copies: a conference and a journal version stay two papers.
  const onlyPreprints = (group: PaperGroup) => group.entries.every((entry) => isPreprintLike(entry.record));
  if (!onlyPreprints(a) && !onlyPreprints(b)) return undefined;
  const shared = [...familiesB].filter((family) => familiesA.has(family));
  if (familiesA.size > 0 && familiesB.size > 0 ? shared.length === 0 : gap !== 0) return undefined;
  const years = [...a.years, ...b.years].sort((x, y) => x - y);
  const span = years.length > 0 && years[0] !== years[years.length - 1] ? `, ${years[0]}–${years[years.length - 1]}` : "";
  return `another version of the same paper (same title${span}, ${shared.length > 0 ? "shared authors" : "no authors to compare"})`;
}

/** Smallest distance between a year of one and a year of the other; 0 when either has none. */
function yearGap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
  return best;
}

/** Folded family names of every author of every record (written and resolved forms). */
function authorFamilies(group: PaperGroup): Set<string> {
  const families = new Set<string>();
  for (const { record } of group.entries) {
    for (const author of record.authors) {
      if (!author || typeof author.name !== "string") continue;
      families.add(parseAuthor(author).familyKey);
      if (author.resolvedName) families.add(parseAuthor({ name: author.resolvedName }).familyKey);
    }
  }
  return families;
}
