/**
 * Focus, collaboration paths and the coauthor view on the default dataset, driven like a user.
 */
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { closeHarness, graphBox, openApp, screenshot, type AppPage } from "./harness.ts";

afterAll(closeHarness);

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core over the view bar and the collaboration controls: violations of impact serious or critical. */
async function axeViolations(page: AppPage): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only this feature's UI (other panels have their own tests).
    const include = ["#collab-bar", ".collab-host", ".collab-person", ".collab-pair"].filter((selector) => document.querySelector(selector)).map((selector) => [selector]);
    const result = await axe.run({ include }, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

const BIG_BENCH = "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models";
const KYLE_AND_VINAY = ["The geometry of integration in text classification RNNs", "Understanding How Encoder-Decoder Architectures Attend"];

/** Person ids whose author node sigma draws (not hidden by the reducers). */
async function drawnPeople(page: AppPage): Promise<string[]> {
  return page.evaluate(() => {
    const hook = window.__atlas!;
    const graph = hook.sigma.getGraph();
    return graph
      .filterNodes((node: string) => node.startsWith("a:") && hook.sigma.getNodeDisplayData(node)?.visibility !== "hidden")
      .map((node: string) => node.slice(2))
      .sort();
  });
}

async function openPerson(page: AppPage, personId: string): Promise<void> {
  await page.evaluate((id) => window.__atlas!.actions.select({ kind: "person", personId: id }), personId);
}

describe("focus", () => {
  it("Kyle Aitken at 1 hop: himself and his 5 coauthors remain; the URL says so", async () => {
    const page = await openApp();
    await openPerson(page, "kyle-aitken");
    const tools = page.getByRole("group", { name: "Focus and collaboration path" });
    await tools.waitFor();
    await tools.getByRole("button", { name: "Focus on this person" }).click();
    await expect.poll(() => drawnPeople(page)).toEqual(["ankush-garg", "david-sussillo", "kyle-aitken", "niru-maheswaranathan", "vinay-venkatesh-ramasesh", "yuan-cao"]);
    expect(new URL(page.url()).searchParams.get("focus")).toBe("kyle-aitken");
    expect(new URL(page.url()).searchParams.get("hops")).toBe("1");
    await expect.poll(() => page.locator(".collab-focus-text").textContent()).toBe("Focus: Kyle Aitken, 1 hop · 6 people, 2 papers");
    await screenshot(page, "collab-focus-1hop");
    expect(await axeViolations(page)).toEqual([]);

    await tools.getByLabel("2 hops").check();
    await expect.poll(async () => (await drawnPeople(page)).length).toBe(462);
    await page.locator(".collab-bar").getByRole("button", { name: "Show everyone" }).click();
    expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
    expect(page.errors).toEqual([]);
  });

  it("only these people: a set of three shows them and the papers at least two share", async () => {
    const page = await openApp();
    for (const id of ["ethan-dyer", "maithra-raghu", "aitor-lewkowycz"]) {
      await openPerson(page, id);
      await page.locator(".collab-person").getByRole("button", { name: "Add to selection set" }).click();
    }
    const set = page.getByRole("region", { name: "Selection set (3)" });
    await set.waitFor();
    expect(await set.locator(".collab-chips li > span").allTextContents()).toEqual(["Ethan Dyer", "Maithra Raghu", "Aitor Lewkowycz"]);
    await set.getByRole("button", { name: "Show only these people" }).click();
    await expect.poll(() => drawnPeople(page)).toEqual(["aitor-lewkowycz", "ethan-dyer", "maithra-raghu"]);
    const papers = await page.evaluate(() => {
      const hook = window.__atlas!;
      return hook.sigma.getGraph().filterNodes((node: string) => node.startsWith("p:") && hook.sigma.getNodeDisplayData(node)?.visibility !== "hidden").length;
    });
    // Dyer+Raghu: Anatomy; Dyer+Lewkowycz: scale/forgetting, Minerva, length generalization, BIG-bench.
    expect(papers).toBe(5);
    await set.getByRole("button", { name: "Remove Maithra Raghu from the selection set" }).click();
    await expect.poll(() => drawnPeople(page)).toEqual(["aitor-lewkowycz", "ethan-dyer"]);
    await screenshot(page, "collab-only-these");
  });
});

describe("collaboration path", () => {
  it("two BIG-bench-only authors: directly through BIG-bench (1 paper)", async () => {
    const page = await openApp("?person=aarohi-srivastava");
    const input = page.getByRole("combobox", { name: "Find a collaboration path from Aarohi Srivastava to…" });
    // Keyboard only: focus the box, type, take the first suggestion with Enter.
    await input.focus();
    await input.pressSequentially("Ziyi Wu");
    await page.getByRole("option", { name: /Ziyi Wu/ }).first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const region = page.getByRole("region", { name: "Collaboration path" });
    await region.waitFor();
    expect(await region.locator(".collab-path-summary").textContent()).toBe("Collaboration distance 1: 1 paper");
    expect(await region.locator(".collab-path-person").allTextContents()).toEqual(["Aarohi Srivastava", "Ziyi Wu"]);
    expect(await region.locator(".collab-path-paper .paper-title").allTextContents()).toEqual([BIG_BENCH]);
    expect(new URL(page.url()).searchParams.get("path")).toBe("aarohi-srivastava,ziyi-wu");
  });

  it("a BIG-bench-only author to Kyle Aitken: through Vinay Ramasesh, BIG-bench then one of their two papers", async () => {
    const page = await openApp("?path=aarohi-srivastava,kyle-aitken");
    const region = page.getByRole("region", { name: "Collaboration path" });
    await region.waitFor();
    expect(await region.locator(".collab-path-summary").textContent()).toBe("Collaboration distance 2: 2 papers, through 1 person");
    expect(await region.locator(".collab-path-person").allTextContents()).toEqual(["Aarohi Srivastava", "Vinay Venkatesh Ramasesh", "Kyle Aitken"]);
    const titles = await region.locator(".collab-path-paper .paper-title").allTextContents();
    expect(titles[0]).toBe(BIG_BENCH);
    expect(KYLE_AND_VINAY).toContain(titles[1]);
    // Drawn: the path's nodes stand out, everything else is dimmed.
    const looks = await page.evaluate(() => {
      const sigma = window.__atlas!.sigma;
      return {
        vinay: sigma.getNodeDisplayData("a:vinay-venkatesh-ramasesh")?.labelVisibility,
        kyle: sigma.getNodeDisplayData("a:kyle-aitken")?.zIndex,
        ethan: sigma.getNodeDisplayData("a:ethan-dyer")?.color,
      };
    });
    expect(looks).toEqual({ vinay: "visible", kyle: 40, ethan: "#dfe3e8" });
    await screenshot(page, "collab-path");
    expect(await axeViolations(page)).toEqual([]);
    await region.getByRole("button", { name: "Clear path" }).click();
    expect(new URL(page.url()).searchParams.get("path")).toBeNull();
    expect(page.errors).toEqual([]);
  });
});

describe("coauthor view", () => {
  it("under a year filter draws only links with a shared paper in the range", async () => {
    // 2020: only Caliban (Ritchie, Slone, Ramasesh) → 3 links.
    const page = await openApp("?view=coauthors&years=2020");
    const drawnLinks = await page.evaluate(() => {
      const sigma = window.__atlas!.sigma;
      return sigma
        .getGraph()
        .edges()
        .filter((edge: string) => sigma.getEdgeDisplayData(edge)?.visibility !== "hidden")
        .sort();
    });
    expect(drawnLinks).toEqual(["a:ambrose-slone~a:sam-ritchie", "a:vinay-venkatesh-ramasesh~a:ambrose-slone", "a:vinay-venkatesh-ramasesh~a:sam-ritchie"]);
    expect(page.errors).toEqual([]);
  });

  it("switches views, states the counting and what it leaves out, and a link click lists the shared papers", async () => {
    const page = await openApp();
    await page.locator(".collab-bar").getByRole("button", { name: "Coauthors" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^462 people · \d+ coauthor links$/);
    expect(new URL(page.url()).searchParams.get("view")).toBe("coauthors");
    expect(await page.locator(".collab-note").textContent()).toBe("Link weight: shared papers (full counting). Links from 1 paper with more than 25 authors are not drawn.");
    const edgeCount = await page.evaluate(() => window.__atlas!.sigma.getGraph().size);
    expect(await page.locator("#status").textContent()).toBe(`462 people · ${edgeCount} coauthor links`);
    await screenshot(page, "collab-coauthors");

    // Click the middle of the link that stands most clear of other links and nodes (midpoints from the test hook).
    const box = await graphBox(page);
    const target = await page.evaluate(() => {
      const hook = window.__atlas!;
      const graph = hook.sigma.getGraph();
      type P = { x: number; y: number };
      const at = (node: string) => hook.nodeViewportPosition(node)!;
      const segmentDistance = (p: P, a: P, b: P) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const links = graph.edges().map((edge: string) => {
        const [s, t] = graph.extremities(edge);
        return { edge, s, t, a: at(s), b: at(t) };
      });
      let best: { edge: string; s: string; t: string; mid: P; clearance: number } | undefined;
      for (const link of links) {
        const mid = { x: (link.a.x + link.b.x) / 2, y: (link.a.y + link.b.y) / 2 };
        let clearance = Infinity;
        for (const other of links) if (other !== link) clearance = Math.min(clearance, segmentDistance(mid, other.a, other.b));
        graph.forEachNode((node: string) => {
          clearance = Math.min(clearance, Math.hypot(mid.x - at(node).x, mid.y - at(node).y) - 8);
        });
        if (!best || clearance > best.clearance) best = { edge: link.edge, s: link.s, t: link.t, mid, clearance };
      }
      const papers = (graph.getEdgeAttributes(best!.edge) as unknown as { papers: string[] }).papers;
      return { ...best!, people: [best!.s.slice(2), best!.t.slice(2)], papers: papers.length };
    });
    expect(target.clearance).toBeGreaterThan(4);
    await page.mouse.click(box.x + target.mid.x, box.y + target.mid.y);
    await expect.poll(() => page.evaluate(() => window.__atlas!.store.get().selection)).toEqual({ kind: "pair", personId: target.people[0], otherId: target.people[1] });
    const shared = page.getByRole("region", { name: "Shared papers", exact: true });
    await shared.waitFor();
    expect(await shared.locator(".paper-title").count()).toBe(target.papers);
    expect(await shared.locator(".pair-count").textContent()).toMatch(new RegExp(`^${target.papers} papers? together`));
    await screenshot(page, "collab-coauthors-pair");
    expect(await axeViolations(page)).toEqual([]);

    await page.locator(".collab-bar").getByLabel("Link weight").selectOption("fractional");
    await expect.poll(() => page.locator(".collab-note").textContent()).toMatch(/^Link weight: Σ 1\/\(authors − 1\)/);
    expect(new URL(page.url()).searchParams.get("counting")).toBe("fractional");
    await page.locator(".collab-bar").getByRole("button", { name: "Authors & papers" }).click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("8 papers · 462 people");
    expect(page.errors).toEqual([]);
  });
});
