/**
 * Pure parts of the collab shell (app/collab.ts): the threshold in force and URL state fitted
 * to a dataset. Kept apart so tests import them without sigma.
 */
import type { AtlasContext } from "./context.ts";
import type { AppState } from "./state.ts";
import { knownFocusPeople } from "../graph/focus.ts";
import { datasetThreshold } from "../panels/explore-bar.ts";

/** The hyperauthored threshold in force: the explore setting, else the dataset's own. */
export function thresholdOf(context: AtlasContext, state: Pick<AppState, "hyperThreshold">): number {
  return state.hyperThreshold ?? datasetThreshold(context);
}

/** Focus and path made to fit a dataset: unknown people dropped; a path needs both ends. */
export function collabStateFor(context: AtlasContext, state: Pick<AppState, "focus" | "path" | "peopleSet">): Pick<AppState, "focus" | "path" | "peopleSet"> {
  const graph = context.graph;
  const focusPeople = state.focus ? knownFocusPeople(graph, state.focus.personIds) : [];
  const focus = state.focus && focusPeople.length > 0 ? { personIds: focusPeople, hops: state.focus.hops } : undefined;
  const path = state.path && context.people.has(state.path.from) && context.people.has(state.path.to) ? state.path : undefined;
  const setPeople = state.peopleSet ? knownFocusPeople(graph, state.peopleSet) : [];
  // A link with "only these people" starts with them in the set.
  const peopleSet = setPeople.length > 0 ? setPeople : focusPeople.length > 1 ? focusPeople : undefined;
  return { focus, path, peopleSet };
}
