/**
 * The loop every CSV importer shares: read the table, check it has the columns the
 * format needs, turn each row into a record (or count it as skipped with a reason).
 */
import type { Diagnostic, FormatId, ImportResult, PubRecord } from "../model/types.ts";
import { columnReader, hasColumns, readCsv, type CsvRow } from "./csv.ts";

export type Cell = (row: CsvRow, ...names: string[]) => string | undefined;

/** Build one record from a row; return a string to skip the row with that reason. */
export type RowReader = (row: CsvRow, cell: Cell, source: PubRecord["source"], diagnostics: Diagnostic[]) => PubRecord | string;

export function importCsv(text: string, file: string, format: FormatId, required: string[], readRow: RowReader): ImportResult {
  const table = readCsv(text, file);
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const result: ImportResult = { format, records: [], skipped: 0, diagnostics };
  if (table.header.length === 0) {
    diagnostics.push({ file, where: "file", level: "error", message: "Empty file: no header row." });
    return result;
  }
  if (!hasColumns(table.header, ...required)) {
    result.skipped = table.rows.length;
    diagnostics.push({ file, where: "line 1", level: "error", message: `Missing column(s) ${required.map((c) => `"${c}"`).join(", ")}: ${table.rows.length} rows skipped.` });
    return result;
  }
  const cell = columnReader(table.header);
  for (const row of table.rows) {
    const source = { file, where: `line ${row.line}` };
    let outcome: PubRecord | string;
    try {
      outcome = readRow(row, cell, source, diagnostics);
    } catch (error) {
      outcome = `unreadable row (${error instanceof Error ? error.message : String(error)})`;
    }
    if (typeof outcome === "string") {
      result.skipped += 1;
      diagnostics.push({ ...source, level: "warning", message: `Row skipped: ${outcome}.` });
    } else {
      result.records.push(outcome);
    }
  }
  return result;
}

/** Record fields that are absent stay absent (no `undefined` keys in the JSON). */
export function withOptional<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== "") (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
