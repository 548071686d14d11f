/**
 * Bytes of a user's file → text, the way the file says it is encoded. Pure.
 *
 * UTF-8 unless the file says otherwise: a UTF-16 byte-order mark, or an XML declaration
 * naming a single-byte encoding (`<?xml version="1.0" encoding="ISO-8859-1"?>`, common in
 * DBLP and older exports). Latin-1 is read as windows-1252, as browsers do (its C1 range
 * holds the curly quotes and dashes those files actually mean).
 */

const XML_DECLARATION = /^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/;

const SINGLE_BYTE_ENCODINGS = new Map<string, string>([
  ["iso-8859-1", "windows-1252"],
  ["iso8859-1", "windows-1252"],
  ["latin1", "windows-1252"],
  ["latin-1", "windows-1252"],
  ["l1", "windows-1252"],
  ["us-ascii", "windows-1252"],
  ["ascii", "windows-1252"],
  ["windows-1252", "windows-1252"],
  ["cp1252", "windows-1252"],
  ["iso-8859-15", "iso-8859-15"],
  ["latin9", "iso-8859-15"],
]);

/** The encoding label to decode these bytes with (a TextDecoder label). */
export function detectEncoding(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // The declaration is ASCII by definition, so reading the head as latin1 is safe.
  const head = latin1Head(bytes, 256);
  const declared = XML_DECLARATION.exec(head.trimStart())?.[1]?.toLowerCase();
  if (declared) return SINGLE_BYTE_ENCODINGS.get(declared) ?? "utf-8";
  return "utf-8";
}

export function decodeBytes(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  // Node's TextDecoder treats windows-1252 as plain latin1; decode it ourselves so browser and CLI agree.
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  // `ignoreBOM: false` strips a matching BOM; invalid UTF-8 becomes U+FFFD instead of throwing.
  return new TextDecoder(encoding).decode(bytes);
}

function latin1Head(bytes: Uint8Array, length: number): string {
  let text = "";
  const end = Math.min(bytes.length, length);
  for (let i = 0; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/** Code points of windows-1252's 0x80–0x9F range (0 where the byte is undefined: kept as the C1 control). */
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i];
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_C1[byte - 0x80] || byte : byte;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}
