/**
 * The collaboration panel. At the top of the side panel: the region "Collaboration path" listing
 * the chain with its papers (or saying "not connected"), and the selection set as chips ("Show
 * only these people", remove, clear). Inside the author panel, under its heading: "Focus on this
 * person" (1 or 2 hops), "Add to selection set" and "Find path to…" (a people-only search box);
 * inside the shared-papers panel: "Show collaboration path" and "Add both to selection set".
 * Reads and writes the store only; data reaches the page as text.
 */
import type { AtlasContext, PanelHost } from "../app/context.ts";
import type { AppState } from "../app/state.ts";
import { sameValue } from "../app/state.ts";
import type { FocusHops } from "../graph/focus.ts";
import { authorNode, paperNode } from "../graph/build.ts";
import { button, region, uniqueId, wrap, type AnySel } from "./dom.ts";
import { mountSearch } from "./search.ts";
import { chipsOf, pathView } from "./collab-model.ts";

export interface CollabPanel {
  refresh(): void;
  /** Puts the person tools (focus, selection set, "Find path to…") under the author panel's heading. */
  decorateAuthor(heading: HTMLElement, personId: string): void;
  /** Puts "Show collaboration path" and "Add both to selection set" under the shared-papers heading. */
  decoratePair(heading: HTMLElement, personId: string, otherId: string): void;
}

export function mountCollabPanel(root: HTMLElement, host: PanelHost): CollabPanel {
  const { store, actions } = host;
  root.classList.add("collab-host");
  /** Hops chosen before focusing (the radio's value when no ego focus is on). */
  let chosenHops: FocusHops = 1;
  /** People-only context for the path search box, one per dataset (the box caches its index by context). */
  let peopleOnly: { of: AtlasContext; context: AtlasContext } | undefined;
  const peopleContext = (context: AtlasContext): AtlasContext => {
    if (peopleOnly?.of !== context) peopleOnly = { of: context, context: { ...context, papers: new Map() } };
    return peopleOnly.context;
  };

  const selectPerson = (personId: string) => {
    actions.select({ kind: "person", personId });
    actions.focusNode(authorNode(personId));
  };

  const render = () => {
    root.replaceChildren();
    const context = host.context();
    if (!context) return;
    const state = store.get();
    const parent = wrap(root);
    if (state.path) renderPath(parent, context, state);
    renderSet(parent, context, state);
  };

  const addToSet = (ids: string[]) => {
    const current = store.get().peopleSet ?? [];
    const next = [...current, ...ids.filter((id) => !current.includes(id))];
    if (next.length !== current.length) store.update({ peopleSet: next });
  };

  /** The author panel's tools element and whose they are (re-rendered in place on focus/set changes). */
  let tools: { element: HTMLElement; personId: string } | undefined;

  const renderPersonTools = () => {
    const context = host.context();
    if (!tools || !context || !tools.element.isConnected) return;
    const { personId } = tools;
    const state = store.get();
    const name = context.people.get(personId)?.name ?? personId;
    tools.element.replaceChildren();
    const section = wrap(tools.element);
    const egoFocus = state.focus && state.focus.personIds.length === 1 && state.focus.personIds[0] === personId ? state.focus : undefined;
    const hops = egoFocus?.hops ?? chosenHops;

    const focusRow = section.append("div").attr("class", "collab-actions");
    const fieldset = focusRow.append("fieldset");
    fieldset.append("legend").attr("class", "visually-hidden").text("Reach");
    for (const value of [1, 2] as FocusHops[]) {
      const id = uniqueId("collab-hops");
      fieldset
        .append("input")
        .attr("type", "radio")
        .attr("name", "collab-hops")
        .attr("id", id)
        .attr("value", String(value))
        .property("checked", value === hops)
        .on("change", () => {
          chosenHops = value;
          if (egoFocus) store.update({ focus: { personIds: [personId], hops: value } });
        });
      fieldset.append("label").attr("for", id).text(value === 1 ? "1 hop" : "2 hops");
    }
    if (egoFocus) {
      button(focusRow, "Show everyone", () => store.update({ focus: undefined }), "secondary-button");
    } else {
      button(focusRow, "Focus on this person", () => store.update({ focus: { personIds: [personId], hops: chosenHops } }), "primary-button collab-focus-button");
    }
    const inSet = (state.peopleSet ?? []).includes(personId);
    const add = button(focusRow, inSet ? "In the selection set" : "Add to selection set", () => addToSet([personId]), "secondary-button");
    if (inSet) add.attr("disabled", "");

    const pathRow = section.append("div").attr("class", "collab-actions collab-path-row");
    pathRow.append("span").attr("class", "collab-label").attr("aria-hidden", "true").text("Find path to…");
    const slot = pathRow.append("div").attr("class", "collab-path-search").node() as HTMLElement;
    const box = mountSearch(slot, {
      context: () => {
        const current = host.context();
        return current ? peopleContext(current) : undefined;
      },
      choose(hit) {
        if (hit.kind === "person" && hit.id !== personId) store.update({ path: { from: personId, to: hit.id } });
      },
    });
    box.input.placeholder = "Another person's name";
    box.input.setAttribute("aria-label", `Find a collaboration path from ${name} to…`);
  };

  const renderPath = (parent: AnySel, context: AtlasContext, state: AppState) => {
    const view = state.path ? pathView(context, state.path) : undefined;
    if (!view) return;
    // region() makes an element id of className: one token, then the shared class.
    const { section } = region(parent, { className: "collab-path", heading: "Collaboration path", level: 3 });
    section.classed("collab-panel", true);
    section.attr("data-distance", view.distance === undefined ? "none" : String(view.distance));
    const ends = section.append("p").attr("class", "collab-path-ends");
    ends.append("span").text("From ");
    button(ends, view.from.name, () => selectPerson(view.from.personId), "person-chip");
    ends.append("span").text(" to ");
    button(ends, view.to.name, () => selectPerson(view.to.personId), "person-chip");
    section.append("p").attr("class", "collab-path-summary").attr("role", "status").text(view.summary);
    if (view.rows.length > 0) {
      const list = section.append("ol").attr("class", "collab-path-list");
      for (const row of view.rows) {
        const item = list.append("li").attr("class", `collab-path-${row.kind}`);
        if (row.kind === "person") {
          button(item, row.name, () => selectPerson(row.personId), "person-chip");
        } else {
          const entry = item
            .append("button")
            .attr("type", "button")
            .attr("class", "paper-entry")
            .on("click", () => {
              actions.select({ kind: "paper", paperId: row.paperId });
              actions.focusNode(paperNode(row.paperId));
            });
          entry.append("span").attr("class", "paper-title").text(row.title);
          if (row.meta) entry.append("span").attr("class", "paper-row-meta").text(row.meta);
        }
      }
    }
    const actionsRow = section.append("div").attr("class", "collab-actions");
    button(actionsRow, "Clear path", () => store.update({ path: undefined }), "secondary-button");
  };

  const renderSet = (parent: AnySel, context: AtlasContext, state: AppState) => {
    const chips = chipsOf(context, state.peopleSet ?? []);
    if (chips.length === 0) return;
    const { section } = region(parent, { className: "collab-set", heading: `Selection set (${chips.length})`, level: 3 });
    section.classed("collab-panel", true);
    const list = section.append("ul").attr("class", "collab-chips");
    for (const chip of chips) {
      const item = list.append("li");
      item.append("span").text(chip.name);
      button(item, "×", () => removeFromSet(chip.personId), "collab-chip-remove").attr("aria-label", `Remove ${chip.name} from the selection set`);
    }
    const actionsRow = section.append("div").attr("class", "collab-actions");
    const ids = chips.map((chip) => chip.personId);
    const showing = state.focus !== undefined && sameValue(state.focus.personIds, ids);
    const show = button(actionsRow, showing ? "Showing only these people" : "Show only these people", () => store.update({ focus: { personIds: ids, hops: 1 } }), "primary-button");
    if (showing) show.attr("disabled", "");
    if (chips.length < 2) {
      show.attr("disabled", "");
      section.append("p").attr("class", "note").text("Add at least two people to see the papers they share.");
    }
    button(actionsRow, "Clear set", () => {
      const focus = store.get().focus;
      store.update({ peopleSet: undefined, focus: focus && focus.personIds.length > 1 ? undefined : focus });
    }, "secondary-button");
  };

  const removeFromSet = (personId: string) => {
    const state = store.get();
    const next = (state.peopleSet ?? []).filter((id) => id !== personId);
    const patch: Partial<AppState> = { peopleSet: next.length > 0 ? next : undefined };
    // A shown "only these people" follows its set.
    if (state.focus && state.focus.personIds.length > 1 && state.focus.personIds.includes(personId)) {
      patch.focus = next.length > 1 ? { personIds: next, hops: 1 } : undefined;
    }
    store.update(patch);
  };

  let renderedContext: AtlasContext | undefined;
  store.subscribe((state, previous) => {
    const context = host.context();
    if (
      context !== renderedContext ||
      !sameValue(state.focus, previous.focus) ||
      !sameValue(state.path, previous.path) ||
      !sameValue(state.peopleSet, previous.peopleSet)
    ) {
      const hadFocus = root.contains(document.activeElement);
      renderedContext = context;
      render();
      if (!sameValue(state.focus, previous.focus) || !sameValue(state.peopleSet, previous.peopleSet)) {
        const inTools = tools?.element.contains(document.activeElement) ? (document.activeElement as HTMLElement).textContent : undefined;
        renderPersonTools();
        // Keep the keyboard where it was: the same control, found again by its label.
        if (inTools !== undefined && tools) [...tools.element.querySelectorAll<HTMLElement>("button, input")].find((element) => element.textContent === inTools)?.focus();
        return;
      }
      if (hadFocus) (root.querySelector<HTMLElement>(".collab-path .panel-title") ?? root.querySelector<HTMLElement>(".panel-title"))?.focus();
    }
  });

  render();
  return {
    refresh() {
      renderedContext = host.context();
      render();
    },
    decorateAuthor(heading, personId) {
      const element = document.createElement("div");
      element.className = "collab-person";
      element.setAttribute("role", "group");
      element.setAttribute("aria-label", "Focus and collaboration path");
      heading.after(element);
      tools = { element, personId };
      renderPersonTools();
    },
    decoratePair(heading, personId, otherId) {
      const element = document.createElement("div");
      element.className = "collab-actions collab-pair";
      heading.after(element);
      const row = wrap(element);
      button(row, "Show collaboration path", () => store.update({ path: { from: personId, to: otherId } }), "secondary-button");
      button(row, "Add both to selection set", () => addToSet([personId, otherId]), "secondary-button");
    },
  };
}
