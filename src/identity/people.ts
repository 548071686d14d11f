/**
 * Who is who: cluster name forms into people.
 * Order of evidence: alias file (forced merges, forbidden pairs) → identifiers → names.
 * Name merging happens inside a family-key bucket only (no O(n²) over all people), most
 * specific forms first, and a form joins a cluster only when exactly ONE cluster is compatible
 * with every form it already holds: `J. Smith` next to `John Smith` and `Jane Smith` joins neither.
 */
import type { AliasFile, Diagnostic, MergeReason, PersonIds, SourceRef } from "../model/types.ts";
import { normalizeOrcid } from "../import/normalize.ts";
import { compareStrings } from "./fold.ts";
import { indexLetters, matchGiven, matchNames, nameTier, weakerMatch, type GivenMatch } from "./match-key.ts";
import { parseNameText, type ParsedName } from "./names.ts";
import { UnionFind } from "./union-find.ts";

/** One distinct (written name key, identifier set) seen in the input. */
export interface NameUnit {
  name: ParsedName;
  /** The source's resolved form of the name (OpenAlex display name) when it differs: matched too. */
  alt?: ParsedName;
  ids: PersonIds;
  /** `orcid:…|scopus:…`, sorted; empty when the source gave no identifiers. */
  idSignature: string;
  /** Where the form was first seen (for diagnostics). */
  firstRef: SourceRef;
}

/** A merge decided by the rules, pointing at a unit of the resulting person. */
export interface UnitMerge extends Omit<MergeReason, "personId"> {
  unit: number;
}

export interface Clustering {
  /** Cluster index per unit; clusters are numbered in order of their first unit. */
  clusterOf: number[];
  clusterCount: number;
  merges: UnitMerge[];
  diagnostics: Diagnostic[];
  /** Display names forced by the alias file (first name of a merge group), per cluster. */
  forcedNames: Map<number, string>;
}

/** Shared by every author without identifiers (most of them); never mutated. */
const NO_IDS: PersonIds = Object.freeze({}) as PersonIds;

/** Normalise identifier values so that the same id written two ways is equal. */
export function normalizePersonIds(ids: PersonIds | undefined): PersonIds {
  const out: PersonIds = {};
  if (!ids) return NO_IDS;
  for (const scheme of Object.keys(ids).sort(compareStrings)) {
    const value = ids[scheme];
    if (value === undefined || value === null) continue;
    const key = scheme.toLowerCase();
    let text = String(value).trim();
    if (key === "orcid") text = normalizeOrcid(text) ?? "";
    else if (key === "openalex") text = text.replace(/^https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?/i, "").toUpperCase();
    // dblp's full person name (`Manish Singh 0001`) keeps the importer's spelling of its scheme.
    if (text !== "") out[key === "dblpname" ? "dblpName" : key] = text;
  }
  return out;
}

export function idSignature(ids: PersonIds): string {
  return Object.keys(ids)
    .sort(compareStrings)
    .map((scheme) => `${scheme}:${ids[scheme]}`)
    .join("|");
}

/** Per-set facts that decide whether two sets may be joined. */
interface SetState {
  /** Absent for the many sets without identifiers (saves a Map per name form). */
  ids?: Map<string, string>;
  /** split group index → form index inside it: two different forms of one group never join. */
  splitTags?: Map<number, number>;
}

/** Cluster bookkeeping inside one family bucket. */
interface BucketCluster {
  root: number;
  forms: ParsedName[];
  /** Index letters it is listed under (a cluster holds few forms: arrays beat Sets here). */
  letters: string[];
}

/**
 * @param coauthorsOf per unit, the units it appears with on a paper: two OpenAlex ids with the same
 *   full name and a coauthor in common are one person that OpenAlex split (Baues, Guan in muro).
 *   Asked only for such pairs, so it may work lazily.
 */
export function clusterUnits(
  units: NameUnit[],
  aliases: AliasFile = {},
  coauthorsOf: (unit: number) => readonly number[] = () => [],
): Clustering {
  const sets = new UnionFind(units.length);
  /** Units per set root, kept only for sets that grew (most stay single). */
  const members = new Map<number, number[]>();
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  const state: SetState[] = units.map((unit) => {
    const entries = Object.entries(unit.ids).filter((e): e is [string, string] => e[1] !== undefined);
    return entries.length > 0 ? { ids: new Map(entries) } : {};
  });
  const merges: UnitMerge[] = [];
  const diagnostics: Diagnostic[] = [];

  const unitsByKey = new Map<string, number[]>();
  units.forEach((unit, index) => {
    pushTo(unitsByKey, unit.name.key, index);
    if (unit.alt && unit.alt.key !== unit.name.key) pushTo(unitsByKey, unit.alt.key, index);
  });

  /** Some person other than these two wrote with both. */
  const shareCoauthor = (a: number, b: number): boolean => {
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    const around = new Set<number>();
    for (const member of membersOf(rootA)) for (const other of coauthorsOf(member)) around.add(sets.find(other));
    around.delete(rootA);
    around.delete(rootB);
    if (around.size === 0) return false;
    for (const member of membersOf(rootB)) for (const other of coauthorsOf(member)) if (around.has(sets.find(other))) return true;
    return false;
  };
  /** Why two sets must stay apart; `strongOnly` ignores schemes known to split people (OpenAlex). */
  const conflict = (a: number, b: number, strongOnly = false): string | undefined => {
    const sa = state[sets.find(a)];
    const sb = state[sets.find(b)];
    if (sa.ids && sb.ids) {
      for (const [scheme, value] of sa.ids) {
        if (strongOnly && SOFT_SCHEMES.has(scheme)) continue;
        const other = sb.ids.get(scheme);
        if (other !== undefined && other !== value) return `different ${scheme} ids (${value}, ${other})`;
      }
    }
    if (sa.splitTags && sb.splitTags) {
      for (const [group, form] of sa.splitTags) {
        const other = sb.splitTags.get(group);
        if (other !== undefined && other !== form) return `kept apart by the alias file (split group ${group + 1})`;
      }
    }
    return undefined;
  };
  const join = (a: number, b: number): void => {
    const joined = sets.union(a, b);
    if (!joined) return;
    members.set(joined.root, [...membersOf(joined.root), ...membersOf(joined.absorbed)]);
    members.delete(joined.absorbed);
    const into = state[joined.root];
    const from = state[joined.absorbed];
    if (from.ids) {
      into.ids ??= new Map();
      for (const [scheme, value] of from.ids) if (!into.ids.has(scheme)) into.ids.set(scheme, value);
    }
    if (from.splitTags) {
      into.splitTags ??= new Map();
      for (const [group, form] of from.splitTags) if (!into.splitTags.has(group)) into.splitTags.set(group, form);
    }
  };

  // ── alias file: splits tag their forms, merges are forced (they win over every rule) ──
  const unused = (kind: string, form: string): void => {
    diagnostics.push({ file: "alias file", where: kind, level: "info", message: `"${form}" matches no author in the input; nothing to ${kind}` });
  };
  (aliases.split ?? []).forEach((group, groupIndex) => {
    group.forEach((form, formIndex) => {
      const found = unitsByKey.get(parseNameText(form).key);
      if (!found) unused("split", form);
      for (const unit of found ?? []) {
        (state[unit].splitTags ??= new Map()).set(groupIndex, formIndex);
      }
    });
  });
  const forcedNameUnits: { unit: number; name: string }[] = [];
  for (const group of aliases.merge ?? []) {
    const members = group.flatMap((form) => {
      const found = unitsByKey.get(parseNameText(form).key);
      if (!found) unused("merge", form);
      return found ?? [];
    });
    if (members.length === 0) continue;
    // The first name names the person, in display order (`Baues, Hans-Joachim` → `Hans-Joachim Baues`).
    forcedNameUnits.push({ unit: members[0], name: parseNameText(group[0]).display || group[0] });
    for (const member of members.slice(1)) {
      if (sets.find(member) === sets.find(members[0])) continue;
      join(members[0], member);
    }
    const present = [...new Set(members.map((m) => units[m].name.display))];
    if (present.length > 1 || members.length > 1) {
      merges.push({ unit: members[0], rule: "alias", forms: present, detail: "merged by the alias file" });
    }
  }

  // ── identifiers: the same id is the same person, whatever the spelling ──
  const firstWithId = new Map<string, number>();
  units.forEach((unit, index) => {
    for (const [scheme, value] of Object.entries(unit.ids)) {
      const idKey = `${scheme}:${value}`;
      const first = firstWithId.get(idKey);
      if (first === undefined) {
        firstWithId.set(idKey, index);
        continue;
      }
      if (sets.find(first) === sets.find(index)) continue;
      // One ORCID (dblp, Scopus) under two OpenAlex ids is one person: OpenAlex splits people.
      const why = conflict(first, index, !SOFT_SCHEMES.has(scheme));
      if (why) {
        diagnostics.push({
          ...unit.firstRef,
          level: "warning",
          message: `"${unit.name.display}" shares ${idKey} with "${units[first].name.display}" but has ${why}: kept apart`,
        });
        continue;
      }
      join(first, index);
      const forms = [units[first].name.display, unit.name.display];
      merges.push({ unit: index, rule: "identifier", forms, detail: `same ${scheme} ${value}` });
      if (units[first].name.familyKey !== unit.name.familyKey) {
        diagnostics.push({
          ...unit.firstRef,
          level: "info",
          message: `"${unit.name.display}" merged with "${units[first].name.display}" because both carry ${scheme} ${value}, although the family names differ`,
        });
      }
    }
  });

  // ── names, bucket by bucket ──
  // A unit is listed under its written name and, when it differs, the source's resolved name.
  const buckets = new Map<string, BucketEntry[]>();
  units.forEach((unit, index) => {
    pushTo(buckets, unit.name.familyKey, entryOf(unit, unit.name, index));
    if (unit.alt && unit.alt.key !== unit.name.key) pushTo(buckets, unit.alt.familyKey, entryOf(unit, unit.alt, index));
  });
  for (const members of buckets.values()) {
    if (members.length === 1) clusterBucket(members);
    else clusterBucket(members.sort((a, b) => compareSortKeys(a.sortKey, b.sortKey) || a.index - b.index));
  }

  function clusterBucket(order: BucketEntry[]): void {
    const byRoot = new Map<number, BucketCluster>();
    const byLetter = new Map<string, BucketCluster[]>();
    const register = (cluster: BucketCluster, entry: BucketEntry): void => {
      const name = entry.name;
      if (!hasForm(cluster, name.key)) {
        cluster.forms.push(name);
      }
      for (const letter of entry.letters) {
        if (cluster.letters.includes(letter)) continue;
        cluster.letters.push(letter);
        pushTo(byLetter, letter, cluster);
      }
    };
    for (const entry of order) {
      const index = entry.index;
      const unit = { ...units[index], name: entry.name };
      const root = sets.find(index);
      const placed = byRoot.get(root);
      if (placed) {
        register(placed, entry);
        continue;
      }
      const candidates: { cluster: BucketCluster; match: GivenMatch; exact: boolean; openAlexSplit?: boolean }[] = [];
      const blocked: { cluster: BucketCluster; why: string }[] = [];
      const seen = new Set<BucketCluster>();
      for (const letter of entry.letters) {
        for (const cluster of byLetter.get(letter) ?? []) {
          if (seen.has(cluster)) continue;
          seen.add(cluster);
          const match = matchCluster(unit.name, cluster);
          if (!match) continue;
          const exact = hasForm(cluster, unit.name.key);
          const why = conflict(index, cluster.root);
          // Only OpenAlex ids differ, the full name is the same and they share a coauthor: OpenAlex split one person.
          const openAlexSplit =
            why !== undefined && exact && hasFullGivenName(unit.name) && !conflict(index, cluster.root, true) && shareCoauthor(index, cluster.root);
          if (why && !openAlexSplit) blocked.push({ cluster, why });
          else candidates.push({ cluster, match, exact, openAlexSplit });
        }
      }
      // The same written name (another identifier set) is the strongest evidence there is.
      const exact = candidates.filter((candidate) => candidate.exact);
      const chosen = exact.length > 0 ? exact : candidates;
      if (chosen.length === 1) {
        const { cluster, match, openAlexSplit } = chosen[0];
        byRoot.delete(cluster.root);
        join(index, cluster.root);
        cluster.root = sets.find(index);
        byRoot.set(cluster.root, cluster);
        merges.push({
          unit: index,
          rule: match,
          forms: [cluster.forms[0].display, unit.name.display],
          detail: openAlexSplit
            ? `${MATCH_DETAIL[match]}; only their OpenAlex ids differ and they share a coauthor (OpenAlex splits people)`
            : MATCH_DETAIL[match],
        });
        register(cluster, entry);
        continue;
      }
      if (chosen.length > 1) {
        const names = chosen.map((candidate) => `"${candidate.cluster.forms[0].display}"`).sort(compareStrings);
        const listed = names.length > MAX_LISTED ? [...names.slice(0, MAX_LISTED), `${names.length - MAX_LISTED} others`] : names;
        diagnostics.push({
          ...unit.firstRef,
          level: "info",
          message: `"${unit.name.display}" is ambiguous: it could be ${listed.join(" or ")}; kept as a separate person (an alias file can decide)`,
        });
      }
      // Compatible names kept apart by identifiers only: worth a look (sources split people too).
      const idBlocked = blocked.filter((entry) => entry.why.startsWith("different "));
      if (chosen.length === 0 && idBlocked.length > 0) {
        const { cluster: other, why } = idBlocked[0];
        diagnostics.push({
          ...unit.firstRef,
          level: "info",
          message: `"${unit.name.display}" is possibly the same person as "${other.forms[0].display}" (compatible names) but they carry ${why}: kept apart (an alias file can merge them)`,
        });
      }
      const cluster: BucketCluster = { root, forms: [], letters: [] };
      byRoot.set(root, cluster);
      register(cluster, entry);
    }
  }

  suggestDoubleBarrelled(units, sets, diagnostics);

  // Number clusters in order of their first unit.
  const clusterOf: number[] = new Array(units.length);
  const numberOfRoot = new Map<number, number>();
  for (let index = 0; index < units.length; index++) {
    const root = sets.find(index);
    let number = numberOfRoot.get(root);
    if (number === undefined) {
      number = numberOfRoot.size;
      numberOfRoot.set(root, number);
    }
    clusterOf[index] = number;
  }
  const forcedNames = new Map<number, string>();
  for (const { unit, name } of forcedNameUnits) forcedNames.set(clusterOf[unit], name);
  return { clusterOf, clusterCount: numberOfRoot.size, merges, diagnostics, forcedNames };
}

/** Identifier schemes that merge when equal but may split one person (OpenAlex's author disambiguation does). */
const SOFT_SCHEMES = new Set(["openalex"]);

/** One name of a unit in a family bucket (its written name, or its resolved name). */
interface BucketEntry {
  index: number;
  name: ParsedName;
  letters: string[];
  sortKey: SortKey;
}

function entryOf(unit: NameUnit, name: ParsedName, index: number): BucketEntry {
  return { index, name, letters: indexLetters(name), sortKey: unitSortKey({ ...unit, name }) };
}

function hasFullGivenName(name: ParsedName): boolean {
  return name.givenTokens.some((token) => !token.abbreviated);
}

/** Candidates named in one ambiguity message (`T. Li` can have dozens). */
const MAX_LISTED = 6;

const MATCH_DETAIL: Record<GivenMatch, string> = {
  "same-name": "same written name (folded), different identifier sets",
  "given-name-extension": "same family name and first given name; the other given names are compatible",
  initials: "same family name; the initials stand for the given names and no other person could claim them",
};

function hasForm(cluster: BucketCluster, key: string): boolean {
  return cluster.forms.some((form) => form.key === key);
}

/** A name joins a cluster only when it is compatible with every form the cluster holds. */
function matchCluster(name: ParsedName, cluster: BucketCluster): GivenMatch | undefined {
  let weakest: GivenMatch = "same-name";
  for (const form of cluster.forms) {
    const match = matchNames(name, form);
    if (!match) return undefined;
    weakest = weakerMatch(weakest, match);
  }
  return weakest;
}

/** Most specific forms first, so that full names found the clusters initials then join. */
interface SortKey {
  rank: number;
  key: string;
  ids: string;
}

function unitSortKey(unit: NameUnit): SortKey {
  // tier (full first name, initial, family only) → more given tokens → more full tokens → with ids first.
  const given = Math.min(unit.name.givenTokens.length, 99);
  const rank = ((nameTier(unit.name) * 100 + (99 - given)) * 100 + (99 - Math.min(fullTokens(unit.name), 99))) * 2 +
    (unit.idSignature === "" ? 1 : 0);
  return { rank, key: unit.name.key, ids: unit.idSignature };
}

function compareSortKeys(a: SortKey, b: SortKey): number {
  return a.rank - b.rank || compareStrings(a.key, b.key) || compareStrings(a.ids, b.ids);
}

function fullTokens(name: ParsedName): number {
  return name.givenTokens.filter((token) => !token.abbreviated).length;
}

/**
 * `Zahedi, S.` next to `Bonnet-Zahedi, Selene`: a family name equal to the last part of a
 * double-barrelled one, with compatible given names. Too weak to merge (two different
 * people are as likely): kept apart, with an info suggestion naming both.
 */
function suggestDoubleBarrelled(units: NameUnit[], sets: UnionFind, diagnostics: Diagnostic[]): void {
  const byLastWord = new Map<string, number[]>();
  units.forEach((unit, index) => {
    const words = unit.name.familyWords;
    if (!unit.name.literal && words.length >= 2) pushTo(byLastWord, words[words.length - 1], index);
  });
  if (byLastWord.size === 0) return;
  const suggested = new Set<string>();
  units.forEach((unit, index) => {
    const words = unit.name.familyWords;
    if (unit.name.literal || words.length !== 1) return;
    for (const other of byLastWord.get(words[0]) ?? []) {
      const pair = `${sets.find(index)}~${sets.find(other)}`;
      if (sets.find(index) === sets.find(other) || suggested.has(pair)) continue;
      if (!matchGiven(unit.name.givenTokens, units[other].name.givenTokens)) continue;
      suggested.add(pair);
      diagnostics.push({
        ...unit.firstRef,
        level: "info",
        message: `"${unit.name.display}" is possibly the same person as "${units[other].name.display}" (family name is the last part of a double-barrelled name); kept apart (an alias file can merge them)`,
      });
    }
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
