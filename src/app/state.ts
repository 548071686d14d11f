/**
 * The one typed app state. Everything the view and the panels show derives from it;
 * the URL mirrors the parts that make a view shareable (see app/url.ts).
 *
 * The store is deliberately tiny: `get`, `update`, `subscribe`. No framework.
 */

/** What the user has selected. A "pair" is the heart of the tool: two people and the papers they share. */
export type Selection =
  | { kind: "none" }
  | { kind: "person"; personId: string }
  | { kind: "pair"; personId: string; otherId: string }
  | { kind: "paper"; paperId: string };

/** Sigma camera state (graph-normalised coordinates). */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface AppState {
  /** Title of the loaded dataset; `undefined` while loading. */
  datasetTitle?: string;
  selection: Selection;
  /** Graph node id under the pointer, if any. Never in the URL. */
  hoveredNode?: string;
  camera?: CameraState;
  /**
   * Import UI contract (panels read, shell writes; never in the URL). While `actions.importFiles`
   * runs, the shell updates `importProgress` (fraction 0..1, or `undefined` fraction for "busy");
   * when it ends, it sets `importReport` (also on failure: `error` + the files' diagnostics) and
   * clears `importProgress`. Types and converters (importReportFromAtlas, importProgressFrom) in src/panels/import-report.ts.
   */
  importProgress?: import("../panels/import-report.ts").ImportProgress;
  importReport?: import("../panels/import-report.ts").ImportReport;
  /** Year filter (URL `years`): papers in the range and the people on them are drawn; undefined: all papers. */
  years?: import("../graph/years.ts").YearRange;
  /** Node colouring (URL `color`); undefined or "kind": author/paper/focal colours. */
  colorMode?: import("./explore-url.ts").ColorMode;
  /** Hyperauthored threshold (URL `hyper`) when it differs from the dataset's own. */
  hyperThreshold?: number;
  /** Community rank whose members stand out (legend hover/focus/click). Never in the URL. */
  highlightedCommunity?: number;
  /** Focus (URL `focus`, `hops`): one person's ego network, or "only these people"; undefined: everyone. */
  focus?: import("../graph/focus.ts").Focus;
  /** People collected with "Add to selection set" for "only these people". Never in the URL (the focus is). */
  peopleSet?: string[];
  /** Collaboration path (URL `path`): drawn and listed while set. */
  path?: import("./collab-url.ts").PathEnds;
  /** Author–paper view (default) or the coauthor projection (URL `view`). */
  viewKind?: import("./collab-url.ts").ViewKind;
  /** Coauthor link weights (URL `counting`); undefined: full counting. */
  counting?: import("./collab-url.ts").Counting;
  /** Embed mode (URL `embed=1`): only the graph, a small legend and an "Open full view" link. */
  embed?: boolean;
  /** Presentation mode (URL `present=1`): scenes stepped with keys (app/present.ts). */
  present?: boolean;
  /** Current scene in presentation mode, 1-based (URL `scene`). */
  scene?: number;
  /** View colours (URL `theme`); undefined: light. */
  theme?: import("./talks-url.ts").ViewThemeName;
  /** Later issues add: focus, view kind. */
}

export type StateListener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  /** Shallow-merges the patch; listeners run only when something changed. */
  update(patch: Partial<AppState>): void;
  subscribe(listener: StateListener): () => void;
}

export const NO_SELECTION: Selection = { kind: "none" };

export function initialState(): AppState {
  return { selection: NO_SELECTION };
}

export function createStore(initial: AppState = initialState()): Store {
  let state = initial;
  const listeners = new Set<StateListener>();
  return {
    get: () => state,
    update(patch) {
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof AppState)[]).some((key) => !sameValue(state[key], next[key]));
      if (!changed) return;
      const previous = state;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Structural equality for the small plain objects kept in state. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return sameValue(a, b);
}
