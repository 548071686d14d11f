/**
 * Mirrors the store in the address bar: a selection change is a new history entry (so
 * back/forward step through selections), a camera move only rewrites the current entry,
 * throttled. Going back or forward puts the entry's state into the store.
 */
import type { Store } from "./state.ts";
import { sameSelection } from "./state.ts";
import { mergeQuery, queryString, queryToState, stateToQuery } from "./url.ts";
import { collabChanged } from "./collab-url.ts";

/** The parts of `window` this needs, so tests can hand in a fake. */
export interface HistoryWindow {
  location: { search: string; pathname: string; hash: string };
  history: { pushState(data: unknown, unused: string, url?: string): void; replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HistoryOptions {
  /** Camera moves rewrite the URL at most this often (browsers throttle replaceState floods). */
  cameraThrottleMs?: number;
}

/** The state the current URL describes, for startup. */
export function stateFromLocation(win: Pick<HistoryWindow, "location">) {
  return queryToState(new URLSearchParams(win.location.search));
}

export function connectHistory(store: Store, win: HistoryWindow, options: HistoryOptions = {}): () => void {
  const throttleMs = options.cameraThrottleMs ?? 250;
  let restoring = false;
  let pendingCamera: number | undefined;

  const urlFor = () => {
    const ours = stateToQuery(store.get());
    const query = mergeQuery(new URLSearchParams(win.location.search), ours);
    return `${win.location.pathname}${queryString(query)}${win.location.hash}`;
  };
  const currentUrl = () => `${win.location.pathname}${win.location.search}${win.location.hash}`;

  const flushCamera = () => {
    pendingCamera = undefined;
    const url = urlFor();
    if (url !== currentUrl()) win.history.replaceState(null, "", url);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    // Focus, path and view are places like a selection: each is a history entry (app/collab-url.ts).
    if (!sameSelection(state.selection, previous.selection) || collabChanged(state, previous)) {
      if (pendingCamera !== undefined) win.clearTimeout(pendingCamera);
      pendingCamera = undefined;
      const url = urlFor();
      // A selection changed together with the dataset (a stale id in a link dropped on load, an
      // import) corrects the current entry; only the user's own selections add entries.
      const datasetChanged = state.datasetTitle !== previous.datasetTitle;
      if (url === currentUrl()) return;
      if (datasetChanged) win.history.replaceState(null, "", url);
      else win.history.pushState(null, "", url);
      return;
    }
    // Year filter, colour mode and threshold rewrite the current entry like the camera (a brush drag or play is many steps).
    const exploreChanged = state.years !== previous.years || state.colorMode !== previous.colorMode || state.hyperThreshold !== previous.hyperThreshold;
    // So do the presentation's scene and the theme (app/talks-url.ts).
    const talksChanged = state.scene !== previous.scene || state.theme !== previous.theme;
    if ((state.camera !== previous.camera || exploreChanged || talksChanged) && pendingCamera === undefined) {
      pendingCamera = win.setTimeout(flushCamera, throttleMs);
    }
  });

  const onPopState = () => {
    if (pendingCamera !== undefined) win.clearTimeout(pendingCamera);
    pendingCamera = undefined;
    const patch = stateFromLocation(win);
    restoring = true;
    try {
      // An entry without a camera keeps the current one (the view frames the selection).
      store.update(patch);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener("popstate", onPopState);

  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPopState);
    if (pendingCamera !== undefined) win.clearTimeout(pendingCamera);
  };
}
