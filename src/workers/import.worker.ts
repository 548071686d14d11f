/// <reference lib="webworker" />
/**
 * Builds a dataset from the user's files off the main thread: read + decode → import → identity →
 * graph → layout, posting each stage. Nothing leaves the browser. Any failure becomes an `error`
 * message; the page stays as it was.
 */
import { buildAtlas } from "../dataset/index.ts";
import { decodeBytes } from "../app/decode.ts";
import { gunzip } from "../app/dataset-load.ts";
import { decodeCompact, isCompactAtlas, isGzip } from "../dataset/compact.ts";
import { sha256Bytes } from "../dataset/sha256.ts";
import type { InputFile } from "../model/types.ts";
import { errorMessage, type ImportMessage, type ImportRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

async function readFiles(request: ImportRequest): Promise<InputFile[]> {
  const inputs = [...request.files];
  const blobs = request.blobs ?? [];
  for (const [index, file] of blobs.entries()) {
    post({ type: "progress", progress: { stage: "import", done: index, total: blobs.length } });
    inputs.push(await readFile(file));
  }
  return inputs;
}

/** A compact dataset file (gzipped or not) is decoded here; every other file becomes text. */
async function readFile(file: File): Promise<InputFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const data = isGzip(bytes) ? await gunzip(bytes) : bytes;
  if (!isCompactAtlas(data)) {
    if (data !== bytes) throw new Error(`${file.name}: only gzipped compact dataset files (.atlas.gz) are read; decompress others first`);
    return { name: file.name, text: decodeBytes(bytes) };
  }
  try {
    return { name: file.name, text: "", atlas: decodeCompact(data), sha256: sha256Bytes(bytes) };
  } catch (error) {
    throw new Error(`${file.name}: not a readable compact dataset file: ${errorMessage(error)}`);
  }
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
