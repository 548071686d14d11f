/**
 * Renders the view model of the current selection: author, shared papers of two people, or a
 * paper. Everything clickable is a `<button>` (or an `<a>` for outbound links).
 */
import { coauthorChart, yearChart } from "./charts.ts";
import { badge, button, externalLink, region, type AnySel, type Sel } from "./dom.ts";
import { formatCount } from "./import-report.ts";
import { visibleAuthors, type AuthorView, type MissingView, type PairView, type PanelView, type PaperRow, type PaperView } from "./model.ts";

export interface SelectionCallbacks {
  selectPerson(personId: string): void;
  selectPair(personId: string, otherId: string): void;
  selectPaper(paperId: string): void;
  clearSelection(): void;
}

/** How many rows a list shows before "Show all N". */
const PAPERS_SHOWN = 25;
const COAUTHORS_SHOWN = 15;

/** Renders `view` into `parent`; returns the heading to focus, if any. */
export function renderSelection(parent: AnySel, view: PanelView, callbacks: SelectionCallbacks): Sel<HTMLElement> | undefined {
  switch (view.kind) {
    case "person":
      return renderAuthor(parent, view, callbacks);
    case "pair":
      return renderPair(parent, view, callbacks);
    case "paper":
      return renderPaper(parent, view, callbacks);
    case "missing":
      return renderMissing(parent, view, callbacks);
    case "none":
      return undefined;
  }
}

function renderAuthor(parent: AnySel, view: AuthorView, callbacks: SelectionCallbacks): Sel<HTMLElement> {
  const { section, heading } = region(parent, { className: "panel-person", heading: view.name, kicker: "Author" });
  if (view.variants.length > 0) {
    section.append("p").attr("class", "variants").text(`Also written as ${view.variants.join(" · ")}`);
  }
  if (view.identifiers.length > 0) {
    const list = section.append("dl").attr("class", "identifiers");
    for (const identifier of view.identifiers) {
      list.append("dt").text(identifier.scheme);
      const value = list.append("dd");
      if (!identifier.href || !externalLink(value, { label: identifier.value, href: identifier.href })) value.text(identifier.value);
    }
  }

  section.append("h3").attr("class", "panel-subtitle").text(`Papers in this dataset (${formatCount(view.papers.length)})`);
  collapsibleList(section, view.papers, PAPERS_SHOWN, "papers", (list, rows) => paperRows(list, rows, callbacks));

  if (view.coauthors.length > 0) {
    section.append("h3").attr("class", "panel-subtitle").text(`Coauthors by shared papers (${formatCount(view.coauthors.length)})`);
    const chartHost = section.append("div").attr("class", "chart-host");
    const draw = (rows: typeof view.coauthors) => {
      chartHost.selectAll("*").remove();
      coauthorChart(chartHost, rows, { onSelect: (row) => callbacks.selectPair(view.personId, row.personId) });
    };
    draw(view.coauthors.slice(0, COAUTHORS_SHOWN));
    if (view.coauthors.length > COAUTHORS_SHOWN) {
      const more = button(section, `Show all ${formatCount(view.coauthors.length)} coauthors`, () => {
        draw(view.coauthors);
        more.remove();
        focusNth(chartHost, "button", COAUTHORS_SHOWN);
      }, "show-all");
    }
  } else {
    section.append("p").attr("class", "empty").text("No coauthors in this dataset.");
  }

  if (view.papersPerYear.length > 0) {
    section.append("h3").attr("class", "panel-subtitle").text("Papers per year");
    yearChart(section.append("div").attr("class", "chart-host"), view.papersPerYear);
  }
  if (view.undatedPapers > 0) {
    section.append("p").attr("class", "note").text(`${formatCount(view.undatedPapers)} paper${view.undatedPapers === 1 ? "" : "s"} without a year not shown in the chart.`);
  }
  return heading;
}

function renderPair(parent: AnySel, view: PairView, callbacks: SelectionCallbacks): Sel<HTMLElement> {
  const { section, heading } = region(parent, { className: "panel-pair", heading: "Shared papers" });
  const names = section.append("p").attr("class", "pair-names");
  button(names, view.first.name, () => callbacks.selectPerson(view.first.personId), "person-chip");
  names.append("span").attr("class", "pair-and").text(" and ");
  button(names, view.second.name, () => callbacks.selectPerson(view.second.personId), "person-chip");
  const count = view.papers.length;
  section
    .append("p")
    .attr("class", "pair-count")
    .text(count === 0 ? "No papers together in this dataset." : `${formatCount(count)} paper${count === 1 ? "" : "s"} together${view.years ? `, ${view.years}` : ""}`);
  if (count > 0) {
    const list = section.append("ol").attr("class", "paper-list shared-list");
    for (const row of view.papers) {
      const entry = paperEntry(list.append("li"), row, callbacks);
      entry.append("span").attr("class", "paper-row-meta").text(row.positions);
      if (row.others.length > 0) {
        const more = row.othersHidden > 0 ? ` and ${formatCount(row.othersHidden)} more` : "";
        entry.append("span").attr("class", "paper-row-others").text(`with ${row.others.join(", ")}${more}`);
      }
    }
  }
  const swap = section.append("p").attr("class", "pair-actions");
  button(swap, `Coauthors of ${view.second.name}`, () => callbacks.selectPerson(view.second.personId), "secondary-button");
  return heading;
}

function renderPaper(parent: AnySel, view: PaperView, callbacks: SelectionCallbacks): Sel<HTMLElement> {
  const { section, heading } = region(parent, { className: "panel-paper", heading: view.title, kicker: "Paper" });
  if (view.untitled) heading.classed("untitled", true);
  const flags = section.append("p").attr("class", "badges");
  if (view.untitled) badge(flags, "Made-up title", "warn", "The source gave no title; this one was made up to name the entry.");
  if (view.hyperauthored) badge(flags, `Hyperauthored: ${formatCount(view.authors.length)} authors`, "info", "A very long author list; the graph draws its authors as a cloud.");
  if (view.authorsTruncated) badge(flags, "Author list cut short (“and others”)", "warn", "The source listed only some authors.");
  if (view.authorsIncomplete) badge(flags, "Coauthors unknown", "warn", "The source gives no author list for this work.");
  if (flags.selectAll("*").empty()) flags.remove();

  const meta = [view.venue, view.year, view.type].filter((part) => part !== undefined && part !== "").join(" · ");
  if (meta) section.append("p").attr("class", "paper-meta").text(meta);
  // Where the paper came from, its preprint, a source's doubt about its authors (panels/sources-model.ts).
  for (const note of view.notes ?? []) {
    section.append("p").attr("class", note.startsWith("OpenAlex's author list") ? "note paper-note warn" : "note paper-note").text(note);
  }

  section.append("h3").attr("class", "panel-subtitle").text(`Authors (${formatCount(view.authors.length)}${view.authorsTruncated ? " listed" : ""})`);
  const authorHost = section.append("div");
  const drawAuthors = (expanded: boolean) => {
    authorHost.selectAll("*").remove();
    const { shown, hidden } = visibleAuthors(view.authors, expanded);
    const list = authorHost.append("ol").attr("class", "author-list");
    for (const author of shown) {
      const item = list.append("li");
      const chip = button(item, author.name, () => callbacks.selectPerson(author.personId), "person-chip");
      if (author.writtenAs) chip.attr("title", `Written here as ${author.writtenAs}`);
    }
    if (view.authorsTruncated) list.append("li").attr("class", "and-others").text("and others");
    if (hidden > 0) {
      button(authorHost, `Show all ${formatCount(view.authors.length)} authors`, () => {
        drawAuthors(true);
        focusNth(authorHost, "button", shown.length);
      }, "show-all");
    }
  };
  drawAuthors(false);

  if (view.abstract) {
    section.append("h3").attr("class", "panel-subtitle").text("Abstract");
    section.append("p").attr("class", "abstract").text(view.abstract);
  }
  if (view.links.length > 0) {
    section.append("h3").attr("class", "panel-subtitle").text("Links");
    const list = section.append("ul").attr("class", "link-list");
    for (const link of view.links) externalLink(list.append("li"), link);
  }
  if (view.sources.length > 0) {
    const details = section.append("details").attr("class", "sources");
    details.append("summary").text(`From ${formatCount(view.sources.length)} source record${view.sources.length === 1 ? "" : "s"}`);
    const list = details.append("ul");
    for (const source of view.sources) list.append("li").text(source);
  }
  return heading;
}

function renderMissing(parent: AnySel, view: MissingView, callbacks: SelectionCallbacks): Sel<HTMLElement> {
  const { section, heading } = region(parent, { className: "panel-missing", heading: "Not found" });
  section.append("p").text(view.message);
  button(section, "Clear selection", () => callbacks.clearSelection(), "secondary-button");
  return heading;
}

function paperRows(list: AnySel, rows: readonly PaperRow[], callbacks: SelectionCallbacks): void {
  for (const row of rows) paperEntry(list.append("li"), row, callbacks);
}

/** One paper as a button: title (made-up ones marked), then `venue · year · N authors`. */
function paperEntry(item: AnySel, row: PaperRow, callbacks: SelectionCallbacks): Sel<HTMLButtonElement> {
  const entry = item.append("button").attr("type", "button").attr("class", "paper-entry").on("click", () => callbacks.selectPaper(row.paperId));
  entry.append("span").attr("class", row.untitled ? "paper-title untitled" : "paper-title").text(row.title);
  if (row.untitled) entry.append("span").attr("class", "visually-hidden").text(" (made-up title)");
  const meta = [row.meta, row.hyperauthored ? `${formatCount(row.authorCount)} authors` : ""].filter(Boolean).join(" · ");
  if (meta) entry.append("span").attr("class", "paper-row-meta").text(meta);
  return entry as Sel<HTMLButtonElement>;
}

/** An `<ol>` of the first `limit` rows, with a "Show all N" button for the rest. */
function collapsibleList<T>(parent: AnySel, rows: readonly T[], limit: number, noun: string, draw: (list: AnySel, rows: readonly T[]) => void): void {
  const list = parent.append("ol").attr("class", "paper-list") as unknown as Sel<HTMLElement>;
  if (rows.length <= limit + 1) {
    draw(list, rows);
    return;
  }
  draw(list, rows.slice(0, limit));
  const more = button(parent, `Show all ${formatCount(rows.length)} ${noun}`, () => {
    draw(list, rows.slice(limit));
    more.remove();
    focusNth(list, "button", limit);
  }, "show-all");
}

/** After "Show all", put focus on the first newly shown item so the keyboard user continues there. */
function focusNth(container: AnySel, selector: string, index: number): void {
  const element = container.selectAll<HTMLElement, unknown>(selector).nodes()[index];
  element?.focus();
}
