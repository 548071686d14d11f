/**
 * Suggested merges: pairs of people the rules kept apart who may be one person, with the
 * evidence a person needs to decide (accept → alias `merge`, reject → alias `split`).
 *
 * Candidates (never two people listed on one paper, never two different ORCID/dblp/Scopus ids,
 * never a pair an alias `split` group already keeps apart):
 * - compatible names in one family (`H.-J. Baues` / `Hans-Joachim Baues` kept apart by OpenAlex
 *   ids, `J. Smith` ambiguous between two Johns);
 * - family names one letter apart with the same given names (`Bauer, Hans Joachim` / `Baues,
 *   Hans-Joachim`), only with evidence (a shared coauthor or the same paper);
 * - a family name that is the last part of a double-barrelled one (`Zahedi` / `Bonnet-Zahedi`).
 * Evidence: shared coauthors; the same paper naming one in one source and the other in another
 * source at the same place in the author list.
 */
import type { AliasFile, Paper, Person, Suggestion } from "../model/types.ts";
import { compareStrings } from "./fold.ts";
import { matchGiven, matchNames, type GivenMatch } from "./match-key.ts";
import { parseNameText, type ParsedName } from "./names.ts";
import { oneLetterBuckets } from "./one-letter.ts";

/** The app lists these; more would drown the useful ones. */
export const MAX_SUGGESTIONS = 100;
/**
 * Pairs are compared inside buckets of at most this many people: a common family name with many
 * people of one initial is ambiguity an alias file settles better than a long list (and stays fast).
 */
const MAX_BUCKET = 16;
/** Candidates whose evidence is gathered, most similar names first (the list shown is far shorter). */
const MAX_CANDIDATES = 2_000;
/** Identifier schemes whose different values mean different people for sure. */
const STRONG_SCHEMES = ["orcid", "dblp", "dblpName", "scopus"];

export interface SuggestionInput {
  people: Person[];
  papers: Paper[];
  /** Every parsed name form (written and resolved) per person, same order as `people`. */
  names: ParsedName[][];
  /** Another source's name at an author position of a paper: `paperIndex`, `position`, folded name key. */
  otherNames: { paperIndex: number; position: number; key: string }[];
  aliases?: AliasFile;
  hyperauthorThreshold: number;
}

interface Candidate {
  a: number;
  b: number;
  similarity: string;
  base: number;
  needsEvidence: boolean;
}

export function suggestMerges(input: SuggestionInput): Suggestion[] {
  const { people, papers, names } = input;
  const indexOfPerson = new Map(people.map((person, index) => [person.id, index]));
  const candidates = new Map<string, Candidate>();
  const consider = (a: number, b: number, similarity: string, base: number, needsEvidence: boolean): void => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}~${y}`;
    const known = candidates.get(key);
    if (!known || known.base < base) candidates.set(key, { a: x, b: y, similarity, base, needsEvidence });
  };

  // ── compatible names in one family, and double-barrelled families ──
  const byFamilyLetter = new Map<string, number[]>();
  const byFamily = new Map<string, number[]>();
  const byLastWord = new Map<string, number[]>();
  names.forEach((forms, person) => {
    const seen = new Set<string>();
    for (const form of forms) {
      if (form.literal || form.givenTokens.length === 0) continue;
      const letterKey = `${form.familyKey}|${form.givenTokens[0].key[0]}`;
      if (!seen.has(letterKey)) pushTo(byFamilyLetter, letterKey, person);
      if (!seen.has(form.familyKey)) pushTo(byFamily, form.familyKey, person);
      if (form.familyWords.length >= 2 && !seen.has(`last|${form.familyKey}`)) {
        pushTo(byLastWord, form.familyWords[form.familyWords.length - 1], person);
        seen.add(`last|${form.familyKey}`);
      }
      seen.add(letterKey);
      seen.add(form.familyKey);
    }
  });
  for (const members of byFamilyLetter.values()) {
    if (members.length < 2 || members.length > MAX_BUCKET) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const match = bestMatch(names[members[i]], names[members[j]]);
        if (!match) continue;
        const [x, y] = match.forms;
        consider(members[i], members[j], `compatible names (${x.display} / ${y.display})`, MATCH_BASE[match.match], false);
      }
    }
  }
  for (const [word, longer] of byLastWord) {
    const single = (byFamily.get(word) ?? []).filter((person) => names[person].some((form) => form.familyWords.length === 1));
    if (single.length === 0 || single.length * longer.length > MAX_BUCKET * MAX_BUCKET) continue;
    for (const a of single) {
      for (const b of longer) {
        const x = names[a].find((form) => form.familyKey === word);
        const y = names[b].find((form) => form.familyWords[form.familyWords.length - 1] === word && form.familyWords.length >= 2);
        if (!x || !y || !matchGiven(x.givenTokens, y.givenTokens)) continue;
        consider(a, b, `family name ${x.family} is the last part of ${y.family}`, 0.3, false);
      }
    }
  }

  // ── family names one letter apart (keys sharing a one-letter deletion: one-letter.ts) ──
  const families = [...byFamily.keys()];
  const familyPeople = [...byFamily.values()];
  // Unordered pairs of family indexes already compared, as one number each.
  const comparedFamilies = new Set<number>();
  for (const bucket of oneLetterBuckets(families)) {
    if (bucket.length > 8) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const first = bucket[i];
        const second = bucket[j];
        const pair = Math.min(first, second) * families.length + Math.max(first, second);
        if (comparedFamilies.has(pair)) continue;
        comparedFamilies.add(pair);
        const left = familyPeople[first];
        const right = familyPeople[second];
        if (left.length * right.length > MAX_BUCKET * MAX_BUCKET) continue;
        for (const a of left) {
          const x = formWithFamily(names[a], families[first]);
          if (!x) continue;
          for (const b of right) {
            const y = formWithFamily(names[b], families[second]);
            if (!y) continue;
            const given = matchGiven(x.givenTokens, y.givenTokens);
            if (given !== "same-name" && given !== "given-name-extension") continue;
            consider(a, b, `family names one letter apart (${x.family} / ${y.family}), same given names`, 0.3, true);
          }
        }
      }
    }
  }
  if (candidates.size === 0) return [];

  // ── evidence ──
  const positionsOf = new Map<string, Map<number, string>>(); // paperIndex|position → personId
  const personAt = (paperIndex: number, position: number): string | undefined => {
    let map = positionsOf.get(String(paperIndex));
    if (!map) {
      map = new Map(papers[paperIndex].authors.map((authorship) => [authorship.position, authorship.personId]));
      positionsOf.set(String(paperIndex), map);
    }
    return map.get(position);
  };
  // Name keys per person, made for the few people in candidates only (a Set each for 44k people cost ~50 ms).
  const keySets = new Map<number, Set<string>>();
  const keysOf = (person: number): Set<string> => {
    let keys = keySets.get(person);
    if (!keys) keySets.set(person, (keys = new Set(names[person].map((form) => form.key))));
    return keys;
  };
  /** person index → paper indexes where another source names someone else at that person's place, by key. */
  const otherNamesOf = new Map<number, { paperIndex: number; key: string }[]>();
  for (const other of input.otherNames) {
    const personId = personAt(other.paperIndex, other.position);
    const person = personId === undefined ? undefined : indexOfPerson.get(personId);
    if (person === undefined) continue;
    pushTo(otherNamesOf, person, { paperIndex: other.paperIndex, key: other.key });
  }
  const paperIndex = new Map(papers.map((paper, index) => [paper.id, index]));
  const coauthorCache = new Map<number, Set<string>>();
  const coauthorsOf = (person: number): Set<string> => {
    const cached = coauthorCache.get(person);
    if (cached) return cached;
    const set = new Set<string>();
    coauthorCache.set(person, set);
    for (const id of people[person].paperIds) {
      const paper = papers[paperIndex.get(id) ?? -1];
      if (!paper || paper.authors.length > input.hyperauthorThreshold) continue;
      for (const authorship of paper.authors) set.add(authorship.personId);
    }
    set.delete(people[person].id);
    return set;
  };
  const splitKeys = (input.aliases?.split ?? []).map((group) => group.map((form) => parseNameText(form).key));

  const suggestions: Suggestion[] = [];
  const ranked = [...candidates.values()].sort((x, y) => y.base - x.base || x.a - y.a || x.b - y.b).slice(0, MAX_CANDIDATES);
  for (const candidate of ranked) {
    const { a, b } = candidate;
    const personA = people[a];
    const personB = people[b];
    if (strongConflict(personA, personB) || rejected(keysOf(a), keysOf(b), splitKeys)) continue;
    if (personA.paperIds.some((id) => personB.paperIds.includes(id))) continue; // on one paper: two people
    const coauthorsA = coauthorsOf(a);
    const shared = [...coauthorsOf(b)].filter((id) => coauthorsA.has(id) && id !== personA.id);
    const samePapers = new Set<number>();
    for (const other of otherNamesOf.get(a) ?? []) if (keysOf(b).has(other.key)) samePapers.add(other.paperIndex);
    for (const other of otherNamesOf.get(b) ?? []) if (keysOf(a).has(other.key)) samePapers.add(other.paperIndex);
    if (candidate.needsEvidence && shared.length === 0 && samePapers.size === 0) continue;
    const score = Math.min(0.99, candidate.base + Math.min(0.3, 0.1 * shared.length) + (samePapers.size > 0 ? 0.3 : 0));
    const sharedNames = shared
      .map((id) => people[indexOfPerson.get(id) ?? -1]?.name ?? id)
      .sort(compareStrings);
    suggestions.push({
      id: `${personA.id}~${personB.id}`,
      personIds: [personA.id, personB.id],
      names: [personA.name, personB.name],
      aliasNames: [aliasForm(personA, names[a]), aliasForm(personB, names[b])],
      evidence: {
        sharedCoauthors: sharedNames,
        samePapers: [...samePapers].sort((x, y) => x - y).map((index) => papers[index].title),
        similarity: candidate.similarity,
      },
      score: Math.round(score * 100) / 100,
    });
  }
  suggestions.sort((x, y) => y.score - x.score || compareStrings(x.id, y.id));
  return suggestions.slice(0, MAX_SUGGESTIONS);
}

const MATCH_BASE: Record<GivenMatch, number> = { "same-name": 0.5, "given-name-extension": 0.45, initials: 0.4 };

function bestMatch(a: ParsedName[], b: ParsedName[]): { match: GivenMatch; forms: [ParsedName, ParsedName] } | undefined {
  let best: { match: GivenMatch; forms: [ParsedName, ParsedName] } | undefined;
  for (const x of a) {
    for (const y of b) {
      const match = matchNames(x, y);
      if (match && (!best || MATCH_BASE[match] > MATCH_BASE[best.match])) best = { match, forms: [x, y] };
    }
  }
  return best;
}

/** A form of the person an alias file matches back to them: `Family, Given` (multi-word families survive). */
function aliasForm(person: Person, forms: ParsedName[]): string {
  const form = forms.find((candidate) => candidate.display === person.name) ?? forms[0];
  if (!form || form.literal || form.given.length === 0) return form?.display ?? person.name;
  const family = [form.particle, form.family].filter((part) => part !== "").join(" ");
  return [family, form.given.join(" "), form.suffix].filter((part) => part !== "").join(", ");
}

function strongConflict(a: Person, b: Person): boolean {
  return STRONG_SCHEMES.some((scheme) => a.ids[scheme] !== undefined && b.ids[scheme] !== undefined && a.ids[scheme] !== b.ids[scheme]);
}

/** An alias `split` group names one form of each: the user already said no. */
function rejected(keysA: Set<string>, keysB: Set<string>, splitKeys: string[][]): boolean {
  return splitKeys.some((group) => group.some((key) => keysA.has(key)) && group.some((key) => keysB.has(key)));
}

/** The first form of a person with this family key. */
function formWithFamily(forms: ParsedName[], familyKey: string): ParsedName | undefined {
  for (const form of forms) if (form.familyKey === familyKey) return form;
  return undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
