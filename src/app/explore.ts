/**
 * Shell glue of "Exploring collaborations": the explore bar, the status line under a year
 * filter ("Showing N of M papers"), and which legend the graph shows for the colour mode.
 * app.ts calls `datasetChanged` each time it shows a dataset.
 */
import type { AtlasContext } from "./context.ts";
import type { AppState, Store } from "./state.ts";
import { statusText } from "./status.ts";
import { clampRange, rangeStatusText, visibleNodes, yearExtent } from "../graph/years.ts";
import type { AtlasGraph } from "../graph/build.ts";
import { satelliteNodes } from "../layout/satellites.ts";
import { mountExploreBar, datasetThreshold, type ExploreBar } from "../panels/explore-bar.ts";
import { renderCommunityLegend, renderYearLegend, type CommunityLegendControl } from "../view/explore-legend.ts";

export interface ExploreShell {
  store: Store;
  status: HTMLElement;
  legend: HTMLElement;
  /** `#explore-bar`; the bar is skipped when the page has none. */
  bar: HTMLElement | null;
  reducedMotion(): boolean;
}

export interface ExploreController {
  /** A dataset is shown: `defaultLegend` draws the kind legend (app.ts owns it). */
  datasetChanged(context: AtlasContext, defaultLegend: () => void): void;
}

/** The status line for a dataset and a year range (the plain dataset line when no range). */
export function exploreStatusText(context: AtlasContext, state: Pick<AppState, "years">): string {
  if (!state.years) return statusText(context.atlas);
  return rangeStatusText(visibleNodes(context.graph, state.years), state.years);
}

/** The kind legend's cloud notes are about the dataset's threshold; under another one, this says who is drawn small. */
export function cloudNoteForThreshold(graph: AtlasGraph, threshold: number): string | undefined {
  const small = satelliteNodes(graph, threshold).size;
  if (small === 0) return undefined;
  const count = new Intl.NumberFormat("en-US").format(small);
  return `${count} ${small === 1 ? "person" : "people"} only on papers with more than ${new Intl.NumberFormat("en-US").format(threshold)} authors ${small === 1 ? "is" : "are"} drawn small and unlabelled around them.`;
}

function replaceCloudNotes(legend: HTMLElement, text: string | undefined): void {
  for (const note of legend.querySelectorAll(".legend-note")) note.remove();
  if (!text) return;
  const paragraph = document.createElement("p");
  paragraph.className = "legend-note";
  paragraph.textContent = text;
  legend.append(paragraph);
}

export function connectExplore(shell: ExploreShell): ExploreController {
  const { store } = shell;
  let context: AtlasContext | undefined;
  let defaultLegend: () => void = () => {};
  let communityLegend: CommunityLegendControl | undefined;
  const bar: ExploreBar | undefined = shell.bar ? mountExploreBar(shell.bar, { store, context: () => context, reducedMotion: shell.reducedMotion }) : undefined;

  const showStatus = () => {
    if (context) shell.status.textContent = exploreStatusText(context, store.get());
  };
  const showLegend = () => {
    communityLegend = undefined;
    if (!context) return;
    const state = store.get();
    if (state.colorMode === "community") {
      communityLegend = renderCommunityLegend(shell.legend, context.graph, store, state.hyperThreshold ?? datasetThreshold(context));
    } else if (state.colorMode === "year") {
      const focal = context.atlas.focalPersonId ? context.people.get(context.atlas.focalPersonId) : undefined;
      renderYearLegend(shell.legend, context.graph, focal?.name);
    } else {
      defaultLegend();
      if (state.hyperThreshold !== undefined) replaceCloudNotes(shell.legend, cloudNoteForThreshold(context.graph, state.hyperThreshold));
    }
  };

  store.subscribe((state, previous) => {
    if (!context) return;
    if (state.years !== previous.years) showStatus();
    if (state.colorMode !== previous.colorMode || state.hyperThreshold !== previous.hyperThreshold) showLegend();
    if (state.highlightedCommunity !== previous.highlightedCommunity) communityLegend?.sync();
  });

  return {
    datasetChanged(next, legend) {
      context = next;
      defaultLegend = legend;
      // Settings from the URL, made to fit this dataset: a range outside its years is dropped, the dataset's own threshold is no setting.
      const state = store.get();
      const years = state.years ? clampRange(state.years, yearExtent(next.graph)) : undefined;
      const hyperThreshold = state.hyperThreshold === datasetThreshold(next) ? undefined : state.hyperThreshold;
      store.update({ years, hyperThreshold, highlightedCommunity: undefined });
      bar?.datasetChanged();
      showStatus();
      showLegend();
    },
  };
}
