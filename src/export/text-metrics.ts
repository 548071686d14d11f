/**
 * Text widths without a canvas: an estimate per character class, calibrated on DejaVu Sans and
 * Helvetica-like faces (it errs wide, so reserved room is rather too much than too little).
 * Used to keep labels inside the picture and to wrap the legend; pure, same result everywhere.
 */

const NARROW = new Set([..."iljI.,;:!|'`()[]{}/\\ tfr-"]);
const WIDE = new Set([..."mwMW@%&"]);

/** Approximate advance width in em of one character. */
function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.34;
  if (WIDE.has(char)) return 0.9;
  const code = char.codePointAt(0) ?? 0;
  // CJK, Hangul, full-width forms: one em each.
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) return 1;
  if (char >= "A" && char <= "Z") return 0.7;
  if (char >= "0" && char <= "9") return 0.64;
  return 0.6;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Greedy word wrap to lines no wider than `width` (a word longer than a line gets a line of its own). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
