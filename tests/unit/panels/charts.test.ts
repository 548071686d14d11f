import { describe, expect, it } from "vitest";
import { yearTicks } from "../../../src/panels/charts.ts";

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe("year axis ticks", () => {
  it("labels every year when there are few", () => {
    expect(yearTicks(span(2020, 2023))).toEqual(["2020", "2021", "2022", "2023"]);
    expect(yearTicks(["2021"])).toEqual(["2021"]);
    expect(yearTicks([])).toEqual([]);
  });

  it("spaces labels evenly over long spans and keeps the last year", () => {
    expect(yearTicks(span(1990, 2024))).toEqual(["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2024"]);
  });

  it("drops the regular tick right before the last year so labels don't collide", () => {
    expect(yearTicks(span(1990, 2021))).toEqual(["1990", "1995", "2000", "2005", "2010", "2015", "2021"]);
  });
});
