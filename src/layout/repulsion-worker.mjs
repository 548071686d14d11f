// A repulsion worker of `repulsion-pool.ts`. Plain JavaScript so Node can start it as it is; it
// registers tsx (as bin/coauthor-atlas.mjs does) to load the TypeScript walk it shares with the
// main thread.
import { register } from "tsx/esm/api";
import { receiveMessageOnPort, workerData } from "node:worker_threads";

register();
const { CONTROL, walkChunks } = await import("./repulsion-pool.ts");
const { control, parameters, port } = workerData;

let walk;
let generation = Atomics.load(control, CONTROL.generation);
Atomics.add(control, CONTROL.ready, 1);
for (;;) {
  Atomics.wait(control, CONTROL.generation, generation);
  generation = Atomics.load(control, CONTROL.generation);
  if (Atomics.load(control, CONTROL.stop)) break;
  // New shared arrays arrive by message before the walk that needs them starts.
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) walk = message.message;
  try {
    walkChunks(control, parameters, walk);
  } catch {
    Atomics.add(control, CONTROL.failed, 1);
  }
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
}
