/**
 * URL parameters of the "Exploring collaborations" features (pure):
 *
 *   years=FROM-TO   year filter, both ends included (`years=2022` is one year)
 *   color=community|year   colour mode (absent: by kind, the default)
 *   hyper=N         hyperauthored threshold, only when it differs from the dataset's
 *
 * Wired into app/url.ts (stateToQuery/queryToState/URL_PARAMS).
 */
import type { YearRange } from "../graph/years.ts";
import { parseThreshold } from "../graph/hyperauthored.ts";

export type ColorMode = "kind" | "community" | "year";

export const EXPLORE_PARAMS = ["years", "color", "hyper"] as const;

export interface ExploreUrlState {
  years?: YearRange;
  colorMode?: ColorMode;
  hyperThreshold?: number;
}

/** Plausible publication years (the same bounds as the importers' year normaliser). */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

export function formatYears(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** `2021-2022`, `2022` (one year), `2022-2021` (swapped); en dash accepted. Anything else: undefined. */
export function parseYears(value: string | null | undefined): YearRange | undefined {
  if (!value) return undefined;
  const match = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(value);
  if (!match) return undefined;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if ([a, b].some((year) => year < MIN_YEAR || year > MAX_YEAR)) return undefined;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function parseColorMode(value: string | null | undefined): ColorMode | undefined {
  return value === "community" || value === "year" ? value : undefined;
}

export function exploreToQuery(state: ExploreUrlState, params: URLSearchParams): void {
  if (state.years) params.set("years", formatYears(state.years));
  if (state.colorMode && state.colorMode !== "kind") params.set("color", state.colorMode);
  if (state.hyperThreshold !== undefined) params.set("hyper", String(state.hyperThreshold));
}

/** Every key present (undefined when the parameter is absent or malformed), so going back in history clears them. */
export function exploreFromQuery(params: URLSearchParams): { years: YearRange | undefined; colorMode: ColorMode | undefined; hyperThreshold: number | undefined } {
  return {
    years: parseYears(params.get("years")),
    colorMode: parseColorMode(params.get("color")),
    hyperThreshold: parseThreshold(params.get("hyper")),
  };
}
