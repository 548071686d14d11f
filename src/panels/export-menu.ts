/**
 * The header's Export menu: PNG (width up to 3840, transparent background), SVG, GEXF, GraphML
 * and CSL-JSON, downloaded through Blob URLs. Pictures show the whole graph as the default view
 * frames it (like the command line's `export`), in the current theme — not the current camera,
 * so a picture does not depend on where the user happened to pan. The pure renderers are in
 * src/export/; this is only the buttons.
 */
import type { AtlasContext } from "../app/context.ts";
import type { Store } from "../app/state.ts";
import type { ViewThemeName } from "../app/talks-url.ts";
// The writers (SVG, PNG, GEXF, GraphML, CSL-JSON) load when an export is asked for.
import type { ThemeName } from "../export/index.ts";
import { downloadBlob, downloadText, fileStem } from "./download.ts";

export type ExportFormat = "png" | "svg" | "gexf" | "graphml" | "csl-json";

/** export/svg.ts's MAX_EXPORT_WIDTH (tests/unit/app/lazy.test.ts keeps them equal; importing it would load the writers). */
const MAX_EXPORT_WIDTH = 3840;
export const PNG_WIDTHS = [1280, 1920, 2560, MAX_EXPORT_WIDTH] as const;

/** The export theme for the view theme (exports have one projector theme, on white). */
export function exportThemeFor(theme: ViewThemeName | undefined): ThemeName {
  switch (theme) {
    case "dark":
    case "projector-dark":
      return "dark";
    case "projector-light":
      return "projector";
    default:
      return "light";
  }
}

export function exportFileName(title: string | undefined, format: ExportFormat): string {
  const extension = format === "csl-json" ? "csl.json" : format;
  return `${fileStem(title)}.${extension}`;
}

export interface ExportMenuHost {
  store: Store;
  context(): AtlasContext | undefined;
}

export function mountExportMenu(slot: HTMLElement, host: ExportMenuHost): void {
  const details = document.createElement("details");
  details.className = "export-menu";
  const summary = document.createElement("summary");
  summary.textContent = "Export";
  const panel = document.createElement("div");
  panel.className = "export-panel";
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", "Export the graph or the papers");

  const widthLabel = document.createElement("label");
  widthLabel.textContent = "PNG width ";
  const width = document.createElement("select");
  for (const value of PNG_WIDTHS) {
    const option = document.createElement("option");
    option.value = String(value);
    option.textContent = `${value} px`;
    if (value === 1920) option.selected = true;
    width.append(option);
  }
  widthLabel.append(width);
  const transparentLabel = document.createElement("label");
  const transparent = document.createElement("input");
  transparent.type = "checkbox";
  transparentLabel.append(transparent, " Transparent background");

  const status = document.createElement("p");
  status.className = "export-status";
  status.setAttribute("role", "status");

  const formats: { format: ExportFormat; label: string; note: string }[] = [
    { format: "png", label: "PNG", note: "picture" },
    { format: "svg", label: "SVG", note: "vector picture" },
    { format: "gexf", label: "GEXF", note: "Gephi" },
    { format: "graphml", label: "GraphML", note: "yEd, NetworkX" },
    { format: "csl-json", label: "CSL-JSON", note: "the papers, for Zotero" },
  ];
  const buttons = document.createElement("div");
  buttons.className = "export-buttons";
  for (const { format, label, note } of formats) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-label", `Download ${label} (${note})`);
    button.title = note;
    button.addEventListener("click", () => void run(format, button));
    buttons.append(button);
  }
  panel.append(buttons, widthLabel, transparentLabel, status);
  details.append(summary, panel);
  slot.append(details);

  details.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && details.open) {
      event.preventDefault();
      details.open = false;
      summary.focus();
    }
  });

  async function run(format: ExportFormat, button: HTMLButtonElement) {
    const context = host.context();
    if (!context) {
      status.textContent = "No dataset yet.";
      return;
    }
    button.disabled = true;
    status.textContent = `Preparing ${format.toUpperCase()}…`;
    try {
      const title = context.atlas.title;
      const name = exportFileName(title, format);
      const input = { graph: context.graph, title };
      const theme = exportThemeFor(host.store.get().theme);
      const [{ renderCslJson, renderGexf, renderGraphml, renderSvgPicture }, { svgToPngBlob }] = await Promise.all([import("../export/index.ts"), import("../export/png-browser.ts")]);
      if (format === "svg") downloadText(renderSvgPicture(input, { theme, transparent: transparent.checked }).svg, name, "image/svg+xml");
      else if (format === "png") {
        const pixels = Number(width.value);
        const { svg } = renderSvgPicture(input, { theme, transparent: transparent.checked, width: pixels });
        downloadBlob(await svgToPngBlob(svg, pixels), name);
      } else if (format === "gexf") downloadText(renderGexf(input), name, "application/gexf+xml");
      else if (format === "graphml") downloadText(renderGraphml(input), name, "application/graphml+xml");
      else downloadText(renderCslJson(context.atlas), name, "application/vnd.citationstyles.csl+json");
      status.textContent = `Downloaded ${name}.`;
    } catch (error) {
      status.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  }
}
