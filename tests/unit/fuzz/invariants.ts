/**
 * The promises every importer, `collect` and the command line make about any input,
 * written as checks that list what was broken (an empty list means all held).
 */
import type { Collection, Diagnostic, ImportResult, InputFile, PubRecord } from "../../../src/model/types.ts";
import { importFiles } from "../../../src/import/index.ts";
import { collect } from "../../../src/identity/index.ts";

/**
 * One input may take at most this much CPU time to import and collect (guards against hangs and
 * blow-ups, not speed). CPU, not wall clock: on a loaded machine wall time is 5–10× CPU time.
 */
export const TIME_LIMIT_MS = 2000;

/** CPU milliseconds this process has used (a pure function spends CPU, waiting is not its cost). */
export function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const LEVELS = new Set(["error", "warning", "info"]);
const SAFE_URL = /^https?:\/\/[^\s]/i;
const NUL = "\u0000";

export function diagnosticProblems(diagnostics: unknown, context: string): string[] {
  if (!Array.isArray(diagnostics)) return [`${context}: diagnostics is not an array`];
  const problems: string[] = [];
  diagnostics.forEach((diagnostic: Partial<Diagnostic>, index) => {
    const bad =
      typeof diagnostic !== "object" ||
      diagnostic === null ||
      !LEVELS.has(diagnostic.level as string) ||
      typeof diagnostic.file !== "string" ||
      typeof diagnostic.where !== "string" ||
      typeof diagnostic.message !== "string" ||
      diagnostic.message.length === 0;
    if (bad) problems.push(`${context}: diagnostic ${index} is malformed: ${safeJson(diagnostic)}`);
  });
  return problems;
}

function recordProblems(record: PubRecord, context: string): string[] {
  const problems: string[] = [];
  if (typeof record.title !== "string") problems.push(`${context}: title is not a string`);
  else if (record.title.includes(NUL)) problems.push(`${context}: title contains NUL: ${safeJson(record.title)}`);
  if (!Array.isArray(record.authors)) problems.push(`${context}: authors is not an array`);
  else
    record.authors.forEach((author, index) => {
      if (typeof author?.name !== "string") problems.push(`${context}: author ${index} has no name string`);
      for (const part of [author?.name, author?.given, author?.family, author?.particle, author?.suffix]) {
        if (typeof part === "string" && part.includes(NUL)) problems.push(`${context}: author ${index} contains NUL: ${safeJson(part)}`);
      }
    });
  if (typeof record.authorsTruncated !== "boolean") problems.push(`${context}: authorsTruncated is not a boolean`);
  if (record.url !== undefined && !(typeof record.url === "string" && SAFE_URL.test(record.url)))
    problems.push(`${context}: unsafe url survived: ${safeJson(record.url)}`);
  if (record.year !== undefined && !Number.isInteger(record.year)) problems.push(`${context}: year is not an integer: ${record.year}`);
  if (typeof record.source?.file !== "string" || typeof record.source?.where !== "string") problems.push(`${context}: source is malformed`);
  return problems;
}

/** Per-file promises: well-formed records, a diagnostic for every skipped entry, safe URLs, no NUL. */
export function importProblems(results: ImportResult[], files: InputFile[]): string[] {
  if (!Array.isArray(results) || results.length !== files.length) return [`importFiles gave ${results?.length} results for ${files.length} files`];
  const problems: string[] = [];
  results.forEach((result, fileIndex) => {
    const context = `${files[fileIndex].name} (${result?.format})`;
    if (!Array.isArray(result?.records)) return void problems.push(`${context}: records is not an array`);
    if (!Number.isInteger(result.skipped) || result.skipped < 0) problems.push(`${context}: skipped is ${result.skipped}`);
    problems.push(...diagnosticProblems(result.diagnostics, context));
    // One diagnostic may speak for several entries ("not readable as XML; 12 entries skipped").
    const reasons = (result.diagnostics ?? []).filter((d) => d.level !== "info").length;
    if (result.skipped > 0 && reasons === 0) problems.push(`${context}: ${result.skipped} skipped without a warning or error saying why`);
    result.records.forEach((record, index) => problems.push(...recordProblems(record, `${context} record ${index}`)));
    // Every record and diagnostic points back at the file it came from, so the user can find it.
    const name = files[fileIndex].name;
    const strayRecord = result.records.find((record) => record.source?.file !== name);
    if (strayRecord) problems.push(`${context}: a record names file ${safeJson(strayRecord.source?.file)}`);
    const strayDiagnostic = (result.diagnostics ?? []).find((diagnostic) => diagnostic.file !== name);
    if (strayDiagnostic) problems.push(`${context}: a diagnostic names file ${safeJson(strayDiagnostic.file)}`);
  });
  return problems;
}

/** Collection promises: accounting, safe URLs, no NUL in titles or names, well-formed diagnostics. */
export function collectionProblems(collection: Collection, results: ImportResult[]): string[] {
  const problems: string[] = [];
  const read = results.reduce((sum, result) => sum + result.records.length + result.skipped, 0);
  if (collection.papers.length + collection.skipped !== collection.records)
    problems.push(`accounting: ${collection.papers.length} papers + ${collection.skipped} skipped ≠ ${collection.records} records`);
  if (collection.records !== read) problems.push(`accounting: collection.records ${collection.records} ≠ ${read} entries the importers saw`);
  problems.push(...diagnosticProblems(collection.diagnostics, "collection"));
  for (const paper of collection.papers) {
    if (paper.title.includes(NUL)) problems.push(`paper ${paper.id}: title contains NUL`);
    if (paper.url !== undefined && !SAFE_URL.test(paper.url)) problems.push(`paper ${paper.id}: unsafe url ${safeJson(paper.url)}`);
    if (paper.authors.some((author) => author.name.includes(NUL))) problems.push(`paper ${paper.id}: author name contains NUL`);
  }
  const personIds = new Set<string>();
  for (const person of collection.people) {
    if (personIds.has(person.id)) problems.push(`person id ${person.id} is not unique`);
    personIds.add(person.id);
    if (person.name.includes(NUL) || person.variants.some((variant) => variant.includes(NUL))) problems.push(`person ${person.id}: name contains NUL`);
  }
  const paperIds = new Set(collection.papers.map((paper) => paper.id));
  if (paperIds.size !== collection.papers.length) problems.push(`paper ids are not unique`);
  return problems;
}

/** Survives JSON.stringify and comes back equal (no undefined-in-array, NaN, cycles, BigInt). */
export function jsonProblems(value: unknown, context: string): string[] {
  try {
    const text = JSON.stringify(value);
    const again = JSON.stringify(JSON.parse(text));
    return again === text ? [] : [`${context}: JSON round trip changed the value`];
  } catch (error) {
    return [`${context}: not JSON-serialisable: ${(error as Error).message}`];
  }
}

export interface PipelineOutcome {
  problems: string[];
  milliseconds: number;
  results?: ImportResult[];
  collection?: Collection;
}

/** importFiles then collect, timed, with every promise checked. A throw is a problem, not a crash. */
export function runPipeline(files: InputFile[], timeLimit = TIME_LIMIT_MS): PipelineOutcome {
  const start = cpuMilliseconds();
  let results: ImportResult[];
  let collection: Collection;
  try {
    results = importFiles(files);
  } catch (error) {
    return { problems: [`importFiles threw: ${describe(error)}`], milliseconds: cpuMilliseconds() - start };
  }
  try {
    collection = collect(results);
  } catch (error) {
    return { problems: [`collect threw: ${describe(error)}`], milliseconds: cpuMilliseconds() - start, results };
  }
  const milliseconds = cpuMilliseconds() - start;
  const problems = [
    ...importProblems(results, files),
    ...collectionProblems(collection, results),
    ...jsonProblems(results, "import results"),
    ...jsonProblems(collection, "collection"),
  ];
  if (milliseconds > timeLimit) problems.push(`took ${Math.round(milliseconds)} ms CPU (limit ${timeLimit} ms) on ${files.map((f) => `${f.name}: ${f.text.length} chars`).join(", ")}`);
  return { problems, milliseconds, results, collection };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split("\n").slice(1, 6).join("\n")}` : String(error);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
