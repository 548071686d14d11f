/**
 * The view bar above the graph: "Authors & papers" / "Coauthors" (a pair of toggle buttons),
 * link weights (full / fractional counting, only in the coauthor view), what the coauthor view
 * leaves out, and the current focus with a "Show everyone" button. Reads and writes the store.
 */
import "../../styles/collab.css";
import type { AtlasContext } from "../app/context.ts";
import type { AppState, Store } from "../app/state.ts";
import type { Counting, ViewKind } from "../app/collab-url.ts";
import { focusNetwork } from "../graph/focus.ts";
import { uniqueId, wrap } from "./dom.ts";

export interface CollabBarHost {
  store: Store;
  context(): AtlasContext | undefined;
  /** The coauthor view's note ("Links from 1 paper with more than 25 authors are not drawn"), when it is shown. */
  coauthorNote(): string | undefined;
}

export interface CollabBar {
  sync(): void;
}

const VIEWS: { value: ViewKind; label: string }[] = [
  { value: "papers", label: "Authors & papers" },
  { value: "coauthors", label: "Coauthors" },
];

const count = new Intl.NumberFormat("en-US");

/** `Focus: Kyle Aitken, 1 hop · 6 people, 2 papers` / `Focus: only these 3 people · 3 people, 2 papers`. Pure. */
export function focusSummary(context: AtlasContext, state: Pick<AppState, "focus">): string | undefined {
  if (!state.focus) return undefined;
  const network = focusNetwork(context.graph, state.focus);
  if (!network) return undefined;
  const people = `${count.format(network.people.length)} ${network.people.length === 1 ? "person" : "people"}`;
  const papers = `${count.format(network.papers.length)} paper${network.papers.length === 1 ? "" : "s"}`;
  const known = state.focus.personIds.filter((id) => context.people.has(id));
  const who = known.length === 1 ? `${context.people.get(known[0])?.name ?? known[0]}, ${state.focus.hops} hop${state.focus.hops === 1 ? "" : "s"}` : `only these ${known.length} people`;
  return `Focus: ${who} · ${people}, ${papers}`;
}

export function mountCollabBar(root: HTMLElement, host: CollabBarHost): CollabBar {
  const { store } = host;
  root.classList.add("collab-bar");
  root.replaceChildren();
  const parent = wrap(root);

  const viewLabelId = uniqueId("collab-view");
  const viewGroup = parent.append("div").attr("class", "collab-group").attr("role", "group").attr("aria-labelledby", viewLabelId);
  viewGroup.append("span").attr("class", "collab-label").attr("id", viewLabelId).text("View");
  const viewButtons = VIEWS.map((option) =>
    viewGroup
      .append("button")
      .attr("type", "button")
      .attr("class", "collab-toggle")
      .attr("data-view", option.value)
      .text(option.label)
      .on("click", () => store.update({ viewKind: option.value === "papers" ? undefined : option.value })),
  );

  const countingId = uniqueId("collab-counting");
  const countingGroup = parent.append("div").attr("class", "collab-group collab-counting");
  countingGroup.append("label").attr("class", "collab-label").attr("for", countingId).text("Link weight");
  const countingSelect = countingGroup.append("select").attr("id", countingId);
  countingSelect.append("option").attr("value", "full").text("Full counting (shared papers)");
  countingSelect.append("option").attr("value", "fractional").text("Fractional counting (1/(n−1) per paper)");
  countingSelect.on("change", () => {
    const value = countingSelect.property("value") as Counting;
    store.update({ counting: value === "fractional" ? "fractional" : undefined });
  });
  const note = parent.append("p").attr("class", "collab-note");

  const focusGroup = parent.append("div").attr("class", "collab-group collab-focus");
  const focusText = focusGroup.append("span").attr("class", "collab-focus-text");
  focusGroup
    .append("button")
    .attr("type", "button")
    .attr("class", "collab-button")
    .text("Show everyone")
    .on("click", () => store.update({ focus: undefined }));

  const sync = () => {
    const state = store.get();
    const kind = state.viewKind ?? "papers";
    for (const button of viewButtons) button.attr("aria-pressed", String(button.attr("data-view") === kind));
    countingSelect.property("value", state.counting ?? "full");
    countingGroup.attr("hidden", kind === "coauthors" ? null : "");
    const noteText = kind === "coauthors" ? host.coauthorNote() : undefined;
    note.attr("hidden", noteText ? null : "").text(noteText ?? "");
    const context = host.context();
    const summary = context ? focusSummary(context, state) : undefined;
    focusGroup.attr("hidden", summary ? null : "");
    focusText.text(summary ?? "");
  };
  sync();
  return { sync };
}
