/**
 * View models of the collaboration panel (pure): the path as rows, the selection set as chips.
 */
import type { AtlasContext } from "../app/context.ts";
import type { PathEnds } from "../app/collab-url.ts";
import { collaborationPath } from "../graph/path.ts";

export type PathRow = { kind: "person"; personId: string; name: string } | { kind: "paper"; paperId: string; title: string; meta: string };

export interface PathView {
  from: { personId: string; name: string };
  to: { personId: string; name: string };
  /** Alternating person, paper, person, … rows; empty when not connected. */
  rows: PathRow[];
  /** Number of papers along the chain; undefined when not connected. */
  distance?: number;
  /** One line: `Collaboration distance 2: 2 papers, through 1 person` or `… are not connected …`. */
  summary: string;
}

const count = new Intl.NumberFormat("en-US");

export function pathView(context: AtlasContext, ends: PathEnds): PathView | undefined {
  const from = context.people.get(ends.from);
  const to = context.people.get(ends.to);
  if (!from || !to) return undefined;
  const path = collaborationPath(context.graph, from.id, to.id);
  const ends2 = { from: { personId: from.id, name: from.name }, to: { personId: to.id, name: to.name } };
  if (!path) {
    return { ...ends2, rows: [], summary: `${from.name} and ${to.name} are not connected in this dataset: no chain of coauthors joins them.` };
  }
  const rows: PathRow[] = [];
  path.people.forEach((personId, i) => {
    rows.push({ kind: "person", personId, name: context.people.get(personId)?.name ?? personId });
    const paperId = path.papers[i];
    if (paperId === undefined) return;
    const paper = context.papers.get(paperId);
    rows.push({ kind: "paper", paperId, title: paper?.title ?? paperId, meta: [paper?.venue, paper?.year].filter((part) => part !== undefined && part !== "").join(" · ") });
  });
  const distance = path.papers.length;
  const between = path.people.length - 2;
  const through = between > 0 ? `, through ${count.format(between)} ${between === 1 ? "person" : "people"}` : "";
  return { ...ends2, rows, distance, summary: `Collaboration distance ${count.format(distance)}: ${count.format(distance)} paper${distance === 1 ? "" : "s"}${through}` };
}

export interface Chip {
  personId: string;
  name: string;
}

export function chipsOf(context: AtlasContext, personIds: readonly string[]): Chip[] {
  return personIds.filter((id) => context.people.has(id)).map((id) => ({ personId: id, name: context.people.get(id)?.name ?? id }));
}
