import { describe, expect, it } from "vitest";
import { failedImportReport, importProgressFrom, importReportFromAtlas, summarizeReport } from "../../../src/panels/import-report.ts";
import { buildFixtureContext } from "./fixture.ts";

const atlas = buildFixtureContext().atlas;

describe("import report", () => {
  it("is read from the dataset file", () => {
    const report = importReportFromAtlas(atlas);
    expect(report.files).toEqual([
      { name: "fixture.bib", format: "bibtex", records: 5 },
      { name: "other.ris", format: "ris", records: 2 },
    ]);
    expect([report.records, report.skipped, report.papers, report.people]).toEqual([7, 1, 6, 7]);
  });

  it("summarises with counts per level and per file", () => {
    const summary = summarizeReport(importReportFromAtlas(atlas));
    expect(summary.headline).toBe("Read 2 files: 7 records → 6 papers, 7 people; 1 merged or skipped");
    expect(summary.levels).toEqual([
      { level: "error", label: "error", count: 1 },
      { level: "warning", label: "warning", count: 1 },
      { level: "info", label: "note", count: 1 },
    ]);
    expect(summary.files).toEqual([
      { name: "fixture.bib", format: "bibtex", records: 5, errors: 1, warnings: 1, infos: 0 },
      { name: "other.ris", format: "ris", records: 2, errors: 0, warnings: 0, infos: 1 },
    ]);
    expect(summary.rows.map((row) => `${row.level} ${row.file} ${row.where}`)).toEqual([
      "error fixture.bib line 3",
      "warning fixture.bib key x",
      "info other.ris record 2",
    ]);
    expect(summary.failure).toBeUndefined();
  });

  it("formats large counts with thousands separators", () => {
    const summary = summarizeReport({ files: [{ name: "a.bib", format: "bibtex", records: 2423 }], records: 2423, skipped: 134, papers: 2289, people: 1, diagnostics: [] });
    expect(summary.headline).toBe("Read 1 file: 2,423 records → 2,289 papers, 1 person; 134 merged or skipped");
    expect(summary.levels.map((level) => level.label)).toEqual(["errors", "warnings", "notes"]);
  });

  it("lists a file that only appears in diagnostics, and says why the import failed", () => {
    const report = failedImportReport(["broken.bin"], "No publication records found in broken.bin.", [
      { file: "broken.bin", where: "whole file", level: "error", message: "Not a format Coauthor Atlas reads." },
      { file: "elsewhere.txt", where: "line 1", level: "warning", message: "Empty." },
    ]);
    const summary = summarizeReport(report);
    expect(summary.failure).toBe("No publication records found in broken.bin.");
    expect(summary.files.map((file) => [file.name, file.errors, file.warnings])).toEqual([
      ["broken.bin", 1, 0],
      ["elsewhere.txt", 0, 1],
    ]);
  });
});

describe("import progress", () => {
  it("gives each build stage its quarter of the bar", () => {
    expect(importProgressFrom({ stage: "import", done: 1, total: 2 })).toEqual({ phase: "Reading records", fraction: 0.125 });
    expect(importProgressFrom({ stage: "layout", done: 50, total: 100 })).toEqual({ phase: "Laying out", fraction: 0.875 });
    expect(importProgressFrom({ stage: "identity" })).toEqual({ phase: "Merging people and papers", fraction: 0.25 });
    expect(importProgressFrom({ stage: "something-else" })).toEqual({ phase: "something-else" });
    expect(importProgressFrom({ stage: "graph", done: 5, total: 0 }).fraction).toBe(0.5);
  });
});
