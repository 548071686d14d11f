/// <reference lib="webworker" />
/**
 * Lays out a dataset that came without positions, off the main thread, posting progress
 * every few ForceAtlas2 iterations. Same graph + seed → same positions as the CLI.
 */
import Graph from "graphology";
import type { AtlasGraph } from "../graph/build.ts";
import { layoutSteps } from "../layout/index.ts";
import { errorMessage, type LayoutMessage, type LayoutRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LayoutMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { graph: serialized, seed, maxIterations } = event.data;
  try {
    const graph = Graph.from(serialized) as AtlasGraph;
    const steps = layoutSteps(graph, { seed, maxIterations });
    for (;;) {
      const next = steps.next();
      if (next.done) {
        const { positions, iterations, converged } = next.value;
        post({ type: "done", positions, iterations, converged, seed });
        return;
      }
      post({ type: "progress", phase: next.value.phase, iteration: next.value.iteration, maxIterations });
    }
  } catch (error) {
    post({ type: "error", message: errorMessage(error) });
  }
};
