/**
 * Small DOM builders every panel uses. Data only ever reaches the page through `.text()` /
 * `textContent` and through attributes set one by one; never through markup strings.
 */
import { select, type Selection as D3Selection } from "d3-selection";
import { safeHref, type ExternalLink } from "./links.ts";

export type Sel<E extends Element = HTMLElement> = D3Selection<E, unknown, null, undefined>;
/** Any element selection: d3's Selection is invariant in its element type. */
export type AnySel = D3Selection<any, unknown, null, undefined>;

let nextId = 0;
/** Unique element ids for aria-labelledby (ids never come from data). */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A landmark region named by its heading: `<section aria-labelledby>` + `<hN tabindex=-1>`.
 * The heading takes focus after a selection change so keyboard users land in the new panel.
 */
export function region(parent: AnySel, options: { className: string; heading: string; level?: 2 | 3; kicker?: string }): { section: Sel<HTMLElement>; heading: Sel<HTMLElement> } {
  const id = uniqueId(options.className);
  const section = parent.append("section").attr("class", `panel ${options.className}`).attr("aria-labelledby", id);
  if (options.kicker) section.append("p").attr("class", "panel-kicker").text(options.kicker);
  const heading = section
    .append(`h${options.level ?? 2}`)
    .attr("id", id)
    .attr("class", "panel-title")
    .attr("tabindex", "-1")
    .text(options.heading);
  return { section, heading: heading as unknown as Sel<HTMLElement> };
}

/** A real `<button type="button">` with a text label. */
export function button(parent: AnySel, label: string, onClick: (event: MouseEvent) => void, className = "link-button"): Sel<HTMLButtonElement> {
  return parent.append("button").attr("type", "button").attr("class", className).text(label).on("click", onClick);
}

/** An outbound link: http(s) only (checked again here), new tab, no opener, no referrer. */
export function externalLink(parent: AnySel, link: ExternalLink): Sel<HTMLElement> | undefined {
  const href = safeHref(link.href);
  if (!href) return undefined;
  return parent
    .append("a")
    .attr("href", href)
    .attr("target", "_blank")
    .attr("rel", "noopener noreferrer")
    .attr("class", "external-link")
    .text(link.label) as unknown as Sel<HTMLElement>;
}

/** A small labelled flag: "made-up title", "hyperauthored", "list truncated". */
export function badge(parent: AnySel, label: string, kind: "warn" | "info" = "info", title?: string): void {
  const span = parent.append("span").attr("class", `badge badge-${kind}`).text(label);
  if (title) span.attr("title", title);
}

export function wrap(element: HTMLElement): Sel<HTMLElement> {
  return select(element);
}

export function clear(element: HTMLElement): void {
  element.replaceChildren();
}

/** Users who asked for less motion get none. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
