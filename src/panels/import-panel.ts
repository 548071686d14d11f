/**
 * The import UI (file input + progress bar) and the diagnostics summary region.
 * The shell does the importing; this module only hands it the files and renders what the
 * store says (importProgress / importReport, see import-report.ts).
 */
import type { ImportProgress, ImportReport } from "./import-report.ts";
import { formatCount, summarizeReport, type DiagnosticsSummary } from "./import-report.ts";
import { button, region, uniqueId, wrap, type AnySel } from "./dom.ts";

/** Shown in the picker as a convenience; content sniffing decides the format, never the name. */
export const ACCEPTED_FILES = [".bib", ".bibtex", ".ris", ".json", ".xml", ".csv", ".tsv", ".txt", ".gml", ".gexf", ".graphml", ".nbib", ".enw", ".ciw", ".html", ".htm", ".atlas", ".gz"].join(",");

/** Diagnostics rendered before "Show all": a 10,000-line list would freeze the panel for nothing. */
const DIAGNOSTICS_SHOWN = 200;

export interface ImportPanel {
  /** Redraw the progress bar and the summary from the store's fields and the dataset's report. */
  update(progress: ImportProgress | undefined, report: ImportReport | undefined, datasetReport: ImportReport | undefined): void;
}

/**
 * `slot` (in the app header) gets a compact "Import files…" control and the progress bar;
 * the diagnostics summary goes into `diagnosticsHost` (in the side panel), where it has room.
 */
export function mountImport(slot: HTMLElement, diagnosticsHost: HTMLElement, importFiles: (files: File[]) => void, cancelImport?: () => void): ImportPanel {
  slot.replaceChildren();
  const root = wrap(slot);
  const { section, heading } = region(root, { className: "panel-import", heading: "Import" });
  heading.classed("visually-hidden", true);
  const inputId = uniqueId("import-files");
  const hintId = uniqueId("import-hint");
  const row = section.append("div").attr("class", "import-row");
  // The input stays in the tab order (visually hidden); its label is the visible button.
  const input = row
    .append("input")
    .attr("type", "file")
    .attr("id", inputId)
    .attr("class", "import-input visually-hidden")
    .attr("multiple", "")
    .attr("accept", ACCEPTED_FILES)
    .attr("aria-describedby", hintId);
  row.append("label").attr("for", inputId).attr("class", "import-label").text("Import files…");
  row
    .append("span")
    .attr("id", hintId)
    .attr("class", "visually-hidden")
    .text("Publication lists: BibTeX, RIS, CSL-JSON, DBLP XML, OpenAlex, ORCID or Crossref JSON, Scopus, Web of Science or Scholar exports, profile-page text, GML, GEXF, GraphML. Files are read in this browser, never uploaded.");
  input.on("change", () => {
    const element = input.node();
    const files = element?.files ? [...element.files] : [];
    if (files.length > 0) importFiles(files);
    // Reset so choosing the same file again imports it again.
    if (element) element.value = "";
  });

  const progressId = uniqueId("import-phase");
  const progressRow = section.append("div").attr("class", "import-progress").attr("hidden", "");
  const phase = progressRow.append("span").attr("id", progressId).attr("class", "import-phase").attr("aria-live", "polite");
  const bar = progressRow.append("progress").attr("max", "1").attr("aria-labelledby", progressId);
  // Cancel terminates the import worker; the dataset shown stays.
  if (cancelImport) button(progressRow, "Cancel", () => cancelImport(), "import-cancel").attr("aria-label", "Cancel the import");

  const summaryHost = wrap(diagnosticsHost);
  let lastKey: unknown[] = [];

  return {
    update(progress, report, datasetReport) {
      if (progress) {
        progressRow.attr("hidden", null);
        phase.text(progress.phase);
        if (progress.fraction === undefined) bar.attr("value", null);
        else bar.attr("value", String(progress.fraction));
        bar.attr("aria-valuetext", progress.fraction === undefined ? progress.phase : `${progress.phase}, ${Math.round(progress.fraction * 100)}%`);
      } else {
        progressRow.attr("hidden", "");
      }
      // Only redraw the summary when what it shows changed (progress ticks are frequent).
      const key = [report, datasetReport];
      if (key.every((value, i) => value === lastKey[i])) return;
      lastKey = key;
      summaryHost.selectAll("*").remove();
      if (report) renderSummary(summaryHost, summarizeReport(report), { title: "Last import", collapsed: false });
      else if (datasetReport) renderSummary(summaryHost, summarizeReport(datasetReport), { title: "This dataset", collapsed: true });
    },
  };
}

/** The "Diagnostics" region: headline, counts per level and per file, the full list in `<details>`. */
export function renderSummary(parent: AnySel, summary: DiagnosticsSummary, options: { title: string; collapsed: boolean }): void {
  const { section } = region(parent, { className: "panel-diagnostics", heading: "Diagnostics" });
  if (summary.failure) section.append("p").attr("class", "import-error").attr("role", "alert").text(summary.failure);
  section.append("p").attr("class", "panel-kicker").text(options.title);
  section.append("p").attr("class", "diagnostics-headline").text(summary.headline);

  const levels = section.append("ul").attr("class", "level-counts").attr("aria-label", "Diagnostics by level");
  for (const level of summary.levels) {
    levels
      .append("li")
      .attr("class", `level level-${level.level}${level.count === 0 ? " level-none" : ""}`)
      .text(`${formatCount(level.count)} ${level.label}`);
  }

  const body = options.collapsed ? section.append("details").attr("class", "diagnostics-details") : section;
  if (options.collapsed) body.append("summary").text("Files and diagnostics");

  // One line per file rather than a table: file names are long and the panel is narrow.
  const files = body.append("ul").attr("class", "file-list").attr("aria-label", "Per file");
  for (const file of summary.files) {
    const item = files.append("li");
    item.append("span").attr("class", "file-name").text(file.name);
    const counts = [
      `${file.format}`,
      `${formatCount(file.records)} record${file.records === 1 ? "" : "s"}`,
      file.errors > 0 ? `${formatCount(file.errors)} error${file.errors === 1 ? "" : "s"}` : "",
      file.warnings > 0 ? `${formatCount(file.warnings)} warning${file.warnings === 1 ? "" : "s"}` : "",
      file.infos > 0 ? `${formatCount(file.infos)} note${file.infos === 1 ? "" : "s"}` : "",
    ].filter(Boolean);
    item.append("span").attr("class", "file-counts").text(counts.join(" · "));
  }

  if (summary.rows.length === 0) {
    body.append("p").attr("class", "note").text("Nothing was skipped or repaired.");
    return;
  }
  const details = body.append("details").attr("class", "diagnostics-list");
  details.append("summary").text(summary.rows.length === 1 ? "The 1 diagnostic" : `All ${formatCount(summary.rows.length)} diagnostics`);
  const list = details.append("ol").attr("class", "diagnostic-rows");
  const draw = (from: number, to: number) => {
    for (const row of summary.rows.slice(from, to)) {
      const item = list.append("li").attr("class", `diagnostic diag-${row.level}`);
      item.append("span").attr("class", "diagnostic-level").text(row.level);
      item.append("span").attr("class", "diagnostic-where").text(row.where ? `${row.file} · ${row.where}` : row.file);
      item.append("span").attr("class", "diagnostic-message").text(row.message);
    }
  };
  draw(0, DIAGNOSTICS_SHOWN);
  if (summary.rows.length > DIAGNOSTICS_SHOWN) {
    const more = button(details, `Show all ${formatCount(summary.rows.length)}`, () => {
      draw(DIAGNOSTICS_SHOWN, summary.rows.length);
      more.remove();
    }, "show-all");
  }
}
