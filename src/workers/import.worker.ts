/// <reference lib="webworker" />
/**
 * Builds a dataset from the user's files off the main thread: import → identity → graph →
 * layout, posting each stage. Nothing leaves the browser. Any failure becomes an `error`
 * message; the page stays as it was.
 */
import { buildAtlas } from "../dataset/index.ts";
import { errorMessage, type ImportMessage, type ImportRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { files, seed } = event.data;
  try {
    const atlas = buildAtlas(files, { layout: { seed }, onProgress: (progress) => post({ type: "progress", progress }) });
    post({ type: "done", atlas });
  } catch (error) {
    post({ type: "error", message: errorMessage(error) });
  }
};
