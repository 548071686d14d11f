/**
 * Inputs of every command: read the files, read the alias file, run the pipeline.
 * Turns every way of failing to read into a one-line CliError.
 */
import type { AliasFile, AtlasFile, InputFile } from "../model/types.ts";
import { buildAtlas, type AtlasProgress } from "../dataset/index.ts";
import { parseAliasFile } from "../identity/index.ts";
import { CliError, EXIT_USAGE } from "./errors.ts";
import { decodeText, type CliIo } from "./io.ts";
import { gunzipSync } from "node:zlib";
import { CompactFormatError, decodeCompact, isCompactAtlas, isGzip } from "../dataset/compact.ts";
import { sha256Bytes } from "../dataset/sha256.ts";
import { groupThousands, ProgressLine } from "./progress.ts";
import { plural } from "./format.ts";
import { createRepulsionPool } from "../layout/repulsion-pool.ts";

export interface LoadOptions {
  aliasesPath?: string;
  threshold?: number;
  layout?: false | { seed: number };
}

/** Inputs bigger than this announce their progress from the start. */
const LARGE_INPUT_BYTES = 3_000_000;
/**
 * Inputs bigger than this (all files together) are refused before parsing. Memory grows with the
 * input (60 MB of BibTeX: `stats` peaks at 2.1 GB, `build` at 3.4 GB) and Node's default heap stops
 * near 4.3 GB, so beyond this a run would die out of memory after minutes instead of saying why at once.
 */
export const MAX_INPUT_BYTES = 64_000_000;
const LARGE_GRAPH_NODES = 5_000;
/**
 * Inputs from this size on get the layout's worker pool (~1k papers). Below it the layout takes
 * well under a second, less than a worker needs to start.
 */
const POOL_INPUT_BYTES = 300_000;

export function readInput(path: string, io: CliIo): InputFile {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (cause) {
    throw new CliError(`cannot read ${path}: ${describeFsError(cause)}`);
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(tooLarge(`${path} is`, bytes.length));
  // A compact dataset file (binary, maybe gzipped) is decoded here; every other file is text.
  const compact = readCompactDataset(bytes, path);
  if (compact) return compact;
  return { name: path, text: decodeText(bytes) };
}

/** The dataset in a compact `.atlas` file (gzipped or not), or undefined when the bytes are not one. */
function readCompactDataset(bytes: Uint8Array, path: string): InputFile | undefined {
  let data = bytes;
  if (isGzip(bytes)) {
    try {
      data = gunzipSync(bytes);
    } catch (cause) {
      throw new CliError(`cannot read ${path}: a gzip file that does not decompress (${(cause as Error).message})`);
    }
    if (!isCompactAtlas(data)) throw new CliError(`cannot read ${path}: a gzip file; only gzipped compact dataset files (.atlas.gz) are read, decompress other files first`);
  }
  if (!isCompactAtlas(data)) return undefined;
  try {
    return { name: path, text: "", atlas: decodeCompact(data), sha256: sha256Bytes(bytes) };
  } catch (cause) {
    if (cause instanceof CompactFormatError) throw new CliError(`${path}: not a readable compact dataset file: ${cause.message}`);
    throw cause;
  }
}

export function readAliases(path: string, io: CliIo): AliasFile {
  const { text } = readInput(path, io);
  const { aliases, diagnostics } = parseAliasFile(text, path);
  const firstError = diagnostics.find((diagnostic) => diagnostic.level === "error");
  if (firstError) throw new CliError(`alias file ${path}: ${firstError.message}`);
  // Ignored parts of an alias file are the user's own mistakes: say so at once, on stderr.
  for (const diagnostic of diagnostics) io.stderr(`coauthor-atlas: alias file ${path}, ${diagnostic.where}: ${diagnostic.message}\n`);
  return aliases;
}

export function loadAtlas(paths: string[], options: LoadOptions, io: CliIo): AtlasFile {
  if (paths.length === 0) throw new CliError("no input files given", EXIT_USAGE);
  const progress = new ProgressLine(io.stderr, io.now);
  const files: InputFile[] = [];
  let bytes = 0;
  paths.forEach((path, index) => {
    progress.report(`reading ${index + 1}/${paths.length} files…`);
    const file = readInput(path, io);
    bytes += file.atlas ? 0 : file.text.length;
    if (bytes > MAX_INPUT_BYTES) throw new CliError(tooLarge(`the inputs together are`, bytes));
    files.push(file);
  });
  const aliases = options.aliasesPath ? readAliases(options.aliasesPath, io) : undefined;
  const large = bytes > LARGE_INPUT_BYTES;

  // Each stage announces itself when it starts; layout also reports how far it is.
  const onProgress = (step: AtlasProgress) => {
    const starting = !step.done;
    const bigGraph = (step.nodes ?? 0) > LARGE_GRAPH_NODES;
    if (step.stage === "import" && starting) progress.report(`importing ${plural(files.length, "file")}…`, large);
    else if (step.stage === "identity") progress.report("matching people and papers…", large);
    else if (step.stage === "graph") progress.report("building the graph…", large);
    else if (step.stage === "layout" && !(step.total && step.done === step.total)) {
      // Iterations, not a percentage: the layout stops when it converges, long before its cap.
      const done = step.done ? ` ${groupThousands(step.done)} iterations` : "";
      progress.report(`laying out ${groupThousands(step.nodes ?? 0)} nodes…${done}`, large || bigGraph);
    }
  };

  // Big layouts walk their repulsion on every CPU; the workers start while import and identity run.
  const layout = options.layout ?? false;
  const pool = layout !== false && (bytes >= POOL_INPUT_BYTES || files.some((file) => file.atlas)) ? createRepulsionPool() : undefined;
  let atlas: AtlasFile;
  try {
    atlas = buildAtlas(files, { aliases, hyperauthorThreshold: options.threshold, layout, repulsion: pool, onProgress });
  } finally {
    void pool?.close();
  }
  if (atlas.records === 0 && atlas.papers.length === 0 && !atlas.coauthorNetwork) {
    throw new CliError(`no publication records found in ${paths.join(", ")}${firstReason(atlas)}`);
  }
  return atlas;
}

/** Why nothing was read, when the importers said so. */
function firstReason(atlas: AtlasFile): string {
  const reason = atlas.diagnostics.find((d) => d.level === "error") ?? atlas.diagnostics[0];
  return reason ? ` (${reason.file}: ${reason.message})` : "";
}

function tooLarge(what: string, bytes: number): string {
  return `${what} ${(bytes / 1e6).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1e6} MB limit per run (a build needs about 57× the input in memory); run it in parts or filter it first`;
}

function describeFsError(cause: unknown): string {
  const code = (cause as { code?: string })?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (cause as Error)?.message ?? String(cause);
}
