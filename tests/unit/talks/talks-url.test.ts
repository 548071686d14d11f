import { describe, expect, it } from "vitest";
import { fullViewHref, parseTheme, talksFromQuery, talksToQuery } from "../../../src/app/talks-url.ts";
import { queryToState, stateToQuery } from "../../../src/app/url.ts";
import { NO_SELECTION } from "../../../src/app/state.ts";

describe("talks URL parameters", () => {
  it("writes embed, present, scene and a non-default theme", () => {
    const params = new URLSearchParams();
    talksToQuery({ embed: true, present: true, scene: 3, theme: "projector-dark" }, params);
    expect(params.toString()).toBe("embed=1&present=1&scene=3&theme=projector-dark");
    const light = new URLSearchParams();
    talksToQuery({ theme: "light", scene: 2 }, light);
    expect(light.toString()).toBe("");
  });
  it("reads them back, ignoring what is malformed", () => {
    expect(talksFromQuery(new URLSearchParams("present=1&scene=2&theme=dark"))).toEqual({ embed: undefined, present: true, scene: 2, theme: "dark" });
    expect(talksFromQuery(new URLSearchParams("embed=0&present=1&scene=-1&theme=neon"))).toEqual({ embed: undefined, present: true, scene: undefined, theme: undefined });
    expect(talksFromQuery(new URLSearchParams("scene=2"))).toEqual({ embed: undefined, present: undefined, scene: undefined, theme: undefined });
    expect(parseTheme("projector")).toBe("projector-light");
    expect(parseTheme("Projector-Dark")).toBe("projector-dark");
  });
  it("goes through the app's URL functions and keeps other parameters", () => {
    const query = stateToQuery({ selection: { kind: "person", personId: "ethan-dyer" }, camera: undefined, present: true, scene: 2, theme: "projector-light" });
    expect(query.toString()).toBe("person=ethan-dyer&present=1&scene=2&theme=projector-light");
    const state = queryToState(new URLSearchParams("embed=1&theme=dark"));
    expect(state).toMatchObject({ selection: NO_SELECTION, embed: true, theme: "dark" });
  });
  it("the embed's full-view link is the same view without embed", () => {
    expect(fullViewHref({ pathname: "/atlas/index.html", search: "?embed=1&person=ethan-dyer&theme=dark", hash: "" })).toBe("/atlas/index.html?person=ethan-dyer&theme=dark");
    expect(fullViewHref({ pathname: "/", search: "?embed=1", hash: "#x" })).toBe("/#x");
  });
});
