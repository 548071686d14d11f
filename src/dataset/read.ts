import type { AtlasFile, Collection, Diagnostic } from "../model/types.ts";
import { CompactFormatError, decodeCompact, isCompactAtlas, isGzip } from "./compact.ts";

export const ATLAS_FORMAT = "coauthor-atlas";
export const ATLAS_VERSION = 1;

export interface ReadAtlasResult {
  atlas?: AtlasFile;
  diagnostics: Diagnostic[];
}

/**
 * Cheap content test: is this text a Coauthor Atlas dataset file?
 * Looks for the format marker before paying for a full JSON parse.
 */
export function looksLikeAtlas(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith("{")) return false;
  if (/"format"\s*:\s*"coauthor-atlas"/.test(start.slice(0, 4096))) return true;
  // Written by another tool, the marker may come late: then only a parse can tell.
  if (!text.includes(`"${ATLAS_FORMAT}"`)) return false;
  try {
    const data: unknown = JSON.parse(start);
    return isObject(data) && data.format === ATLAS_FORMAT;
  } catch {
    return false;
  }
}

/** At most this many shape problems are reported one by one; the rest are counted. */
const MAX_PROBLEMS = 20;

/**
 * Parse and check a dataset file. Never throws: a file that is not valid JSON, not an atlas,
 * of a newer version, or broken inside (papers citing unknown people…) comes back without
 * `atlas` and with error diagnostics saying what is wrong and where.
 */
export function readAtlas(text: string, fileName = "atlas file"): ReadAtlasResult {
  const error = (where: string, message: string): Diagnostic => ({ level: "error", file: fileName, where, message });
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    return { diagnostics: [error("file", `not valid JSON (${(cause as Error).message})`)] };
  }
  if (!isObject(data)) return { diagnostics: [error("file", "not a Coauthor Atlas dataset: the file is not a JSON object")] };
  if (data.format !== ATLAS_FORMAT) {
    return { diagnostics: [error("format", `not a Coauthor Atlas dataset: "format" is ${JSON.stringify(data.format) ?? "missing"}, expected "${ATLAS_FORMAT}"`)] };
  }
  if (data.version !== ATLAS_VERSION) {
    const newer = typeof data.version === "number" && data.version > ATLAS_VERSION;
    return {
      diagnostics: [
        error(
          "version",
          newer
            ? `dataset version ${data.version} was written by a newer Coauthor Atlas; this one reads version ${ATLAS_VERSION}`
            : `unsupported dataset version ${JSON.stringify(data.version) ?? "(missing)"}; expected ${ATLAS_VERSION}`,
        ),
      ],
    };
  }

  const problems: string[][] = [];
  const problem = (where: string, message: string) => problems.push([where, message]);
  checkShape(data, problem);
  if (problems.length > 0) {
    const diagnostics = problems.slice(0, MAX_PROBLEMS).map(([where, message]) => error(where, message));
    if (problems.length > MAX_PROBLEMS) {
      diagnostics.push(error("file", `… and ${problems.length - MAX_PROBLEMS} more problems`));
    }
    return { diagnostics };
  }
  return { atlas: data as unknown as AtlasFile, diagnostics: [] };
}

/**
 * A dataset file of either encoding, from its bytes: the compact binary encoding (magic bytes
 * first, docs/FORMAT.md) or JSON text (UTF-8, BOM allowed). Never throws, like readAtlas.
 * Gzipped files must be decompressed first (the CLI and the app do; this stays synchronous).
 */
export function readAtlasBytes(bytes: Uint8Array, fileName = "atlas file"): ReadAtlasResult {
  const error = (message: string): ReadAtlasResult => ({ diagnostics: [{ level: "error", file: fileName, where: "file", message }] });
  if (isCompactAtlas(bytes)) {
    try {
      return { atlas: decodeCompact(bytes), diagnostics: [] };
    } catch (cause) {
      if (cause instanceof CompactFormatError) return error(`not a readable compact dataset file: ${cause.message}`);
      return error(`not a readable compact dataset file (${(cause as Error)?.message ?? String(cause)})`);
    }
  }
  if (isGzip(bytes)) return error("a gzip file: decompress it first");
  return readAtlas(new TextDecoder().decode(bytes), fileName);
}

type Problem = (where: string, message: string) => void;

function checkShape(data: Record<string, unknown>, problem: Problem): void {
  if (typeof data.title !== "string") problem("title", "missing or not a string");
  for (const key of ["records", "skipped"]) {
    if (!isCount(data[key])) problem(key, "missing or not a non-negative integer");
  }
  if (!Array.isArray(data.papers)) problem("papers", "missing or not an array");
  if (!Array.isArray(data.people)) problem("people", "missing or not an array");
  if (!Array.isArray(data.diagnostics)) problem("diagnostics", "missing or not an array");
  if (!isObject(data.provenance) || !Array.isArray(data.provenance.inputs)) problem("provenance", "missing or without an inputs list");
  if (!Array.isArray(data.papers) || !Array.isArray(data.people)) return;

  const personIds = new Set<string>();
  data.people.forEach((person, index) => {
    const where = `people[${index}]`;
    if (!isObject(person)) return problem(where, "not an object");
    if (typeof person.id !== "string" || person.id === "") return problem(where, "person without an id");
    if (personIds.has(person.id)) problem(where, `duplicate person id "${person.id}"`);
    personIds.add(person.id);
    if (typeof person.name !== "string") problem(where, `person "${person.id}" has no name`);
    if (!isStringArray(person.variants)) problem(where, `person "${person.id}": variants is not a list of names`);
    if (!isStringArray(person.paperIds)) problem(where, `person "${person.id}": paperIds is not a list of ids`);
    if (!isObject(person.ids)) problem(where, `person "${person.id}": ids is not an object`);
  });

  const paperIds = new Set<string>();
  data.papers.forEach((paper, index) => {
    const where = `papers[${index}]`;
    if (!isObject(paper)) return problem(where, "not an object");
    if (typeof paper.id !== "string" || paper.id === "") return problem(where, "paper without an id");
    if (paperIds.has(paper.id)) problem(where, `duplicate paper id "${paper.id}"`);
    paperIds.add(paper.id);
    if (typeof paper.title !== "string") problem(where, `paper "${paper.id}" has no title`);
    if (paper.year !== undefined && typeof paper.year !== "number") problem(where, `paper "${paper.id}": year is not a number`);
    if (typeof paper.hyperauthored !== "boolean") problem(where, `paper "${paper.id}": hyperauthored is not true/false`);
    if (typeof paper.authorsTruncated !== "boolean") problem(where, `paper "${paper.id}": authorsTruncated is not true/false`);
    if (!Array.isArray(paper.authors)) return problem(where, `paper "${paper.id}": authors is not a list`);
    paper.authors.forEach((author, position) => {
      if (!isObject(author) || typeof author.personId !== "string" || typeof author.name !== "string") {
        problem(where, `paper "${paper.id}": author ${position + 1} lacks a personId or name`);
      } else if (!personIds.has(author.personId)) {
        problem(where, `paper "${paper.id}": author "${author.name}" refers to unknown person "${author.personId}"`);
      }
    });
  });

  data.people.forEach((person, index) => {
    if (!isObject(person) || !isStringArray(person.paperIds)) return;
    for (const paperId of person.paperIds) {
      if (!paperIds.has(paperId)) problem(`people[${index}]`, `person "${String(person.id)}" refers to unknown paper "${paperId}"`);
    }
  });

  if (data.layout !== undefined) checkLayout(data.layout, problem);
}

function checkLayout(layout: unknown, problem: Problem): void {
  if (!isObject(layout)) return problem("layout", "not an object");
  if (typeof layout.seed !== "number") problem("layout", "seed is not a number");
  if (!isObject(layout.positions)) return problem("layout", "positions is not an object");
  for (const [node, point] of Object.entries(layout.positions)) {
    if (!Array.isArray(point) || point.length !== 2 || !point.every((v) => typeof v === "number" && Number.isFinite(v))) {
      return problem("layout", `position of "${node}" is not a pair of finite numbers`);
    }
  }
}

/** The collection an atlas was made from, for the commands and panels that work on collections. */
export function atlasToCollection(atlas: AtlasFile): Collection {
  return {
    papers: atlas.papers,
    people: atlas.people,
    diagnostics: atlas.diagnostics,
    merges: atlas.provenance?.merges ?? [],
    records: atlas.records,
    skipped: atlas.skipped,
    focalPersonId: atlas.focalPersonId,
    coauthorNetwork: atlas.coauthorNetwork,
    suggestions: atlas.suggestions,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
