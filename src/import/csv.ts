/**
 * Shared CSV reading for the tabular exports (Scopus, Lens, OpenAlex CSV, Google
 * Scholar): papaparse with a header row, a BOM-free header, `NA` and the exporters'
 * "[No … available]" placeholders read as empty, and the 1-based line each row starts on.
 */
import Papa from "papaparse";
import type { Diagnostic } from "../model/types.ts";
import { cleanText } from "./normalize.ts";

export interface CsvRow {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Problems papaparse reported (unbalanced quotes, ragged rows), as warnings. */
  diagnostics: Diagnostic[];
}

/** Parse the whole text; never throws. */
export function readCsv(text: string, file: string): CsvTable {
  const source = text.replace(/^\uFEFF/, "");
  const table: CsvTable = { header: [], rows: [], diagnostics: [] };
  let consumed = 0;
  let line = 1;
  try {
    Papa.parse<string[]>(source, {
      header: false,
      // Blank rows are dropped below, not by papaparse, so line numbers stay exact.
      skipEmptyLines: false,
      delimitersToGuess: [",", "\t", ";"],
      step: (step) => {
        const startLine = line + countNewlines(source, consumed, firstNonBlank(source, consumed, step.meta.cursor));
        line += countNewlines(source, consumed, step.meta.cursor);
        consumed = step.meta.cursor;
        const cells = (step.data as unknown as string[]).map((cell) => (typeof cell === "string" ? cell : ""));
        if (cells.every((cell) => cell.trim() === "")) return;
        for (const error of step.errors) {
          if (error.type === "Delimiter") continue; // defaulting to ',' is what we want
          table.diagnostics.push({ file, where: `line ${startLine}`, level: "warning", message: `CSV: ${error.message}` });
        }
        if (table.header.length === 0) table.header = cells.map((cell) => cell.trim());
        else table.rows.push({ line: startLine, cells });
      },
    });
  } catch (error) {
    table.diagnostics.push({ file, where: "file", level: "error", message: `Not readable as CSV (${error instanceof Error ? error.message : String(error)}).` });
  }
  return table;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf("\n", from); index >= 0 && index < to; index = text.indexOf("\n", index + 1)) count += 1;
  return count;
}

function firstNonBlank(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && (text[index] === "\n" || text[index] === "\r")) index += 1;
  return index;
}

/** Placeholders exporters write instead of leaving a cell empty. */
const EMPTY_PLACEHOLDER = /^(?:NA|N\/A|\[No [^\]]* available\])$/i;

/** Look cells up by column name, case-insensitively; placeholders read as undefined. */
export function columnReader(header: string[]): (row: CsvRow, ...names: string[]) => string | undefined {
  const index = new Map<string, number>();
  header.forEach((name, position) => {
    const key = name.toLowerCase();
    if (!index.has(key)) index.set(key, position);
  });
  return (row, ...names) => {
    for (const name of names) {
      const position = index.get(name.toLowerCase());
      if (position === undefined) continue;
      const value = cleanText(row.cells[position]);
      if (value !== undefined && !EMPTY_PLACEHOLDER.test(value)) return value;
    }
    return undefined;
  };
}

/** True when every named column is in the header (case-insensitive). */
export function hasColumns(header: string[], ...names: string[]): boolean {
  const present = new Set(header.map((name) => name.toLowerCase()));
  return names.every((name) => present.has(name.toLowerCase()));
}
