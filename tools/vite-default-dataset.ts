/**
 * Vite plugin: the default dataset is built from `data/ramasesh.bib` by the same pipeline the
 * CLI runs (layout seed 1), served at `data/default.atlas.json` in dev and emitted as that asset
 * by `vite build`. Nothing generated is committed; `npm install && npm start` just works.
 *
 * The pipeline is loaded with Vite's module runner at the moment it is needed, not imported
 * here: this config file is also loaded by every test run, and must not depend on the state of
 * every pipeline module (nor pay for loading them) just to start.
 */
import { resolve, relative, sep } from "node:path";
import { runnerImport, type Plugin, type ViteDevServer } from "vite";
import type { CliIo } from "../src/cli/io.ts";

type DatasetTextModule = typeof import("../src/cli/dataset-text.ts");
type IoModule = typeof import("../src/cli/io.ts");

export interface DefaultDatasetOptions {
  /** Publication file(s) the default dataset is built from, relative to the project root. */
  sources?: string[];
  /** Where the dataset is served and emitted, relative to the app's base. */
  fileName?: string;
  seed?: number;
}

export function defaultDatasetPlugin(options: DefaultDatasetOptions = {}): Plugin {
  const sources = options.sources ?? ["data/ramasesh.bib"];
  const fileName = options.fileName ?? "data/default.atlas.json";
  const seed = options.seed ?? 1;
  let root = process.cwd();
  let cached: Promise<string> | undefined;

  async function build(log: (message: string) => void): Promise<string> {
    const started = performance.now();
    const runnerConfig = { configFile: false as const, root, logLevel: "silent" as const };
    const [{ module: datasetText }, { module: ioModule }] = await Promise.all([
      runnerImport<DatasetTextModule>(resolve(root, "src/cli/dataset-text.ts"), runnerConfig),
      runnerImport<IoModule>(resolve(root, "src/cli/io.ts"), runnerConfig),
    ]);
    const nodeIo = ioModule.nodeIo();
    // Paths stay relative to the project root, so the file (provenance, diagnostics) is the same on every machine.
    const io: CliIo = {
      ...nodeIo,
      readFile: (path) => nodeIo.readFile(resolve(root, path)),
      stderr: () => {}, // progress lines: the dev server has its own log
      stdout: () => {},
    };
    const text = datasetText.buildAtlasText(sources, { layout: { seed } }, io);
    log(`default dataset: ${fileName} from ${sources.join(", ")} in ${Math.round(performance.now() - started)} ms`);
    return text;
  }

  return {
    name: "coauthor-atlas:default-dataset",
    configResolved(config) {
      root = config.root;
    },
    configureServer(server: ViteDevServer) {
      const dataDir = resolve(root, "data");
      server.watcher.add(dataDir);
      server.watcher.on("all", (_event, path) => {
        const rel = relative(dataDir, path);
        if (rel.startsWith("..") || rel === fileName.split("/").pop()) return;
        cached = undefined; // rebuilt on the next request
        server.ws.send({ type: "full-reload" });
      });
      server.middlewares.use((request, response, next) => {
        const pathname = (request.url ?? "").split("?")[0];
        if (!pathname.endsWith("/" + fileName)) return next();
        cached ??= build((message) => server.config.logger.info(message));
        cached.then(
          (text) => {
            response.setHeader("Content-Type", "application/json; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.end(text);
          },
          (error: Error) => {
            cached = undefined;
            server.config.logger.error(`default dataset: ${error.message}`);
            response.statusCode = 500;
            response.setHeader("Content-Type", "text/plain; charset=utf-8");
            response.end(`could not build the default dataset: ${error.message}`);
          },
        );
      });
    },
    async generateBundle() {
      let text: string;
      try {
        text = await build((message) => this.info(message));
      } catch (error) {
        this.error(`could not build the default dataset: ${(error as Error).message}`);
      }
      this.emitFile({ type: "asset", fileName: fileName.split(sep).join("/"), source: text });
    },
  };
}
