/**
 * From a dataset file's bytes to a shown graph without freezing the page: gunzip (streamed by
 * the browser), decode the compact encoding and build the graph in slices of at most
 * SLICE_MS each, yielding to the event loop between them. JSON dataset files take the
 * one-shot path (they are the small ones).
 *
 * Why not a worker: what the page needs is plain objects and a graphology graph; a worker's
 * result reaches the page by structured clone, which deserialises on the main thread in one
 * uninterruptible task that costs about as much as parsing the rows here in slices.
 */
import type { AtlasFile } from "../model/types.ts";
import { decodeCompactSteps, isCompactAtlas, isGzip, CompactFormatError } from "../dataset/compact.ts";
import { atlasToCollection, readAtlas } from "../dataset/read.ts";
import { buildGraphSteps } from "../graph/build.ts";
import { contextFromGraph, type FetchedAtlas, type LoadedContext } from "./dataset.ts";

/** Longest stretch of work before giving the page back (well under the 50 ms of a long task's start). */
export const SLICE_MS = 30;

/** The URL parameter naming a dataset file to open instead of the default one. */
export const DATA_PARAM = "data";

/**
 * `?data=<path>` → a same-origin URL, or why not. Only relative paths on this site are
 * fetched: nothing the user loads leaves their machine and nothing is fetched from elsewhere.
 */
export function datasetUrlFromQuery(search: string, pageUrl: string): { url: string } | { error: string } | undefined {
  const value = new URLSearchParams(search).get(DATA_PARAM);
  if (value === null || value.trim() === "") return undefined;
  const path = value.trim();
  const refuse = { error: `The dataset path ${JSON.stringify(path.slice(0, 200))} was not loaded: ?data= takes a relative path on this site (like data/lab.atlas); other sites and absolute URLs are never fetched.` };
  // A scheme (`https:`, `javascript:`, `file:`, `data:`), a protocol-relative `//host` or a backslash form of it.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || /^[\\/]{2}/.test(path) || path.includes("\\")) return refuse;
  let resolved: URL;
  try {
    resolved = new URL(path, pageUrl);
  } catch {
    return refuse;
  }
  if (resolved.origin !== new URL(pageUrl).origin) return refuse;
  return { url: resolved.href };
}

export interface SliceOptions {
  sliceMs?: number;
  /** Waits for the next task (default: a MessageChannel round trip). */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

/** Runs a step generator in slices of about `sliceMs`, yielding to the event loop between slices. */
export async function runInSlices<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const { sliceMs = SLICE_MS, yieldToPage = nextTask, now = () => performance.now() } = options;
  for (;;) {
    const started = now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (now() - started >= sliceMs) break;
    }
    await yieldToPage();
  }
}

/** A macrotask boundary (lets input, rendering and other tasks run); MessageChannel is not clamped like setTimeout. */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Decompresses a gzip stream with the browser's DecompressionStream (native, off the JS thread). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === "undefined") throw new Error("this browser cannot decompress gzip files; decompress it first");
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Does a file look like a dataset file the fast path reads (compact, or gzipped)? Reads 8 bytes. */
export async function isBinaryDatasetFile(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  return isCompactAtlas(head) || isGzip(head);
}

/** A dataset file of either encoding (gzipped or not) → the atlas, or a message saying why not. */
export async function atlasFromBytes(bytes: Uint8Array, name: string): Promise<FetchedAtlas> {
  let data = bytes;
  if (isGzip(data)) {
    try {
      data = await gunzip(data);
    } catch (error) {
      return { error: `The dataset ${name} could not be read: a gzip file that does not decompress (${error instanceof Error ? error.message : String(error)}).` };
    }
    if (!isCompactAtlas(data)) return { error: `The dataset ${name} could not be read: only gzipped compact dataset files (.atlas.gz) are read; decompress others first.` };
  }
  if (isCompactAtlas(data)) {
    try {
      const atlas = await runInSlices(decodeCompactSteps(data));
      mark("atlas:decoded");
      return { atlas };
    } catch (error) {
      const message = error instanceof CompactFormatError ? error.message : String(error);
      return { error: `The dataset ${name} could not be read: ${message}.` };
    }
  }
  const { atlas, diagnostics } = readAtlas(new TextDecoder().decode(data), name);
  if (atlas) return { atlas };
  const first = diagnostics.find((diagnostic) => diagnostic.level === "error") ?? diagnostics[0];
  return { error: `The dataset ${name} could not be read: ${first ? first.message : "unknown problem"}.` };
}

/** Fetches a dataset file (either encoding) as bytes. */
export async function fetchDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchedAtlas> {
  const name = decodeURIComponent(new URL(url, "http://x/").pathname.split("/").pop() || url);
  let bytes: Uint8Array;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { error: `Could not load the dataset ${name} (HTTP ${response.status}).` };
    bytes = new Uint8Array(await response.arrayBuffer());
    mark("atlas:fetched");
  } catch (error) {
    return { error: `Could not load the dataset ${name} (${error instanceof Error ? error.message : String(error)}).` };
  }
  return atlasFromBytes(bytes, name);
}

/** contextFromAtlas (app/dataset.ts) in slices: the graph is built a few thousand papers at a time. */
export async function contextFromAtlasInSlices(atlas: AtlasFile): Promise<LoadedContext> {
  const graph = await runInSlices(buildGraphSteps(atlasToCollection(atlas)));
  mark("atlas:graph-built");
  return contextFromGraph(atlas, graph);
}

/** A performance mark, so the load's stages show in DevTools and in bench measurements. */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}
