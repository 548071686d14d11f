/**
 * Exports the app and the CLI share: pure functions from a dataset (or the view's graph,
 * positions and looks) to file text. PNG rasterising lives apart: png.ts (Node, resvg) and
 * png-browser.ts (canvas), so this surface stays browser-safe and free of native code.
 */
export { renderSvg, renderSvgPicture, DEFAULT_EXPORT_WIDTH, MAX_EXPORT_WIDTH, MIN_EXPORT_WIDTH, FONT_FAMILY } from "./svg.ts";
export type { SvgOptions, SvgPicture } from "./svg.ts";
export { renderGexf } from "./gexf.ts";
export { renderGraphml } from "./graphml.ts";
export { renderCslJson, toCslItems, paperToCsl, cslName, cslType } from "./csljson.ts";
export type { CslItem, CslName } from "./csljson.ts";
export { graphSourceFromAtlas, completeSource, toGraphSource } from "./source.ts";
export type { GraphSource, GraphSourceInput, SourceOptions } from "./source.ts";
export { THEMES, THEME_NAMES, isThemeName } from "./theme.ts";
export type { ExportTheme, ThemeName } from "./theme.ts";
