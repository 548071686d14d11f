/**
 * The app in a real Chromium (WebGL2 through SwiftShader), against the built dist/.
 * Ids come from the default dataset (data/ramasesh.bib → 8 papers, 462 people).
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  closeHarness,
  countColorPixels,
  countDrawnPixels,
  graphBox,
  nodePagePosition,
  openApp,
  screenshot,
  waitForAppState,
} from "./harness.ts";

afterAll(closeHarness);

const FOCAL = "vinay-venkatesh-ramasesh";
const VERMILLION: [number, number, number] = [0xd5, 0x5e, 0x00];

async function selection(page: Page) {
  return page.evaluate(() => window.__atlas!.store.get().selection);
}

/** The author node whose label is `name`. */
async function authorByName(page: Page, name: string): Promise<string> {
  const node = await page.evaluate((label) => window.__atlas!.sigma.getGraph().findNode((_n, a) => a.kind === "author" && a.label === label), name);
  if (!node) throw new Error(`no author ${name}`);
  return node;
}

/** Clicks where sigma draws `node`, then waits until the selection is of `kind` (sigma may hold a click back to tell it from a double click). */
async function clickNode(page: Page, node: string, kind: "person" | "pair" | "paper") {
  const { x, y } = await nodePagePosition(page, node);
  await page.mouse.click(x, y);
  await waitForSelection(page, kind);
}

async function waitForSelection(page: Page, kind: string) {
  await page.waitForFunction((wanted) => window.__atlas!.store.get().selection.kind === wanted, kind, { timeout: 20_000 });
}

describe("the default view", () => {
  it("draws the graph, the focal researcher stands out, and the status line counts papers and people", async () => {
    const page = await openApp();
    const png = await screenshot(page, "app-default");
    const box = await graphBox(page);
    // Measured ≈25 000 drawn pixels in the 900×640 graph area at 1280×800 (nodes, edges, labels); an empty canvas has 0.
    expect(countDrawnPixels(png, box)).toBeGreaterThan(15_000);
    // The focal researcher's disc (radius ≈ 13 px) in vermillion: ≈ 500 pixels.
    expect(countColorPixels(png, VERMILLION, box, 20)).toBeGreaterThan(250);
    await expect(page.locator("#status").textContent()).resolves.toBe("8 papers · 462 people");
    await expect(page.locator("#graph-legend").textContent()).resolves.toContain("authors who appear only on “Beyond the Imitation Game” (450 authors)");
    const labels = await page.evaluate(() => [...window.__atlas!.sigma.getNodeDisplayedLabels()]);
    expect(labels).toContain(`a:${FOCAL}`);
    // Not a label soup: the 441 cloud authors are unlabelled, so few labels show at the default zoom.
    expect(labels.length).toBeLessThan(25);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("selecting in the graph", () => {
  it("click an author → person; click a coauthor → pair; background → none; Escape → none; back steps through", async () => {
    const page = await openApp();
    await clickNode(page, `a:${FOCAL}`, "person");
    expect(await selection(page)).toEqual({ kind: "person", personId: FOCAL });
    expect(new URL(page.url()).searchParams.get("person")).toBe(FOCAL);
    await screenshot(page, "app-author");

    const dyer = await authorByName(page, "Ethan Dyer");
    await clickNode(page, dyer, "pair");
    expect(await selection(page)).toEqual({ kind: "pair", personId: FOCAL, otherId: dyer.slice(2) });
    const url = new URL(page.url());
    expect(url.searchParams.get("person")).toBe(FOCAL);
    expect(url.searchParams.get("with")).toBe(dyer.slice(2));

    await page.goBack();
    await waitForSelection(page, "person");
    expect(await selection(page)).toEqual({ kind: "person", personId: FOCAL });
    await page.goForward();
    await waitForSelection(page, "pair");

    // An empty corner of the graph area (the legend sits bottom-left).
    const box = await graphBox(page);
    await page.mouse.click(box.x + box.width - 8, box.y + 8);
    await waitForSelection(page, "none");

    await clickNode(page, `a:${FOCAL}`, "person");
    await page.keyboard.press("Escape");
    await waitForSelection(page, "none");
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("clicking a paper selects it", async () => {
    const page = await openApp();
    const paper = await page.evaluate(() => window.__atlas!.sigma.getGraph().findNode((_n, a) => a.kind === "paper" && a.authors === 3));
    await clickNode(page, paper!, "paper");
    expect(await selection(page)).toEqual({ kind: "paper", paperId: paper!.slice(2) });
    await page.context().close();
  });
});

describe("camera", () => {
  it("with motion allowed, a click animates the camera to the selection and the URL follows", async () => {
    const page = await openApp("", { reducedMotion: false });
    const before = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState());
    const aitken = await authorByName(page, "Kyle Aitken");
    await clickNode(page, aitken, "person");
    await page.waitForFunction(() => !window.__atlas!.sigma.getCamera().isAnimating(), null, { timeout: 20_000 });
    const after = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState());
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.05);
    expect(after.ratio).toBeLessThan(before.ratio);
    // The camera lands in the URL (throttled replaceState).
    // The URL is written throttled during the move, so wait for the write that follows the landing.
    await page.waitForFunction(
      (ratio) => {
        const cam = new URL(location.href).searchParams.get("cam");
        return cam !== null && Math.abs(Number(cam.split(",")[2]) - ratio) < 0.005;
      },
      after.ratio,
      { timeout: 20_000 },
    );
    const cam = new URL(page.url()).searchParams.get("cam")!.split(",").map(Number);
    expect(cam[2]).toBeCloseTo(after.ratio, 2);
    await page.context().close();
  });
});

describe("hovering", () => {
  it("emphasises the hovered node and its neighbours and dims the rest, then restores the view", async () => {
    const page = await openApp();
    const paper = await page.evaluate(() => window.__atlas!.sigma.getGraph().findNode((_n, a) => a.kind === "paper" && a.authors === 3))!;
    const { x, y } = await nodePagePosition(page, paper!);
    await page.mouse.move(x, y);
    await page.waitForFunction((node) => window.__atlas!.store.get().hoveredNode === node, paper, { timeout: 20_000 });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    const colours = await page.evaluate((node) => {
      const sigma = window.__atlas!.sigma;
      const graph = sigma.getGraph();
      const neighbour = graph.neighbors(node!)[0];
      const stranger = graph.findNode((n) => n !== node && !graph.areNeighbors(n, node!))!;
      return {
        neighbour: sigma.getNodeDisplayData(neighbour)!.color,
        stranger: sigma.getNodeDisplayData(stranger)!.color,
        label: sigma.getNodeDisplayData(node!)!.labelVisibility,
      };
    }, paper);
    expect(colours.stranger).toBe("#dfe3e8");
    expect(colours.neighbour).not.toBe("#dfe3e8");
    expect(colours.label).toBe("visible");

    const box = await graphBox(page);
    await page.mouse.move(box.x + box.width - 8, box.y + 8);
    await page.waitForFunction(() => window.__atlas!.store.get().hoveredNode === undefined, null, { timeout: 20_000 });
    await page.context().close();
  });
});

describe("importing in the page", () => {
  it("a dropped file that holds no publications gives a clear report and keeps the current dataset", async () => {
    const page = await openApp();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["this is not a bibliography\n"], "notes.txt", { type: "text/plain" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.__atlas!.store.get().importReport !== undefined, null, { timeout: 60_000 });
    const report = await page.evaluate(() => window.__atlas!.store.get().importReport!);
    expect(report.error).toBeTruthy();
    expect(await page.evaluate(() => window.__atlas!.store.get().importProgress)).toBeUndefined();
    await expect(page.locator("#status").textContent()).resolves.toBe("8 papers · 462 people");
    expect(await page.evaluate(() => document.body.dataset.atlasState)).toBe("ready");
    expect(await page.locator("#drop-overlay").isHidden()).toBe(true);
    await page.context().close();
  });

  it("a dropped BibTeX file becomes the new graph, laid out in the worker", async () => {
    const page = await openApp("?person=vinay-venkatesh-ramasesh");
    const bibtex = [
      "@article{a1, title={First shared paper}, author={Ada Lovelace and Charles Babbage}, year={1843}}",
      "@article{a2, title={Second shared paper}, author={Ada Lovelace and Charles Babbage and Mary Somerville}, year={1844}}",
    ].join("\n");
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "lovelace.bib"));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bibtex);
    await page.waitForFunction(() => document.getElementById("status")!.textContent === "2 papers · 3 people", null, { timeout: 60_000 });
    await waitForAppState(page, "ready");
    const state = await page.evaluate(() => ({
      selection: window.__atlas!.store.get().selection,
      order: window.__atlas!.sigma.getGraph().order,
      report: window.__atlas!.store.get().importReport,
    }));
    expect(state.order).toBe(5);
    expect(state.selection).toEqual({ kind: "none" });
    expect(state.report).toMatchObject({ papers: 2, people: 3 });
    expect(state.report?.error).toBeUndefined();
    expect(new URL(page.url()).searchParams.get("person")).toBeNull();
    const png = await screenshot(page, "app-imported");
    expect(countDrawnPixels(png, await graphBox(page))).toBeGreaterThan(500);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("importing a latin1 XML file", () => {
  it("decodes it by its XML declaration", async () => {
    const page = await openApp();
    // DBLP XML as ISO-8859-1 bytes: ü is the single byte 0xFC.
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp>\n' +
      '<article key="journals/neco/HochreiterS97"><author>Sepp Hochreiter</author><author>J\u00fcrgen Schmidhuber</author><title>Long Short-Term Memory.</title><year>1997</year><journal>Neural Comput.</journal></article>\n' +
      '<article key="journals/x/S2"><author>J\u00fcrgen Schmidhuber</author><author>Felix Gers</author><title>Learning to forget.</title><year>2000</year><journal>Neural Comput.</journal></article>\n</dblp>\n';
    const bytes = [...xml].map((c) => c.charCodeAt(0));
    expect(Math.max(...bytes)).toBe(0xfc);
    await page.evaluate((latin1) => {
      window.__atlas!.actions.importFiles([new File([new Uint8Array(latin1)], "dblp.xml", { type: "application/xml" })]);
    }, bytes);
    await page.waitForFunction(() => document.getElementById("status")!.textContent === "2 papers · 3 people", null, { timeout: 60_000 });
    await waitForAppState(page, "ready");
    const labels = await page.evaluate(() => window.__atlas!.sigma.getGraph().mapNodes((_n, a) => a.label).sort());
    expect(labels).toContain("Jürgen Schmidhuber");
    await page.context().close();
  });
});

describe("links restore the view", () => {
  it("a reload of ?person=…&with=… restores the pair, and &cam= the camera", async () => {
    const first = await openApp();
    const dyer = (await authorByName(first, "Ethan Dyer")).slice(2);
    await first.context().close();

    const page = await openApp(`?person=${FOCAL}&with=${dyer}&cam=0.4,0.6,0.5`);
    expect(await selection(page)).toEqual({ kind: "pair", personId: FOCAL, otherId: dyer });
    const camera = await page.evaluate(() => window.__atlas!.sigma.getCamera().getState());
    expect(camera).toMatchObject({ x: 0.4, y: 0.6, ratio: 0.5 });
    await page.reload();
    await waitForAppState(page, "ready");
    expect(await selection(page)).toEqual({ kind: "pair", personId: FOCAL, otherId: dyer });
    await page.context().close();
  });

  it("a stale id in a link selects nothing instead of breaking the page", async () => {
    const page = await openApp("?person=nobody-at-all&cam=oops");
    expect(await selection(page)).toEqual({ kind: "none" });
    await expect(page.locator("#status").textContent()).resolves.toBe("8 papers · 462 people");
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe("a dataset without positions", () => {
  it("is laid out in the worker with a progress bar, to the same positions the command line computes", async () => {
    const reference = await openApp();
    const stored: Record<string, [number, number]> = await reference.evaluate(() => {
      const graph = window.__atlas!.sigma.getGraph();
      return Object.fromEntries(graph.mapNodes((node, a) => [node, [a.x ?? NaN, a.y ?? NaN]]));
    });
    await reference.context().close();

    const page = await openApp("", { waitFor: "none" });
    // Same dataset, positions removed: the app must lay it out itself.
    await page.route("**/data/default.atlas.json", async (route) => {
      const response = await route.fetch();
      const atlas = await response.json();
      delete atlas.layout;
      await route.fulfill({ response, json: atlas });
    });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.atlasState === "layout" || document.body.dataset.atlasState === "ready");
    await waitForAppState(page, "ready");
    expect(await page.locator("#graph-progress").isHidden()).toBe(true);
    const computed: Record<string, [number, number]> = await page.evaluate(() => {
      const graph = window.__atlas!.sigma.getGraph();
      return Object.fromEntries(graph.mapNodes((node, a) => [node, [a.x ?? NaN, a.y ?? NaN]]));
    });
    expect(Object.keys(computed)).toHaveLength(470);
    // The file keeps 4 decimals; the worker's result has the layout's full 6.
    const worst = Math.max(...Object.entries(stored).map(([node, [x, y]]) => Math.max(Math.abs(computed[node][0] - x), Math.abs(computed[node][1] - y))));
    expect(worst).toBeLessThan(1e-4);
    await page.context().close();
  });
});
