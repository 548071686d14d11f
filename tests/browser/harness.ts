/**
 * Browser-test harness: serves the built app (`dist/`, built by `npm test` before vitest runs)
 * on 127.0.0.1 with a random port, drives Debian's Chromium through playwright-core, and
 * measures what was drawn from screenshots.
 *
 *   const page = await openApp("?person=vinay-venkatesh-ramasesh");
 *   const png = await screenshot(page, "author");
 *   countDrawnPixels(png, await graphBox(page));
 *   await closeHarness();   // in afterAll
 *
 * The app exposes a test hook once a dataset is drawn: `window.__atlas = { sigma, store, actions,
 * nodeViewportPosition(node) }`, and `document.body.dataset.atlasState` (loading | layout | ready | error).
 */
import { createServer, type Server } from "node:http";
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync, statSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { inflateSync } from "node:zlib";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { APP_CSP } from "../../tools/csp.ts";

const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests/artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

// ───────────────────────────── static server ─────────────────────────────

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` as it is (like `vite preview`): no rewriting, 404 for anything missing, nothing outside `dir`. */
export function serveStatic(dir: string = DIST): Promise<StaticServer> {
  const base = resolve(dir);
  const server: Server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      // The app's CSP as a header, like `vite preview` (tools/csp.ts); the single file carries its own.
      ...(file.endsWith(`${sep}index.html`) ? { "Content-Security-Policy": APP_CSP } : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (!address || typeof address === "string") {
        reject(new Error("server has no port"));
        return;
      }
      resolvePromise({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

// ───────────────────────────── browser ─────────────────────────────

let serverPromise: Promise<StaticServer> | undefined;
let browserPromise: Promise<Browser> | undefined;
let profileDir: string | undefined;
let servedDir: string | undefined;

/**
 * playwright-core refuses `--user-data-dir` in `launch()`; it gives every launch a fresh
 * temporary profile of its own, which is what that flag was for. `TMPDIR` points it at a
 * directory this harness creates and removes.
 */
export function launchBrowser(): Promise<Browser> {
  profileDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  return chromium.launch({
    env: { ...process.env, TMPDIR: profileDir },
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
}

/** The Chromium flags every launch uses (bench/browser/ launches its own browsers with them). */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  // Without a GPU, WebGL2 (which sigma 4 needs) comes from SwiftShader through ANGLE.
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function shared(): Promise<{ server: StaticServer; browser: Browser }> {
  if (!serverPromise) {
    if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/index.html is missing: run `npm run build` first (npm test does)");
    // Serve a snapshot: a `vite build` running meanwhile (another terminal, a watcher) must not
    // swap the hashed assets under a page that is still loading them.
    servedDir = mkdtempSync(join(tmpdir(), "atlas-dist-"));
    cpSync(DIST, servedDir, { recursive: true });
    serverPromise = serveStatic(servedDir);
  }
  browserPromise ??= launchBrowser();
  return { server: await serverPromise, browser: await browserPromise };
}

export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: boolean;
  /** Wait until the app reports this state (default: ready). */
  waitFor?: "ready" | "error" | "none";
  /** Extra browser-context options (hasTouch, colorScheme, …). */
  contextOptions?: BrowserContextOptions;
  /** Scripts run in the page before the app (e.g. listeners, or taking WebGL2 away). */
  initScripts?: string[];
}

export interface AppPage extends Page {
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Opens the built app at `query` (`?person=…`) in a fresh page of 1280×800 and waits for the graph. */
export async function openApp(query = "", options: OpenOptions = {}): Promise<AppPage> {
  const { server, browser } = await shared();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion === false ? "no-preference" : "reduce",
    // The app's CSP forbids inline script, and tests inject axe-core with addScriptTag (an inline
    // script): not enforced by default; tests/browser/hardening-*.test.ts turn it back on.
    bypassCSP: true,
    ...options.contextOptions,
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const page = (await context.newPage()) as AppPage;
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  await page.goto(new URL(query, server.url).toString());
  const waitFor = options.waitFor ?? "ready";
  if (waitFor !== "none") await waitForAppState(page, waitFor);
  return page;
}

export async function waitForAppState(page: Page, state: "ready" | "error", timeout = 60_000): Promise<void> {
  await page.waitForFunction((wanted) => document.body.dataset.atlasState === wanted, state, { timeout });
  // Let sigma draw the frame the state change scheduled.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function closeHarness(): Promise<void> {
  const browser = browserPromise ? await browserPromise.catch(() => undefined) : undefined;
  const server = serverPromise ? await serverPromise.catch(() => undefined) : undefined;
  browserPromise = undefined;
  serverPromise = undefined;
  await browser?.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (servedDir) rmSync(servedDir, { recursive: true, force: true });
  profileDir = undefined;
  servedDir = undefined;
}

// ───────────────────────────── screenshots ─────────────────────────────

/** Saves a screenshot to tests/artifacts/<name>.png (git-ignored) and returns the PNG bytes. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const png = await page.screenshot({ type: "png" });
  writeFileSync(join(ARTIFACTS, `${name}.png`), png);
  return png;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The graph container's box in page pixels. */
export async function graphBox(page: Page): Promise<Box> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("#graph is not visible");
  return box;
}

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row-major. */
  rgba: Uint8Array;
}

/** Minimal PNG decoder for screenshots: 8-bit greyscale/RGB/RGBA (± palette), non-interlaced. */
export function decodePng(png: Buffer): DecodedPng {
  const SIGNATURE = "89504e470d0a1a0a";
  if (png.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("latin1");
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === "PLTE") palette = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (bitDepth !== 8 || interlace !== 0) throw new Error(`unsupported PNG (bit depth ${bitDepth}, interlace ${interlace})`);
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const previous = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? out[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let value = line[i];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[i] = value & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const source = i * channels;
    let r: number, g: number, b: number, a = 255;
    if (colorType === 3) {
      const index = pixels[source] * 3;
      r = palette ? palette[index] : 0;
      g = palette ? palette[index + 1] : 0;
      b = palette ? palette[index + 2] : 0;
    } else if (channels <= 2) {
      r = g = b = pixels[source];
      if (channels === 2) a = pixels[source + 1];
    } else {
      r = pixels[source];
      g = pixels[source + 1];
      b = pixels[source + 2];
      if (channels === 4) a = pixels[source + 3];
    }
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, rgba };
}

/**
 * Pixels inside `box` (default: the whole image) that differ from the background colour
 * (default: the colour of the box's top-left pixel) by more than `tolerance` in any channel.
 */
export function countDrawnPixels(png: Buffer, box?: Box, options: { background?: [number, number, number]; tolerance?: number } = {}): number {
  const image = decodePng(png);
  const x0 = Math.max(0, Math.floor(box?.x ?? 0));
  const y0 = Math.max(0, Math.floor(box?.y ?? 0));
  const x1 = Math.min(image.width, Math.ceil(box ? box.x + box.width : image.width));
  const y1 = Math.min(image.height, Math.ceil(box ? box.y + box.height : image.height));
  const tolerance = options.tolerance ?? 24;
  const at = (x: number, y: number) => (y * image.width + x) * 4;
  const origin = at(x0, y0);
  const [br, bg, bb] = options.background ?? [image.rgba[origin], image.rgba[origin + 1], image.rgba[origin + 2]];
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = at(x, y);
      if (Math.abs(image.rgba[i] - br) > tolerance || Math.abs(image.rgba[i + 1] - bg) > tolerance || Math.abs(image.rgba[i + 2] - bb) > tolerance) count++;
    }
  }
  return count;
}

/** Pixels in `box` close to `color` (within `tolerance` per channel): "is the focal researcher's colour on screen?". */
export function countColorPixels(png: Buffer, color: [number, number, number], box?: Box, tolerance = 30): number {
  const image = decodePng(png);
  const x0 = Math.max(0, Math.floor(box?.x ?? 0));
  const y0 = Math.max(0, Math.floor(box?.y ?? 0));
  const x1 = Math.min(image.width, Math.ceil(box ? box.x + box.width : image.width));
  const y1 = Math.min(image.height, Math.ceil(box ? box.y + box.height : image.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      if (Math.abs(image.rgba[i] - color[0]) <= tolerance && Math.abs(image.rgba[i + 1] - color[1]) <= tolerance && Math.abs(image.rgba[i + 2] - color[2]) <= tolerance) count++;
    }
  }
  return count;
}

/** Where a graph node is on the page (graph container offset + sigma's viewport position). */
export async function nodePagePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
  const box = await graphBox(page);
  const position = await page.evaluate((key) => window.__atlas?.nodeViewportPosition(key), node);
  if (!position) throw new Error(`node ${node} has no position`);
  return { x: box.x + position.x, y: box.y + position.y };
}
