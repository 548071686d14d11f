/**
 * The single-file build (`dist/coauthor-atlas.html`, tools/vite-single-file.ts) carries the
 * default dataset inside the page as `<script type="application/json" id="default-dataset">`, so
 * it works from file:// without a fetch. The app reads it first when it is there.
 */
import { readAtlas } from "../dataset/read.ts";
import type { FetchedAtlas } from "./dataset.ts";

export const EMBEDDED_DATASET_ID = "default-dataset";

/** The dataset carried by the page, or undefined when the page has none (the normal build). */
export function embeddedAtlas(doc: Pick<Document, "getElementById">): FetchedAtlas | undefined {
  const element = doc.getElementById(EMBEDDED_DATASET_ID);
  const text = element?.textContent;
  if (!text || text.trim() === "") return undefined;
  return atlasFromText(text, "the dataset inside this page");
}

export function atlasFromText(text: string, name: string): FetchedAtlas {
  const { atlas, diagnostics } = readAtlas(text, name);
  if (atlas) return { atlas };
  const first = diagnostics.find((diagnostic) => diagnostic.level === "error") ?? diagnostics[0];
  return { error: `${name} could not be read: ${first ? first.message : "unknown problem"}.` };
}
