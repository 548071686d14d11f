/**
 * What the command line needs from the outside world, behind one interface so tests run
 * `main` in-process with captured output and an in-memory file system if they like.
 */
import { readFileSync, writeFileSync } from "node:fs";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes of a file; throws a Node-style error (code ENOENT, EISDIR…) when unreadable. */
  readFile(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  /** Milliseconds, for progress throttling only (never written into results). */
  now(): number;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => writeFileSync(path, text, "utf8"),
    now: () => performance.now(),
  };
}

const LATIN1_NAMES = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1"]);

/**
 * Bytes → text: an XML `encoding="ISO-8859-1"` declaration is honoured (DBLP dumps);
 * otherwise UTF-8 (BOM dropped), falling back to Latin-1 when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  const declared = declaredXmlEncoding(bytes);
  if (declared && LATIN1_NAMES.has(declared)) return decodeLatin1(bytes);
  if (declared === "windows-1252" || declared === "cp1252") return new TextDecoder("windows-1252").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeLatin1(bytes);
  }
}

function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]);
  const match = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match ? match[1].toLowerCase() : undefined;
}

/** True ISO-8859-1: every byte is the code point of the same number. */
function decodeLatin1(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return chunks.join("");
}
