/**
 * The screen-reader twin of the graph: with nothing selected, a "People" list and a "Papers" list
 * in the side panel reach every node the graph draws, by keyboard, as real buttons. Shown in
 * pages so a 100,000-node dataset does not build 100,000 buttons at once.
 */
import type { AtlasContext } from "../app/context.ts";
import { button, region, type AnySel, type Sel } from "./dom.ts";
import { formatCount } from "./import-report.ts";

export interface PersonRow {
  id: string;
  name: string;
  papers: number;
}

export interface PaperRow {
  id: string;
  title: string;
  year?: number;
  authors: number;
}

/** People by paper count (most first), then by name: the graph's biggest author nodes first. */
export function peopleRows(context: Pick<AtlasContext, "people">): PersonRow[] {
  return [...context.people.values()]
    .map((person) => ({ id: person.id, name: person.name, papers: person.paperIds.length }))
    .sort((a, b) => b.papers - a.papers || a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));
}

/** Papers newest first, then by title; undated last. */
export function paperRows(context: Pick<AtlasContext, "papers">): PaperRow[] {
  return [...context.papers.values()]
    .map((paper) => ({ id: paper.id, title: paper.title || "(untitled)", year: paper.year, authors: paper.authors.length }))
    .sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : 1));
}

export function personLabel(row: PersonRow): string {
  return `${row.name} · ${formatCount(row.papers)} paper${row.papers === 1 ? "" : "s"}`;
}

export function paperLabel(row: PaperRow): string {
  return row.year === undefined ? row.title : `${row.title} (${row.year})`;
}

export const FIRST_PAGE = 25;
export const MORE_PAGE = 200;

export interface OverviewCallbacks {
  selectPerson(personId: string): void;
  selectPaper(paperId: string): void;
}

export function renderOverviewLists(parent: AnySel, context: Pick<AtlasContext, "people" | "papers">, callbacks: OverviewCallbacks): void {
  const people = peopleRows(context);
  const papers = paperRows(context);
  pagedList(parent, { heading: "People", className: "overview-people", noun: "people", rows: people, label: personLabel, choose: (row) => callbacks.selectPerson(row.id) });
  pagedList(parent, { heading: "Papers", className: "overview-papers", noun: "papers", rows: papers, label: paperLabel, choose: (row) => callbacks.selectPaper(row.id) });
}

interface PagedList<T> {
  heading: string;
  className: string;
  noun: string;
  rows: readonly T[];
  label(row: T): string;
  choose(row: T): void;
}

function pagedList<T>(parent: AnySel, options: PagedList<T>): void {
  const { section } = region(parent, { className: options.className, heading: `${options.heading} (${formatCount(options.rows.length)})`, level: 3 });
  const list = section.append("ol").attr("class", "overview-list") as unknown as Sel<HTMLElement>;
  let shown = 0;
  const draw = (count: number) => {
    const end = Math.min(options.rows.length, shown + count);
    for (const row of options.rows.slice(shown, end)) {
      button(list.append("li"), options.label(row), () => options.choose(row), "overview-entry");
    }
    const firstNew = list.selectAll<HTMLElement, unknown>("button").nodes()[shown];
    shown = end;
    return firstNew;
  };
  draw(FIRST_PAGE);
  if (shown >= options.rows.length) return;
  const more = button(section, "", () => {
    const firstNew = draw(MORE_PAGE);
    firstNew?.focus();
    if (shown >= options.rows.length) more.remove();
    else more.text(moreLabel());
  }, "show-all");
  const moreLabel = () => `Show ${formatCount(Math.min(MORE_PAGE, options.rows.length - shown))} more ${options.noun} (of ${formatCount(options.rows.length)})`;
  more.text(moreLabel());
}
