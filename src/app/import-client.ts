/**
 * In-browser import: the user's files are read here (never uploaded) and handed to the
 * import worker, loaded on first use so the app's main bundle stays small.
 */
import type { AtlasFile, InputFile } from "../model/types.ts";
import type { AtlasProgress } from "../dataset/build.ts";
import type { ImportMessage, ImportRequest } from "../workers/protocol.ts";
import { decodeBytes } from "./decode.ts";

/** Larger files are refused with a message rather than freezing the tab. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function readInputFiles(files: readonly File[]): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported in the browser (use the command line for larger ones)`);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    inputs.push({ name: file.name, text: decodeBytes(bytes) });
  }
  return inputs;
}

export function importInWorker(files: InputFile[], seed: number, onProgress: (progress: AtlasProgress) => void): Promise<AtlasFile> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("../workers/import.worker.ts", import.meta.url), { type: "module", name: "import" });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        onProgress(message.progress);
        return;
      }
      worker.terminate();
      if (message.type === "done") resolve(message.atlas);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the import worker failed"));
    };
    const request: ImportRequest = { files, seed };
    worker.postMessage(request);
  });
}
