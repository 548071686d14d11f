/**
 * "Colour by year": each author gets the year their collaboration with the focal researcher
 * began (their first shared paper), the focal researcher and people with no shared paper the
 * year of their own first paper; papers get their own year. Sequential viridis (perceptually
 * even and readable under colour-vision deficiencies), cut before its pale yellow end so the
 * newest nodes still stand out on white. Undated: grey.
 */
import { interpolateViridis } from "d3-scale-chromatic";
import { authorNode, type AtlasGraph } from "../graph/build.ts";
import type { YearExtent } from "../graph/years.ts";

export const NO_YEAR_COLOR = "#b5bcc5";
/** The part of viridis used: dark purple (oldest) to green-yellow (newest). */
const VIRIDIS_FROM = 0.02;
const VIRIDIS_TO = 0.86;

/** Node key → year that colours it (nodes without one are missing from the map). */
export function firstYears(graph: AtlasGraph, focalPersonId?: string): Map<string, number> {
  const years = new Map<string, number>();
  const earliest = (key: string, year: number) => {
    const current = years.get(key);
    if (current === undefined || year < current) years.set(key, year);
  };
  // Papers and everyone's first paper year.
  graph.forEachNode((paper, attributes) => {
    if (attributes.kind !== "paper" || attributes.year === undefined) return;
    const year = attributes.year;
    years.set(paper, year);
    graph.forEachNeighbor(paper, (author) => earliest(author, year));
  });
  // Coauthors of the focal researcher: the first shared paper wins over their own first paper.
  const focal = focalPersonId ? authorNode(focalPersonId) : undefined;
  if (focal && graph.hasNode(focal)) {
    const shared = new Map<string, number>();
    graph.forEachNeighbor(focal, (paper, attributes) => {
      if (attributes.kind !== "paper" || attributes.year === undefined) return;
      const year = attributes.year;
      graph.forEachNeighbor(paper, (author) => {
        if (author === focal) return;
        const current = shared.get(author);
        if (current === undefined || year < current) shared.set(author, year);
      });
    });
    for (const [author, year] of shared) years.set(author, year);
  }
  return years;
}

/** The colour of a year within the extent (a one-year extent gets the middle colour). */
export function yearColor(year: number | undefined, extent: YearExtent | undefined): string {
  if (year === undefined || !extent) return NO_YEAR_COLOR;
  const span = extent.max - extent.min;
  const t = span === 0 ? 0.5 : Math.min(1, Math.max(0, (year - extent.min) / span));
  return interpolateViridis(VIRIDIS_FROM + t * (VIRIDIS_TO - VIRIDIS_FROM));
}
