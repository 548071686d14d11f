/**
 * Scenes of presentation mode (pure): a scene is a saved view state — selection, camera,
 * year filter, colour mode, theme — that the presenter steps through. Default scenes come from
 * the dataset; scenes can be captured, reordered, deleted, and saved to / loaded from a small
 * JSON file:
 *
 *   { "format": "coauthor-atlas-scenes", "version": 1, "scenes": [
 *       { "title": "Whole network", "selection": { "kind": "none" }, "camera": { "x": 0.5, "y": 0.5, "ratio": 1, "angle": 0 } },
 *       { "title": "Ethan Dyer", "selection": { "kind": "person", "personId": "ethan-dyer" }, "theme": "projector-dark" } ] }
 *
 * A scene without a camera frames its selection when shown.
 */
import type { AtlasGraph, AuthorNodeAttributes, PaperNodeAttributes } from "../graph/build.ts";
import { authorNode, paperNode } from "../graph/build.ts";
import { coauthorsOf, sharedPapers, papersOf, compareText } from "../graph/queries.ts";
import type { YearRange } from "../graph/years.ts";
import type { AppState, CameraState, Selection } from "./state.ts";
import type { ColorMode } from "./explore-url.ts";
import { isViewThemeName, type ViewThemeName } from "./talks-url.ts";

export const SCENES_FORMAT = "coauthor-atlas-scenes";
export const SCENES_VERSION = 1;
/** Files bigger than this are not a scenes file (a deck of a few hundred scenes is ~100 kB). */
export const MAX_SCENES_FILE_BYTES = 1_000_000;
export const MAX_SCENES = 500;
const MAX_TITLE_LENGTH = 200;
const MAX_ID_LENGTH = 300;

export interface Scene {
  title: string;
  selection: Selection;
  /** Absent: frame the selection (the whole graph when nothing is selected). */
  camera?: CameraState;
  years?: YearRange;
  colorMode?: ColorMode;
  /** Absent: keep the theme the presentation runs in. */
  theme?: ViewThemeName;
}

export interface ScenesFile {
  format: typeof SCENES_FORMAT;
  version: typeof SCENES_VERSION;
  scenes: Scene[];
}

/** Sigma's camera for the whole graph (graph-normalised coordinates). */
export const WHOLE_GRAPH_CAMERA: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

// ───────────────────────────── default scenes ─────────────────────────────

function authorLabel(graph: AtlasGraph, personId: string): string {
  return (graph.getNodeAttributes(authorNode(personId)) as AuthorNodeAttributes).label;
}

/** The person the talk is about: the dataset's focal researcher, else the author with most papers (then name). */
export function leadPerson(graph: AtlasGraph, focalPersonId?: string): string | undefined {
  if (focalPersonId && graph.hasNode(authorNode(focalPersonId))) return focalPersonId;
  let best: AuthorNodeAttributes | undefined;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== "author") return;
    if (!best || attributes.papers > best.papers || (attributes.papers === best.papers && compareText(attributes.label, best.label) < 0)) best = attributes;
  });
  return best?.personId;
}

/**
 * Whole network → the focal researcher → their top coauthor with the papers they share →
 * the newest of those papers. Scenes the dataset cannot give (no authors, no coauthor) are left out.
 */
export function defaultScenes(graph: AtlasGraph, focalPersonId?: string): Scene[] {
  const scenes: Scene[] = [{ title: "Whole network", selection: { kind: "none" }, camera: WHOLE_GRAPH_CAMERA }];
  const lead = leadPerson(graph, focalPersonId);
  if (!lead) return scenes;
  const leadName = authorLabel(graph, lead);
  scenes.push({ title: leadName, selection: { kind: "person", personId: lead } });
  const top = coauthorsOf(graph, lead)[0];
  let paperId: string | undefined;
  if (top) {
    const otherName = authorLabel(graph, top.personId);
    const count = top.shared;
    scenes.push({
      title: `${leadName} and ${otherName}: ${count} shared ${count === 1 ? "paper" : "papers"}`,
      selection: { kind: "pair", personId: lead, otherId: top.personId },
    });
    paperId = sharedPapers(graph, lead, top.personId)[0];
  }
  paperId ??= papersOf(graph, lead)[0];
  if (paperId !== undefined) {
    const paper = graph.getNodeAttributes(paperNode(paperId)) as PaperNodeAttributes;
    scenes.push({ title: paper.year ? `${paper.label} (${paper.year})` : paper.label, selection: { kind: "paper", paperId } });
  }
  return scenes;
}

// ───────────────────────────── scenes ⇄ state ─────────────────────────────

/** The scene the current view is: what "Add scene" captures. */
export function sceneFromState(state: Pick<AppState, "selection" | "camera" | "years" | "colorMode">, title: string, theme?: ViewThemeName): Scene {
  const scene: Scene = { title: cleanTitle(title) || "Scene", selection: state.selection };
  if (state.camera) scene.camera = { ...state.camera };
  if (state.years) scene.years = { ...state.years };
  if (state.colorMode && state.colorMode !== "kind") scene.colorMode = state.colorMode;
  if (theme) scene.theme = theme;
  return scene;
}

/** What showing a scene changes in the store. Camera is left to the caller (animated, or framed). */
export function scenePatch(scene: Scene): Pick<AppState, "selection" | "years" | "colorMode"> & Partial<Pick<AppState, "theme">> {
  const patch: Pick<AppState, "selection" | "years" | "colorMode"> & Partial<Pick<AppState, "theme">> = {
    selection: scene.selection,
    years: scene.years,
    colorMode: scene.colorMode,
  };
  if (scene.theme) patch.theme = scene.theme;
  return patch;
}

/** A title for a captured scene from what is selected. */
export function titleForSelection(graph: AtlasGraph, selection: Selection): string {
  const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : undefined);
  switch (selection.kind) {
    case "none":
      return "Whole network";
    case "person":
      return label(authorNode(selection.personId)) ?? selection.personId;
    case "pair":
      return `${label(authorNode(selection.personId)) ?? selection.personId} and ${label(authorNode(selection.otherId)) ?? selection.otherId}`;
    case "paper":
      return label(paperNode(selection.paperId)) ?? selection.paperId;
  }
}

// ───────────────────────────── stepping ─────────────────────────────

/**
 * The scene (0-based) a key moves to, or undefined when the key is not a presentation key or
 * changes nothing. Clickers send PageDown/PageUp; Space and the arrows are the keyboard's.
 */
export function sceneForKey(key: string, current: number, count: number, shiftKey = false): number | undefined {
  if (count <= 0) return undefined;
  const index = clampIndex(current, count);
  let next: number;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      next = index + 1;
      break;
    case " ":
    case "Spacebar":
      next = shiftKey ? index - 1 : index + 1;
      break;
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      next = index - 1;
      break;
    case "Home":
      next = 0;
      break;
    case "End":
      next = count - 1;
      break;
    default:
      return undefined;
  }
  next = clampIndex(next, count);
  return next === index ? undefined : next;
}

export function clampIndex(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/** The 0-based scene for the URL's 1-based `scene` (absent or past the end → clamped). */
export function sceneIndexFromUrl(scene: number | undefined, count: number): number {
  return clampIndex((scene ?? 1) - 1, count);
}

// ───────────────────────────── editing (new arrays, never in place) ─────────────────────────────

export function addScene(scenes: readonly Scene[], scene: Scene, at = scenes.length): Scene[] {
  const index = Math.min(scenes.length, Math.max(0, at));
  return [...scenes.slice(0, index), scene, ...scenes.slice(index)];
}

export function deleteScene(scenes: readonly Scene[], index: number): Scene[] {
  if (index < 0 || index >= scenes.length) return [...scenes];
  return scenes.filter((_scene, i) => i !== index);
}

/** Moves a scene by `delta` places (−1 up, +1 down); out of range: unchanged. */
export function moveScene(scenes: readonly Scene[], index: number, delta: number): Scene[] {
  const target = index + delta;
  if (index < 0 || index >= scenes.length || target < 0 || target >= scenes.length) return [...scenes];
  const next = [...scenes];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

// ───────────────────────────── file ─────────────────────────────

export function serializeScenes(scenes: readonly Scene[]): string {
  const file: ScenesFile = { format: SCENES_FORMAT, version: SCENES_VERSION, scenes: scenes.map(cleanScene) };
  return JSON.stringify(file, null, 2) + "\n";
}

/** Only the documented fields, in a stable order. */
function cleanScene(scene: Scene): Scene {
  const clean: Scene = { title: scene.title, selection: scene.selection };
  if (scene.camera) clean.camera = { x: scene.camera.x, y: scene.camera.y, ratio: scene.camera.ratio, angle: scene.camera.angle };
  if (scene.years) clean.years = { from: scene.years.from, to: scene.years.to };
  if (scene.colorMode) clean.colorMode = scene.colorMode;
  if (scene.theme) clean.theme = scene.theme;
  return clean;
}

export type ParsedScenes = { scenes: Scene[] } | { errors: string[] };

/** Reads a scenes file; every problem is reported with where it is (`scenes[2].camera.ratio: …`). */
export function parseScenes(text: string): ParsedScenes {
  if (text.length > MAX_SCENES_FILE_BYTES) return { errors: [`The file is ${Math.round(text.length / 1024)} kB; a scenes file is at most ${MAX_SCENES_FILE_BYTES / 1000} kB.`] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { errors: [`Not JSON: ${error instanceof Error ? error.message : String(error)}.`] };
  }
  if (!isRecord(data)) return { errors: [`Expected an object with "format": "${SCENES_FORMAT}".`] };
  if (data.format !== SCENES_FORMAT) return { errors: [`format: expected "${SCENES_FORMAT}", found ${describe(data.format)}.`] };
  if (data.version !== SCENES_VERSION) return { errors: [`version: expected ${SCENES_VERSION}, found ${describe(data.version)}.`] };
  if (!Array.isArray(data.scenes)) return { errors: [`scenes: expected a list, found ${describe(data.scenes)}.`] };
  if (data.scenes.length === 0) return { errors: ["scenes: the list is empty."] };
  if (data.scenes.length > MAX_SCENES) return { errors: [`scenes: ${data.scenes.length} scenes; at most ${MAX_SCENES}.`] };
  const errors: string[] = [];
  const scenes: Scene[] = [];
  data.scenes.forEach((value: unknown, index: number) => {
    const scene = readScene(value, `scenes[${index}]`, index, errors);
    if (scene) scenes.push(scene);
  });
  return errors.length > 0 ? { errors } : { scenes };
}

function readScene(value: unknown, where: string, index: number, errors: string[]): Scene | undefined {
  if (!isRecord(value)) {
    errors.push(`${where}: expected an object, found ${describe(value)}.`);
    return undefined;
  }
  const before = errors.length;
  let title = `Scene ${index + 1}`;
  if (value.title !== undefined) {
    if (typeof value.title !== "string") errors.push(`${where}.title: expected text, found ${describe(value.title)}.`);
    else title = cleanTitle(value.title) || title;
  }
  const selection = readSelection(value.selection, `${where}.selection`, errors);
  const scene: Scene = { title, selection: selection ?? { kind: "none" } };
  if (value.camera !== undefined) {
    const camera = readCamera(value.camera, `${where}.camera`, errors);
    if (camera) scene.camera = camera;
  }
  if (value.years !== undefined) {
    const years = readYears(value.years, `${where}.years`, errors);
    if (years) scene.years = years;
  }
  if (value.colorMode !== undefined) {
    if (value.colorMode === "kind" || value.colorMode === "community" || value.colorMode === "year") scene.colorMode = value.colorMode;
    else errors.push(`${where}.colorMode: expected "kind", "community" or "year", found ${describe(value.colorMode)}.`);
  }
  if (value.theme !== undefined) {
    if (isViewThemeName(value.theme)) scene.theme = value.theme;
    else errors.push(`${where}.theme: expected "light", "dark", "projector-light" or "projector-dark", found ${describe(value.theme)}.`);
  }
  return errors.length === before ? scene : undefined;
}

function readSelection(value: unknown, where: string, errors: string[]): Selection | undefined {
  if (value === undefined) return { kind: "none" };
  if (!isRecord(value)) {
    errors.push(`${where}: expected an object like {"kind": "person", "personId": "…"}, found ${describe(value)}.`);
    return undefined;
  }
  const id = (key: string): string | undefined => {
    const raw = value[key];
    if (typeof raw === "string" && raw.trim() !== "" && raw.length <= MAX_ID_LENGTH) return raw.trim();
    errors.push(`${where}.${key}: expected an id, found ${describe(raw)}.`);
    return undefined;
  };
  switch (value.kind) {
    case "none":
      return { kind: "none" };
    case "person": {
      const personId = id("personId");
      return personId ? { kind: "person", personId } : undefined;
    }
    case "pair": {
      const personId = id("personId");
      const otherId = id("otherId");
      return personId && otherId ? { kind: "pair", personId, otherId } : undefined;
    }
    case "paper": {
      const paperId = id("paperId");
      return paperId ? { kind: "paper", paperId } : undefined;
    }
    default:
      errors.push(`${where}.kind: expected "none", "person", "pair" or "paper", found ${describe(value.kind)}.`);
      return undefined;
  }
}

function readCamera(value: unknown, where: string, errors: string[]): CameraState | undefined {
  if (!isRecord(value)) {
    errors.push(`${where}: expected {"x", "y", "ratio"}, found ${describe(value)}.`);
    return undefined;
  }
  const before = errors.length;
  const number = (key: string, fallback?: number): number => {
    const raw = value[key] ?? fallback;
    if (typeof raw === "number" && Number.isFinite(raw)) return raw;
    errors.push(`${where}.${key}: expected a number, found ${describe(value[key])}.`);
    return 0;
  };
  const camera: CameraState = { x: number("x"), y: number("y"), ratio: number("ratio"), angle: number("angle", 0) };
  if (errors.length === before && (camera.ratio < 1e-4 || camera.ratio > 1e3)) errors.push(`${where}.ratio: expected a zoom ratio between 0.0001 and 1000, found ${camera.ratio}.`);
  return errors.length === before ? camera : undefined;
}

function readYears(value: unknown, where: string, errors: string[]): YearRange | undefined {
  if (!isRecord(value) || !Number.isInteger(value.from) || !Number.isInteger(value.to)) {
    errors.push(`${where}: expected {"from": year, "to": year}, found ${describe(value)}.`);
    return undefined;
  }
  const from = value.from as number;
  const to = value.to as number;
  if (from < 1000 || to > 2999 || from > to) {
    errors.push(`${where}: expected years from 1000 to 2999 with from ≤ to, found ${from}–${to}.`);
    return undefined;
  }
  return { from, to };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short, safe description of a wrong value for an error message. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  return String(value);
}

/** One line, no control characters, bounded length. */
function cleanTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  const line = title.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return line.length > MAX_TITLE_LENGTH ? line.slice(0, MAX_TITLE_LENGTH - 1) + "…" : line;
}
