/**
 * What the view and the panels are given: the loaded dataset with its graph and lookups,
 * the store, and the actions that change the state. Panels never touch Sigma directly;
 * the view never renders panel DOM. Both only read the store and call actions.
 */
import type { AtlasFile, Paper, Person } from "../model/types.ts";
import type { AtlasGraph } from "../graph/build.ts";
import type { Selection, Store } from "./state.ts";

export interface AtlasContext {
  atlas: AtlasFile;
  /** The full bipartite graph (positions included as x/y node attributes). */
  graph: AtlasGraph;
  people: ReadonlyMap<string, Person>;
  papers: ReadonlyMap<string, Paper>;
}

export interface AppActions {
  select(selection: Selection): void;
  clearSelection(): void;
  /** Move the camera to a graph node (`a:<personId>` / `p:<paperId>`), animated unless reduced motion. */
  focusNode(nodeId: string): void;
  /** Import user files (File objects from the file input or a drop) in the worker. */
  importFiles(files: File[]): void;
  /** Stop the running import (its worker is terminated); the dataset shown stays. */
  cancelImport?(): void;
  /** Accept (merge) or reject (split) a suggested merge: recorded in the alias file, identity re-run. */
  decideSuggestion?(suggestionId: string, decision: "accept" | "reject"): void;
  /** Save the dataset's alias file (merge/split decisions) as `aliases.json`. */
  downloadAliases?(): void;
  /** Apply an alias file the user chose: identity re-run with its decisions. */
  loadAliasFile?(file: File): void;
}

export interface PanelHost {
  store: Store;
  actions: AppActions;
  /** Current dataset; `undefined` while loading. */
  context(): AtlasContext | undefined;
}
