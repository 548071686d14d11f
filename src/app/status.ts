/** The status line under the graph: what the loaded dataset holds. Pure. */
import type { AtlasFile } from "../model/types.ts";

const count = new Intl.NumberFormat("en-US");

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** `8 papers · 462 people`. */
export function statusText(atlas: Pick<AtlasFile, "papers" | "people">): string {
  return `${plural(atlas.papers.length, "paper", "papers")} · ${plural(atlas.people.length, "person", "people")}`;
}
