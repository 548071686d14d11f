/**
 * "Suggested merges": people identity kept apart who may be one, with the evidence, and
 * Accept / Reject buttons. Decisions go into the alias file, which can be downloaded and
 * loaded again (also recognised by content when imported with the data).
 */
import "../../styles/sources.css";
import type { AtlasContext } from "../app/context.ts";
import { button, region, uniqueId, wrap } from "./dom.ts";
import { suggestionRows, type Decision } from "./sources-model.ts";

export interface SuggestionsCallbacks {
  decide(suggestionId: string, decision: Decision): void;
  downloadAliases(): void;
  loadAliasFile(file: File): void;
  selectPerson(personId: string): void;
}

export function renderSuggestions(host: HTMLElement, context: AtlasContext | undefined, callbacks: SuggestionsCallbacks): void {
  host.replaceChildren();
  if (!context || context.atlas.papers.length === 0) return;
  const rows = suggestionRows(context.atlas);
  const decided = (context.atlas.provenance.settings.aliases?.merge?.length ?? 0) + (context.atlas.provenance.settings.aliases?.split?.length ?? 0);
  const { section } = region(wrap(host), { className: "panel-suggestions", heading: `Suggested merges (${rows.length})`, level: 2 });
  if (rows.length === 0) {
    section.append("p").attr("class", "note").text(decided > 0 ? "No open suggestions; your decisions are in the alias file." : "No suggested merges: identity found no likely duplicates.");
  }
  const list = section.append("ol").attr("class", "suggestion-list");
  for (const row of rows) {
    const item = list.append("li").attr("class", "suggestion").attr("data-suggestion", row.id);
    const title = item.append("p").attr("class", "suggestion-title");
    button(title, context.people.get(row.personIds[0])?.name ?? row.personIds[0], () => callbacks.selectPerson(row.personIds[0]), "person-chip");
    title.append("span").text(" and ");
    button(title, context.people.get(row.personIds[1])?.name ?? row.personIds[1], () => callbacks.selectPerson(row.personIds[1]), "person-chip");
    title.append("span").attr("class", "suggestion-score").text(` · ${row.score}`);
    const evidence = item.append("ul").attr("class", "suggestion-evidence");
    for (const line of row.evidence) evidence.append("li").text(line);
    const actions = item.append("p").attr("class", "suggestion-actions");
    button(actions, "Accept", () => callbacks.decide(row.id, "accept"), "primary-button").attr("aria-label", `Accept: ${row.title} are one person`);
    button(actions, "Reject", () => callbacks.decide(row.id, "reject"), "secondary-button").attr("aria-label", `Reject: ${row.title} are different people`);
  }

  const files = section.append("p").attr("class", "alias-actions");
  button(files, "Download alias file", () => callbacks.downloadAliases(), "secondary-button").attr("aria-label", `Download the alias file (${decided} decision${decided === 1 ? "" : "s"})`);
  const inputId = uniqueId("alias-file");
  const input = files.append("input").attr("type", "file").attr("id", inputId).attr("class", "visually-hidden").attr("accept", ".json,application/json");
  files.append("label").attr("for", inputId).attr("class", "import-label alias-load").text("Load alias file…");
  input.on("change", () => {
    const element = input.node();
    const file = element?.files?.[0];
    if (file) callbacks.loadAliasFile(file);
    if (element) element.value = "";
  });
}
