/**
 * Messages between the app and its workers. Plain data (structured clone), one request per
 * worker instance: the app creates a worker per job and terminates it when done.
 */
import type { SerializedGraph } from "graphology-types";
import type { AtlasFile, InputFile, Positions } from "../model/types.ts";
import type { AtlasProgress } from "../dataset/build.ts";

export interface LayoutRequest {
  graph: SerializedGraph;
  seed: number;
  maxIterations: number;
}

export type LayoutMessage =
  | { type: "progress"; phase: "forces" | "overlap" | "satellites"; iteration: number; maxIterations: number }
  | { type: "done"; positions: Positions; iterations: number; converged: boolean; seed: number }
  | { type: "error"; message: string };

export interface ImportRequest {
  files: InputFile[];
  /** The user's files as they are: read and decoded in the worker, so the page never blocks on them. */
  blobs?: File[];
  seed: number;
}

export type ImportMessage =
  | { type: "progress"; progress: AtlasProgress }
  | { type: "done"; atlas: AtlasFile }
  | { type: "error"; message: string };

/** A thrown value as one readable line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
