/**
 * Fonts for rasterising on the command line. The SVG asks for
 * `Inter, Helvetica, Arial, sans-serif`; resvg does not read fontconfig aliases, so its generic
 * `sans-serif` is pointed at a sans face that is installed (DejaVu Sans from fonts-dejavu-core
 * first: it covers accented Latin, Greek and Cyrillic names). Node only.
 */
import { existsSync } from "node:fs";

export interface FontChoice {
  /** Font files to load (empty: let resvg scan the system fonts). */
  files: string[];
  /** The family `sans-serif` resolves to, when one was found. */
  sansSerif?: string;
}

const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts"];

/** Known sans faces, in order of preference, each as its regular and bold files. */
const CANDIDATES: { family: string; files: string[] }[] = [
  { family: "DejaVu Sans", files: ["truetype/dejavu/DejaVuSans.ttf", "truetype/dejavu/DejaVuSans-Bold.ttf"] },
  { family: "Liberation Sans", files: ["truetype/liberation/LiberationSans-Regular.ttf", "truetype/liberation/LiberationSans-Bold.ttf"] },
  { family: "Noto Sans", files: ["truetype/noto/NotoSans-Regular.ttf", "truetype/noto/NotoSans-Bold.ttf"] },
  { family: "Arial", files: ["Arial.ttf", "arial.ttf", "Arial Bold.ttf", "arialbd.ttf"] },
  { family: "Helvetica", files: ["Helvetica.ttc"] },
];

/** Fallback faces for scripts the chosen face lacks (CJK names), loaded when present. */
const FALLBACKS = ["opentype/noto/NotoSansCJK-Regular.ttc", "truetype/droid/DroidSansFallbackFull.ttf", "truetype/wqy/wqy-zenhei.ttc"];

export function chooseFonts(exists: (path: string) => boolean = existsSync): FontChoice {
  const found = (relative: string) => FONT_DIRS.map((dir) => `${dir}/${relative}`).filter((path) => exists(path));
  for (const candidate of CANDIDATES) {
    const files = candidate.files.flatMap(found);
    if (files.length > 0) return { files: [...files, ...FALLBACKS.flatMap(found)], sansSerif: candidate.family };
  }
  return { files: [] };
}
