/**
 * The explore bar under the graph: the year histogram with its brush, From/To year inputs, a
 * play button that slides the window through the years, the colour mode, and the hyperauthored
 * threshold with the papers it affects. Reads and writes only the store.
 */
import "../../styles/explore.css";
import type { AtlasContext } from "../app/context.ts";
import type { AppState, Store } from "../app/state.ts";
import type { ColorMode } from "../app/explore-url.ts";
import { clampRange, playFrames, yearExtent, yearHistogram, type YearExtent, type YearRange } from "../graph/years.ts";
import { DEFAULT_HYPERAUTHOR_THRESHOLD, MAX_HYPERAUTHOR_THRESHOLD, MIN_HYPERAUTHOR_THRESHOLD, papersAboveThreshold, parseThreshold, thresholdSummary } from "../graph/hyperauthored.ts";
import { timelineChart, type Timeline } from "./timeline.ts";
import { uniqueId, wrap } from "./dom.ts";

export interface ExploreBarHost {
  store: Store;
  context(): AtlasContext | undefined;
  reducedMotion(): boolean;
}

export interface ExploreBar {
  /** Redraws for a new dataset (histogram, bounds, threshold). */
  datasetChanged(): void;
  destroy(): void;
}

/** A play step is long enough to see who joined (and reduced motion changes no timing: the steps are the content). */
export const PLAY_STEP_MS = 1200;

const COLOR_MODES: { value: ColorMode; label: string }[] = [
  { value: "kind", label: "Kind" },
  { value: "community", label: "Community" },
  { value: "year", label: "First year together" },
];

/** The dataset's own threshold (the one its `hyperauthored` flags were set with). */
export function datasetThreshold(context: AtlasContext | undefined): number {
  return context?.atlas.provenance.settings.hyperauthorThreshold ?? DEFAULT_HYPERAUTHOR_THRESHOLD;
}

/** Two typed years as a range within the data (swapped when reversed); undefined when either is not a year. */
export function rangeFromInputs(fromText: string, toText: string, extent: YearExtent | undefined): YearRange | undefined {
  const from = Number(fromText);
  const to = Number(toText);
  if (!fromText.trim() || !toText.trim() || !Number.isInteger(from) || !Number.isInteger(to)) return undefined;
  return clampRange({ from: Math.min(from, to), to: Math.max(from, to) }, extent);
}

export function mountExploreBar(root: HTMLElement, host: ExploreBarHost): ExploreBar {
  const { store } = host;
  root.classList.add("explore-bar");
  let extent: YearExtent | undefined;
  let timeline: Timeline | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;

  const parent = wrap(root);
  root.replaceChildren();

  // ── time ──
  const timeLabelId = uniqueId("explore-time");
  const time = parent.append("div").attr("class", "explore-group explore-time").attr("role", "group").attr("aria-labelledby", timeLabelId);
  time.append("span").attr("class", "explore-label").attr("id", timeLabelId).text("Years");
  const chartSlot = time.append("div").attr("class", "timeline-slot");
  const controls = time.append("div").attr("class", "explore-year-controls");
  const yearInput = (label: string) => {
    const id = uniqueId("explore-year");
    const field = controls.append("span").attr("class", "explore-field");
    field.append("label").attr("for", id).text(label);
    return field.append("input").attr("id", id).attr("type", "number").attr("step", "1").attr("inputmode", "numeric").attr("class", "explore-year-input");
  };
  const fromInput = yearInput("From");
  const toInput = yearInput("To");
  // The label says what a press does (Play / Pause): no aria-pressed, which would contradict a changing label.
  const playButton = controls.append("button").attr("type", "button").attr("class", "explore-button explore-play").attr("data-playing", "false").text("Play");
  const allButton = controls.append("button").attr("type", "button").attr("class", "explore-button").text("All years");

  // ── colour ──
  const colorId = uniqueId("explore-color");
  const colorGroup = parent.append("div").attr("class", "explore-group explore-color");
  colorGroup.append("label").attr("class", "explore-label").attr("for", colorId).text("Colour");
  const colorSelect = colorGroup.append("select").attr("id", colorId);
  for (const mode of COLOR_MODES) colorSelect.append("option").attr("value", mode.value).text(mode.label);

  // ── hyperauthored threshold ──
  const hyperId = uniqueId("explore-hyper");
  const hyperNoteId = uniqueId("explore-hyper-note");
  const hyperGroup = parent.append("div").attr("class", "explore-group explore-hyper");
  const hyperLine = hyperGroup.append("div").attr("class", "explore-hyper-line");
  hyperLine.append("label").attr("class", "explore-label").attr("for", hyperId).text("Large papers: more than");
  const hyperInput = hyperLine
    .append("input")
    .attr("id", hyperId)
    .attr("type", "number")
    .attr("min", MIN_HYPERAUTHOR_THRESHOLD)
    .attr("max", MAX_HYPERAUTHOR_THRESHOLD)
    .attr("step", "1")
    .attr("inputmode", "numeric")
    .attr("aria-describedby", hyperNoteId)
    .attr("class", "explore-hyper-input");
  hyperLine.append("span").text("authors");
  const hyperNote = hyperGroup.append("p").attr("class", "explore-note").attr("id", hyperNoteId).attr("aria-live", "polite");

  // ── behaviour ──
  const stopPlaying = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    playButton.attr("data-playing", "false").text("Play");
  };
  const setYears = (years: YearRange | undefined) => store.update({ years });

  const startPlaying = () => {
    if (!extent) return;
    const frames = playFrames(extent, store.get().years);
    let index = 0;
    playButton.attr("data-playing", "true").text("Pause");
    setYears(frames[index++]);
    timer = setInterval(() => {
      if (index >= frames.length) {
        stopPlaying();
        return;
      }
      setYears(frames[index++]);
      if (index >= frames.length) stopPlaying();
    }, PLAY_STEP_MS);
  };
  playButton.on("click", () => (timer !== undefined ? stopPlaying() : startPlaying()));
  allButton.on("click", () => {
    stopPlaying();
    setYears(undefined);
  });
  const onYearInput = () => {
    const range = rangeFromInputs(fromInput.property("value"), toInput.property("value"), extent);
    if (!range) return;
    stopPlaying();
    setYears(range);
  };
  fromInput.on("change", onYearInput);
  toInput.on("change", onYearInput);

  colorSelect.on("change", () => {
    const value = colorSelect.property("value") as ColorMode;
    store.update({ colorMode: value === "kind" ? undefined : value, highlightedCommunity: undefined });
  });

  hyperInput.on("change", () => {
    const value = parseThreshold(hyperInput.property("value"));
    if (value === undefined) {
      showThreshold(store.get()); // put the current value back
      return;
    }
    store.update({ hyperThreshold: value === datasetThreshold(host.context()) ? undefined : value, highlightedCommunity: undefined });
  });

  // ── store → controls ──
  const showYears = (state: AppState) => {
    const shown = clampRange(state.years, extent);
    fromInput.property("value", shown ? String(shown.from) : extent ? String(extent.min) : "");
    toInput.property("value", shown ? String(shown.to) : extent ? String(extent.max) : "");
    allButton.attr("disabled", state.years ? null : "");
    timeline?.show(shown);
  };
  const showThreshold = (state: AppState) => {
    const context = host.context();
    const threshold = state.hyperThreshold ?? datasetThreshold(context);
    hyperInput.property("value", String(threshold));
    hyperNote.text(context ? thresholdSummary(papersAboveThreshold(context.graph, threshold), threshold) : "");
  };
  const showColor = (state: AppState) => colorSelect.property("value", state.colorMode ?? "kind");

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.years !== previous.years) showYears(state);
    if (state.hyperThreshold !== previous.hyperThreshold) showThreshold(state);
    if (state.colorMode !== previous.colorMode) showColor(state);
  });

  const datasetChanged = () => {
    stopPlaying();
    const context = host.context();
    chartSlot.selectAll("*").remove();
    timeline = undefined;
    extent = context ? yearExtent(context.graph) : undefined;
    for (const input of [fromInput, toInput]) {
      input.attr("min", extent ? extent.min : null).attr("max", extent ? extent.max : null).attr("disabled", extent ? null : "");
    }
    playButton.attr("disabled", extent && extent.max > extent.min ? null : "");
    if (context && extent) {
      timeline = timelineChart(chartSlot, yearHistogram(context.graph), {
        reducedMotion: host.reducedMotion,
        onBrush(range) {
          stopPlaying();
          setYears(range);
        },
      });
    } else {
      chartSlot.append("p").attr("class", "explore-note").text(context ? "No paper has a year." : "");
    }
    const state = store.get();
    showYears(state);
    showThreshold(state);
    showColor(state);
  };

  return {
    datasetChanged,
    destroy() {
      stopPlaying();
      unsubscribe();
    },
  };
}
