/**
 * Author–author networks (GML/GEXF/GraphML: people and weighted links, no papers): the person
 * panel lists coauthors with their link weights, and every panel says there are no papers.
 */
import type { AtlasContext } from "../app/context.ts";
import { authorNode, type AuthorNodeAttributes } from "../graph/build.ts";
import { compareText } from "../graph/queries.ts";
import { button, wrap } from "./dom.ts";
import { formatWeight } from "../graph/coauthor-view.ts";

export const NETWORK_NOTE = "Author–author network: no papers";

export interface NetworkCoauthorRow {
  personId: string;
  name: string;
  weight: number;
}

/** A person's links in the file, heaviest first, then by name. Pure. */
export function networkCoauthors(context: Pick<AtlasContext, "graph">, personId: string): NetworkCoauthorRow[] {
  const key = authorNode(personId);
  const graph = context.graph;
  if (!graph.hasNode(key)) return [];
  const rows: NetworkCoauthorRow[] = [];
  graph.forEachEdge(key, (_edge, attributes, source, target) => {
    if (attributes.kind !== "coauthor") return;
    const other = source === key ? target : source;
    const person = graph.getNodeAttributes(other) as AuthorNodeAttributes;
    rows.push({ personId: person.personId, name: person.label, weight: attributes.weight ?? 1 });
  });
  return rows.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.personId, b.personId));
}

/** Adds the network's facts to the panel just rendered into `host` (its first section). */
export function decorateNetworkPanel(host: HTMLElement, context: AtlasContext, personId: string | undefined, selectPerson: (personId: string) => void): void {
  if (!context.atlas.coauthorNetwork) return;
  const section = host.querySelector("section");
  if (!section) return;
  const panel = wrap(section as HTMLElement);
  const note = panel.insert("p", ".panel-title + *").attr("class", "note network-note").text(`${NETWORK_NOTE}: the file lists who wrote with whom, not what they wrote.`);
  if (!personId) return;
  // The paper-based "no coauthors" line would contradict the links listed below.
  for (const paragraph of section.querySelectorAll("p")) if (paragraph.textContent === "No coauthors in this dataset.") paragraph.remove();
  note.text(`${NETWORK_NOTE}: links come from the file, with its weights.`);
  const rows = networkCoauthors(context, personId);
  panel.append("h3").attr("class", "panel-subtitle").text(`Coauthors by link weight (${rows.length})`);
  const list = panel.append("ol").attr("class", "coauthor-list network-coauthors");
  for (const row of rows.slice(0, 50)) {
    const item = list.append("li");
    button(item, row.name, () => selectPerson(row.personId), "person-chip");
    item.append("span").attr("class", "coauthor-weight").text(` weight ${formatWeight(row.weight)}`);
  }
  if (rows.length > 50) panel.append("p").attr("class", "note").text(`… and ${rows.length - 50} more`);
}
