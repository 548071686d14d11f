/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { defaultDatasetPlugin } from "./tools/vite-default-dataset.ts";
import { SINGLE_FILE_PASS, singleFilePlugin } from "./tools/vite-single-file.ts";
import { APP_CSP } from "./tools/csp.ts";

// One config for the app build and the tests.
// - `npm start` / `npm run build`: the static app (index.html at the root, default dataset in public/).
// - `npm test`: two Vitest projects, `unit` (pure functions, importers on ../shared/corpus)
//   and `browser` (real headless Chromium driven by playwright-core against the built dist/).
export default defineConfig({
  base: "./",
  // data/default.atlas.json, built from data/ramasesh.bib (served in dev, emitted by `vite build`).
  // …and dist/coauthor-atlas.html: the app, workers, CSS and that dataset in one file for file:// (tools/vite-single-file.ts).
  // The single file's own build pass (one chunk, see tools/vite-single-file.ts) needs neither: it
  // reads the dataset the normal build wrote.
  plugins: process.env[SINGLE_FILE_PASS] ? [] : [defaultDatasetPlugin(), singleFilePlugin()],
  build: {
    outDir: "dist",
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  worker: { format: "es" },
  // The same Content-Security-Policy as index.html's <meta> (tools/csp.ts), as a header.
  preview: { headers: { "Content-Security-Policy": APP_CSP } },
  test: {
    // Both cores: the unit suite runs in about a minute this way (one worker took many times longer).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // Real Chromium on a shared 2-core machine: a timing-sensitive step may miss once.
          // A retry keeps CI honest about real failures (they fail twice) without landing on luck.
          retry: 1,
        },
      },
    ],
  },
});
