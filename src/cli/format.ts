import { groupThousands } from "./progress.ts";
import type { Diagnostic, DiagnosticLevel } from "../model/types.ts";

const LEVEL_TITLES: [DiagnosticLevel, string][] = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Notes"],
];

/** Diagnostics grouped by level, each group cut after `limit` lines with "… and N more". */
export function formatDiagnostics(diagnostics: Diagnostic[], limit: number): string {
  let text = "";
  for (const [level, title] of LEVEL_TITLES) {
    const group = diagnostics.filter((diagnostic) => diagnostic.level === level);
    if (group.length === 0) continue;
    text += `\n${title} (${group.length}):\n`;
    for (const diagnostic of group.slice(0, limit)) {
      text += `  ${diagnostic.file}, ${diagnostic.where}: ${oneLine(diagnostic.message)}\n`;
    }
    if (group.length > limit) text += `  … and ${group.length - limit} more (--verbose shows all)\n`;
  }
  return text;
}

/** Data is text: control characters and line breaks from input files never reach the terminal raw. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

export function plural(count: number, singular: string, pluralForm = singular + "s"): string {
  return `${groupThousands(count)} ${count === 1 ? singular : pluralForm}`;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
