/**
 * Runs the layout worker for a graph without positions. One worker per job, terminated
 * when it ends, so a new dataset never races an old layout.
 */
import type { AtlasGraph } from "../graph/build.ts";
import type { Positions } from "../model/types.ts";
import type { LayoutMessage, LayoutRequest } from "../workers/protocol.ts";

export interface LayoutJobOptions {
  seed: number;
  maxIterations?: number;
  /** 0..1 upper-bound estimate (convergence usually comes before the iteration cap) and a phase label. */
  onProgress?(fraction: number, phase: string): void;
}

export interface LayoutJob {
  result: Promise<{ positions: Positions; iterations: number; converged: boolean; seed: number }>;
  cancel(): void;
}

const PHASE_LABELS: Record<string, string> = {
  forces: "Laying out the graph",
  overlap: "Making room for labels",
  satellites: "Placing large author lists",
};

export function layoutInWorker(graph: AtlasGraph, options: LayoutJobOptions): LayoutJob {
  let worker: Worker;
  try {
    worker = new Worker(new URL("../workers/layout.worker.ts", import.meta.url), { type: "module", name: "layout" });
  } catch (error) {
    // No workers here (or refused): an error for the shell to show, not an endless "laying out…".
    return { result: Promise.reject(error instanceof Error ? error : new Error(String(error))), cancel() {} };
  }
  const maxIterations = options.maxIterations ?? 3000;
  const result = new Promise<{ positions: Positions; iterations: number; converged: boolean; seed: number }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        const fraction = message.phase === "forces" ? Math.min(0.9, (0.9 * message.iteration) / message.maxIterations) : 0.95;
        options.onProgress?.(fraction, PHASE_LABELS[message.phase] ?? message.phase);
        return;
      }
      worker.terminate();
      if (message.type === "done") resolve(message);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message ? `the layout worker crashed: ${event.message}` : "the layout worker could not start"));
    };
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new Error("the layout worker sent a message that could not be read"));
    };
  });
  const request: LayoutRequest = { graph: graph.export(), seed: options.seed, maxIterations };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
