/**
 * Vite plugin (post-build step): beside `dist/index.html`, writes one self-contained
 * `dist/coauthor-atlas.html` that works opened from disk (file://) with no network:
 *
 * - the entry module inlined as `<script type="module">` (inline module scripts are deferred,
 *   like the external one),
 * - the CSS inlined as `<style>`,
 * - the default dataset as `<script type="application/json" id="default-dataset">`, which the app
 *   reads before fetching (app/offline.ts),
 * - the Content-Security-Policy `<meta>` allowing exactly these inline scripts by hash (tools/csp.ts),
 * - the workers as Blob URLs: a file:// page can start a worker neither from a file URL nor as a
 *   module from a Blob URL, but it can as a classic worker from a Blob URL. The bundle's `new URL("<worker>.js", import.meta.url)` is rewritten to a
 *   Blob URL made from the worker's code (the workers are single, import-free chunks).
 *
 * The app loads heavy parts on demand (export writers, the search index, …) as separate chunks,
 * which a file:// page cannot fetch; so this step builds the app once more into a temporary folder
 * with code splitting off (every dynamic import inlined) and inlines that single entry chunk.
 *
 * Why our own ~100 lines instead of vite-plugin-singlefile: that plugin inlines scripts and CSS
 * but not module workers or extra data files, and it changes the normal build (it forces a single
 * chunk for dist/index.html too). This step only reads what the normal build wrote.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Script } from "node:vm";
import type { Plugin, ResolvedConfig } from "vite";
import { withInlineScriptHashes } from "./csp.ts";

export interface SingleFileOptions {
  /** Output file name in the build folder. */
  fileName?: string;
  /** The dataset file inlined as `#default-dataset`, relative to the build folder. */
  datasetFile?: string;
}

/** Set during the single-chunk build this plugin runs (vite.config.ts leaves its other plugins out then). */
export const SINGLE_FILE_PASS = "COAUTHOR_ATLAS_SINGLE_FILE_PASS";

export function singleFilePlugin(options: SingleFileOptions = {}): Plugin {
  const fileName = options.fileName ?? "coauthor-atlas.html";
  const datasetFile = options.datasetFile ?? "data/default.atlas.json";
  let config: ResolvedConfig | undefined;
  return {
    name: "coauthor-atlas:single-file",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After every other plugin wrote its files (the default dataset is emitted by another plugin).
      order: "post",
      sequential: true,
      async handler() {
        if (!config || process.env[SINGLE_FILE_PASS]) return;
        const outDir = resolve(config.root, config.build.outDir);
        if (!existsSync(join(outDir, "index.html"))) return;
        const started = performance.now();
        const singleChunkDir = mkdtempSync(join(tmpdir(), "atlas-single-file-"));
        process.env[SINGLE_FILE_PASS] = "1";
        try {
          const { build } = await import("vite");
          await build({
            configFile: config.configFile,
            root: config.root,
            mode: config.mode,
            logLevel: "warn",
            build: { outDir: singleChunkDir, emptyOutDir: true, rolldownOptions: { output: { codeSplitting: false } } },
          });
          const { html, warnings } = buildSingleFile(singleChunkDir, datasetFile, outDir);
          for (const warning of warnings) this.warn(warning);
          writeFileSync(join(outDir, fileName), html);
          config.logger.info(`single file: ${fileName} (${Math.round(html.length / 1024)} kB) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          delete process.env[SINGLE_FILE_PASS];
          rmSync(singleChunkDir, { recursive: true, force: true });
        }
      },
    },
  };
}

export interface SingleFile {
  html: string;
  warnings: string[];
}

/**
 * The self-contained page from a build folder (pure apart from reading the folders); the dataset
 * is read from `datasetDir` (the normal build's folder, where the dataset plugin wrote it).
 */
export function buildSingleFile(outDir: string, datasetFile: string, datasetDir = outDir): SingleFile {
  const warnings: string[] = [];
  const read = (relativePath: string) => readFileSync(join(outDir, relativePath.replace(/^\.\//, "")), "utf8");
  let html = read("index.html");

  const workers = listWorkers(outDir);
  // One pass over the page as built, so text inside inlined code is never taken for a tag.
  html = html.replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>|<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag, src: string | undefined) => {
    const url = src ?? /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!url) return tag;
    if (/^(?:[a-z]+:)?\/\//i.test(url)) {
      warnings.push(`single file: ${url} is not local and stays a link`);
      return tag;
    }
    if (src === undefined) return `<style>${read(url).replace(/<\/style/gi, "<\\/style")}</style>`;
    const code = inlineWorkers(read(url), workers, read);
    if (/\bimport\s*\(\s*["'`]\.{0,2}\//.test(code) || /^\s*import\s[^;]*from\s*["'`]\.{0,2}\//m.test(code)) {
      warnings.push(`single file: ${url} imports other chunks, which a file:// page cannot load`);
    }
    return `<script type="module">${escapeScript(code)}</script>`;
  });
  if (existsSync(join(datasetDir, datasetFile))) {
    const json = readFileSync(join(datasetDir, datasetFile), "utf8").replace(/</g, "\\u003c");
    // The last </body>: the inlined code may contain the text "</body>" itself.
    const end = html.toLowerCase().lastIndexOf("</body>");
    const tag = `<script type="application/json" id="default-dataset">${json}</script>\n`;
    html = end < 0 ? html + tag : html.slice(0, end) + tag + html.slice(end);
  } else {
    warnings.push(`single file: ${datasetFile} is missing; the page will have no default dataset`);
  }
  // index.html's CSP forbids inline script: allow exactly this page's inline scripts by hash (tools/csp.ts).
  html = withInlineScriptHashes(html);
  return { html, warnings };
}

/** Worker chunks in `assets/` (Vite names them `<name>.worker-<hash>.js`). */
function listWorkers(outDir: string): string[] {
  const assets = join(outDir, "assets");
  if (!existsSync(assets)) return [];
  return readdirSync(assets).filter((name) => /\.worker-[\w-]+\.js$/.test(name));
}

/** `new URL("x.worker-hash.js", import.meta.url)` → `new URL(<blob URL of that code>)`. */
export function inlineWorkers(code: string, workers: readonly string[], read: (path: string) => string): string {
  const used = workers.filter((name) => code.includes(name));
  if (used.length === 0) return code;
  let rewritten = code;
  for (const name of used) {
    const pattern = new RegExp(`new URL\\((["'\`])(?:\\./)?(?:assets/)?${escapeRegExp(name)}\\1\\s*,\\s*import\\.meta\\.url\\s*\\)`, "g");
    rewritten = rewritten.replace(pattern, () => `new URL(__atlasWorkerUrl(${JSON.stringify(name)}))`);
  }
  const sources = Object.fromEntries(used.map((name) => [name, read(`assets/${name}`)]));
  for (const [name, source] of Object.entries(sources)) {
    // Started as classic workers (below), so they must not be modules with imports or exports.
    try {
      new Script(source, { filename: name });
    } catch (error) {
      throw new Error(`single file: the worker ${name} cannot run as a classic script (${(error as Error).message})`);
    }
  }
  // Chromium refuses module workers from Blob URLs made in a file:// page (opaque origin);
  // classic workers from the same Blob URLs run. Vite's workers are single import-free chunks, so
  // inside this page \`Worker\` starts Blob-URL workers as classic ones.
  const prelude =
    `const __atlasWorkerCode=${JSON.stringify(sources)};const __atlasWorkerUrls={};` +
    `function __atlasWorkerUrl(name){return __atlasWorkerUrls[name]??=URL.createObjectURL(new Blob([__atlasWorkerCode[name]],{type:"text/javascript"}));}` +
    `const Worker=class extends globalThis.Worker{constructor(url,options){super(url,String(url).startsWith("blob:")?{...options,type:"classic"}:options)}};\n`;
  return prelude + rewritten;
}

/**
 * Keeps inline script text from ending the element early (`</script`) or opening an HTML comment,
 * and writes NUL characters as `\u0000`: the HTML parser turns a raw NUL into U+FFFD (changing the
 * code and its CSP hash). Raw NULs can only sit in string, template or regex literals, where the
 * escape means the same.
 */
function escapeScript(code: string): string {
  return code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--").replace(/\0/g, "\\u0000");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
