import { describe, expect, it } from "vitest";
import { formatCamera, mergeQuery, parseCamera, queryString, queryToState, stateToQuery } from "../../../src/app/url.ts";
import { NO_SELECTION } from "../../../src/app/state.ts";

describe("stateToQuery", () => {
  it("writes a person", () => {
    expect(stateToQuery({ selection: { kind: "person", personId: "vinay-ramasesh" } }).toString()).toBe("person=vinay-ramasesh");
  });

  it("writes a pair as person + with", () => {
    const params = stateToQuery({ selection: { kind: "pair", personId: "vinay-ramasesh", otherId: "ethan-dyer" } });
    expect(params.toString()).toBe("person=vinay-ramasesh&with=ethan-dyer");
  });

  it("writes a paper id with its colon and slash encoded", () => {
    const params = stateToQuery({ selection: { kind: "paper", paperId: "doi:10.21105/joss.02403" } });
    expect(params.toString()).toBe("paper=doi%3A10.21105%2Fjoss.02403");
    expect(params.get("paper")).toBe("doi:10.21105/joss.02403");
  });

  it("writes nothing for no selection and no camera", () => {
    expect(stateToQuery({ selection: NO_SELECTION }).toString()).toBe("");
  });

  it("rounds the camera", () => {
    const params = stateToQuery({ selection: NO_SELECTION, camera: { x: 0.123456, y: -0.98765, ratio: 0.0123456, angle: 0 } });
    expect(params.get("cam")).toBe("0.123,-0.988,0.0123");
  });
});

describe("queryToState", () => {
  it("reads a pair", () => {
    expect(queryToState(new URLSearchParams("person=a&with=b"))).toEqual({ selection: { kind: "pair", personId: "a", otherId: "b" } });
  });

  it("reads a person, a paper, and nothing", () => {
    expect(queryToState(new URLSearchParams("person=a")).selection).toEqual({ kind: "person", personId: "a" });
    expect(queryToState(new URLSearchParams("paper=arxiv%3A2206.04615")).selection).toEqual({ kind: "paper", paperId: "arxiv:2206.04615" });
    expect(queryToState(new URLSearchParams("")).selection).toEqual({ kind: "none" });
  });

  it("prefers the person over a paper and ignores a pair with itself", () => {
    expect(queryToState(new URLSearchParams("person=a&paper=p")).selection).toEqual({ kind: "person", personId: "a" });
    expect(queryToState(new URLSearchParams("person=a&with=a")).selection).toEqual({ kind: "person", personId: "a" });
  });

  it("ignores `with` without a person, blank and overlong ids", () => {
    expect(queryToState(new URLSearchParams("with=b")).selection).toEqual({ kind: "none" });
    expect(queryToState(new URLSearchParams("person=%20%20")).selection).toEqual({ kind: "none" });
    expect(queryToState(new URLSearchParams(`person=${"x".repeat(400)}`)).selection).toEqual({ kind: "none" });
  });

  it("reads a camera and rejects malformed ones", () => {
    expect(queryToState(new URLSearchParams("cam=0.5,0.25,1.5")).camera).toEqual({ x: 0.5, y: 0.25, ratio: 1.5, angle: 0 });
    expect(parseCamera("0.5,0.25")).toBeUndefined();
    expect(parseCamera("0.5,,1")).toBeUndefined();
    expect(parseCamera("a,b,c")).toBeUndefined();
    expect(parseCamera("0,0,0")).toBeUndefined();
    expect(parseCamera("0,0,-1")).toBeUndefined();
    expect(parseCamera("0,0,Infinity")).toBeUndefined();
    expect(queryToState(new URLSearchParams("cam=1,2")).camera).toBeUndefined();
  });

  it("round-trips every kind of selection with a camera", () => {
    const selections = [
      { kind: "none" },
      { kind: "person", personId: "vinay-ramasesh" },
      { kind: "pair", personId: "vinay-ramasesh", otherId: "aitor-lewkowycz" },
      { kind: "paper", paperId: "title:caliban-2020" },
    ] as const;
    for (const selection of selections) {
      const camera = { x: 0.5, y: 0.4, ratio: 0.8, angle: 0 };
      expect(queryToState(stateToQuery({ selection, camera }))).toEqual({ selection, camera });
    }
  });
});

describe("camera formatting", () => {
  it("never writes negative zero", () => {
    expect(formatCamera({ x: -0.0001, y: 0, ratio: 1, angle: 0 })).toBe("0,0,1");
  });
});

describe("mergeQuery", () => {
  it("keeps foreign parameters and replaces ours", () => {
    const merged = mergeQuery(new URLSearchParams("mode=present&person=old&cam=1,1,1"), new URLSearchParams("paper=p"));
    expect(merged.toString()).toBe("mode=present&paper=p");
    expect(queryString(merged)).toBe("?mode=present&paper=p");
    expect(queryString(new URLSearchParams())).toBe("");
  });
});
