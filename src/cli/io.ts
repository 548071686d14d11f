/**
 * What the command line needs from the outside world, behind one interface so tests run
 * `main` in-process with captured output and an in-memory file system if they like.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { decodeBytes, decodeWindows1252, detectEncoding } from "../app/decode.ts";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes of a file; throws a Node-style error (code ENOENT, EISDIR…) when unreadable. */
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  /** Binary output (PNG export); optional so text-only test doubles need not provide it. */
  writeBytes?(path: string, bytes: Uint8Array): void;
  /** Milliseconds, for progress throttling only (never written into results). */
  now(): number;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => writeFileSync(path, text, "utf8"),
    writeBytes: (path, bytes) => writeFileSync(path, bytes),
    now: () => performance.now(),
  };
}

/**
 * Bytes → text, the way the app decodes dropped files (so CLI and browser read the same text):
 * BOMs and an XML `encoding="ISO-8859-1"` declaration are honoured (DBLP dumps); otherwise UTF-8,
 * falling back to Latin-1 (read as windows-1252, as browsers do) when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (detectEncoding(bytes) !== "utf-8") return decodeBytes(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
