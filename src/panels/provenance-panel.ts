/** Draws "About this dataset" (view model: provenance.ts). Text only, through d3's `.text()`. */
import type { AtlasContext } from "../app/context.ts";
import type { AnySel } from "./dom.ts";
import { region, wrap } from "./dom.ts";
import { provenanceView, type FactRow, type ProvenanceSettings } from "./provenance.ts";

/** A 100k-node dataset has ~35,000 merges: as list items they made the page take seconds to lay out. */
const MERGES_SHOWN = 200;

function facts(parent: AnySel, rows: readonly FactRow[], className: string): void {
  const list = parent.append("dl").attr("class", `fact-list ${className}`);
  for (const row of rows) {
    const item = list.append("div").attr("class", "fact");
    item.append("dt").text(row.label);
    const value = item.append("dd");
    value.append("span").attr("class", "fact-value").text(row.value);
    if (row.note) value.append("span").attr("class", "fact-note").text(row.note);
  }
}

export function renderProvenance(host: HTMLElement, context: AtlasContext | undefined, settings: ProvenanceSettings): void {
  host.replaceChildren();
  if (!context) return;
  const view = provenanceView(context.atlas, context.graph, settings);
  const { section } = region(wrap(host), { className: "panel-provenance", heading: "About this dataset", level: 2 });

  section.append("h3").attr("class", "panel-subtitle").text("Counts");
  facts(section, view.counts, "provenance-counts");

  section.append("h3").attr("class", "panel-subtitle").text("Settings");
  facts(section, view.settings, "provenance-settings");

  section.append("h3").attr("class", "panel-subtitle").text(`Sources (${view.sources.length})`);
  const sources = section.append("ul").attr("class", "provenance-sources");
  for (const source of view.sources) {
    const item = sources.append("li");
    item.append("span").attr("class", "source-file").text(source.file);
    item.append("span").attr("class", "fact-note").text(`${source.format} · ${source.records} records · sha-256 `);
    item.append("code").attr("title", source.fullSha256).text(source.sha256);
  }

  section.append("h3").attr("class", "panel-subtitle").text(`Merges applied (${view.merges.length})`);
  if (view.merges.length === 0) section.append("p").attr("class", "note").text("No name forms were merged.");
  else {
    const merges = section.append("ul").attr("class", "provenance-merges");
    for (const merge of view.merges.slice(0, MERGES_SHOWN)) {
      const item = merges.append("li");
      item.append("span").attr("class", "merge-forms").text(merge.forms);
      item.append("span").attr("class", "fact-note").text(`→ ${merge.person} · ${merge.rule}: ${merge.detail}`);
    }
    if (view.merges.length > MERGES_SHOWN) {
      section.append("p").attr("class", "note").text(`… and ${view.merges.length - MERGES_SHOWN} more (all of them are in the dataset file's provenance)`);
    }
  }

  section.append("h3").attr("class", "panel-subtitle").text("Layout");
  facts(section, view.layout, "provenance-layout");
}
