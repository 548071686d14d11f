import { describe, expect, it } from "vitest";
import { collect, findPeople } from "../../../src/identity/index.ts";
import { papersBy } from "./helpers.ts";

const collection = collect([
  papersBy(
    [{ name: "Vinay Venkatesh Ramasesh", ids: { orcid: "0000-0003-0625-3327" } }, "Ethan Dyer"],
    ["Vinay Ramasesh", "John Smith", "Jane Smith"],
    ["Ramasesh, Vinay V.", "Ethan S Dyer", "Hans-Joachim Baues"],
  ),
]);
const ids = (query: string) => findPeople(collection, query).map((p) => p.id);

describe("findPeople", () => {
  it("finds a person by any written form, exact key first", () => {
    expect(ids("Vinay Ramasesh")).toEqual(["vinay-venkatesh-ramasesh"]);
    expect(ids("ramasesh, vinay")).toEqual(["vinay-venkatesh-ramasesh"]);
    expect(ids("Hans Joachim Baues")).toEqual(["hans-joachim-baues"]);
  });

  it("falls back to compatible names (initials, missing middle names)", () => {
    expect(ids("V. Ramasesh")).toEqual(["vinay-venkatesh-ramasesh"]);
    expect(ids("Ramasesh, VV")).toEqual(["vinay-venkatesh-ramasesh"]);
    expect(ids("H.-J. Baues")).toEqual(["hans-joachim-baues"]);
    expect(ids("E. Dyer")).toEqual(["ethan-dyer"]);
  });

  it("returns several when ambiguous and [] when unknown", () => {
    expect(ids("J. Smith")).toEqual(["john-smith", "jane-smith"]);
    expect(ids("Smith")).toEqual(["john-smith", "jane-smith"]);
    expect(ids("Jim Smith")).toEqual([]);
    expect(ids("Nobody Here")).toEqual([]);
    expect(ids("   ")).toEqual([]);
  });

  it("finds people by id and ORCID", () => {
    expect(ids("ethan-dyer")).toEqual(["ethan-dyer"]);
    expect(ids("https://orcid.org/0000-0003-0625-3327")).toEqual(["vinay-venkatesh-ramasesh"]);
  });
});
