/// <reference lib="webworker" />
/**
 * Builds a dataset from the user's files off the main thread: read + decode → import → identity →
 * graph → layout, posting each stage. Nothing leaves the browser. Any failure becomes an `error`
 * message; the page stays as it was.
 */
import { buildAtlas } from "../dataset/index.ts";
import { decodeBytes } from "../app/decode.ts";
import type { InputFile } from "../model/types.ts";
import { errorMessage, type ImportMessage, type ImportRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

async function readFiles(request: ImportRequest): Promise<InputFile[]> {
  const inputs = [...request.files];
  const blobs = request.blobs ?? [];
  for (const [index, file] of blobs.entries()) {
    post({ type: "progress", progress: { stage: "import", done: index, total: blobs.length } });
    inputs.push({ name: file.name, text: decodeBytes(new Uint8Array(await file.arrayBuffer())) });
  }
  return inputs;
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const files = await readFiles(event.data);
    const atlas = buildAtlas(files, { layout: { seed: event.data.seed }, onProgress: (progress) => post({ type: "progress", progress }) });
    post({ type: "done", atlas });
  } catch (error) {
    post({ type: "error", message: errorMessage(error) });
  }
};
