/**
 * How much the browser imports at once. Larger inputs are refused before anything is read, with a
 * message that says the limit and what to do instead (the CLI has its own, higher limit).
 */
import { formatCount } from "../panels/import-report.ts";

export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

export interface SizedFile {
  name: string;
  size: number;
}

function megabytes(bytes: number): string {
  return `${formatCount(Math.ceil(bytes / 1024 / 1024))} MB`;
}

/** Why these files cannot be imported in the browser, or undefined when they can. */
export function importSizeProblem(files: readonly SizedFile[], limits = { file: MAX_FILE_BYTES, total: MAX_TOTAL_BYTES }): string | undefined {
  const tooBig = files.find((file) => file.size > limits.file);
  if (tooBig) {
    return `${tooBig.name} is ${megabytes(tooBig.size)}; the browser imports files up to ${megabytes(limits.file)} each. Split it, or use the command line (coauthor-atlas build).`;
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.total) {
    return `These ${formatCount(files.length)} files are ${megabytes(total)} together; the browser imports up to ${megabytes(limits.total)} at once. Import fewer files, or use the command line (coauthor-atlas build).`;
  }
  return undefined;
}
