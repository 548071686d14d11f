/**
 * The first-frame probe (bench/browser/probe.js) in real Chromium, on tiny pages whose drawn
 * pixels are known: the definition every first-frame figure rests on.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, serveStatic, type StaticServer } from "../../browser/harness.ts";
import { launchBenchBrowser, openMeasuredPage, type BenchBrowser } from "../../../bench/browser/measure.ts";

/** A page that draws with WebGL2: `draw` runs with `gl` and `triangle()` (a 640×400 px triangle on a 1280×800 canvas). */
const page = (draw: string) => `<!doctype html><body data-bare-state="loading" style="margin:0">
<div id="graph" style="position:absolute;inset:0"><canvas width="1280" height="800" style="width:100%;height:100%"></canvas></div>
<script>
const gl = document.querySelector("canvas").getContext("webgl2");
const shader = (type, source) => { const s = gl.createShader(type); gl.shaderSource(s, source); gl.compileShader(s); return s; };
const program = gl.createProgram();
gl.attachShader(program, shader(gl.VERTEX_SHADER, "#version 300 es\\nvoid main() { vec2 p[3] = vec2[3](vec2(-0.5, -0.5), vec2(0.5, -0.5), vec2(0.0, 0.5)); gl_Position = vec4(p[gl_VertexID], 0.0, 1.0); }"));
gl.attachShader(program, shader(gl.FRAGMENT_SHADER, "#version 300 es\\nprecision mediump float; out vec4 color; void main() { color = vec4(1.0, 0.0, 0.0, 1.0); }"));
gl.linkProgram(program);
gl.useProgram(program);
const triangle = () => gl.drawArrays(gl.TRIANGLES, 0, 3);
${draw}
window.__bare = { nodes: 0, edges: 0 };
document.body.dataset.bareState = "ready";
</script>`;

describe.skipIf(!existsSync(CHROMIUM))("first-frame probe in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let bench: BenchBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-probe-test-"));
    writeFileSync(join(dir, "triangle.html"), page("triangle();"));
    // Cleared to opaque grey and then drawn: grey is the background, only the triangle counts.
    writeFileSync(join(dir, "cleared.html"), page("gl.clearColor(0.5, 0.5, 0.5, 1); gl.clear(gl.COLOR_BUFFER_BIT); triangle();"));
    // Drawn only into an offscreen framebuffer (like sigma's picking pass), then a frame later on screen.
    writeFileSync(
      join(dir, "offscreen.html"),
      page(`const fb = gl.createFramebuffer(); gl.bindFramebuffer(gl.FRAMEBUFFER, fb);
const texture = gl.createTexture(); gl.bindTexture(gl.TEXTURE_2D, texture);
gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, 1280, 800, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
triangle();
window.__offscreenDone = performance.now();
gl.bindFramebuffer(gl.FRAMEBUFFER, null);
setTimeout(() => triangle(), 300);`),
    );
    server = await serveStatic(dir);
    bench = await launchBenchBrowser();
  }, 60_000);

  afterAll(async () => {
    await bench?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("times the first frame and counts exactly the triangle's pixels (640×400 / 2 ≈ 128,000)", async () => {
    const { load, page } = await openMeasuredPage(bench, "bare", server.url + "triangle.html");
    expect(load.firstFramePixels).toBeGreaterThan(127_000);
    expect(load.firstFramePixels).toBeLessThan(129_500);
    expect(load.firstFrameMs).toBeGreaterThan(0);
    expect(load.firstFrameMs).toBeLessThanOrEqual(load.readyMs + 1);
    await page.context().close();
  }, 60_000);

  it("compares with the clear colour, so an opaque background is not a drawn frame", async () => {
    const { load, page } = await openMeasuredPage(bench, "bare", server.url + "cleared.html");
    expect(load.firstFramePixels).toBeGreaterThan(127_000);
    expect(load.firstFramePixels).toBeLessThan(129_500);
    await page.context().close();
  }, 60_000);

  it("ignores draws into an offscreen framebuffer", async () => {
    const { load, page } = await openMeasuredPage(bench, "bare", server.url + "offscreen.html");
    const offscreenDone = await page.evaluate(() => (window as unknown as { __offscreenDone: number }).__offscreenDone);
    expect(load.firstFrameMs).toBeGreaterThan(offscreenDone + 250);
    expect(load.firstFramePixels).toBeGreaterThan(127_000);
    await page.context().close();
  }, 60_000);
});
