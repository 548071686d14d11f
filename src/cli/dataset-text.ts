import { serializeAtlas } from "../dataset/index.ts";
import type { CliIo } from "./io.ts";
import { loadAtlas, type LoadOptions } from "./load.ts";

/** Read inputs from disk and return the dataset file's text: the `build` command without writing. */
export function buildAtlasText(paths: string[], options: LoadOptions, io: CliIo): string {
  return serializeAtlas(loadAtlas(paths, options, io));
}
