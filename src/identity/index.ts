/**
 * Identity: turn the records of every input into one collection of papers and people.
 *
 * 1. Records that are the same paper (DOI, arXiv id, title + year) become one paper.
 * 2. Author name forms become people (alias file → identifiers → names; see people.ts).
 * 3. Papers get their authorships; the same person twice on one paper counts once.
 *
 * Decisions worth knowing (each has a test in tests/unit/identity):
 * - A leading initial before a full given name is optional: `C. Daniel Freeman` = `Daniel Freeman`
 *   (people who go by their middle name), as an `initials` merge, so only when unambiguous.
 * - A hyphenated given name is one name: `Hans-Joachim` = `Hans Joachim` = `H.-J.`, but
 *   `Yi-Jia` is no extension of `Yi` (nor `Hans-Joachim` of `Hans`).
 * - A family name equal to the last part of a double-barrelled one (`Zahedi, S.` next to
 *   `Bonnet-Zahedi, Selene`) is NOT merged; an info diagnostic suggests it. Identifiers
 *   still merge them (lab-3c: one ORCID on both forms).
 * - Different ids of one scheme keep people apart (ORCID, dblp pid and name, Scopus). OpenAlex ids
 *   are softer, since OpenAlex splits people: one ORCID under two OpenAlex ids is one person, and
 *   two OpenAlex ids with the same full name (written or OpenAlex's resolved name) and a coauthor
 *   in common are one person; otherwise they stay apart with an info diagnostic and a suggestion.
 * - OpenAlex's resolved name (`resolvedName`) is matched like a written name and is a spelling.
 * - A preprint or repository copy and its published version are one paper (versions.ts).
 * - `suggestions`: pairs kept apart that may be one person, with evidence (suggestions.ts).
 * - A family-only name (`Smith`, `王伟`) joins only the same family-only name.
 * - A record without a year joins a paper with the same title only if the title has 4+ words.
 */
import type {
  Authorship,
  CoauthorNetwork,
  Collection,
  CollectOptions,
  Diagnostic,
  ImportResult,
  MergeReason,
  Paper,
  PubRecord,
  Person,
  PersonIds,
  RawAuthor,
  SourceRef,
} from "../model/types.ts";
import { normalizeOrcid } from "../import/normalize.ts";
import { asciiSlug, cleanName, compareStrings, foldWords } from "./fold.ts";
import { matchNames } from "./match-key.ts";
import { parseAuthor, parseNameText, type ParsedName } from "./names.ts";
import { SpellingCache, type Spelling } from "./spellings.ts";
import {
  authorSource,
  groupRecords,
  mergePaperFields,
  paperIdBase,
  publisherDoi,
  recordArxiv,
  type PaperGroup,
  type RecordEntry,
} from "./papers.ts";
import { mergeVersions } from "./versions.ts";
import { suggestMerges } from "./suggestions.ts";
import { clusterUnits, idSignature, normalizePersonIds, type NameUnit } from "./people.ts";

export { parseAliasFile } from "./aliases.ts";
export { parseAuthor, parseNameText, type ParsedName } from "./names.ts";
export { matchGiven, matchNames, type GivenMatch } from "./match-key.ts";
export { titleKey } from "./papers.ts";

export const DEFAULT_HYPERAUTHOR_THRESHOLD = 25;

/** One author slot as read, before identity. */
interface Occurrence {
  unit: number;
  /** The name as the source wrote it (cleaned). */
  written: string;
  parsed: ParsedName;
  position: number;
  /** Appended because the input's owner is an author of every record. */
  owner: boolean;
}

export function collect(results: ImportResult[], options: CollectOptions = {}): Collection {
  const threshold = options.hyperauthorThreshold ?? DEFAULT_HYPERAUTHOR_THRESHOLD;
  const diagnostics: Diagnostic[] = results.flatMap((result) => result.diagnostics ?? []);
  let records = 0;
  let skipped = 0;
  for (const result of results) {
    const unreadable = Number.isFinite(result.skipped) ? result.skipped : 0;
    records += (result.records ?? []).length + unreadable;
    skipped += unreadable;
  }

  const entries: RecordEntry[] = results.flatMap((result, resultIndex) =>
    (result.records ?? []).map((record) => ({ record: wellFormed(record), resultIndex })),
  );
  const groups = mergeVersions(groupRecords(entries));

  // ── name units, in order of first appearance ──
  const units: NameUnit[] = [];
  const unitIndex = new Map<string, number>();
  const spellings = new SpellingCache();
  const unitFor = (raw: RawAuthor, spelling: Spelling, ref: SourceRef): number => {
    // Most authors carry no ids and no resolved name: then the spelling alone decides the unit.
    const simple = raw.ids === undefined && raw.resolvedName === undefined;
    if (simple && spelling.unit >= 0) return spelling.unit;
    const parsed = spelling.parsed;
    const ids = normalizePersonIds(raw.ids);
    const signature = idSignature(ids);
    // The source's resolved name (OpenAlex display name) is matched too, so it is part of the unit.
    const alt = typeof raw.resolvedName === "string" && raw.resolvedName.trim() !== "" ? spellings.parseText(raw.resolvedName) : undefined;
    const altKey = alt && alt.key !== parsed.key ? `~${alt.key}` : "";
    const key = (signature === "" ? parsed.key : `${parsed.key}#${signature}`) + altKey;
    let unit = unitIndex.get(key);
    if (unit === undefined) {
      unit = units.length;
      unitIndex.set(key, unit);
      const nameUnit: NameUnit = { name: parsed, ids, idSignature: signature, firstRef: ref };
      if (altKey !== "") nameUnit.alt = alt;
      units.push(nameUnit);
    }
    if (simple) spelling.unit = unit;
    return unit;
  };

  const ownerUnits = new Map<number, number>();
  const anyOwner = results.some((result) => result.owner);
  const occurrencesByGroup: Occurrence[][] = groups.map((group) => {
    const source = authorSource(group);
    const ref = source.record.source;
    const occurrences: Occurrence[] = [];
    const authors = source.record.authors;
    for (let position = 0; position < authors.length; position++) {
      const raw = authors[position];
      const spelling = spellings.get(raw);
      if (spelling.written === "") continue;
      const unit = unitFor(raw, spelling, ref);
      occurrences.push({ unit, written: spelling.written, parsed: spelling.parsed, position, owner: false });
    }
    for (const resultIndex of anyOwner ? ownerResults(group, results) : []) {
      const owner = results[resultIndex].owner as RawAuthor;
      if (typeof owner.name !== "string") continue;
      // An owner without a name of its own is skipped, even when its parts would name it.
      if (cleanName(owner.name) === "") continue;
      const spelling = spellings.get(owner);
      const unit = unitFor(owner, spelling, { file: ref.file, where: "profile owner" });
      if (!ownerUnits.has(resultIndex)) ownerUnits.set(resultIndex, unit);
      occurrences.push({ unit, written: spelling.written, parsed: spelling.parsed, position: -1, owner: true });
    }
    return occurrences;
  });

  const clustering = clusterUnits(units, options.aliases, lazyCoauthors(units.length, occurrencesByGroup));
  diagnostics.push(...clustering.diagnostics);

  // ── people ──
  const people = buildPeople(units, clustering.clusterOf, clustering.clusterCount, clustering.forcedNames, occurrencesByGroup);
  const personOfUnit = (unit: number): Person => people[clustering.clusterOf[unit]];

  // ── papers ──
  const paperIds = new Set<string>();
  const paperIdNumbers = new Map<string, number>();
  const listed = new ListedOnPaper(clustering.clusterCount);
  const papers: Paper[] = groups.map((group, groupIndex) => {
    const authors = buildAuthorships(group, groupIndex, occurrencesByGroup[groupIndex], clustering.clusterOf, people, listed, diagnostics);
    const paper = mergePaperFields(group, threshold, authors);
    const id = uniqueSlug(paperIdBase(paper), paperIds, paperIdNumbers);
    paper.id = id;
    for (const cluster of listed.clusters) {
      const person = people[cluster];
      if (person.paperIds[person.paperIds.length - 1] !== id) person.paperIds.push(id);
    }
    return paper;
  });

  // ── duplicates: every record merged into an earlier paper counts as skipped ──
  groups.forEach((group, groupIndex) => {
    for (const entry of group.entries.slice(1)) {
      skipped++;
      diagnostics.push({
        ...entry.record.source,
        level: "info",
        message: `duplicate of ${papers[groupIndex].id} (${duplicateReason(group.entries[0], entry)}, first read from ${group.entries[0].record.source.file} ${group.entries[0].record.source.where}): merged into one paper`,
      });
    }
  });

  const personNames: ParsedName[][] = Array.from({ length: clustering.clusterCount }, () => []);
  units.forEach((unit, index) => {
    const forms = personNames[clustering.clusterOf[index]];
    if (!forms.some((form) => form.key === unit.name.key)) forms.push(unit.name);
    if (unit.alt && !forms.some((form) => form.key === unit.alt?.key)) forms.push(unit.alt);
  });
  const suggestions = suggestMerges({
    people: people,
    papers,
    names: personNames,
    otherNames: otherSourceNames(groups),
    aliases: options.aliases,
    hyperauthorThreshold: threshold,
  });

  // Fields listed, not spread: a rest/spread clone per merge was slow (35k merges at 55k records).
  const merges: MergeReason[] = clustering.merges.map((merge) => ({
    personId: personOfUnit(merge.unit).id,
    rule: merge.rule,
    forms: merge.forms,
    detail: merge.detail,
  }));
  merges.push(...sameNameMerges(units, occurrencesByGroup, clustering.clusterOf, people));

  const collection: Collection = {
    papers,
    people: people,
    diagnostics,
    merges,
    records,
    skipped,
    suggestions,
  };
  const focal = focalPerson(results, people, ownerUnits, personOfUnit);
  if (focal) collection.focalPersonId = focal;
  const network = results.find((result) => result.coauthorNetwork)?.coauthorNetwork;
  if (network) networkPeople(collection, network);
  return collection;
}

/**
 * An author–author graph file (GML/GEXF/GraphML): its people become people of the collection
 * (readable ids, no papers) and the network is kept with those ids, so graph, layout and panels
 * treat it like any dataset ("Author–author network: no papers").
 */
function networkPeople(collection: Collection, network: CoauthorNetwork): void {
  const taken = new Set(collection.people.map((person) => person.id));
  const numbers = new Map<string, number>();
  const idOf = new Map<string, string>();
  const people: CoauthorNetwork["people"] = [];
  for (const node of network.people) {
    if (idOf.has(node.id)) continue;
    const name = cleanName(String(node.name ?? "")) || String(node.id);
    const id = uniqueSlug(asciiSlug(name) || "person", taken, numbers);
    idOf.set(node.id, id);
    collection.people.push({ id, name, variants: [name], ids: {}, paperIds: [] });
    const person: CoauthorNetwork["people"][number] = { id, name };
    if (Number.isFinite(node.x) && Number.isFinite(node.y)) Object.assign(person, { x: node.x, y: node.y });
    people.push(person);
  }
  const links = network.links
    .filter((link) => idOf.has(link.source) && idOf.has(link.target) && link.source !== link.target)
    .map((link) => ({ source: idOf.get(link.source) as string, target: idOf.get(link.target) as string, weight: link.weight }));
  collection.coauthorNetwork = { people, links };
}

/**
 * Where a paper's other records name someone else at an author position than the list kept
 * (`Bauer, Hans Joachim` in one source, `Baues, Hans-Joachim` in another): evidence for suggestions.
 */
function otherSourceNames(groups: PaperGroup[]): { paperIndex: number; position: number; key: string }[] {
  const found: { paperIndex: number; position: number; key: string }[] = [];
  const keys = new Map<RawAuthor, string>();
  const keyOf = (author: RawAuthor): string => {
    let key = keys.get(author);
    if (key === undefined) keys.set(author, (key = parseAuthor(author).key));
    return key;
  };
  groups.forEach((group, paperIndex) => {
    if (group.entries.length < 2) return;
    const kept = authorSource(group).record.authors;
    for (const { record } of group.entries) {
      if (record.authors === kept || record.authors.length !== kept.length) continue;
      record.authors.forEach((author, position) => {
        const other = kept[position];
        if (!author || typeof author.name !== "string" || !other || typeof other.name !== "string") return;
        // Same text, same person: the common case costs no parsing.
        if (author.name === other.name && author.given === other.given && author.family === other.family) return;
        const key = keyOf(author);
        if (key !== keyOf(other)) found.push({ paperIndex, position, key });
      });
    }
  });
  return found;
}

/** Papers with more authors than this add no coauthor evidence (and would cost n² pairs). */
const COAUTHOR_EVIDENCE_MAX_AUTHORS = 50;

/**
 * Per unit, the other units listed on the same papers, computed on first request: clustering asks
 * only for units with two OpenAlex ids and the same name (none in most inputs), and building the
 * lists for every unit up front cost ~1 s and ~300k short-lived arrays at 100k nodes.
 */
function lazyCoauthors(unitCount: number, occurrencesByGroup: Occurrence[][]): (unit: number) => readonly number[] {
  let groupsOfUnit: number[][] | undefined;
  const lists = new Map<number, number[]>();
  return (unit) => {
    let list = lists.get(unit);
    if (list) return list;
    groupsOfUnit ??= unitGroups(unitCount, occurrencesByGroup);
    const found = new Set<number>();
    for (const groupIndex of groupsOfUnit[unit] ?? []) {
      for (const other of occurrencesByGroup[groupIndex]) if (other.unit !== unit) found.add(other.unit);
    }
    list = [...found];
    lists.set(unit, list);
    return list;
  };
}

/** Per unit, the groups (papers) that count as coauthor evidence and list it. */
function unitGroups(unitCount: number, occurrencesByGroup: Occurrence[][]): number[][] {
  const groups: number[][] = new Array(unitCount);
  occurrencesByGroup.forEach((occurrences, groupIndex) => {
    if (occurrences.length < 2 || occurrences.length > COAUTHOR_EVIDENCE_MAX_AUTHORS) return;
    for (const { unit } of occurrences) {
      const list = (groups[unit] ??= []);
      if (list[list.length - 1] !== groupIndex) list.push(groupIndex);
    }
  });
  return groups;
}

/**
 * The record itself when it keeps the contract (the usual case), else a repaired copy:
 * identity must not throw on a half-built record from a buggy importer.
 */
function wellFormed(record: PubRecord): PubRecord {
  const authorsOk =
    Array.isArray(record.authors) && record.authors.every((a) => a !== null && typeof a === "object" && typeof a.name === "string");
  if (authorsOk && typeof record.title === "string" && record.source && typeof record.source.file === "string") return record;
  const authors = (Array.isArray(record.authors) ? record.authors : [])
    .filter((a): a is RawAuthor => a !== null && typeof a === "object")
    .map((a) => (typeof a.name === "string" ? a : { ...a, name: a.name === undefined || a.name === null ? "" : String(a.name) }));
  return {
    ...record,
    source: { file: String(record.source?.file ?? ""), where: String(record.source?.where ?? "") },
    title: typeof record.title === "string" ? record.title : String(record.title ?? ""),
    authors,
    authorsTruncated: Boolean(record.authorsTruncated),
  };
}

/** Results with an owner that contributed a record to this paper. */
function ownerResults(group: PaperGroup, results: ImportResult[]): number[] {
  const indexes: number[] = [];
  for (const entry of group.entries) {
    if (results[entry.resultIndex].owner && !indexes.includes(entry.resultIndex)) indexes.push(entry.resultIndex);
  }
  return indexes;
}

function buildPeople(
  units: NameUnit[],
  clusterOf: number[],
  clusterCount: number,
  forcedNames: Map<number, string>,
  occurrencesByGroup: Occurrence[][],
): Person[] {
  // Per cluster a short list of spellings (people have few): cheaper than a Map each at 100k+ people.
  const spellings: DisplayForm[][] = new Array(clusterCount);
  const firstSeen: number[] = new Array(clusterCount).fill(Number.MAX_SAFE_INTEGER);
  let counter = 0;
  for (const occurrences of occurrencesByGroup) {
    for (const occurrence of occurrences) {
      const cluster = clusterOf[occurrence.unit];
      if (firstSeen[cluster] === Number.MAX_SAFE_INTEGER) firstSeen[cluster] = counter;
      counter++;
      const list = (spellings[cluster] ??= []);
      addSpelling(list, occurrence.parsed);
      // The source's resolved form (OpenAlex display name) is a spelling of this person too.
      const alt = units[occurrence.unit].alt;
      if (alt) addSpelling(list, alt);
    }
  }
  const ids: PersonIds[] = new Array(clusterCount);
  const firstUnit: number[] = new Array(clusterCount);
  units.forEach((unit, index) => {
    firstUnit[clusterOf[index]] ??= index;
    if (unit.idSignature === "") return;
    const target = (ids[clusterOf[index]] ??= {});
    for (const scheme of Object.keys(unit.ids).sort(compareStrings)) {
      if (target[scheme] === undefined) target[scheme] = unit.ids[scheme];
    }
  });
  // People in order of first appearance; slug collisions numbered in that order.
  const order = Array.from({ length: clusterCount }, (_, cluster) => cluster).sort(
    (a, b) => firstSeen[a] - firstSeen[b] || a - b,
  );
  const taken = new Set<string>();
  const slugCount = new Map<string, number>();
  const list: Person[] = new Array(clusterCount);
  for (const cluster of order) {
    const forms = spellings[cluster] ?? [];
    const name = forcedNames.get(cluster) ?? fullestName(forms) ?? units[firstUnit[cluster]].name.display;
    const id = uniqueSlug(asciiSlug(name) || "person", taken, slugCount);
    const person: Person = {
      id,
      name,
      variants: forms.map((spelling) => spelling.display).sort(compareStrings),
      ids: ids[cluster] ?? {},
      paperIds: [],
    };
    list[cluster] = person;
  }
  return list;
}

/** A display spelling of a person and how often it was written. */
interface DisplayForm {
  display: string;
  parsed: ParsedName;
  count: number;
}

function addSpelling(list: DisplayForm[], parsed: ParsedName): void {
  // The same parsed object (shared through the spelling cache) is the common hit: no string compare.
  for (const form of list) {
    if (form.parsed === parsed || form.display === parsed.display) {
      form.count++;
      return;
    }
  }
  list.push({ display: parsed.display, parsed, count: 1 });
}

/** `base`, then `base-2`, `base-3`…; remembers the last number per base so common names stay linear. */
function uniqueSlug(base: string, taken: Set<string>, lastNumber: Map<string, number>): string {
  let id = base;
  let n = lastNumber.get(base) ?? 1;
  while (taken.has(id)) id = `${base}-${++n}`;
  lastNumber.set(base, n);
  taken.add(id);
  return id;
}

/** Most given names spelled out, then most frequent, then alphabetical. */
function fullestName(forms: DisplayForm[]): string | undefined {
  let best: [string, number, number] | undefined;
  for (const { display, parsed, count } of forms) {
    const spelled = parsed.givenTokens.filter((token) => !token.abbreviated).length;
    if (
      !best ||
      spelled > best[1] ||
      (spelled === best[1] && (count > best[2] || (count === best[2] && compareStrings(display, best[0]) < 0)))
    ) {
      best = [display, spelled, count];
    }
  }
  return best?.[0];
}

/**
 * Who is already listed on the paper being built, per person (cluster): typed arrays reused for
 * every paper instead of a Map per paper (55k Maps at 100k nodes).
 */
class ListedOnPaper {
  /** Clusters listed on the current paper, in author order. */
  readonly clusters: number[] = [];
  private readonly paperOf: Int32Array;
  private readonly slotOf: Int32Array;

  constructor(clusterCount: number) {
    this.paperOf = new Int32Array(clusterCount).fill(-1);
    this.slotOf = new Int32Array(clusterCount);
  }

  startPaper(): void {
    this.clusters.length = 0;
  }

  /** The author slot the cluster already holds on this paper, or -1. */
  slot(cluster: number, paper: number): number {
    return this.paperOf[cluster] === paper ? this.slotOf[cluster] : -1;
  }

  add(cluster: number, paper: number, slot: number): void {
    this.paperOf[cluster] = paper;
    this.slotOf[cluster] = slot;
    this.clusters.push(cluster);
  }
}

function buildAuthorships(
  group: PaperGroup,
  groupIndex: number,
  occurrences: Occurrence[],
  clusterOf: number[],
  people: Person[],
  listed: ListedOnPaper,
  diagnostics: Diagnostic[],
): Authorship[] {
  const authors: Authorship[] = [];
  const source = authorSource(group).record;
  let next = source.authors.length;
  listed.startPaper();
  for (const occurrence of occurrences) {
    const cluster = clusterOf[occurrence.unit];
    const slot = listed.slot(cluster, groupIndex);
    if (slot >= 0) {
      const earlier = authors[slot];
      if (!occurrence.owner) {
        diagnostics.push({
          ...source.source,
          level: "warning",
          message: `"${occurrence.written}" (author ${occurrence.position + 1}) is the same person as "${earlier.name}" (author ${earlier.position + 1}): listed once`,
        });
      }
      continue;
    }
    const authorship: Authorship = {
      personId: people[cluster].id,
      name: occurrence.written,
      position: occurrence.owner ? next++ : occurrence.position,
    };
    listed.add(cluster, groupIndex, authors.length);
    authors.push(authorship);
  }
  return authors;
}

function duplicateReason(first: RecordEntry, other: RecordEntry): string {
  if (other.versionOf) return other.versionOf;
  const doi = publisherDoi(other.record);
  if (doi && doi === publisherDoi(first.record)) return `same DOI ${doi}`;
  const arxiv = recordArxiv(other.record);
  if (arxiv && arxiv === recordArxiv(first.record)) return `same arXiv id ${arxiv}`;
  if (doi || arxiv) return "same DOI or arXiv id as another record of it";
  return first.record.year !== undefined && other.record.year !== undefined
    ? "same title and year"
    : "same title; one record has no year";
}

/** Several spellings of the same folded name (`Sohl-dickstein`/`Sohl-Dickstein`, `Ramasesh, Vinay`). */
function sameNameMerges(
  units: NameUnit[],
  occurrencesByGroup: Occurrence[][],
  clusterOf: number[],
  people: Person[],
): MergeReason[] {
  // A person of one unit written one way has nothing to report: most people, skipped early.
  const unitsOfCluster = new Int32Array(people.length);
  for (const cluster of clusterOf) unitsOfCluster[cluster]++;
  // Written forms per unit first (one array per unit, not per occurrence), then per person and key.
  const writtenByUnit: string[][] = new Array(units.length);
  for (const occurrences of occurrencesByGroup) {
    for (const occurrence of occurrences) {
      const forms = (writtenByUnit[occurrence.unit] ??= []);
      if (!forms.includes(occurrence.written)) forms.push(occurrence.written);
    }
  }
  const byPersonAndKey = new Map<string, { personId: string; forms: string[] }>();
  units.forEach((unit, index) => {
    const written = writtenByUnit[index];
    if (!written || (written.length === 1 && unitsOfCluster[clusterOf[index]] === 1)) return;
    const personId = people[clusterOf[index]].id;
    const key = `${personId}\u0000${unit.name.key}`;
    const entry = byPersonAndKey.get(key);
    if (!entry) byPersonAndKey.set(key, { personId, forms: [...written] });
    else for (const form of written) if (!entry.forms.includes(form)) entry.forms.push(form);
  });
  const merges: MergeReason[] = [];
  for (const { personId, forms } of byPersonAndKey.values()) {
    if (forms.length < 2) continue;
    merges.push({
      personId,
      rule: "same-name",
      forms: forms.sort(compareStrings),
      detail: "the same name once case, accents, punctuation and `Last, First` order are folded",
    });
  }
  return merges;
}

function focalPerson(
  results: ImportResult[],
  people: Person[],
  ownerUnits: Map<number, number>,
  personOfUnit: (unit: number) => Person,
): string | undefined {
  // The owner of the first input that has one (and at least one record) is focal.
  for (let index = 0; index < results.length; index++) {
    const unit = ownerUnits.get(index);
    if (unit !== undefined) return personOfUnit(unit).id;
  }
  let best: Person | undefined;
  for (const person of people) {
    if (
      !best ||
      person.paperIds.length > best.paperIds.length ||
      (person.paperIds.length === best.paperIds.length && compareStrings(person.id, best.id) < 0)
    ) {
      best = person;
    }
  }
  return best?.id;
}


// ───────────────────────────── lookup ─────────────────────────────

const parsedVariants = new WeakMap<Person[], ParsedName[][]>();

/**
 * People a typed name can mean, matched the way identity matches: exact folded name first,
 * then compatible names (initials, missing middle names); a bare family name lists everyone
 * with it; an ORCID or a person id finds its person. [] when unknown, several when ambiguous.
 */
export function findPeople(collection: Pick<Collection, "people">, query: string): Person[] {
  const people = collection.people;
  const text = cleanName(query ?? "");
  if (text === "") return [];
  const byId = people.filter((person) => person.id === text);
  if (byId.length > 0) return byId;
  const orcid = /\d{4}-?\d{4}-?\d{4}-?\d{3}[\dXx]/.test(text) ? normalizeOrcid(text) : undefined;
  if (orcid) return people.filter((person) => person.ids.orcid === orcid);

  let variants = parsedVariants.get(people);
  if (!variants) {
    variants = people.map((person) => [person.name, ...person.variants].map((name) => parseNameText(name)));
    parsedVariants.set(people, variants);
  }
  const wanted = parseNameText(text);
  const table = variants;
  const pick = (test: (name: ParsedName) => boolean): Person[] =>
    people.filter((_, index) => table[index].some(test));

  const exact = pick((name) => name.key === wanted.key);
  if (exact.length > 0) return exact;
  // A corporate name typed without the words that mark it (`Google`, `BIG-bench`).
  const literalKey = `lit|${foldWords(text).join(" ")}`;
  const literal = pick((name) => name.literal && name.key === literalKey);
  if (literal.length > 0) return literal;
  if (!wanted.literal && wanted.givenTokens.length === 0) {
    return pick((name) => !name.literal && name.familyKey === wanted.familyKey);
  }
  return pick((name) => matchNames(wanted, name) !== undefined);
}
