/**
 * The app shell: loads a dataset, lays it out in a worker when it has no positions, shows it
 * in the Sigma view, mounts the panels, keeps the URL in step, and imports dropped files.
 *
 * Test hook: `window.__atlas = { sigma, store, actions, nodeViewportPosition(node) }` once a
 * dataset is drawn, and `document.body.dataset.atlasState` = loading | layout | ready | error.
 */
import type { AtlasFile } from "../model/types.ts";
import type { AtlasContext, AppActions, PanelHost } from "./context.ts";
import { createStore, initialState, NO_SELECTION, type Selection, type Store } from "./state.ts";
import { connectHistory, stateFromLocation } from "./history.ts";
import { DEFAULT_DATASET_URL, fetchAtlas, validSelection } from "./dataset.ts";
import { atlasFromBytes, contextFromAtlasInSlices, datasetUrlFromQuery, fetchDataset, isBinaryDatasetFile, mark } from "./dataset-load.ts";
import { embeddedAtlas } from "./offline.ts";
import { connectTalks } from "./talks.ts";
import { emptyImportMessage, statusText } from "./status.ts";
import { connectExplore } from "./explore.ts";
import { connectCollab } from "./collab.ts";
import { applyPositions } from "./positions.ts";
import { layoutInWorker, type LayoutJob } from "./layout-client.ts";
import { ImportCancelled, importSizeProblem, startImport, type ImportJob } from "./import-client.ts";
import { keepPositions, rebuildInputs } from "./sources.ts";
import { aliasFileText, combineAliasFiles, withDecision } from "../panels/sources-model.ts";
import type { AliasFile, InputFile } from "../model/types.ts";
import { watchContextLoss } from "../view/context-loss.ts";
import { clearGraphUnavailable, showGraphUnavailable } from "../view/graph-unavailable.ts";
import { mountShortcuts } from "../panels/shortcuts.ts";
import type { GraphView, GraphViewOptions } from "../view/graph-view.ts";
import { selectionForClick } from "../view/click.ts";
import { framingNodes } from "../view/emphasis.ts";
import { renderLegend } from "../view/legend.ts";
import { progressOverlay } from "../view/progress.ts";
import { enableFileDrop } from "../view/drop.ts";
import { satelliteNodes } from "../layout/satellites.ts";
import { mountPanels, refreshPanels, importProgressFrom, importReportFromAtlas, failedImportReport } from "../panels/index.ts";
import { DEFAULT_LAYOUT_SEED } from "./layout-seed.ts";

export type AtlasState = "loading" | "layout" | "ready" | "error";

interface Elements {
  graph: HTMLElement;
  panels: HTMLElement;
  status: HTMLElement;
  legend: HTMLElement;
  progress: HTMLElement;
  dropOverlay: HTMLElement;
  datasetTitle: HTMLElement | null;
}

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

export interface TestHook {
  sigma: GraphView["sigma"];
  store: Store;
  actions: AppActions;
  nodeViewportPosition(node: string): { x: number; y: number } | undefined;
}

declare global {
  interface Window {
    __atlas?: TestHook;
  }
}

export function startApp(): void {
  const elements: Elements = {
    graph: requireElement("graph"),
    panels: requireElement("panels"),
    status: requireElement("status"),
    legend: requireElement("graph-legend"),
    progress: requireElement("graph-progress"),
    dropOverlay: requireElement("drop-overlay"),
    datasetTitle: document.getElementById("dataset-title"),
  };
  const store = createStore({ ...initialState(), ...stateFromLocation(window) });
  const progress = progressOverlay(elements.progress);
  const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

  let context: AtlasContext | undefined;
  let view: GraphView | undefined;
  let viewOptions: GraphViewOptions | undefined;
  let layoutJob: LayoutJob | undefined;
  /** Increases with every dataset swap, so a late worker result for an old dataset is ignored. */
  let generation = 0;
  let importing = false;
  /** The files of the dataset shown, kept to re-run identity when the user decides on a suggested merge. */
  let lastInputs: (File | InputFile)[] = [];
  /** The running import (cancel terminates its worker; the dataset shown stays). */
  let importJob: ImportJob | undefined;

  const setState = (state: AtlasState) => {
    document.body.dataset.atlasState = state;
  };
  const setStatus = (text: string) => {
    elements.status.textContent = text;
  };

  const frameSelection = (selection: Selection, instant = false) => {
    if (!view || !context) return;
    const nodes = framingNodes(context.graph, selection);
    if (nodes.length > 0) view.frameNodes(nodes, false, instant);
  };

  const actions: AppActions = {
    select(selection) {
      store.update({ selection: context ? validSelection(selection, context) : selection });
    },
    clearSelection() {
      store.update({ selection: NO_SELECTION });
    },
    focusNode(nodeId) {
      view?.frameNodes([nodeId]);
    },
    importFiles(files) {
      void importFiles(files);
    },
    decideSuggestion(suggestionId, decision) {
      const suggestion = context?.atlas.suggestions?.find((candidate) => candidate.id === suggestionId);
      if (!context || !suggestion) return;
      rebuildWithAliases(withDecision(context.atlas.provenance.settings.aliases, suggestion, decision));
    },
    downloadAliases() {
      const text = aliasFileText(context?.atlas.provenance.settings.aliases);
      const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = "aliases.json";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    loadAliasFile(file) {
      // The alias reader loads when first needed (not part of the first frame).
      void Promise.all([file.text(), import("../identity/aliases.ts")]).then(([text, { parseAliasFile }]) => {
        const { aliases, diagnostics } = parseAliasFile(text, file.name);
        const problem = diagnostics.find((diagnostic) => diagnostic.level === "error");
        if (problem || !context) {
          setStatus(`The alias file ${file.name} was not applied: ${problem?.message ?? "no dataset loaded"}`);
          return;
        }
        rebuildWithAliases(combineAliasFiles(context.atlas.provenance.settings.aliases, aliases));
      });
    },
    cancelImport() {
      importJob?.cancel();
    },
  };

  const onClickNode = (node: string) => {
    if (!context) return;
    const next = selectionForClick(context.graph, node, store.get().selection);
    store.update({ selection: next });
    frameSelection(next);
  };
  const onClickStage = () => store.update({ selection: NO_SELECTION });

  const showContext = (next: AtlasContext, fromUrl: boolean) => {
    view?.kill();
    view = undefined;
    context = next;
    const { atlas, graph } = next;
    const satellites = satelliteNodes(graph);
    setStatus(statusText(atlas));
    document.title = atlas.title ? `${atlas.title} — Coauthor Atlas` : "Coauthor Atlas";
    if (elements.datasetTitle) elements.datasetTitle.textContent = atlas.title;

    const selection = validSelection(store.get().selection, next);
    const hadCamera = fromUrl && store.get().camera !== undefined;
    store.update({ datasetTitle: atlas.title, selection, hoveredNode: undefined, ...(fromUrl ? {} : { camera: undefined }) });

    clearGraphUnavailable(elements.graph);
    try {
      // The author–paper view or the coauthor view, by the state's view kind (app/collab.ts).
      viewOptions = { satellites, reducedMotion, onClickNode, onClickStage };
      view = collab.createView(elements.graph, next, viewOptions);
    } catch (error) {
      // Sigma needs WebGL2; without it the panels and search still work.
      refreshPanels();
      showGraphUnavailable(elements.graph, error instanceof Error ? error.message : String(error));
      setState("error");
      // One line (the footer is one line high); the graph area's alert says the rest.
      setStatus(`${statusText(atlas)} · no graph drawing here (WebGL2 unavailable); search and the lists work`);
      return;
    }
    renderLegend(elements.legend, graph, satellites);
    explore.datasetChanged(next, () => renderLegend(elements.legend, graph, satellites));
    collab.datasetChanged(next);
    refreshPanels();
    // Instant at startup: the first picture must not depend on when it is taken (talks).
    if (!hadCamera && selection.kind !== "none") frameSelection(selection, true);
    const drawn = view;
    window.__atlas = {
      sigma: drawn.sigma,
      store,
      actions,
      nodeViewportPosition: (node) => drawn.nodeViewportPosition(node),
    };
    // Presentation mode shows its first scene (app/talks.ts) before the view counts as ready.
    talks.datasetChanged(next);
    setState("ready");
    mark("atlas:ready");
  };

  /** Shows a dataset, laying it out first when its file has no (complete) positions. */
  const loadAtlas = async (atlas: AtlasFile, fromUrl: boolean) => {
    const current = ++generation;
    layoutJob?.cancel();
    // Built in short slices (app/dataset-load.ts): a 100k-node graph must not freeze the page.
    const { context: next, needsLayout } = await contextFromAtlasInSlices(atlas);
    if (current !== generation) return;
    if (!needsLayout) {
      showContext(next, fromUrl);
      return;
    }
    setState("layout");
    setStatus(`${statusText(atlas)} · laying out…`);
    progress.show("Laying out the graph…", 0);
    const job = layoutInWorker(next.graph, {
      seed: atlas.layout?.seed ?? DEFAULT_LAYOUT_SEED,
      onProgress: (fraction, phase) => {
        if (current === generation) progress.show(`${phase}…`, fraction);
      },
    });
    layoutJob = job;
    try {
      const { positions } = await job.result;
      if (current !== generation) return;
      applyPositions(next.graph, positions);
      progress.hide();
      showContext(next, fromUrl);
    } catch (error) {
      if (current !== generation) return;
      progress.hide();
      setState("error");
      setStatus(`The layout failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  /** Identity again with these aliases, in the import worker; unchanged nodes keep their places. */
  const rebuildWithAliases = (aliases: AliasFile) => {
    if (!context) return;
    void importFiles(rebuildInputs(lastInputs, context.atlas, aliases), context.atlas);
  };

  /** A compact (or gzipped) dataset file opened as it is: decoded in slices, no import worker. */
  const openDatasetFile = async (file: File) => {
    importing = true;
    try {
      setStatus(`Reading ${file.name}…`);
      const result = await atlasFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      if ("error" in result) {
        store.update({ importReport: failedImportReport([file.name], result.error) });
        setStatus(`${result.error} ${context ? statusText(context.atlas) : ""}`.trim());
        return;
      }
      lastInputs = [file];
      store.update({ importReport: importReportFromAtlas(result.atlas), selection: NO_SELECTION });
      await loadAtlas(result.atlas, false);
    } finally {
      importing = false;
    }
  };

  const importFiles = async (files: (File | InputFile)[], previous?: AtlasFile) => {
    if (files.length === 0 || importing) return;
    const single = files.length === 1 && !previous && files[0] instanceof File ? files[0] : undefined;
    const binary = single ? await isBinaryDatasetFile(single) : false;
    // Another import may have begun while the file's first bytes were read.
    if (importing) return;
    if (single && binary) return openDatasetFile(single);
    importing = true;
    const names = files.map((file) => file.name);
    const showProgress = (phase: string, fraction?: number) => {
      store.update({ importProgress: { phase, fraction } });
      progress.show(`${phase}…`, fraction);
    };
    try {
      // Too large for the browser: say so before reading anything (app/import-limits.ts).
      const tooLarge = importSizeProblem(files.filter((file): file is File => "size" in file));
      if (tooLarge) throw new Error(tooLarge);
      showProgress("Reading files", 0);
      // Reading, decoding and parsing all happen in the worker (app/import-client.ts).
      importJob = startImport(files, {
        seed: DEFAULT_LAYOUT_SEED,
        onProgress: (stage) => {
          const { phase, fraction } = importProgressFrom(stage);
          showProgress(phase, fraction);
        },
      });
      const built = await importJob.result;
      const atlas = previous ? keepPositions(previous, built) : built;
      progress.hide();
      if (atlas.papers.length === 0 && atlas.people.length === 0) {
        store.update({ importProgress: undefined, importReport: { ...importReportFromAtlas(atlas), error: emptyImportMessage(atlas) } });
        return;
      }
      lastInputs = files;
      // A decision on a suggested merge keeps the selection and the camera; a new import starts fresh.
      store.update({ importProgress: undefined, importReport: importReportFromAtlas(atlas), ...(previous ? {} : { selection: NO_SELECTION }) });
      await loadAtlas(atlas, previous !== undefined);
    } catch (error) {
      progress.hide();
      if (error instanceof ImportCancelled) {
        // The dataset on screen stays as it was.
        store.update({ importProgress: undefined });
        setStatus(`Import cancelled; ${context ? statusText(context.atlas) : "no dataset loaded"}`);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      store.update({ importProgress: undefined, importReport: failedImportReport(names, `The import failed: ${message}`) });
    } finally {
      importing = false;
      importJob = undefined;
    }
  };

  const host: PanelHost = { store, actions, context: () => context };
  mountPanels(elements.panels, host);
  const explore = connectExplore({ store, status: elements.status, legend: elements.legend, bar: document.getElementById("explore-bar"), reducedMotion });
  /** Author–paper ⇄ coauthor view (or new link weights) for the same dataset: a new view, same camera. */
  const swapView = () => {
    if (!context || !view || !viewOptions) return;
    view.kill();
    view = collab.createView(elements.graph, context, viewOptions);
    const drawn = view;
    window.__atlas = { sigma: drawn.sigma, store, actions, nodeViewportPosition: (node) => drawn.nodeViewportPosition(node) };
  };
  const collab = connectCollab({ store, status: elements.status, bar: document.getElementById("collab-bar"), swapView, frameNodes: (nodes) => view?.frameNodes(nodes, false) });
  connectHistory(store, window);
  // Talks (app/talks.ts): embed / present modes, theme, Export menu; an embed out of sight frees its WebGL context.
  let suspended = false;
  const talks = connectTalks({
    store,
    graphArea: elements.graph.parentElement ?? elements.graph,
    graph: elements.graph,
    header: document.querySelector<HTMLElement>(".app-header"),
    context: () => context,
    view: () => view,
    reducedMotion,
    suspendView() {
      if (!view) return;
      view.kill();
      view = undefined;
      suspended = true;
    },
    resumeView() {
      if (!suspended || !context || !viewOptions) return;
      suspended = false;
      view = collab.createView(elements.graph, context, viewOptions);
      const drawn = view;
      window.__atlas = { sigma: drawn.sigma, store, actions, nodeViewportPosition: (node) => drawn.nodeViewportPosition(node) };
    },
  });
  // `/` search, `?` this list of shortcuts, and a header button for it (panels/shortcuts.ts).
  mountShortcuts({ searchInput: () => document.querySelector<HTMLInputElement>("#search-slot input"), buttonSlot: document.querySelector<HTMLElement>(".app-header") });
  // WebGL context lost: say so, then rebuild the view from the store (view/context-loss.ts).
  watchContextLoss(elements.graph, {
    lost: () => setStatus("The graph's drawing surface was lost (graphics reset); redrawing…"),
    restore: () => {
      swapView();
      if (context) setStatus(statusText(context.atlas));
    },
  });
  enableFileDrop(document.body, elements.dropOverlay, (files) => actions.importFiles(files));
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (store.get().selection.kind !== "none") store.update({ selection: NO_SELECTION });
  });

  setState("loading");
  // The single-file build carries its dataset inside the page (app/offline.ts): no fetch from file://.
  const embedded = embeddedAtlas(document);
  // `?data=<relative path>` opens another dataset file of this site, either encoding (README, URL table).
  const requested = datasetUrlFromQuery(window.location.search, window.location.href);
  const firstDataset = () => {
    if (requested && "error" in requested) return requested;
    if (requested) return fetchDataset(requested.url);
    return embedded ?? fetchAtlas(DEFAULT_DATASET_URL);
  };
  // An embed starts only once it is in view (app/talks.ts): a deck of embeds does no work off screen.
  void talks.whenVisible().then(firstDataset).then(async (result) => {
    if ("error" in result) {
      setState("error");
      setStatus(`${result.error} Drop publication files on the page or use Import to build an atlas.`);
      return;
    }
    await loadAtlas(result.atlas, true);
  });
}

