/**
 * The import UI's contract with the app shell, and the pure diagnostics summary.
 *
 * The shell runs imports (in a worker) and writes two store fields (see AppState):
 *   importProgress = importProgressFrom(atlasProgress)      while it runs
 *   importReport   = importReportFromAtlas(atlas, names)      when it is done
 *   importReport   = failedImportReport(names, message)       when it failed as a whole
 * The panels only read them. The summary for the loaded dataset uses the same report shape.
 */
import { format as d3Format } from "d3-format";
import type { AtlasFile, Diagnostic, DiagnosticLevel, FormatId } from "../model/types.ts";

export interface ImportProgress {
  /** Human label of the current step: "Reading files", "Merging people", "Laying out". */
  phase: string;
  /** 0..1 when the step knows how far it is; absent for an indeterminate bar. */
  fraction?: number;
}

export interface ImportFileReport {
  name: string;
  format: FormatId;
  /** Publication entries read from the file (records + skipped). */
  records: number;
}

export interface ImportReport {
  files: ImportFileReport[];
  /** Entries read over all files; `papers + skipped === records` after identity. */
  records: number;
  skipped: number;
  papers: number;
  people: number;
  diagnostics: Diagnostic[];
  /** Set when the import failed as a whole (nothing readable, worker error). */
  error?: string;
}

/** The stages `buildAtlas` reports (dataset/build.ts AtlasProgress), kept structural here. */
export interface StageProgress {
  stage: string;
  done?: number;
  total?: number;
}

const STAGE_LABELS: Record<string, string> = {
  read: "Reading files",
  import: "Reading records",
  identity: "Merging people and papers",
  graph: "Building the graph",
  layout: "Laying out",
};

/** Map the build's progress to the bar: each stage gets its share of the bar, in order. */
export function importProgressFrom(progress: StageProgress): ImportProgress {
  const stages = ["import", "identity", "graph", "layout"];
  const index = stages.indexOf(progress.stage);
  const phase = STAGE_LABELS[progress.stage] ?? progress.stage;
  if (index === -1) return { phase };
  const within = progress.total && progress.total > 0 && progress.done !== undefined ? clamp01(progress.done / progress.total) : 0;
  return { phase, fraction: clamp01((index + within) / stages.length) };
}

export function importReportFromAtlas(atlas: AtlasFile): ImportReport {
  return {
    files: atlas.provenance.inputs.map((input) => ({ name: input.file, format: input.format, records: input.records })),
    records: atlas.records,
    skipped: atlas.skipped,
    papers: atlas.papers.length,
    people: atlas.people.length,
    diagnostics: atlas.diagnostics,
  };
}

export function failedImportReport(fileNames: string[], message: string, diagnostics: Diagnostic[] = []): ImportReport {
  return {
    files: fileNames.map((name) => ({ name, format: "unknown", records: 0 })),
    records: 0,
    skipped: 0,
    papers: 0,
    people: 0,
    diagnostics,
    error: message,
  };
}

// ───────────────────────────── summary view model ─────────────────────────────

export interface LevelCount {
  level: DiagnosticLevel;
  /** "error", "warnings", "notes" — already pluralised for the count. */
  label: string;
  count: number;
}

export interface FileSummaryRow {
  name: string;
  format: string;
  records: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface DiagnosticRow {
  level: DiagnosticLevel;
  file: string;
  where: string;
  message: string;
}

export interface DiagnosticsSummary {
  /** "Read 3 files: 1,234 records → 1,100 papers, 2,345 people; 134 merged or skipped" (duplicates + unreadable). */
  headline: string;
  /** Set when the whole import failed: the clear message to show first. */
  failure?: string;
  levels: LevelCount[];
  files: FileSummaryRow[];
  /** Every diagnostic: errors first, then warnings, then notes; within a level, by file in input order. */
  rows: DiagnosticRow[];
}

const LEVELS: DiagnosticLevel[] = ["error", "warning", "info"];
const LEVEL_NAMES: Record<DiagnosticLevel, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

const thousands = d3Format(",");

export function formatCount(value: number): string {
  return thousands(value);
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function summarizeReport(report: ImportReport): DiagnosticsSummary {
  const levelCounts = new Map<DiagnosticLevel, number>(LEVELS.map((level) => [level, 0]));
  for (const diagnostic of report.diagnostics) levelCounts.set(diagnostic.level, (levelCounts.get(diagnostic.level) ?? 0) + 1);
  const levels = LEVELS.map((level) => {
    const count = levelCounts.get(level) ?? 0;
    const [one, many] = LEVEL_NAMES[level];
    return { level, label: count === 1 ? one : many, count };
  });

  const fileOrder = new Map<string, number>();
  const files: FileSummaryRow[] = report.files.map((file, index) => {
    fileOrder.set(file.name, index);
    return { name: file.name, format: file.format, records: file.records, errors: 0, warnings: 0, infos: 0 };
  });
  for (const diagnostic of report.diagnostics) {
    let row = files.find((file) => file.name === diagnostic.file);
    if (!row) {
      // A diagnostic about a file the report does not list (e.g. an unreadable one): list it too.
      row = { name: diagnostic.file, format: "unknown", records: 0, errors: 0, warnings: 0, infos: 0 };
      fileOrder.set(row.name, files.length);
      files.push(row);
    }
    if (diagnostic.level === "error") row.errors++;
    else if (diagnostic.level === "warning") row.warnings++;
    else row.infos++;
  }

  const rows = report.diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        LEVELS.indexOf(a.diagnostic.level) - LEVELS.indexOf(b.diagnostic.level) ||
        (fileOrder.get(a.diagnostic.file) ?? 0) - (fileOrder.get(b.diagnostic.file) ?? 0) ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => ({ level: diagnostic.level, file: diagnostic.file, where: diagnostic.where, message: diagnostic.message }));

  const fileCount = report.files.length;
  const headline =
    `Read ${plural(fileCount, "file", "files")}: ${plural(report.records, "record", "records")} → ` +
    `${plural(report.papers, "paper", "papers")}, ${plural(report.people, "person", "people")}; ${formatCount(report.skipped)} merged or skipped`;
  return { headline, ...(report.error ? { failure: report.error } : {}), levels, files, rows };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
