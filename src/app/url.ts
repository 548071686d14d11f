/**
 * The shareable part of the app state, as URL query parameters.
 *
 *   ?person=<personId>                   an author
 *   ?person=<personId>&with=<personId>   the papers two authors share
 *   ?paper=<paperId>                     a paper
 *   &cam=<x>,<y>,<ratio>                 the camera (sigma's normalised coordinates, rounded)
 *
 * Pure functions: the history glue lives in app/history.ts.
 */
import type { AppState, CameraState, Selection } from "./state.ts";
import { NO_SELECTION } from "./state.ts";
import { EXPLORE_PARAMS, exploreFromQuery, exploreToQuery } from "./explore-url.ts";
import { COLLAB_PARAMS, collabFromQuery, collabToQuery } from "./collab-url.ts";
import { TALKS_PARAMS, talksFromQuery, talksToQuery } from "./talks-url.ts";

/** The query parameters this module owns; anything else in the URL is left alone. */
export const URL_PARAMS = ["person", "with", "paper", "cam", ...EXPLORE_PARAMS, ...COLLAB_PARAMS, ...TALKS_PARAMS] as const;

/** Ids are readable slugs or `doi:…`/`arxiv:…`; anything longer is not one of ours. */
const MAX_ID_LENGTH = 300;
/** Sigma's camera ratio stays well inside this range; outside it the link is broken. */
const MIN_RATIO = 1e-4;
const MAX_RATIO = 1e3;

export function stateToQuery(state: Pick<AppState, "selection" | "camera"> & Partial<Pick<AppState, "years" | "colorMode" | "hyperThreshold" | "focus" | "path" | "viewKind" | "counting" | "embed" | "present" | "scene" | "theme">>): URLSearchParams {
  const params = new URLSearchParams();
  const selection = state.selection;
  switch (selection.kind) {
    case "person":
      params.set("person", selection.personId);
      break;
    case "pair":
      params.set("person", selection.personId);
      params.set("with", selection.otherId);
      break;
    case "paper":
      params.set("paper", selection.paperId);
      break;
    case "none":
      break;
  }
  if (state.camera) params.set("cam", formatCamera(state.camera));
  exploreToQuery(state, params);
  // focus / hops / path / view / counting (app/collab-url.ts).
  collabToQuery(state, params);
  // embed / present / scene / theme (app/talks-url.ts).
  talksToQuery(state, params);
  return params;
}

/** Always returns a selection (no parameter → none), and a camera only when `cam` is well-formed. */
export function queryToState(params: URLSearchParams): Partial<AppState> {
  const result: Partial<AppState> = { selection: selectionFromQuery(params) };
  const camera = parseCamera(params.get("cam"));
  if (camera) result.camera = camera;
  // years / color / hyper (app/explore-url.ts): present as undefined when absent, so going back clears them.
  Object.assign(result, exploreFromQuery(params));
  Object.assign(result, collabFromQuery(params));
  Object.assign(result, talksFromQuery(params));
  return result;
}

function selectionFromQuery(params: URLSearchParams): Selection {
  const person = cleanId(params.get("person"));
  const other = cleanId(params.get("with"));
  const paper = cleanId(params.get("paper"));
  if (person && other && other !== person) return { kind: "pair", personId: person, otherId: other };
  if (person) return { kind: "person", personId: person };
  if (paper) return { kind: "paper", paperId: paper };
  return NO_SELECTION;
}

function cleanId(value: string | null): string | undefined {
  if (value === null) return undefined;
  const id = value.trim();
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return undefined;
  return id;
}

/** `x,y,ratio`: positions to 3 decimals (a pixel at any sane zoom), ratio to 3 significant digits. */
export function formatCamera(camera: CameraState): string {
  const x = roundTo(camera.x, 3);
  const y = roundTo(camera.y, 3);
  const ratio = Number(camera.ratio.toPrecision(3));
  return `${x},${y},${ratio}`;
}

export function parseCamera(value: string | null): CameraState | undefined {
  if (!value) return undefined;
  const parts = value.split(",");
  if (parts.length !== 3) return undefined;
  const [x, y, ratio] = parts.map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (![x, y, ratio].every(Number.isFinite)) return undefined;
  if (ratio < MIN_RATIO || ratio > MAX_RATIO) return undefined;
  return { x, y, ratio, angle: 0 };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Puts our parameters into an existing query, keeping every other parameter as it was
 * (later issues add their own, e.g. filters or modes).
 */
export function mergeQuery(existing: URLSearchParams, ours: URLSearchParams): URLSearchParams {
  const merged = new URLSearchParams();
  for (const [key, value] of existing) {
    if (!(URL_PARAMS as readonly string[]).includes(key)) merged.append(key, value);
  }
  for (const [key, value] of ours) merged.append(key, value);
  return merged;
}

/** `?a=1&b=2` or the empty string, ready to put after the path. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : "";
}
