/**
 * The graph's legend: what the shapes and colours mean, and what the view simplified
 * (the satellite clouds). Text only: names come from data and are set as textContent.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { VIEW_COLORS } from "./palette.ts";
import { cloudNotes, legendCloudNotes } from "./simplification.ts";
import { focalNodeOf } from "./style.ts";

interface LegendKey {
  label: string;
  color: string;
  kind: "author" | "paper" | "small";
}

export function legendKeys(graph: AtlasGraph, satellites: ReadonlySet<string>): LegendKey[] {
  const keys: LegendKey[] = [];
  const focal = focalNodeOf(graph);
  if (focal) keys.push({ label: graph.getNodeAttribute(focal, "label"), color: VIEW_COLORS.focal, kind: "author" });
  keys.push({ label: "Author (size: papers)", color: VIEW_COLORS.author, kind: "author" });
  keys.push({ label: "Paper", color: VIEW_COLORS.paper, kind: "paper" });
  if (satellites.size > 0) keys.push({ label: "Author of a very large paper only", color: VIEW_COLORS.satellite, kind: "small" });
  return keys;
}

export function renderLegend(root: HTMLElement, graph: AtlasGraph, satellites: ReadonlySet<string>): void {
  const list = document.createElement("ul");
  list.className = "legend-keys";
  for (const key of legendKeys(graph, satellites)) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `legend-swatch ${key.kind === "paper" ? "paper" : key.kind === "small" ? "small" : ""}`.trim();
    swatch.style.background = key.color;
    swatch.setAttribute("aria-hidden", "true");
    const text = document.createElement("span");
    text.textContent = key.label;
    item.append(swatch, text);
    list.append(item);
  }
  const children: HTMLElement[] = [list];
  // A few notes at most: hundreds of them would push the graph off the page.
  for (const text of legendCloudNotes(cloudNotes(graph, satellites))) {
    const paragraph = document.createElement("p");
    paragraph.className = "legend-note";
    paragraph.textContent = text;
    children.push(paragraph);
  }
  const hint = document.createElement("li");
  hint.className = "legend-hint-item";
  hint.textContent = "Click to select · a coauthor for shared papers · Esc clears";
  list.append(hint);
  root.replaceChildren(...children);
}
