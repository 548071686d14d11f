/**
 * The site the browser benchmarks load, in a temporary folder served by the test harness's
 * static server (same CSP header, no caching):
 *
 *   <site>/                 a snapshot of dist/ (the app as `npm run build` makes it), its
 *                           data/default.atlas.json optionally replaced by the dataset under test
 *   <site>/bare/            the bare Sigma page (bench/browser/bare/), built here with Vite,
 *                           and blank.html (one WebGL triangle: the floor of any first frame)
 *   <site>/bench-data/N     datasets copied in for `?data=` (same origin, relative path)
 *
 * The app is rebuilt first when dist/ is missing or older than its sources. Nothing is written
 * inside the repository except that build of dist/.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { build } from "vite";
import { serveStatic, type StaticServer } from "../../tests/browser/harness.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
/** What the app build depends on: a change in any of these makes dist/ stale. */
const APP_SOURCES = ["src", "styles", "data", "tools", "index.html", "vite.config.ts", "package.json"];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** True when dist/index.html is missing or older than a file the build reads. */
export function appBuildIsStale(root = ROOT): boolean {
  const index = join(root, "dist", "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return APP_SOURCES.some((source) => newestModification(join(root, source)) > built);
}

/** Runs `vite build` when dist/ is stale; returns whether it built. */
export function ensureAppBuilt(log: (line: string) => void = () => {}): boolean {
  if (!appBuildIsStale()) return false;
  log("dist/ is missing or older than the sources: npx vite build …");
  execFileSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return true;
}

export interface BenchSite {
  dir: string;
  server: StaticServer;
  /** Absolute URL of the app page (`query` like `?data=…`). */
  appUrl(query?: string): string;
  /** Absolute URL of the bare Sigma page; `dataPath` relative to the site root (default: the app's default dataset). */
  bareUrl(dataPath?: string): string;
  /** Absolute URL of the blank WebGL page (one triangle): the floor of every first frame. */
  blankUrl(): string;
  /** Copies a dataset file into the site; returns its path relative to the site root. */
  addDataset(file: string): string;
  close(): Promise<void>;
}

export interface SiteOptions {
  /**
   * A dataset file served as the app's default dataset (data/default.atlas.json): the app and
   * the bare page then load it exactly as they load the default one, through the same URL.
   */
  defaultDataset?: string;
  /** Rebuild dist/ first when it is stale (default true; false: serve dist/ as it is). */
  build?: boolean;
  log?: (line: string) => void;
}

/** Builds (if needed) and serves the app snapshot plus the bare page. */
export async function openBenchSite(options: SiteOptions = {}): Promise<BenchSite> {
  if (options.build !== false) ensureAppBuilt(options.log);
  else if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/index.html is missing: run `npx vite build` first");
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-site-"));
  // A snapshot: another engineer's `vite build` must not swap assets under a running benchmark.
  cpSync(DIST, dir, { recursive: true });
  if (options.defaultDataset) copyFileSync(options.defaultDataset, join(dir, "data", "default.atlas.json"));
  await build({
    configFile: false,
    root: join(import.meta.dirname, "bare"),
    base: "./",
    logLevel: "warn",
    build: {
      outDir: join(dir, "bare"),
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: { input: { bare: join(import.meta.dirname, "bare/index.html"), blank: join(import.meta.dirname, "bare/blank.html") } },
    },
  });
  const server = await serveStatic(dir);
  let count = 0;
  return {
    dir,
    server,
    appUrl: (query = "") => new URL(query, server.url).toString(),
    bareUrl: (dataPath) => new URL(`bare/index.html${dataPath ? `?data=${encodeURIComponent("../" + dataPath)}` : ""}`, server.url).toString(),
    blankUrl: () => new URL("bare/blank.html", server.url).toString(),
    addDataset(file) {
      mkdirSync(join(dir, "bench-data"), { recursive: true });
      const name = `${++count}-${basename(file)}`;
      copyFileSync(file, join(dir, "bench-data", name));
      return `bench-data/${name}`;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
