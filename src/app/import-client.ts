/**
 * In-browser import: the user's files go to the import worker as they are (File objects, never
 * uploaded); reading, decoding and parsing all happen there, so the tab never freezes. A job can
 * be cancelled (the worker is terminated), and a worker that crashes, cannot read its message, or
 * stops answering ends the job with an error instead of leaving a spinner.
 */
import type { AtlasFile, InputFile } from "../model/types.ts";
import type { AtlasProgress } from "../dataset/build.ts";
import type { ImportMessage, ImportRequest } from "../workers/protocol.ts";
import { decodeBytes } from "./decode.ts";
import { MAX_FILE_BYTES, importSizeProblem } from "./import-limits.ts";

export { MAX_FILE_BYTES, MAX_TOTAL_BYTES, importSizeProblem } from "./import-limits.ts";

/** A worker silent for this long (no progress, no result) is taken for dead. */
export const IMPORT_WATCHDOG_MS = 5 * 60 * 1000;

/** The reason a cancelled job's promise rejects with. */
export class ImportCancelled extends Error {
  constructor() {
    super("The import was cancelled");
    this.name = "ImportCancelled";
  }
}

export interface ImportJob {
  result: Promise<AtlasFile>;
  /** Stops the worker now; `result` rejects with ImportCancelled. */
  cancel(): void;
}

/** Reads files on the main thread (kept for callers that already hold text; the app uses startImport). */
export async function readInputFiles(files: readonly File[]): Promise<InputFile[]> {
  const problem = importSizeProblem(files);
  if (problem) throw new Error(problem);
  const inputs: InputFile[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) throw new Error(problem);
    inputs.push({ name: file.name, text: decodeBytes(new Uint8Array(await file.arrayBuffer())) });
  }
  return inputs;
}

export interface ImportJobOptions {
  seed: number;
  onProgress(progress: AtlasProgress): void;
  watchdogMs?: number;
}

/** Starts an import of `files` (File objects or already-read text) in a new worker. */
export function startImport(files: readonly (File | InputFile)[], options: ImportJobOptions): ImportJob {
  let finish: ((error: Error | undefined, atlas?: AtlasFile) => void) | undefined;
  const result = new Promise<AtlasFile>((resolve, reject) => {
    finish = (error, atlas) => {
      finish = undefined;
      if (error) reject(error);
      else resolve(atlas as AtlasFile);
    };
  });
  let worker: Worker | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const end = (error: Error | undefined, atlas?: AtlasFile) => {
    if (watchdog !== undefined) clearTimeout(watchdog);
    worker?.terminate();
    worker = undefined;
    finish?.(error, atlas);
  };
  const watchdogMs = options.watchdogMs ?? IMPORT_WATCHDOG_MS;
  const feedWatchdog = () => {
    if (watchdog !== undefined) clearTimeout(watchdog);
    watchdog = setTimeout(() => end(new Error(`the import worker stopped answering (nothing for ${Math.round(watchdogMs / 1000)} s)`)), watchdogMs);
  };

  try {
    worker = new Worker(new URL("../workers/import.worker.ts", import.meta.url), { type: "module", name: "import" });
  } catch (error) {
    end(error instanceof Error ? error : new Error(String(error)));
    return { result, cancel() {} };
  }
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.type === "progress") {
      feedWatchdog();
      options.onProgress(message.progress);
    } else if (message.type === "done") end(undefined, message.atlas);
    else end(new Error(message.message));
  };
  worker.onmessageerror = () => end(new Error("the import worker sent a message that could not be read"));
  worker.onerror = (event) => {
    event.preventDefault();
    end(new Error(`the import worker crashed${event.message ? `: ${event.message}` : ""}`));
  };
  const uploads = files.filter((file): file is File => typeof File !== "undefined" && file instanceof File);
  const texts = files.filter((file): file is InputFile => !(typeof File !== "undefined" && file instanceof File));
  const request: ImportRequest = { files: texts, blobs: uploads, seed: options.seed };
  feedWatchdog();
  worker.postMessage(request);
  return { result, cancel: () => end(new ImportCancelled()) };
}

/** The promise-only form of startImport (no cancel). */
export function importInWorker(files: InputFile[], seed: number, onProgress: (progress: AtlasProgress) => void): Promise<AtlasFile> {
  return startImport(files, { seed, onProgress }).result;
}
