import type { AtlasFile } from "../model/types.ts";

/**
 * Keys that read best first, in this order; every other key follows alphabetically.
 * Map-like objects (positions, ids) have none of these keys, so they come out sorted,
 * which makes the file byte-identical for the same content whatever order it was built in.
 */
const LEADING_KEYS = [
  "format",
  "version",
  "title",
  "createdWith",
  "focalPersonId",
  "records",
  "skipped",
  "id",
  "name",
  "level",
  "file",
  "where",
  "message",
  "year",
  "venue",
  "type",
];
const LEADING_RANK = new Map(LEADING_KEYS.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = LEADING_RANK.get(a) ?? Infinity;
  const rankB = LEADING_RANK.get(b) ?? Infinity;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Above this many keys an object's keys are sorted with Array.sort (insertion sort is quadratic). */
const INSERTION_SORT_LIMIT = 24;
const ranks = new Float64Array(INSERTION_SORT_LIMIT);

/**
 * `keys` (distinct) in the stable order, in place. Most objects here are rows with a handful of
 * keys: an insertion sort on ranks looked up once per key costs a fraction of Array.sort with a
 * comparator that looks both ranks up at every comparison (0.8 s of a 100k-node build).
 */
function sortKeys(keys: string[]): void {
  const count = keys.length;
  if (count > INSERTION_SORT_LIMIT) {
    // Map-like objects (positions: one key per node): the engine's own sort of plain strings
    // (UTF-16 code units, as compareKeys) after the few leading keys, if any.
    const leading = keys.filter((key) => LEADING_RANK.has(key));
    if (leading.length === 0) {
      keys.sort();
      return;
    }
    leading.sort(compareKeys);
    const others = keys.filter((key) => !LEADING_RANK.has(key)).sort();
    for (let i = 0; i < count; i++) keys[i] = i < leading.length ? leading[i] : others[i - leading.length];
    return;
  }
  for (let i = 0; i < count; i++) {
    const key = keys[i];
    const rank = LEADING_RANK.get(key) ?? Infinity;
    let j = i - 1;
    while (j >= 0 && (ranks[j] > rank || (ranks[j] === rank && keys[j] > key))) {
      keys[j + 1] = keys[j];
      ranks[j + 1] = ranks[j];
      j--;
    }
    keys[j + 1] = key;
    ranks[j + 1] = rank;
  }
}

/** A copy with every object's keys in the stable order; `undefined` members dropped (as JSON does). Also used by the compact encoding. */
export function ordered(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = ordered(value[i]);
    return copy;
  }
  const source = value as Record<string, unknown>;
  return orderedMembers(source, Object.keys(source));
}

/**
 * `ordered` of a copy of `value` without the members named in `omit` (one copy instead of two:
 * the compact encoding writes rows without their bulk members).
 */
export function orderedWithout(value: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  return orderedMembers(value, Object.keys(value).filter((key) => !omit.includes(key)));
}

/** The members of `source` named in `keys` (sorted here, in place), each ordered in turn. */
function orderedMembers(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  sortKeys(keys);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const member = source[key];
    if (member !== undefined) result[key] = typeof member === "object" && member !== null ? ordered(member) : member;
  }
  return result;
}

/**
 * The atlas file as text: stable key order, compact, one trailing newline.
 * Same atlas → same bytes (no timestamps anywhere in the file).
 */
export function serializeAtlas(atlas: AtlasFile): string {
  return JSON.stringify(ordered(atlas)) + "\n";
}
