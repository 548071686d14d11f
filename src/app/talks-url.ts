/**
 * URL parameters of the "Talks" features (pure):
 *
 *   embed=1     only the graph, a small legend and an "Open full view" link (for iframes)
 *   present=1   presentation mode: scenes stepped with the keyboard or a clicker
 *   scene=N     the current scene in presentation mode, 1-based
 *   theme=light|dark|projector-light|projector-dark   colours of the view (absent: light)
 *
 * Wired into app/url.ts (stateToQuery/queryToState/URL_PARAMS).
 */

export type ViewThemeName = "light" | "dark" | "projector-light" | "projector-dark";
export const VIEW_THEME_NAMES: readonly ViewThemeName[] = ["light", "dark", "projector-light", "projector-dark"];

export const TALKS_PARAMS = ["embed", "present", "scene", "theme"] as const;

export interface TalksUrlState {
  embed?: boolean;
  present?: boolean;
  /** 1-based scene number (presentation mode). */
  scene?: number;
  theme?: ViewThemeName;
}

/** Scene numbers beyond this are not ours (a deck of a thousand scenes is not a talk). */
const MAX_SCENE = 999;

export function parseFlag(value: string | null | undefined): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim().toLowerCase();
  return text === "1" || text === "true" || text === "yes" || text === "" ? true : undefined;
}

export function parseScene(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d{1,3}\s*$/.test(value)) return undefined;
  const scene = Number(value);
  return scene >= 1 && scene <= MAX_SCENE ? scene : undefined;
}

export function isViewThemeName(value: unknown): value is ViewThemeName {
  return typeof value === "string" && (VIEW_THEME_NAMES as readonly string[]).includes(value);
}

/** `projector` alone means the light projector theme; unknown names are ignored. */
export function parseTheme(value: string | null | undefined): ViewThemeName | undefined {
  if (!value) return undefined;
  const name = value.trim().toLowerCase();
  if (name === "projector") return "projector-light";
  return isViewThemeName(name) ? name : undefined;
}

export function talksToQuery(state: TalksUrlState, params: URLSearchParams): void {
  if (state.embed) params.set("embed", "1");
  if (state.present) params.set("present", "1");
  if (state.present && state.scene !== undefined) params.set("scene", String(state.scene));
  if (state.theme && state.theme !== "light") params.set("theme", state.theme);
}

/** Every key present (undefined when absent or malformed), so going back in history clears them. */
export function talksFromQuery(params: URLSearchParams): { embed: boolean | undefined; present: boolean | undefined; scene: number | undefined; theme: ViewThemeName | undefined } {
  const present = parseFlag(params.get("present"));
  return {
    embed: parseFlag(params.get("embed")),
    present,
    scene: present ? parseScene(params.get("scene")) : undefined,
    theme: parseTheme(params.get("theme")),
  };
}

/** The link of an embed's "Open full view": the same page and state without `embed`. */
export function fullViewHref(location: { pathname: string; search: string; hash: string }): string {
  const params = new URLSearchParams(location.search);
  params.delete("embed");
  const query = params.toString();
  // Path-absolute, so it works from http(s) and from file:// alike.
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}
