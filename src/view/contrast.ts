/**
 * WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them.
 * AA asks 4.5:1 for text, 3:1 for large text and for non-text marks such as focus rings. Pure.
 */

export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

export type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` → [r, g, b] in 0..255; undefined for anything else. */
export function parseColor(text: string): Rgb | undefined {
  const value = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return [parseInt(short[1] + short[1], 16), parseInt(short[2] + short[2], 16), parseInt(short[3] + short[3], 16)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(value);
  if (long) return [parseInt(long[1], 16), parseInt(long[2], 16), parseInt(long[3], 16)];
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (lighter + 0.05) / (darker + 0.05), from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const first = typeof a === "string" ? parseColor(a) : a;
  const second = typeof b === "string" ? parseColor(b) : b;
  if (!first || !second) throw new Error(`not a colour: ${String(typeof a === "string" ? a : b)}`);
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `--name: #hex;` custom properties declared in a block of CSS text (the last one wins). */
export function cssVariables(css: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const match of css.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6}|rgba?\([^)]*\))\s*;/g)) variables.set(match[1], match[2]);
  return variables;
}
