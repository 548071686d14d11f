/**
 * The search box: an ARIA 1.2 combobox (input + listbox of options) over people and paper titles.
 * ArrowUp/Down move through suggestions, Enter or a click chooses, Escape closes the list.
 * Choosing selects the person or paper and moves the camera to its node.
 */
import type { AtlasContext } from "../app/context.ts";
// The index code (MiniSearch) loads on first use: it is not needed for the first frame.
import type { SearchHit, SearchIndex } from "./search-index.ts";
import { uniqueId } from "./dom.ts";

export interface SearchBoxOptions {
  context(): AtlasContext | undefined;
  choose(hit: SearchHit): void;
}

export interface SearchBox {
  /** Forget the index (the dataset changed); it is rebuilt on the next keystroke. */
  reset(): void;
  input: HTMLInputElement;
}

const MAX_SUGGESTIONS = 8;

export function mountSearch(slot: HTMLElement, options: SearchBoxOptions): SearchBox {
  const listId = uniqueId("search-list");
  const statusId = uniqueId("search-status");
  const wrapper = document.createElement("div");
  wrapper.className = "search";
  const input = document.createElement("input");
  input.type = "search";
  input.className = "search-input";
  input.placeholder = "Search people and papers";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("aria-label", "Search people and papers");
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  const list = document.createElement("ul");
  list.id = listId;
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  const status = document.createElement("p");
  status.id = statusId;
  status.className = "search-status";
  status.setAttribute("role", "status");
  wrapper.append(input, list, status);
  slot.replaceChildren(wrapper);

  let index: SearchIndex | undefined;
  let indexedContext: AtlasContext | undefined;
  let hits: SearchHit[] = [];
  let active = -1;

  /** The index being loaded and built (in slices for a big dataset); the query runs when it is ready. */
  let building: Promise<void> | undefined;

  const ensureIndex = (): SearchIndex | undefined => {
    const context = options.context();
    if (!context) return undefined;
    if (indexedContext !== context) {
      index = undefined;
      building = undefined;
      indexedContext = context;
    }
    if (index) return index;
    building ??= import("./search-index.ts").then(async (module) => {
      const small = context.people.size + context.papers.size <= module.SYNC_INDEX_MAX_DOCS;
      const built = small ? module.buildSearchIndex(context.people.values(), context.papers.values()) : await module.buildSearchIndexInSlices(context.people.values(), context.papers.values());
      if (indexedContext !== context) return;
      index = built;
      if (input.value.trim() !== "" && document.activeElement === input) update();
    });
    return undefined;
  };

  const close = () => {
    hits = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const setActive = (next: number) => {
    active = next;
    const items = list.querySelectorAll<HTMLLIElement>("[role=option]");
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    const current = items[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const choose = (hit: SearchHit) => {
    input.value = hit.label;
    close();
    status.textContent = `Showing ${hit.label}`;
    options.choose(hit);
  };

  const update = () => {
    const query = input.value;
    const searchIndex = ensureIndex();
    hits = searchIndex ? searchIndex.search(query, MAX_SUGGESTIONS) : [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const item = document.createElement("li");
        item.id = `${listId}-${i}`;
        item.className = `search-option search-option-${hit.kind}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        const label = document.createElement("span");
        label.className = "search-option-label";
        label.textContent = hit.label;
        const kind = document.createElement("span");
        kind.className = "search-option-kind";
        kind.textContent = hit.kind === "person" ? "Person" : "Paper";
        item.append(kind, label);
        if (hit.detail) {
          const detail = document.createElement("span");
          detail.className = "search-option-detail";
          detail.textContent = hit.detail;
          item.append(detail);
        }
        // mousedown would blur the input and close the list before the click lands.
        item.addEventListener("mousedown", (event) => event.preventDefault());
        item.addEventListener("click", () => choose(hit));
        return item;
      }),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    status.textContent = query.trim() === "" ? "" : open ? `${hits.length} suggestion${hits.length === 1 ? "" : "s"}` : searchIndex ? "No matches" : "Indexing names and titles…";
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    // A big dataset starts indexing when the box is first used, not at load.
    ensureIndex();
    if (input.value.trim() !== "") update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    switch (event.key) {
      case "ArrowDown":
        if (hits.length === 0) update();
        if (hits.length > 0) setActive((active + 1) % hits.length);
        event.preventDefault();
        break;
      case "ArrowUp":
        if (hits.length > 0) setActive(active <= 0 ? hits.length - 1 : active - 1);
        event.preventDefault();
        break;
      case "Enter": {
        const hit = hits[active] ?? hits[0];
        if (hit) {
          event.preventDefault();
          choose(hit);
        }
        break;
      }
      case "Escape":
        // First Escape closes the list (and only that); with the list closed, Escape is left to
        // the panels/app, which clear the selection.
        if (!list.hidden) {
          close();
          event.preventDefault();
          event.stopPropagation();
        }
        break;
    }
  });

  return {
    input,
    reset() {
      index = undefined;
      indexedContext = undefined;
      building = undefined;
      close();
      input.value = "";
      status.textContent = "";
    },
  };
}
