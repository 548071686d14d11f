/**
 * Shell glue of focus, collaboration paths and the coauthor view: which view is drawn
 * (author–paper or coauthor projection), the view bar, and the status line in the coauthor
 * view ("462 people · 52 coauthor links"). app.ts creates every view through `createView`
 * and calls `datasetChanged` each time it shows a dataset; `swapView` (app.ts) rebuilds the
 * view when the view kind, the counting or the hyperauthored threshold changes.
 */
import type { AtlasContext } from "./context.ts";
import type { AppState, Store } from "./state.ts";
import { sameValue } from "./state.ts";
import { createGraphView, type GraphView, type GraphViewOptions } from "../view/graph-view.ts";
import { createCoauthorView } from "../view/coauthor-sigma.ts";
import { coauthorNoteText, coauthorStatusText, type CoauthorView } from "../graph/coauthor-view.ts";
import { focusNetwork } from "../graph/focus.ts";
import { collaborationPath, pathElements } from "../graph/path.ts";
import { collabStateFor, thresholdOf } from "./collab-state.ts";
import { exploreStatusText } from "./explore.ts";
import { mountCollabBar, type CollabBar } from "../panels/collab-bar.ts";

export interface CollabShell {
  store: Store;
  status: HTMLElement;
  /** `#collab-bar`; skipped when the page has none. */
  bar: HTMLElement | null;
  /** Rebuilds the drawn view for the current dataset (app.ts). */
  swapView(): void;
  /** Moves the camera to show these graph nodes (a new path or focus). */
  frameNodes(nodes: string[]): void;
}

export interface CollabController {
  createView(container: HTMLElement, context: AtlasContext, options: GraphViewOptions): GraphView;
  datasetChanged(context: AtlasContext): void;
}

export function connectCollab(shell: CollabShell): CollabController {
  const { store } = shell;
  let context: AtlasContext | undefined;
  let coauthor: CoauthorView | undefined;

  const bar: CollabBar | undefined = shell.bar
    ? mountCollabBar(shell.bar, { store, context: () => context, coauthorNote: () => (coauthor ? coauthorNoteText(coauthor) : undefined) })
    : undefined;

  const showStatus = () => {
    if (coauthor && store.get().viewKind === "coauthors") shell.status.textContent = coauthorStatusText(coauthor);
    else if (context) shell.status.textContent = exploreStatusText(context, store.get());
  };

  store.subscribe((state, previous) => {
    if (!context) return;
    const viewChanged = (state.viewKind ?? "papers") !== (previous.viewKind ?? "papers");
    const weightsChanged = state.viewKind === "coauthors" && (state.counting !== previous.counting || state.hyperThreshold !== previous.hyperThreshold);
    if (viewChanged || weightsChanged) {
      // After this notification round: the old view's listener may still run in it.
      queueMicrotask(() => {
        shell.swapView();
        bar?.sync();
        showStatus();
      });
    }
    // A new path or focus is framed, so what it shows is in view.
    if (state.path && !sameValue(state.path, previous.path)) {
      const found = collaborationPath(context.graph, state.path.from, state.path.to);
      if (found) shell.frameNodes(pathElements(found).nodes);
    } else if (state.focus && !sameValue(state.focus, previous.focus)) {
      const network = focusNetwork(context.graph, state.focus);
      // A 2-hop network through a 450-author paper is the whole graph: no need to move.
      if (network && network.nodes.size < context.graph.order) shell.frameNodes([...network.nodes]);
    }
    if (state.focus !== previous.focus || state.viewKind !== previous.viewKind || state.counting !== previous.counting) bar?.sync();
    // The explore controller writes the status on a year change; in the coauthor view its line wins.
    if (state.years !== previous.years && state.viewKind === "coauthors") showStatus();
  });

  return {
    createView(container, next, options) {
      const state = store.get();
      if (state.viewKind === "coauthors") {
        const view = createCoauthorView(container, next.graph, store, { ...options, counting: state.counting ?? "full", threshold: thresholdOf(next, state) });
        coauthor = view.view;
        return view;
      }
      coauthor = undefined;
      return createGraphView(container, next.graph, store, options);
    },
    datasetChanged(next) {
      context = next;
      const fitted = collabStateFor(next, store.get());
      if (!sameValue(fitted, { focus: store.get().focus, path: store.get().path, peopleSet: store.get().peopleSet })) store.update(fitted);
      bar?.sync();
      showStatus();
    },
  };
}
