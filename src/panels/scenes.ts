/**
 * The scenes editor of presentation mode: the list of scenes with Go / Move up / Move down /
 * Delete, "Add scene" (captures the current view after the current scene), and Save / Load of
 * the scenes file (app/scenes.ts documents and validates the format). Text only: titles come
 * from data and are set as textContent.
 */
import type { AppState } from "../app/state.ts";
import { addScene, deleteScene, moveScene, parseScenes, sceneFromState, serializeScenes, titleForSelection, MAX_SCENES_FILE_BYTES, type Scene } from "../app/scenes.ts";
import type { AtlasGraph } from "../graph/build.ts";
import { downloadText } from "./download.ts";

export interface ScenesEditorHost {
  scenes(): readonly Scene[];
  current(): number;
  /** Replace the scenes; `show`: the scene to show next (0-based). */
  setScenes(scenes: Scene[], show?: number): void;
  go(index: number): void;
  capture(): Pick<AppState, "selection" | "camera" | "years" | "colorMode"> & { theme?: AppState["theme"]; graph?: AtlasGraph };
  onToggle?(open: boolean): void;
}

export interface ScenesEditor {
  render(): void;
  toggle(open?: boolean): void;
}

export function mountScenesEditor(parent: HTMLElement, host: ScenesEditorHost): ScenesEditor {
  const root = document.createElement("section");
  root.className = "scenes-editor";
  root.hidden = true;
  root.setAttribute("aria-labelledby", "scenes-editor-heading");
  const heading = document.createElement("h2");
  heading.id = "scenes-editor-heading";
  heading.textContent = "Scenes";
  heading.tabIndex = -1;
  const list = document.createElement("ol");
  list.className = "scenes-list";
  const actions = document.createElement("div");
  actions.className = "scenes-actions";
  const message = document.createElement("p");
  message.className = "scenes-message";
  message.setAttribute("role", "status");

  const button = (text: string, onClick: () => void, label?: string) => {
    const element = document.createElement("button");
    element.type = "button";
    element.textContent = text;
    if (label) {
      element.setAttribute("aria-label", label);
      element.title = label;
    }
    element.addEventListener("click", onClick);
    return element;
  };

  const addButton = button("Add scene", () => {
    const state = host.capture();
    const title = state.graph ? titleForSelection(state.graph, state.selection) : "Scene";
    const at = host.current() + 1;
    host.setScenes(addScene(host.scenes(), sceneFromState(state, title, state.theme), at), at);
    say(`Added scene ${at + 1}: ${title}.`);
  });
  const saveButton = button("Save…", () => {
    downloadText(serializeScenes(host.scenes()), "scenes.json", "application/json");
    say(`Saved ${host.scenes().length} scenes to scenes.json.`);
  }, "Save scenes to a file");
  const fileInput = document.createElement("input");
  fileInput.type = "file";
  fileInput.accept = ".json,application/json";
  fileInput.id = "scenes-file";
  fileInput.className = "visually-hidden";
  const loadLabel = document.createElement("label");
  loadLabel.htmlFor = "scenes-file";
  loadLabel.className = "button-like";
  loadLabel.textContent = "Load…";
  loadLabel.tabIndex = 0;
  loadLabel.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      fileInput.click();
    }
  });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_SCENES_FILE_BYTES) {
      say(`${file.name} is not a scenes file (${Math.round(file.size / 1024)} kB).`, true);
      return;
    }
    const parsed = parseScenes(await file.text());
    if ("errors" in parsed) {
      say(`${file.name} was not loaded: ${parsed.errors.slice(0, 3).join(" ")}${parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : ""}`, true);
      return;
    }
    host.setScenes(parsed.scenes, 0);
    say(`Loaded ${parsed.scenes.length} scenes from ${file.name}.`);
  });
  const closeButton = button("Close", () => toggle(false), "Close the scenes editor");
  actions.append(addButton, saveButton, loadLabel, fileInput, closeButton);
  root.append(heading, list, actions, message);
  parent.append(root);

  function say(text: string, error = false) {
    message.textContent = text;
    message.classList.toggle("error", error);
  }

  function render() {
    if (root.hidden) return;
    const scenes = host.scenes();
    const current = host.current();
    const items = scenes.map((scene, index) => {
      const item = document.createElement("li");
      if (index === current) item.setAttribute("aria-current", "step");
      const name = document.createElement("span");
      name.className = "scene-name";
      name.textContent = scene.title;
      const n = index + 1;
      item.append(
        name,
        button("Go", () => host.go(index), `Show scene ${n}`),
        disabled(button("↑", () => host.setScenes(moveScene(host.scenes(), index, -1), current === index ? index - 1 : undefined), `Move scene ${n} up`), index === 0),
        disabled(button("↓", () => host.setScenes(moveScene(host.scenes(), index, 1), current === index ? index + 1 : undefined), `Move scene ${n} down`), index === scenes.length - 1),
        disabled(
          button("Delete", () => {
            host.setScenes(deleteScene(host.scenes(), index), Math.min(current, scenes.length - 2));
            say(`Deleted scene ${n}: ${scene.title}.`);
          }, `Delete scene ${n}`),
          scenes.length <= 1,
        ),
      );
      return item;
    });
    list.replaceChildren(...items);
  }

  function toggle(open: boolean = root.hidden !== false) {
    root.hidden = !open;
    host.onToggle?.(open);
    if (open) {
      render();
      heading.focus();
    }
  }

  return { render, toggle };
}

function disabled(button: HTMLButtonElement, isDisabled: boolean): HTMLButtonElement {
  button.disabled = isDisabled;
  return button;
}
