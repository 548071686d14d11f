/** The status line under the graph: what the loaded dataset holds. Pure. */
import type { AtlasFile } from "../model/types.ts";

const count = new Intl.NumberFormat("en-US");

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** `8 papers · 462 people`; a graph file: `1,589 people · 2,742 links · Author–author network: no papers`. */
export function statusText(atlas: Pick<AtlasFile, "papers" | "people" | "coauthorNetwork">): string {
  const network = atlas.coauthorNetwork;
  if (network && atlas.papers.length === 0) {
    return `${plural(atlas.people.length, "person", "people")} · ${plural(network.links.length, "link", "links")} · Author–author network: no papers`;
  }
  return `${plural(atlas.papers.length, "paper", "papers")} · ${plural(atlas.people.length, "person", "people")}`;
}

/** Why an import produced nothing to draw, in words the user can act on. */
export function emptyImportMessage(atlas: Pick<AtlasFile, "coauthorNetwork">): string {
  const network = atlas.coauthorNetwork;
  if (network && network.people.length > 0) {
    return `This is an author–author network (${network.people.length} people, ${network.links.length} links) without papers; the graph view needs publication lists (BibTeX, RIS, CSL-JSON, …). The current dataset is kept.`;
  }
  return "No publications could be read from these files; the current dataset is kept. See the diagnostics for why.";
}
