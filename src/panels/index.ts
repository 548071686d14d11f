/**
 * The side panels: selection panel (author / shared papers / paper) and the diagnostics summary
 * in `<aside id="panels">`, search in `#search-slot`, the import control + progress in `#import-slot`.
 *
 * They re-render from the store (selection, importProgress, importReport) and when the dataset
 * changes (`host.context()` returns a new object — checked on every store change, or call
 * `refreshPanels()` right after swapping the dataset).
 *
 * Escape: handled inside the panels' own elements (search list first, then clear selection) with
 * `preventDefault()`. A document-level handler in the shell should skip events whose
 * `defaultPrevented` is set, so one key press never does two things.
 */
import "../../styles/panels.css";
import type { AtlasContext, PanelHost } from "../app/context.ts";
import { sameSelection, type AppState } from "../app/state.ts";
import { authorNode, paperNode } from "../graph/build.ts";
import { button, region, wrap } from "./dom.ts";
import { importReportFromAtlas, formatCount, type ImportReport } from "./import-report.ts";
import { mountImport, type ImportPanel } from "./import-panel.ts";
import { panelViewFor } from "./model.ts";
import { mountSearch, type SearchBox } from "./search.ts";
import { renderSelection, type SelectionCallbacks } from "./selection-panel.ts";
import { renderProvenance } from "./provenance-panel.ts";
import { mountCollabPanel } from "./collab-panel.ts";
import { renderSuggestions } from "./suggestions-panel.ts";
import { decorateNetworkPanel } from "./network-panel.ts";
import { renderOverviewLists } from "./overview-lists.ts";
import { contextInRange } from "../app/range-context.ts";

export { panelViewFor } from "./model.ts";
export type { ImportProgress, ImportReport } from "./import-report.ts";
export { importProgressFrom, importReportFromAtlas, failedImportReport } from "./import-report.ts";

interface PanelsController {
  refresh(): void;
  destroy(): void;
}

let current: PanelsController | undefined;

export function mountPanels(root: HTMLElement, host: PanelHost): void {
  current?.destroy();
  current = createPanels(root, host);
}

/** Re-render everything now (e.g. right after the shell swapped the dataset). */
export function refreshPanels(): void {
  current?.refresh();
}

function createPanels(root: HTMLElement, host: PanelHost): PanelsController {
  const { store, actions } = host;
  root.classList.add("panels");
  const selectionHost = document.createElement("div");
  selectionHost.className = "selection-host";
  const diagnosticsHost = document.createElement("div");
  diagnosticsHost.className = "diagnostics-host";
  // "About this dataset" (provenance-panel.ts): counts, settings, sources, merges, layout.
  const aboutHost = document.createElement("div");
  aboutHost.className = "about-host";
  // Focus, selection set, "Find path to…" and the collaboration path (collab-panel.ts).
  const collabHost = document.createElement("div");
  root.replaceChildren(collabHost, selectionHost, diagnosticsHost, aboutHost);
  const collabPanel = mountCollabPanel(collabHost, host);

  // "Suggested merges" (suggestions-panel.ts): accept / reject, alias file download and load.
  const suggestionsHost = document.createElement("div");
  suggestionsHost.className = "suggestions-host";
  root.insertBefore(suggestionsHost, aboutHost);

  // When a panel button changes the selection, focus follows into the new panel's heading.
  let focusNextPanel = false;
  const callbacks: SelectionCallbacks = {
    selectPerson(personId) {
      focusNextPanel = true;
      actions.select({ kind: "person", personId });
      actions.focusNode(authorNode(personId));
    },
    selectPair(personId, otherId) {
      focusNextPanel = true;
      actions.select({ kind: "pair", personId, otherId });
    },
    selectPaper(paperId) {
      focusNextPanel = true;
      actions.select({ kind: "paper", paperId });
      actions.focusNode(paperNode(paperId));
    },
    clearSelection() {
      actions.clearSelection();
    },
  };

  const searchSlot = document.getElementById("search-slot");
  const search: SearchBox | undefined = searchSlot
    ? mountSearch(searchSlot, {
        context: () => host.context(),
        choose(hit) {
          if (hit.kind === "person") actions.select({ kind: "person", personId: hit.id });
          else actions.select({ kind: "paper", paperId: hit.id });
          actions.focusNode(hit.nodeId);
        },
      })
    : undefined;

  const importSlot = document.getElementById("import-slot");
  const importPanel: ImportPanel | undefined = importSlot ? mountImport(importSlot, diagnosticsHost, (files) => actions.importFiles(files), () => actions.cancelImport?.()) : undefined;

  let renderedContext: AtlasContext | undefined;
  let datasetReport: ImportReport | undefined;

  const renderSelectionPanel = () => {
    const context = host.context();
    const hadFocus = selectionHost.contains(document.activeElement);
    selectionHost.replaceChildren();
    const parent = wrap(selectionHost);
    if (!context) {
      parent.append("p").attr("class", "panel-loading").attr("role", "status").text("Loading dataset…");
      return;
    }
    // Under a year filter the panels count only the papers shown (app/range-context.ts).
    const view = panelViewFor(contextInRange(context, store.get().years), store.get().selection);
    const heading = view.kind === "none" ? renderOverview(parent, context, callbacks) : renderSelection(parent, view, callbacks);
    // An author–author graph file: no papers, coauthors by link weight (network-panel.ts).
    if (view.kind === "none" || view.kind === "person") decorateNetworkPanel(selectionHost, context, view.kind === "person" ? view.personId : undefined, callbacks.selectPerson);
    const headingElement = heading?.node();
    if (headingElement && view.kind === "person") collabPanel.decorateAuthor(headingElement, view.personId);
    if (headingElement && view.kind === "pair") collabPanel.decoratePair(headingElement, view.first.personId, view.second.personId);
    if ((focusNextPanel || hadFocus) && heading) heading.node()?.focus();
    else if (hadFocus) search?.input.focus();
    focusNextPanel = false;
    selectionHost.scrollTop = 0;
    root.scrollTop = 0;
  };

  const renderImport = () => {
    const state = store.get();
    importPanel?.update(state.importProgress, state.importReport, datasetReport);
  };

  const renderAll = () => {
    const context = host.context();
    if (context !== renderedContext) {
      renderedContext = context;
      datasetReport = context ? importReportFromAtlas(context.atlas) : undefined;
      search?.reset();
      renderProvenance(aboutHost, context, store.get());
      renderSuggestions(suggestionsHost, context, {
        decide: (id, decision) => actions.decideSuggestion?.(id, decision),
        downloadAliases: () => actions.downloadAliases?.(),
        loadAliasFile: (file) => actions.loadAliasFile?.(file),
        selectPerson: (personId) => callbacks.selectPerson(personId),
      });
    }
    renderSelectionPanel();
    collabPanel.refresh();
    renderImport();
  };

  const onStore = (state: AppState, previous: AppState) => {
    if (host.context() !== renderedContext) {
      renderAll();
      return;
    }
    if (!sameSelection(state.selection, previous.selection) || state.years !== previous.years) renderSelectionPanel();
    if (state.hyperThreshold !== previous.hyperThreshold || state.colorMode !== previous.colorMode) renderProvenance(aboutHost, host.context(), state);
    if (state.importProgress !== previous.importProgress || state.importReport !== previous.importReport) renderImport();
  };
  const unsubscribe = store.subscribe(onStore);

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (store.get().selection.kind === "none") return;
    event.preventDefault();
    actions.clearSelection();
  };
  const keyTargets = [root, searchSlot, importSlot].filter((element): element is HTMLElement => element !== null);
  for (const element of keyTargets) element.addEventListener("keydown", onKeydown);

  renderAll();

  return {
    refresh: renderAll,
    destroy() {
      unsubscribe();
      for (const element of keyTargets) element.removeEventListener("keydown", onKeydown);
    },
  };
}

/** Nothing selected: what the dataset is, and where to start. */
function renderOverview(parent: ReturnType<typeof wrap>, context: AtlasContext, callbacks: SelectionCallbacks) {
  const { section, heading } = region(parent, { className: "panel-overview", heading: context.atlas.title || "Dataset", kicker: "Dataset" });
  section
    .append("p")
    .attr("class", "paper-meta")
    .text(`${formatCount(context.papers.size)} papers · ${formatCount(context.people.size)} people`);
  const focal = context.atlas.focalPersonId ? context.people.get(context.atlas.focalPersonId) : undefined;
  if (focal) {
    const start = section.append("p");
    button(start, `Start with ${focal.name}`, () => callbacks.selectPerson(focal.id), "primary-button");
  }
  section.append("p").attr("class", "note").text("Select a person or paper in the graph, or search by name or title. Select a coauthor to see the papers two people share.");
  // Every person and paper the graph draws, as buttons: the graph's keyboard twin (overview-lists.ts).
  renderOverviewLists(parent, context, callbacks);
  return heading;
}
