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

/** A copy with every object's keys in the stable order; `undefined` members dropped (as JSON does). Also used by the compact encoding. */
export function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort(compareKeys)) {
    if (source[key] !== undefined) result[key] = ordered(source[key]);
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
