/** Scenes of presentation mode: defaults from the default dataset, stepping keys, editing, the file format. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collect } from "../../../src/identity/index.ts";
import { importFiles } from "../../../src/import/index.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import {
  addScene,
  defaultScenes,
  deleteScene,
  moveScene,
  parseScenes,
  sceneForKey,
  sceneFromState,
  sceneIndexFromUrl,
  scenePatch,
  serializeScenes,
  titleForSelection,
  WHOLE_GRAPH_CAMERA,
  type Scene,
} from "../../../src/app/scenes.ts";

const collection = collect(importFiles([{ name: "data/ramasesh.bib", text: readFileSync("data/ramasesh.bib", "utf8") }]));
const graph = buildGraph(collection);

describe("defaultScenes on the default dataset", () => {
  const scenes = defaultScenes(graph, collection.focalPersonId);

  it("goes whole network → Ramasesh → Ramasesh and Dyer (5 shared) → their newest shared paper", () => {
    expect(scenes.map((scene) => scene.selection.kind)).toEqual(["none", "person", "pair", "paper"]);
    expect(scenes[0]).toEqual({ title: "Whole network", selection: { kind: "none" }, camera: WHOLE_GRAPH_CAMERA });
    expect(scenes[1].selection).toEqual({ kind: "person", personId: "vinay-venkatesh-ramasesh" });
    expect(scenes[2].selection).toEqual({ kind: "pair", personId: "vinay-venkatesh-ramasesh", otherId: "ethan-dyer" });
    expect(scenes[2].title).toBe("Vinay Venkatesh Ramasesh and Ethan Dyer: 5 shared papers");
    // Dyer's papers with Ramasesh, newest first: BIG-bench (2023) is the newest.
    const paper = scenes[3].selection;
    expect(paper.kind).toBe("paper");
    expect(scenes[3].title).toMatch(/\(2023\)$/);
  });

  it("is the same on every call (deterministic)", () => {
    expect(defaultScenes(graph, collection.focalPersonId)).toEqual(scenes);
  });

  it("without a focal researcher starts from the author with most papers", () => {
    const withoutFocal = defaultScenes(graph, undefined);
    expect(withoutFocal[1].selection).toEqual({ kind: "person", personId: "vinay-venkatesh-ramasesh" });
  });

  it("an empty graph gives the whole-network scene only", () => {
    expect(defaultScenes(buildGraph({ papers: [], people: [] }))).toHaveLength(1);
  });
});

describe("sceneForKey", () => {
  it("steps forward with Right, Down, PageDown and Space; back with Left, Up, PageUp and Shift+Space", () => {
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " "]) expect(sceneForKey(key, 1, 4)).toBe(2);
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp"]) expect(sceneForKey(key, 1, 4)).toBe(0);
    expect(sceneForKey(" ", 1, 4, true)).toBe(0);
  });
  it("Home and End jump to the ends", () => {
    expect(sceneForKey("Home", 3, 4)).toBe(0);
    expect(sceneForKey("End", 0, 4)).toBe(3);
  });
  it("returns undefined at the ends, for other keys and without scenes", () => {
    expect(sceneForKey("ArrowRight", 3, 4)).toBeUndefined();
    expect(sceneForKey("ArrowLeft", 0, 4)).toBeUndefined();
    expect(sceneForKey("Home", 0, 4)).toBeUndefined();
    expect(sceneForKey("a", 1, 4)).toBeUndefined();
    expect(sceneForKey("ArrowRight", 0, 0)).toBeUndefined();
  });
  it("maps the URL's 1-based scene to an index, clamped", () => {
    expect(sceneIndexFromUrl(undefined, 4)).toBe(0);
    expect(sceneIndexFromUrl(2, 4)).toBe(1);
    expect(sceneIndexFromUrl(99, 4)).toBe(3);
  });
});

describe("editing scenes", () => {
  const a: Scene = { title: "A", selection: { kind: "none" } };
  const b: Scene = { title: "B", selection: { kind: "person", personId: "ethan-dyer" } };
  const c: Scene = { title: "C", selection: { kind: "paper", paperId: "arxiv:2206.04615" } };
  it("adds, moves and deletes without touching the input", () => {
    const list = [a, b];
    expect(addScene(list, c).map((s) => s.title)).toEqual(["A", "B", "C"]);
    expect(addScene(list, c, 1).map((s) => s.title)).toEqual(["A", "C", "B"]);
    expect(moveScene([a, b, c], 2, -1).map((s) => s.title)).toEqual(["A", "C", "B"]);
    expect(moveScene([a, b, c], 0, -1).map((s) => s.title)).toEqual(["A", "B", "C"]);
    expect(deleteScene([a, b, c], 1).map((s) => s.title)).toEqual(["A", "C"]);
    expect(list.map((s) => s.title)).toEqual(["A", "B"]);
  });
  it("captures the current view and gives it back as a store patch", () => {
    const scene = sceneFromState(
      { selection: b.selection, camera: { x: 0.4, y: 0.6, ratio: 0.3, angle: 0 }, years: { from: 2021, to: 2022 }, colorMode: "community" },
      "Dyer\nclose up",
      "projector-dark",
    );
    expect(scene).toEqual({
      title: "Dyer close up",
      selection: b.selection,
      camera: { x: 0.4, y: 0.6, ratio: 0.3, angle: 0 },
      years: { from: 2021, to: 2022 },
      colorMode: "community",
      theme: "projector-dark",
    });
    expect(scenePatch(scene)).toEqual({ selection: b.selection, years: { from: 2021, to: 2022 }, colorMode: "community", theme: "projector-dark" });
    // A scene without years/colour clears them; without a theme it keeps the current one.
    expect(scenePatch(a)).toEqual({ selection: { kind: "none" }, years: undefined, colorMode: undefined });
  });
  it("titles a captured scene by what is selected", () => {
    expect(titleForSelection(graph, { kind: "pair", personId: "vinay-venkatesh-ramasesh", otherId: "ethan-dyer" })).toBe("Vinay Venkatesh Ramasesh and Ethan Dyer");
    expect(titleForSelection(graph, { kind: "none" })).toBe("Whole network");
  });
});

describe("the scenes file", () => {
  const scenes = defaultScenes(graph, collection.focalPersonId);
  it("round-trips", () => {
    const text = serializeScenes(scenes);
    expect(JSON.parse(text)).toMatchObject({ format: "coauthor-atlas-scenes", version: 1 });
    expect(parseScenes(text)).toEqual({ scenes });
  });
  it("names what is wrong and where", () => {
    expect(parseScenes("{")).toEqual({ errors: [expect.stringMatching(/^Not JSON/)] });
    expect(parseScenes(JSON.stringify({ format: "coauthor-atlas", version: 1, scenes: [] }))).toEqual({ errors: ['format: expected "coauthor-atlas-scenes", found "coauthor-atlas".'] });
    expect(parseScenes(JSON.stringify({ format: "coauthor-atlas-scenes", version: 2, scenes: [] }))).toEqual({ errors: ["version: expected 1, found 2."] });
    expect(parseScenes(JSON.stringify({ format: "coauthor-atlas-scenes", version: 1, scenes: [] }))).toEqual({ errors: ["scenes: the list is empty."] });
    const bad = {
      format: "coauthor-atlas-scenes",
      version: 1,
      scenes: [
        { title: "ok", selection: { kind: "none" } },
        { selection: { kind: "person" } },
        { selection: { kind: "crowd" }, camera: { x: 0, y: 0, ratio: 0 } },
        { selection: { kind: "none" }, theme: "neon", years: { from: 2023, to: 2021 } },
        "scene",
      ],
    };
    expect(parseScenes(JSON.stringify(bad))).toEqual({
      errors: [
        "scenes[1].selection.personId: expected an id, found nothing.",
        'scenes[2].selection.kind: expected "none", "person", "pair" or "paper", found "crowd".',
        "scenes[2].camera.ratio: expected a zoom ratio between 0.0001 and 1000, found 0.",
        "scenes[3].years: expected years from 1000 to 2999 with from ≤ to, found 2023–2021.",
        'scenes[3].theme: expected "light", "dark", "projector-light" or "projector-dark", found "neon".',
        "scenes[4]: expected an object, found \"scene\".",
      ],
    });
  });
  it("fills a missing title and angle", () => {
    const parsed = parseScenes(JSON.stringify({ format: "coauthor-atlas-scenes", version: 1, scenes: [{ camera: { x: 0.5, y: 0.5, ratio: 2 } }] }));
    expect(parsed).toEqual({ scenes: [{ title: "Scene 1", selection: { kind: "none" }, camera: { x: 0.5, y: 0.5, ratio: 2, angle: 0 } }] });
  });
});
