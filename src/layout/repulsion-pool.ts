/**
 * ForceAtlas2's repulsion on several threads, for the command line (Node only: worker_threads).
 *
 * Per iteration the main thread builds the quadtree as usual, copies what the walk reads (node
 * positions and masses, the packed tree) into shared memory, and wakes the workers; then all
 * threads take chunks of the tree's spatial order from one atomic counter until none is left.
 * Each node's force is summed by one thread, in the same order as on one thread, into a shared
 * output array that the main thread adds to dx/dy: the layout is the same bits with or without
 * the pool, whichever thread took which chunk.
 *
 * Workers start in the background; until every one of them is ready (or for levels too small to
 * be worth the hand-off) the main thread walks alone.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { repelInRange, type Fa2State, type RepulsionRunner } from "./fa2.ts";

/** Control slots (Int32Array over a SharedArrayBuffer). */
export const CONTROL = {
  /** Bumped by the main thread to start a walk. */
  generation: 0,
  /** Workers that finished the current walk. */
  done: 1,
  /** Next chunk to take. */
  nextChunk: 2,
  /** Workers ready to walk. */
  ready: 3,
  /** Set by a worker whose walk threw (its chunks are redone on the main thread). */
  failed: 4,
  /** Node count and packed region count of the current walk. */
  nodes: 5,
  regions: 6,
  /** 1: the workers leave their loop. */
  stop: 7,
  length: 8,
} as const;

/** Nodes per chunk: small enough to balance two busy threads, big enough that the counter is cold. */
const CHUNK = 512;
/** Levels below this many nodes are walked on the main thread: the hand-off would cost more. */
const MIN_NODES = 5_000;
/** How long the main thread waits for a worker before it gives up on the pool. */
const WORKER_TIMEOUT_MS = 120_000;

/** The shared arrays a walk reads and writes; replaced (and sent again) when they are too small. */
export interface SharedWalk {
  x: Float64Array;
  y: Float64Array;
  mass: Float64Array;
  outX: Float64Array;
  outY: Float64Array;
  nextNode: Int32Array;
  spatialOrder: Int32Array;
  walkBody: Float64Array;
  walkLink: Int32Array;
}

function allocateSharedWalk(nodes: number, regions: number): SharedWalk {
  const floats = (n: number) => new Float64Array(new SharedArrayBuffer(8 * Math.max(1, n)));
  const ints = (n: number) => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)));
  return {
    x: floats(nodes),
    y: floats(nodes),
    mass: floats(nodes),
    outX: floats(nodes),
    outY: floats(nodes),
    nextNode: ints(nodes),
    spatialOrder: ints(nodes),
    walkBody: floats(4 * regions),
    walkLink: ints(2 * regions),
  };
}

/** Takes chunks until none is left; both the main thread and the workers run this. */
export function walkChunks(control: Int32Array, parameters: Float64Array, walk: SharedWalk): void {
  const n = control[CONTROL.nodes];
  const tree = { nextNode: walk.nextNode, spatialOrder: walk.spatialOrder, walkBody: walk.walkBody, walkLink: walk.walkLink, walkCount: control[CONTROL.regions] };
  for (;;) {
    const from = Atomics.add(control, CONTROL.nextChunk, 1) * CHUNK;
    if (from >= n) return;
    repelInRange(tree, walk.x, walk.y, walk.mass, walk.outX, walk.outY, from, Math.min(n, from + CHUNK), parameters[0], parameters[1]);
  }
}

export interface RepulsionPool extends RepulsionRunner {
  /** Workers that have started (0: the pool walks on the main thread only). */
  readonly threads: number;
  /** Walks shared with the workers so far (the others ran on the main thread alone). */
  readonly sharedWalks: number;
  /** Resolves true once every worker is ready to walk, false if that takes longer than `timeoutMs`. */
  ready(timeoutMs?: number): Promise<boolean>;
  /** Stops the workers (the pool then walks on the main thread). */
  close(): Promise<void>;
}

/** A pool of `threads` workers (default: one per spare CPU, at most 3; 0 on a single CPU). */
export function createRepulsionPool(threads = Math.min(3, availableParallelism() - 1)): RepulsionPool {
  const control = new Int32Array(new SharedArrayBuffer(4 * CONTROL.length));
  const parameters = new Float64Array(new SharedArrayBuffer(16));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let w = 0; w < threads; w++) {
    const channel = new MessageChannel();
    const worker = new Worker(new URL("./repulsion-worker.mjs", import.meta.url), {
      workerData: { control, parameters, port: channel.port2 },
      transferList: [channel.port2],
    });
    // A worker that cannot start (or dies) never counts as ready: the main thread walks alone.
    worker.on("error", () => undefined);
    worker.unref();
    workers.push(worker);
    ports.push(channel.port1);
  }
  let walk: SharedWalk | undefined;
  let broken = false;
  let sharedWalks = 0;

  function ensureCapacity(nodes: number, regions: number): SharedWalk {
    if (walk && walk.x.length >= nodes && walk.walkLink.length >= 2 * regions) return walk;
    // Room to grow: levels get bigger on the way down, trees vary from iteration to iteration.
    walk = allocateSharedWalk(Math.ceil(nodes * 1.25), Math.ceil(regions * 1.5));
    for (const port of ports) port.postMessage(walk);
    return walk;
  }

  function repelHere(state: Fa2State, k: number, thetaSquared: number): void {
    const { tree, x, y, graph, dx, dy } = state;
    repelInRange(tree, x, y, graph.mass, dx, dy, 0, graph.order, k, thetaSquared);
  }

  return {
    get threads() {
      return workers.length;
    },
    get sharedWalks() {
      return sharedWalks;
    },
    repel(state, k, thetaSquared) {
      const n = state.graph.order;
      if (broken || n < MIN_NODES || workers.length === 0 || Atomics.load(control, CONTROL.ready) < workers.length) {
        repelHere(state, k, thetaSquared);
        return;
      }
      const { tree } = state;
      const regions = tree.walkCount;
      const shared = ensureCapacity(n, regions);
      shared.x.set(state.x.subarray(0, n));
      shared.y.set(state.y.subarray(0, n));
      shared.mass.set(state.graph.mass.subarray(0, n));
      shared.nextNode.set(tree.nextNode.subarray(0, n));
      shared.spatialOrder.set(tree.spatialOrder.subarray(0, n));
      shared.walkBody.set(tree.walkBody.subarray(0, 4 * regions));
      shared.walkLink.set(tree.walkLink.subarray(0, 2 * regions));
      shared.outX.fill(0, 0, n);
      shared.outY.fill(0, 0, n);
      parameters[0] = k;
      parameters[1] = thetaSquared;
      control[CONTROL.nodes] = n;
      control[CONTROL.regions] = regions;
      Atomics.store(control, CONTROL.nextChunk, 0);
      Atomics.store(control, CONTROL.done, 0);
      Atomics.store(control, CONTROL.failed, 0);
      Atomics.add(control, CONTROL.generation, 1);
      Atomics.notify(control, CONTROL.generation);
      sharedWalks++;

      walkChunks(control, parameters, shared);
      for (let done = Atomics.load(control, CONTROL.done); done < workers.length; done = Atomics.load(control, CONTROL.done)) {
        if (Atomics.wait(control, CONTROL.done, done, WORKER_TIMEOUT_MS) === "timed-out") {
          broken = true;
          throw new Error("layout: a repulsion worker stopped answering");
        }
      }
      if (Atomics.load(control, CONTROL.failed) > 0) {
        // A worker threw mid-walk: its sums are incomplete, so redo the whole walk here.
        broken = true;
        repelHere(state, k, thetaSquared);
        return;
      }
      const { dx, dy } = state;
      for (let i = 0; i < n; i++) {
        dx[i] += shared.outX[i];
        dy[i] += shared.outY[i];
      }
    },
    async ready(timeoutMs = 10_000) {
      for (const start = Date.now(); Atomics.load(control, CONTROL.ready) < workers.length; ) {
        if (Date.now() - start > timeoutMs) return false;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return true;
    },
    async close() {
      Atomics.store(control, CONTROL.stop, 1);
      Atomics.add(control, CONTROL.generation, 1);
      Atomics.notify(control, CONTROL.generation);
      for (const port of ports) port.close();
      await Promise.all(workers.map((worker) => worker.terminate()));
      workers.length = 0;
    },
  };
}
