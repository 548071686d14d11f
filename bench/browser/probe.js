// Page probe for the browser benchmarks, injected before any page script (addInitScript).
// Plain browser JavaScript on purpose: its text is injected as it is, no bundler in between.
//
// window.__bench = {
//   firstFrame   ms since navigation start (performance.timeOrigin) when a WebGL drawing buffer
//                of the page first holds non-background pixels, checked at the end of the
//                JavaScript that drew them (a microtask queued by the task's first draw call):
//                from then on the browser only composites that buffer onto the screen.
//   probeMs      time spent in those pixel checks (readPixels waits for the GPU process);
//   checks       [{start, duration}] of each, so long-task figures can leave the probe's wait out.
//   since        only WebGL contexts created at or after this time count for firstFrame
//                (set it and clear firstFrame to time a second dataset in the same page).
//   drawFrames   animation frames in which some WebGL draw call went to a canvas (not to an
//                offscreen framebuffer such as sigma's picking layer).
//   drawCalls    WebGL draw calls to canvases.
//   longTasks    [{start, duration}] from PerformanceObserver 'longtask' (tasks over 50 ms).
//   marks        named times (performance.now()): set by the benchmark, and
//                "data-atlas-state:ready" / "data-bare-state:ready" when the pages say so.
// }
(() => {
  if (window.__bench) return;
  const bench = {
    firstFrame: undefined,
    firstFramePixels: 0,
    probeMs: 0,
    checks: [],
    since: 0,
    drawFrames: 0,
    drawCalls: 0,
    longTasks: [],
    marks: {},
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    bench.longTasks = null; // not supported: the report says so instead of "0"
  }

  /** Per context: creation time, bound framebuffer, clear colour. */
  const contexts = new WeakMap();
  const info = (gl) => {
    let entry = contexts.get(gl);
    if (!entry) {
      // First seen now; getContext is wrapped below, so this is its creation for contexts made after the probe.
      entry = { createdAt: performance.now(), framebuffer: null, clear: [0, 0, 0, 0] };
      contexts.set(gl, entry);
    }
    return entry;
  };

  const originalGetContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = originalGetContext.call(this, type, ...rest);
    if (context && (type === "webgl2" || type === "webgl" || type === "experimental-webgl")) info(context);
    return context;
  };

  let frameOpen = false;
  const toCheck = new Set();
  let checkQueued = false;

  /** Non-background pixels in the context's drawing buffer (the canvas, not a framebuffer). */
  const drawnPixels = (gl) => {
    const entry = info(gl);
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    if (width === 0 || height === 0) return 0;
    const pixels = new Uint8Array(width * height * 4);
    originalBindFramebuffer.get(gl)?.call(gl, gl.FRAMEBUFFER, null);
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    originalBindFramebuffer.get(gl)?.call(gl, gl.FRAMEBUFFER, entry.framebuffer);
    const [r, g, b, a] = entry.clear.map((value) => Math.round(value * 255));
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r) > 2 || Math.abs(pixels[i + 1] - g) > 2 || Math.abs(pixels[i + 2] - b) > 2 || Math.abs(pixels[i + 3] - a) > 2) count++;
    }
    return count;
  };

  const check = () => {
    checkQueued = false;
    if (bench.firstFrame !== undefined) {
      toCheck.clear();
      return;
    }
    const started = performance.now();
    let pixels = 0;
    for (const gl of toCheck) if (!gl.isContextLost()) pixels += drawnPixels(gl);
    toCheck.clear();
    const took = performance.now() - started;
    bench.probeMs += took;
    bench.checks.push({ start: started, duration: took });
    if (pixels > 0) {
      bench.firstFrame = performance.now();
      bench.firstFramePixels = pixels;
    }
  };

  const onDraw = (gl) => {
    const entry = info(gl);
    if (entry.framebuffer !== null) return; // offscreen (picking) pass: nothing on screen
    bench.drawCalls++;
    if (!frameOpen) {
      frameOpen = true;
      bench.drawFrames++;
      requestAnimationFrame(() => {
        frameOpen = false;
      });
    }
    if (bench.firstFrame === undefined && entry.createdAt >= bench.since) {
      toCheck.add(gl);
      if (!checkQueued) {
        checkQueued = true;
        queueMicrotask(check);
      }
    }
  };

  const originalBindFramebuffer = new WeakMap();
  for (const Context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Context) continue;
    const proto = Context.prototype;
    const bind = proto.bindFramebuffer;
    proto.bindFramebuffer = function (target, framebuffer) {
      if (!originalBindFramebuffer.has(this)) originalBindFramebuffer.set(this, bind);
      if (target === this.FRAMEBUFFER || target === this.DRAW_FRAMEBUFFER) info(this).framebuffer = framebuffer ?? null;
      return bind.call(this, target, framebuffer);
    };
    const clearColor = proto.clearColor;
    proto.clearColor = function (r, g, b, a) {
      info(this).clear = [r, g, b, a];
      return clearColor.call(this, r, g, b, a);
    };
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced", "drawRangeElements"]) {
      const original = proto[name];
      if (typeof original !== "function") continue;
      proto[name] = function (...args) {
        const result = original.apply(this, args);
        onDraw(this);
        return result;
      };
    }
  }

  // The pages' ready signals (app: data-atlas-state, bare page: data-bare-state), timed as they change.
  new MutationObserver((records) => {
    for (const record of records) {
      const value = record.target.getAttribute(record.attributeName);
      const name = `${record.attributeName}:${value}`;
      if (bench.marks[name] === undefined) bench.marks[name] = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-atlas-state", "data-bare-state"] });

  bench.mark = (name) => {
    bench.marks[name] = performance.now();
  };
  /** Resolves once `quietFrames` animation frames in a row drew nothing (or after `maxMs`). */
  bench.settle = (quietFrames = 5, maxMs = 60000) =>
    new Promise((resolve) => {
      const start = performance.now();
      let last = bench.drawFrames;
      let quiet = 0;
      const tick = () => {
        if (bench.drawFrames === last) quiet++;
        else {
          quiet = 0;
          last = bench.drawFrames;
        }
        if (quiet >= quietFrames || performance.now() - start > maxMs) resolve(performance.now() - start);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();
