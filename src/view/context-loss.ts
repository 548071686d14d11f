/**
 * WebGL context loss (GPU reset, driver update, too many contexts): the graph's canvases go blank.
 * Sigma asks the browser to restore its context, but a restored context has lost every program
 * and buffer, so the shell rebuilds the view from the store (same selection, same camera) once the
 * context is back — or after a short wait, with fresh canvases, if the browser never restores it.
 */

export interface ContextLossHandlers {
  /** The drawing surface is gone (say so; the panels keep working). */
  lost(): void;
  /** Rebuild the view: kill the renderer and create a new one from the store's state. */
  restore(): void;
}

export interface ContextLossWatch {
  dispose(): void;
}

/** How long to wait for `webglcontextrestored` before rebuilding on new canvases anyway. */
export const RESTORE_FALLBACK_MS = 3000;

/**
 * Watches every canvas inside `container` (capture phase: context events do not bubble, and the
 * renderer's canvases are replaced on each rebuild). One loss episode → one `lost`, one `restore`.
 */
export function watchContextLoss(container: HTMLElement, handlers: ContextLossHandlers, fallbackMs = RESTORE_FALLBACK_MS): ContextLossWatch {
  let lostAt: ReturnType<typeof setTimeout> | undefined;
  let episode = false;

  const restore = () => {
    if (!episode) return;
    episode = false;
    if (lostAt !== undefined) clearTimeout(lostAt);
    lostAt = undefined;
    handlers.restore();
  };
  const onLost = (event: Event) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    // Without preventDefault the browser never restores the context.
    event.preventDefault();
    if (episode) return;
    episode = true;
    handlers.lost();
    lostAt = setTimeout(restore, fallbackMs);
  };
  const onRestored = (event: Event) => {
    if (!(event.target instanceof HTMLCanvasElement)) return;
    // Let the renderer's own restored handler run first; ours replaces it.
    requestAnimationFrame(restore);
  };
  container.addEventListener("webglcontextlost", onLost, true);
  container.addEventListener("webglcontextrestored", onRestored, true);
  return {
    dispose() {
      container.removeEventListener("webglcontextlost", onLost, true);
      container.removeEventListener("webglcontextrestored", onRestored, true);
      if (lostAt !== undefined) clearTimeout(lostAt);
    },
  };
}
