/**
 * What the view simplified, said in words for the legend: the satellite clouds around
 * hyperauthored papers. Pure.
 */
import type { AtlasGraph } from "../graph/build.ts";
import { shortTitle } from "./style.ts";

export interface CloudNote {
  paperNode: string;
  /** Authors drawn small and unlabelled around this paper. */
  satellites: number;
  /** All authors of the paper. */
  authors: number;
  text: string;
}

/** One note per hyperauthored paper that has satellites, largest cloud first. */
export function cloudNotes(graph: AtlasGraph, satellites: ReadonlySet<string>): CloudNote[] {
  const notes: CloudNote[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "paper" || !attributes.hyperauthored) return;
    let count = 0;
    graph.forEachNeighbor(node, (author) => {
      if (satellites.has(author) && onlyPaperIs(graph, author, node)) count += 1;
    });
    if (count === 0) return;
    const authors = graph.degree(node);
    const who = count === 1 ? "1 author who appears" : `${count} authors who appear`;
    const text = `${who} only on “${shortTitle(attributes.label, 60)}” (${authors} authors) ${count === 1 ? "is" : "are"} drawn as a small cloud around it, unlabelled.`;
    notes.push({ paperNode: node, satellites: count, authors, text });
  });
  notes.sort((a, b) => b.satellites - a.satellites || (a.paperNode < b.paperNode ? -1 : 1));
  const counted = notes.reduce((sum, note) => sum + note.satellites, 0);
  const rest = satellites.size - counted;
  if (rest > 0) {
    const who = rest === 1 ? "1 author who appears" : `${rest} authors who appear`;
    notes.push({ paperNode: "", satellites: rest, authors: rest, text: `${who} only on several very large papers ${rest === 1 ? "is" : "are"} drawn small and unlabelled.` });
  }
  return notes;
}

/** Satellites of several hyperauthored papers are counted once, on none of them alone. */
function onlyPaperIs(graph: AtlasGraph, author: string, paper: string): boolean {
  return graph.degree(author) === 1 && graph.areNeighbors(author, paper);
}

/** Notes the legend shows: the largest clouds; past that, one line sums up the rest (a 100k graph has hundreds of clouds). */
export const LEGEND_CLOUD_NOTES = 2;

export function legendCloudNotes(notes: readonly CloudNote[], max = LEGEND_CLOUD_NOTES): string[] {
  if (notes.length <= max + 1) return notes.map((note) => note.text);
  const rest = notes.slice(max);
  const authors = rest.reduce((sum, note) => sum + note.satellites, 0);
  const who = authors === 1 ? "1 more author" : `${authors.toLocaleString("en")} more authors`;
  return [...notes.slice(0, max).map((note) => note.text), `${who} of very large papers (${rest.length.toLocaleString("en")} more notes) are drawn the same way.`];
}
