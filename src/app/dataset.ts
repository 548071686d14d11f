/**
 * A loaded dataset as the view and panels see it (AtlasContext), and the checks the shell
 * makes before showing it. Pure except `fetchAtlas`.
 */
import type { AtlasFile } from "../model/types.ts";
import { atlasToCollection, readAtlas } from "../dataset/read.ts";
import { buildGraph, type AtlasGraph } from "../graph/build.ts";
import type { AtlasContext } from "./context.ts";
import type { Selection } from "./state.ts";
import { NO_SELECTION } from "./state.ts";
import { applyPositions, hasAllPositions } from "./positions.ts";

/** Relative to the page, so the build works from any folder (vite `base: "./"`). */
export const DEFAULT_DATASET_URL = "data/default.atlas.json";

export interface LoadedContext {
  context: AtlasContext;
  /** True when the file's positions do not cover the graph: run the layout worker first. */
  needsLayout: boolean;
}

export function contextFromAtlas(atlas: AtlasFile): LoadedContext {
  return contextFromGraph(atlas, buildGraph(atlasToCollection(atlas)));
}

/**
 * The context of an atlas whose graph is already built (at once or in slices): the file's
 * positions go onto the graph when they cover every node, and people and papers are indexed by id.
 */
export function contextFromGraph(atlas: AtlasFile, graph: AtlasGraph): LoadedContext {
  const positions = atlas.layout?.positions;
  const complete = hasAllPositions(graph, positions);
  if (complete && positions) applyPositions(graph, positions);
  return {
    context: {
      atlas,
      graph,
      people: new Map(atlas.people.map((person) => [person.id, person])),
      papers: new Map(atlas.papers.map((paper) => [paper.id, paper])),
    },
    needsLayout: !complete,
  };
}

/** The selection if everything it names exists in the dataset; otherwise nothing (a stale link). */
export function validSelection(selection: Selection, context: Pick<AtlasContext, "people" | "papers">): Selection {
  switch (selection.kind) {
    case "none":
      return selection;
    case "person":
      return context.people.has(selection.personId) ? selection : NO_SELECTION;
    case "pair":
      if (!context.people.has(selection.personId)) return NO_SELECTION;
      return context.people.has(selection.otherId) ? selection : { kind: "person", personId: selection.personId };
    case "paper":
      return context.papers.has(selection.paperId) ? selection : NO_SELECTION;
  }
}

export type FetchedAtlas = { atlas: AtlasFile } | { error: string };

export async function fetchAtlas(url: string, fetchImpl: typeof fetch = fetch): Promise<FetchedAtlas> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { error: `Could not load the dataset ${url} (HTTP ${response.status}).` };
    text = await response.text();
  } catch (error) {
    return { error: `Could not load the dataset ${url} (${error instanceof Error ? error.message : String(error)}).` };
  }
  const name = url.split("/").pop() || url;
  const { atlas, diagnostics } = readAtlas(text, name);
  if (atlas) return { atlas };
  const first = diagnostics.find((diagnostic) => diagnostic.level === "error") ?? diagnostics[0];
  return { error: `The dataset ${name} could not be read: ${first ? first.message : "unknown problem"}.` };
}
