/**
 * URL parameters of focus, collaboration path and the coauthor view (pure):
 *
 *   focus=<id>[,<id>…]   one person: their ego network; two or more: "only these people"
 *   hops=1|2             the ego network's reach (only with one focused person; default 1)
 *   path=<from>,<to>     the collaboration path between two people
 *   view=coauthors       the coauthor projection (absent: the author–paper view)
 *   counting=fractional  coauthor link weights by fractional counting (absent: full counting)
 *
 * Wired into app/url.ts (stateToQuery/queryToState/URL_PARAMS). Person ids are slugs (no commas).
 */
import type { Focus, FocusHops } from "../graph/focus.ts";
import { sameValue } from "./state.ts";

export type ViewKind = "papers" | "coauthors";
export type Counting = "full" | "fractional";

export interface PathEnds {
  from: string;
  to: string;
}

export const COLLAB_PARAMS = ["focus", "hops", "path", "view", "counting"] as const;

export interface CollabUrlState {
  focus?: Focus;
  path?: PathEnds;
  viewKind?: ViewKind;
  counting?: Counting;
}

/** More focused people than this is not a link anyone wrote by hand; the rest is dropped. */
export const MAX_FOCUS_PEOPLE = 200;
const MAX_ID_LENGTH = 300;

function cleanIds(value: string | null): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.split(",")) {
    const id = part.trim();
    if (id === "" || id.length > MAX_ID_LENGTH || ids.includes(id)) continue;
    ids.push(id);
    if (ids.length === MAX_FOCUS_PEOPLE) break;
  }
  return ids;
}

export function parseHops(value: string | null | undefined): FocusHops {
  return value?.trim() === "2" ? 2 : 1;
}

export function parseFocus(focus: string | null, hops: string | null): Focus | undefined {
  const personIds = cleanIds(focus);
  return personIds.length === 0 ? undefined : { personIds, hops: parseHops(hops) };
}

/** `from,to` with two different ids; anything else: undefined. */
export function parsePath(value: string | null): PathEnds | undefined {
  if (!value) return undefined;
  const parts = value.split(",").map((part) => part.trim());
  if (parts.length !== 2) return undefined;
  const [from, to] = parts;
  if (!from || !to || from === to || from.length > MAX_ID_LENGTH || to.length > MAX_ID_LENGTH) return undefined;
  return { from, to };
}

export function collabToQuery(state: CollabUrlState, params: URLSearchParams): void {
  if (state.focus && state.focus.personIds.length > 0) {
    params.set("focus", state.focus.personIds.join(","));
    if (state.focus.personIds.length === 1) params.set("hops", String(state.focus.hops));
  }
  if (state.path) params.set("path", `${state.path.from},${state.path.to}`);
  if (state.viewKind === "coauthors") params.set("view", "coauthors");
  if (state.counting === "fractional") params.set("counting", "fractional");
}

/** Every key present (undefined when absent or malformed), so going back in history clears them. */
export function collabFromQuery(params: URLSearchParams): { focus: Focus | undefined; path: PathEnds | undefined; viewKind: ViewKind | undefined; counting: Counting | undefined } {
  const view = params.get("view");
  return {
    focus: parseFocus(params.get("focus"), params.get("hops")),
    path: parsePath(params.get("path")),
    viewKind: view === "coauthors" ? "coauthors" : undefined,
    counting: params.get("counting") === "fractional" ? "fractional" : undefined,
  };
}

/** Whether two states differ in a part that is a new history entry (like a selection). */
export function collabChanged(a: CollabUrlState, b: CollabUrlState): boolean {
  return !sameValue(a.focus, b.focus) || !sameValue(a.path, b.path) || a.viewKind !== b.viewKind || a.counting !== b.counting;
}
