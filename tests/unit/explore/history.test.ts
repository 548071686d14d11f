import { describe, expect, it } from "vitest";
import { connectHistory, type HistoryWindow } from "../../../src/app/history.ts";
import { createStore, initialState } from "../../../src/app/state.ts";

/** Just enough of a window: one history list, manual timers, popstate. */
function fakeWindow(search: string) {
  const entries = [search];
  let index = 0;
  const timers = new Map<number, () => void>();
  const listeners = new Set<() => void>();
  let next = 1;
  const location = { pathname: "/", hash: "", search };
  const searchOf = (url?: string) => (url && url.includes("?") ? url.slice(url.indexOf("?")) : "");
  const win: HistoryWindow = {
    location,
    history: {
      pushState(_d, _u, url) {
        entries.splice(index + 1);
        entries.push(searchOf(url));
        index++;
        location.search = entries[index];
      },
      replaceState(_d, _u, url) {
        entries[index] = searchOf(url);
        location.search = entries[index];
      },
    },
    addEventListener: (_t, listener) => listeners.add(listener),
    removeEventListener: (_t, listener) => listeners.delete(listener),
    setTimeout(handler) {
      timers.set(next, handler);
      return next++;
    },
    clearTimeout: (id) => timers.delete(id),
  };
  const runTimers = () => {
    for (const [id, handler] of [...timers]) {
      timers.delete(id);
      handler();
    }
  };
  const back = () => {
    index--;
    location.search = entries[index];
    for (const listener of listeners) listener();
  };
  return { win, entries: () => [...entries], runTimers, back };
}

describe("history with years, color and hyper", () => {
  it("rewrites the current entry (no new one) and keeps other parameters", () => {
    const fake = fakeWindow("?ref=mail");
    const store = createStore(initialState());
    connectHistory(store, fake.win);
    store.update({ years: { from: 2021, to: 2022 } });
    store.update({ years: { from: 2021, to: 2023 } });
    store.update({ colorMode: "community", hyperThreshold: 10 });
    fake.runTimers();
    expect(fake.entries()).toEqual(["?ref=mail&years=2021-2023&color=community&hyper=10"]);
  });

  it("going back to an entry without them clears them", () => {
    const fake = fakeWindow("");
    const store = createStore(initialState());
    connectHistory(store, fake.win);
    store.update({ selection: { kind: "person", personId: "ethan-dyer" }, years: { from: 2022, to: 2022 } });
    expect(fake.entries()).toEqual(["", "?person=ethan-dyer&years=2022"]);
    fake.back();
    expect(store.get().years).toBeUndefined();
    expect(store.get().selection).toEqual({ kind: "none" });
  });
});
