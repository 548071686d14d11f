import { describe, expect, it } from "vitest";
import { collabChanged, collabFromQuery, parseFocus, parsePath } from "../../../src/app/collab-url.ts";
import { queryToState, stateToQuery } from "../../../src/app/url.ts";
import { connectHistory, type HistoryWindow } from "../../../src/app/history.ts";
import { createStore, initialState, NO_SELECTION } from "../../../src/app/state.ts";

describe("collab URL parameters", () => {
  it("writes focus with hops for one person, without hops for several", () => {
    expect(stateToQuery({ selection: NO_SELECTION, focus: { personIds: ["kyle-aitken"], hops: 2 } }).toString()).toBe("focus=kyle-aitken&hops=2");
    expect(stateToQuery({ selection: NO_SELECTION, focus: { personIds: ["a", "b"], hops: 1 } }).toString()).toBe("focus=a%2Cb");
  });

  it("writes path, view and counting (defaults left out)", () => {
    const params = stateToQuery({ selection: NO_SELECTION, path: { from: "aarohi-srivastava", to: "kyle-aitken" }, viewKind: "coauthors", counting: "fractional" });
    expect(params.toString()).toBe("path=aarohi-srivastava%2Ckyle-aitken&view=coauthors&counting=fractional");
    expect(stateToQuery({ selection: NO_SELECTION, viewKind: "papers", counting: "full" }).toString()).toBe("");
  });

  it("reads them back, round trip", () => {
    const state = { selection: NO_SELECTION, focus: { personIds: ["kyle-aitken"], hops: 2 as const }, path: { from: "a", to: "b" }, viewKind: "coauthors" as const, counting: "fractional" as const };
    expect(queryToState(stateToQuery(state))).toEqual(state);
  });

  it("reads malformed values as absent: hops other than 2 is 1, a path needs two different ids", () => {
    expect(parseFocus("a, b ,a,,", "7")).toEqual({ personIds: ["a", "b"], hops: 1 });
    expect(parseFocus(" , ", "2")).toBeUndefined();
    expect(parsePath("a")).toBeUndefined();
    expect(parsePath("a,a")).toBeUndefined();
    expect(parsePath("a,b,c")).toBeUndefined();
    expect(parsePath(" a , b ")).toEqual({ from: "a", to: "b" });
    expect(collabFromQuery(new URLSearchParams("view=graph&counting=half"))).toEqual({ focus: undefined, path: undefined, viewKind: undefined, counting: undefined });
  });

  it("compares by value", () => {
    expect(collabChanged({ focus: { personIds: ["a"], hops: 1 } }, { focus: { personIds: ["a"], hops: 1 } })).toBe(false);
    expect(collabChanged({ focus: { personIds: ["a"], hops: 1 } }, { focus: { personIds: ["a"], hops: 2 } })).toBe(true);
    expect(collabChanged({ viewKind: "coauthors" }, {})).toBe(true);
  });

  it("makes a history entry per focus, path and view change", () => {
    const pushed: string[] = [];
    const location = { pathname: "/", hash: "", search: "" };
    const win: HistoryWindow = {
      location,
      history: {
        pushState: (_d, _u, url) => {
          pushed.push(url ?? "");
          location.search = (url ?? "").slice(1);
        },
        replaceState: () => {},
      },
      addEventListener: () => {},
      removeEventListener: () => {},
      setTimeout: () => 1,
      clearTimeout: () => {},
    };
    const store = createStore(initialState());
    connectHistory(store, win);
    store.update({ focus: { personIds: ["kyle-aitken"], hops: 1 } });
    store.update({ focus: { personIds: ["kyle-aitken"], hops: 2 } });
    store.update({ viewKind: "coauthors" });
    store.update({ path: { from: "a", to: "b" } });
    expect(pushed).toEqual(["/?focus=kyle-aitken&hops=1", "/?focus=kyle-aitken&hops=2", "/?focus=kyle-aitken&hops=2&view=coauthors", "/?focus=kyle-aitken&hops=2&path=a%2Cb&view=coauthors"]);
  });
});
