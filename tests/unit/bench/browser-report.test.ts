import { describe, expect, it } from "vitest";
import { ratio, summarize } from "../../../bench/browser/stats.ts";
import { cell, markdownTable } from "../../../bench/browser/table.ts";
import { cpuDelta, longestTask } from "../../../bench/browser/measure.ts";

describe("summarize", () => {
  it("takes the middle value of an odd count, the mean of the middle two of an even one", () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it("leaves out values that are not finite (a run that never drew)", () => {
    expect(summarize([NaN, 5, Infinity, 7])).toEqual({ median: 6, min: 5, max: 7, runs: 2 });
    expect(summarize([]).runs).toBe(0);
    expect(summarize([NaN]).median).toBeNaN();
  });
});

describe("ratio", () => {
  it("divides, and is NaN rather than Infinity or a fake number when a side is missing", () => {
    expect(ratio(300, 120)).toBe(2.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
  });
});

describe("longestTask", () => {
  const tasks = [
    { start: 10, duration: 60 },
    { start: 500, duration: 240 },
    { start: 900, duration: 80 },
  ];
  it("finds the longest task starting in the window", () => {
    expect(longestTask(tasks)).toBe(240);
    expect(longestTask(tasks, 600)).toBe(80);
    expect(longestTask(tasks, 0, 500)).toBe(60);
  });
  it("leaves out the probe's own pixel-check wait inside a task", () => {
    // The 240 ms task holds a 200 ms check: 40 ms of its own, so the 80 ms task is the longest.
    expect(longestTask(tasks, 0, Infinity, [{ start: 520, duration: 200 }])).toBe(80);
    // A check outside every task changes nothing.
    expect(longestTask(tasks, 0, Infinity, [{ start: 2000, duration: 500 }])).toBe(240);
  });
  it("is 0 when no long task started (none over 50 ms) and null when the browser cannot say", () => {
    expect(longestTask(tasks, 1000)).toBe(0);
    expect(longestTask(null)).toBeNull();
  });
});

describe("cpuDelta", () => {
  it("subtracts per process type, a process that appeared counting from 0", () => {
    const before = { all: 1000, renderer: 600, gpu: 400 };
    const after = { all: 1900, renderer: 900, gpu: 700, utility: 300 };
    expect(cpuDelta(before, after)).toEqual({ all: 900, renderer: 300, gpu: 300, utility: 300 });
    expect(cpuDelta(undefined, after)).toBeUndefined();
  });
});

describe("table", () => {
  it("formats numbers with separators and a dash for missing ones", () => {
    expect(cell(12345.678)).toBe("12,346");
    expect(cell(2.345, 2)).toBe("2.35");
    expect(cell(NaN)).toBe("–");
    expect(cell(null)).toBe("–");
    expect(cell(undefined)).toBe("–");
  });

  it("writes a Markdown table and escapes pipes in cells", () => {
    expect(markdownTable(["a", "b"], [["1", "x|y"]])).toBe("| a | b |\n| --- | --- |\n| 1 | x\\|y |");
  });
});
