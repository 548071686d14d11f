/**
 * Shell glue of "Talks": page mode (embed / present) and theme as attributes on <html> (the CSS
 * in styles/talks.css does the hiding and colouring), the embed's "Open full view" link, the
 * embed's WebGL economy (an embed scrolled out of sight kills its renderer, keeping the state,
 * and rebuilds it when it comes back: a slide deck with many embeds stays under the browser's
 * ~16 WebGL contexts), presentation mode (app/present.ts) and the Export menu.
 * app.ts calls `datasetChanged` each time it shows a dataset.
 */
import "../../styles/talks.css";
import type { AtlasContext } from "./context.ts";
import type { Store } from "./state.ts";
import type { GraphView } from "../view/graph-view.ts";
import { fullViewHref } from "./talks-url.ts";
import { connectPresent, type PresentController } from "./present.ts";
import { mountExportMenu } from "../panels/export-menu.ts";

export interface TalksShell {
  store: Store;
  /** The section holding the graph, its legend and overlays. */
  graphArea: HTMLElement;
  graph: HTMLElement;
  /** The header, for the Export menu (skipped when absent). */
  header: HTMLElement | null;
  context(): AtlasContext | undefined;
  view(): GraphView | undefined;
  /** Kill the renderer (frees its WebGL context); the store keeps selection and camera. */
  suspendView(): void;
  /** Build the renderer again from the store. */
  resumeView(): void;
  reducedMotion(): boolean;
}

export interface TalksController {
  datasetChanged(context: AtlasContext): void;
  /** Resolves when the graph may start work: at once, or for an embed when it first comes into view. */
  whenVisible(): Promise<void>;
  present?: PresentController;
}

export type PageMode = "embed" | "present" | "full";

export function pageMode(state: { embed?: boolean; present?: boolean }): PageMode {
  if (state.embed) return "embed";
  if (state.present) return "present";
  return "full";
}

export function connectTalks(shell: TalksShell): TalksController {
  const { store } = shell;
  const root = document.documentElement;
  const initial = store.get();
  const mode = pageMode(initial);
  root.dataset.mode = mode;
  const applyTheme = (theme: string | undefined) => {
    root.dataset.theme = theme ?? "light";
  };
  applyTheme(initial.theme);
  store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) applyTheme(state.theme);
  });

  const embed = mode === "embed" ? setUpEmbed(shell) : undefined;
  if (!embed && shell.header) {
    const slot = document.createElement("div");
    slot.className = "export-slot";
    shell.header.append(slot);
    mountExportMenu(slot, { store, context: shell.context });
  }
  const present = mode === "present" ? connectPresent({ store, host: shell.graphArea, context: shell.context, view: shell.view, reducedMotion: shell.reducedMotion }) : undefined;

  return {
    present,
    whenVisible: () => embed?.firstVisible ?? Promise.resolve(),
    datasetChanged(context) {
      // An embed that loaded out of sight gives its new context back at once.
      if (embed && !embed.visible()) shell.suspendView();
      present?.datasetChanged(context);
    },
  };
}

function setUpEmbed(shell: TalksShell): { visible(): boolean; firstVisible: Promise<void> } {
  const link = document.createElement("a");
  link.className = "embed-open";
  link.textContent = "Open full view";
  link.target = "_blank";
  link.rel = "noopener";
  const refresh = () => {
    link.href = fullViewHref(window.location);
  };
  refresh();
  // The URL follows the selection and camera: take it as it is when the link is used.
  for (const type of ["pointerdown", "focus", "click"]) link.addEventListener(type, refresh);
  shell.graphArea.append(link);

  if (typeof IntersectionObserver === "undefined") return { visible: () => true, firstVisible: Promise.resolve() };
  // Unknown until the first report: an embed far down a deck loads nothing until it is scrolled to.
  let visible = false;
  let seen: () => void = () => {};
  const firstVisible = new Promise<void>((resolve) => {
    seen = resolve;
  });
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry || entry.isIntersecting === visible) return;
    visible = entry.isIntersecting;
    if (visible) seen();
    document.body.dataset.graphSuspended = String(!visible);
    if (visible) shell.resumeView();
    else shell.suspendView();
  });
  observer.observe(shell.graph);
  return { visible: () => visible, firstVisible };
}
