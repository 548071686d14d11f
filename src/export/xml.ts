/**
 * XML text helpers shared by the SVG, GEXF and GraphML writers. Data is text, never markup:
 * every string from a dataset goes through `xmlText`/`xmlAttr` before it reaches a document.
 */

/** Characters XML 1.0 does not allow at all (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML cannot carry, so a stray control character never makes the file unreadable. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Escaped element content. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escaped attribute value (for double-quoted attributes; line breaks kept as character references). */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** A one-line label: line breaks and runs of white space become one space. */
export function oneLineText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A coordinate with at most `digits` decimals and no `-0`. */
export function num(value: number, digits = 2): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** `#RRGGBB` / `#RGB` → 0–255 channels (black for anything else). */
export function hexToRgb(color: string): { r: number; g: number; b: number } {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return { r: 0, g: 0, b: 0 };
  return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
}
