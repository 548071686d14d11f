import { describe, expect, it } from "vitest";
import { connectHistory, stateFromLocation, type HistoryWindow } from "../../../src/app/history.ts";
import { createStore, initialState } from "../../../src/app/state.ts";

/** A browser history in miniature: entries, an index, popstate, manual timers. */
function fakeWindow(search = "") {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const location = { pathname: "/app/", hash: "", search };
  const go = (delta: number) => {
    index += delta;
    location.search = entries[index];
    for (const listener of listeners) listener();
  };
  const searchOf = (url?: string) => (url ? url.slice(url.indexOf("?") >= 0 ? url.indexOf("?") : url.length).replace(/#.*$/, "") : "");
  const win: HistoryWindow = {
    location,
    history: {
      pushState(_d, _u, url) {
        entries.splice(index + 1);
        entries.push(searchOf(url));
        index += 1;
        location.search = entries[index];
      },
      replaceState(_d, _u, url) {
        entries[index] = searchOf(url);
        location.search = entries[index];
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    setTimeout(handler) {
      const id = nextTimer++;
      timers.set(id, handler);
      return id;
    },
    clearTimeout: (id) => timers.delete(id),
  };
  const runTimers = () => {
    for (const [id, handler] of [...timers]) {
      timers.delete(id);
      handler();
    }
  };
  return { win, entries: () => [...entries], index: () => index, back: () => go(-1), forward: () => go(1), runTimers, location };
}

describe("connectHistory", () => {
  it("pushes an entry per selection and steps back and forward through them", () => {
    const fake = fakeWindow();
    const store = createStore(initialState());
    connectHistory(store, fake.win);
    store.update({ selection: { kind: "person", personId: "vinay" } });
    store.update({ selection: { kind: "pair", personId: "vinay", otherId: "ethan" } });
    expect(fake.entries()).toEqual(["", "?person=vinay", "?person=vinay&with=ethan"]);

    fake.back();
    expect(store.get().selection).toEqual({ kind: "person", personId: "vinay" });
    expect(fake.entries()).toHaveLength(3); // restoring does not push
    fake.back();
    expect(store.get().selection).toEqual({ kind: "none" });
    fake.forward();
    fake.forward();
    expect(store.get().selection).toEqual({ kind: "pair", personId: "vinay", otherId: "ethan" });
  });

  it("rewrites the current entry for camera moves, once per throttle window", () => {
    const fake = fakeWindow("?mode=present");
    const store = createStore(initialState());
    connectHistory(store, fake.win);
    store.update({ camera: { x: 0.1, y: 0.2, ratio: 1, angle: 0 } });
    store.update({ camera: { x: 0.3, y: 0.4, ratio: 0.5, angle: 0 } });
    expect(fake.entries()).toEqual(["?mode=present"]);
    fake.runTimers();
    expect(fake.entries()).toEqual(["?mode=present&cam=0.3%2C0.4%2C0.5"]);
  });

  it("restores the camera of an entry that has one", () => {
    const fake = fakeWindow("?paper=p1&cam=0.5,0.5,0.25");
    const store = createStore({ ...initialState(), ...stateFromLocation(fake.win) });
    connectHistory(store, fake.win);
    store.update({ selection: { kind: "none" }, camera: { x: 0, y: 0, ratio: 1, angle: 0 } });
    expect(fake.entries()).toEqual(["?paper=p1&cam=0.5,0.5,0.25", "?cam=0%2C0%2C1"]);
    fake.back();
    expect(fake.index()).toBe(0);
    expect(store.get()).toMatchObject({ selection: { kind: "paper", paperId: "p1" }, camera: { x: 0.5, y: 0.5, ratio: 0.25 } });
  });

  it("replaces the entry when the selection changes with the dataset (a stale link corrected on load)", () => {
    const fake = fakeWindow("?person=nobody");
    const store = createStore({ ...initialState(), ...stateFromLocation(fake.win) });
    connectHistory(store, fake.win);
    store.update({ datasetTitle: "Default", selection: { kind: "none" } });
    expect(fake.entries()).toEqual([""]);
    store.update({ selection: { kind: "person", personId: "vinay" } });
    expect(fake.entries()).toEqual(["", "?person=vinay"]);
  });

  it("stops listening when disconnected", () => {
    const fake = fakeWindow();
    const store = createStore(initialState());
    const disconnect = connectHistory(store, fake.win);
    disconnect();
    store.update({ selection: { kind: "person", personId: "x" } });
    expect(fake.entries()).toEqual([""]);
  });
});
