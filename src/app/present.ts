/**
 * Presentation mode (`?present=1`): the graph fills the page and a small bar steps through
 * scenes (app/scenes.ts) — Right/Down/PageDown/Space next, Left/Up/PageUp previous, Home/End —
 * with smooth camera moves (instant under reduced motion). The scene number is in the URL
 * (`scene=N`, 1-based), so Back/Forward and reloads land on the same scene.
 */
import type { AtlasContext } from "./context.ts";
import type { AppState, CameraState, Store } from "./state.ts";
import { NO_SELECTION } from "./state.ts";
import { validSelection } from "./dataset.ts";
import { defaultScenes, sceneForKey, sceneIndexFromUrl, scenePatch, WHOLE_GRAPH_CAMERA, type Scene } from "./scenes.ts";
import { framingNodes } from "../view/emphasis.ts";
import type { GraphView } from "../view/graph-view.ts";
import { mountScenesEditor, type ScenesEditor } from "../panels/scenes.ts";
import { isViewThemeName, VIEW_THEME_NAMES, type ViewThemeName } from "./talks-url.ts";

export interface PresentShell {
  store: Store;
  /** Where the presentation bar goes (the graph area). */
  host: HTMLElement;
  context(): AtlasContext | undefined;
  view(): GraphView | undefined;
  reducedMotion(): boolean;
}

export interface PresentController {
  datasetChanged(context: AtlasContext): void;
  /** The scenes now shown (for tests and the editor). */
  scenes(): readonly Scene[];
}

const SCENE_MOVE_MS = 700;

const THEME_LABELS: Record<ViewThemeName, string> = {
  light: "Light",
  dark: "Dark",
  "projector-light": "Projector, light",
  "projector-dark": "Projector, dark",
};

/** Keys typed into a field, or Space on a button, belong to that element, not to the presentation. */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as Element;
  if (element.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return true;
  if ((key === " " || key === "Enter") && element.closest("button, a[href], summary")) return true;
  return false;
}

export function connectPresent(shell: PresentShell): PresentController {
  const { store } = shell;
  let scenes: Scene[] = [];
  let current = 0;

  const bar = document.createElement("div");
  bar.className = "present-bar";
  bar.setAttribute("role", "region");
  bar.setAttribute("aria-label", "Presentation");
  const previousButton = makeButton("◀", "Previous scene", () => step(current - 1));
  const caption = document.createElement("p");
  caption.className = "present-caption";
  caption.setAttribute("aria-live", "polite");
  const count = document.createElement("span");
  count.className = "present-count";
  const title = document.createElement("span");
  title.className = "present-title";
  caption.append(count, title);
  const nextButton = makeButton("▶", "Next scene", () => step(current + 1));
  // The theme can change mid-talk (a washed-out projector): the choice goes to the URL like the scene.
  const themeSelect = document.createElement("select");
  themeSelect.className = "present-theme";
  themeSelect.setAttribute("aria-label", "Theme");
  for (const name of VIEW_THEME_NAMES) {
    const option = document.createElement("option");
    option.value = name;
    option.textContent = THEME_LABELS[name];
    themeSelect.append(option);
  }
  themeSelect.value = store.get().theme ?? "light";
  themeSelect.addEventListener("change", () => {
    if (isViewThemeName(themeSelect.value)) store.update({ theme: themeSelect.value === "light" ? undefined : themeSelect.value });
  });
  const editorButton = makeButton("Scenes", "Edit scenes", () => editor.toggle());
  editorButton.setAttribute("aria-expanded", "false");
  editorButton.classList.add("present-edit");
  bar.append(previousButton, caption, nextButton, themeSelect, editorButton);
  shell.host.append(bar);

  const editor: ScenesEditor = mountScenesEditor(shell.host, {
    scenes: () => scenes,
    current: () => current,
    setScenes(next, index) {
      scenes = next;
      // The list changed under the current scene: show the one asked for even if its number is the same.
      if (index !== undefined && scenes.length > 0) show(Math.min(scenes.length - 1, Math.max(0, index)), false);
      else render();
    },
    go: (index) => step(index),
    capture: () => ({ ...captured(), theme: store.get().theme, graph: shell.context()?.graph }),
    onToggle: (open) => editorButton.setAttribute("aria-expanded", String(open)),
  });

  function makeButton(text: string, label: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.setAttribute("aria-label", label);
    button.title = label;
    button.addEventListener("click", onClick);
    return button;
  }

  function render() {
    const scene = scenes[current];
    count.textContent = scenes.length > 0 ? `${current + 1} / ${scenes.length}` : "No scenes";
    title.textContent = scene ? scene.title : "";
    previousButton.disabled = current <= 0;
    nextButton.disabled = current >= scenes.length - 1;
    editor.render();
  }

  /** The current view as a scene (the editor's "Add scene"). */
  function captured(): Pick<AppState, "selection" | "camera" | "years" | "colorMode"> {
    const state = store.get();
    return { selection: state.selection, camera: state.camera, years: state.years, colorMode: state.colorMode };
  }

  function moveCamera(target: CameraState, animate: boolean) {
    const camera = shell.view()?.sigma.getCamera();
    if (!camera) {
      store.update({ camera: target });
      return;
    }
    if (!animate || shell.reducedMotion()) camera.setState(target);
    else void camera.animate(target, { duration: SCENE_MOVE_MS, easing: "quadraticInOut" });
  }

  function show(index: number, animate: boolean) {
    const context = shell.context();
    const scene = scenes[index];
    if (!context || !scene) return;
    current = index;
    const patch = scenePatch(scene);
    const selection = validSelection(patch.selection, context);
    store.update({ ...patch, selection: selection ?? NO_SELECTION, scene: index + 1 });
    if (scene.camera) moveCamera(scene.camera, animate);
    else {
      const nodes = selection.kind === "none" ? [] : framingNodes(context.graph, selection);
      if (nodes.length > 0) shell.view()?.frameNodes(nodes, false, !animate || shell.reducedMotion());
      else moveCamera(WHOLE_GRAPH_CAMERA, animate);
    }
    render();
  }

  function step(index: number, animate = true) {
    if (scenes.length === 0) return;
    const target = Math.min(scenes.length - 1, Math.max(0, index));
    if (target !== current || store.get().scene !== target + 1) show(target, animate);
  }

  document.addEventListener("keydown", (event) => {
    if (!store.get().present || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (ownsKey(event.target, event.key)) return;
    const next = sceneForKey(event.key, current, scenes.length, event.shiftKey);
    if (next === undefined) {
      // At an end the key is still the presentation's (no page scroll).
      if (sceneForKey(event.key, current === 0 ? 1 : 0, Math.max(2, scenes.length)) !== undefined) event.preventDefault();
      return;
    }
    event.preventDefault();
    step(next);
  });

  // Back/Forward: the URL's scene wins.
  store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) themeSelect.value = state.theme ?? "light";
    if (!state.present || state.scene === previous.scene || scenes.length === 0) return;
    const wanted = sceneIndexFromUrl(state.scene, scenes.length);
    if (wanted !== current) show(wanted, true);
  });

  return {
    datasetChanged(context) {
      scenes = defaultScenes(context.graph, context.atlas.focalPersonId);
      current = sceneIndexFromUrl(store.get().scene, scenes.length);
      show(current, false);
    },
    scenes: () => scenes,
  };
}
