/**
 * Outbound links for panels. Every href passes `safeHref` at the moment it is built, even when the
 * importer already cleaned the value: the atlas file may come from anywhere.
 */
import type { Paper, PersonIds } from "../model/types.ts";

export interface ExternalLink {
  /** Short visible label: `DOI 10.21105/joss.02403`, `arXiv 2206.04615`, `Link`. */
  label: string;
  href: string;
}

/** The URL itself if it is an absolute http(s) URL, else `undefined`. Never throws. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Links of a paper: DOI, arXiv, OpenReview, its own URL — http(s) only, no duplicates. */
export function paperLinks(paper: Paper): ExternalLink[] {
  const links: ExternalLink[] = [];
  const add = (label: string, raw: string | undefined) => {
    const href = safeHref(raw);
    if (href && !links.some((link) => link.href === href)) links.push({ label, href });
  };
  if (paper.doi) add(`DOI ${paper.doi}`, `https://doi.org/${encodeIdPath(paper.doi)}`);
  if (paper.arxiv) add(`arXiv ${paper.arxiv}`, `https://arxiv.org/abs/${encodeIdPath(paper.arxiv)}`);
  const openreview = paper.ids?.openreview;
  if (openreview) add(`OpenReview ${openreview}`, `https://openreview.net/forum?id=${encodeURIComponent(openreview)}`);
  const pmid = paper.ids?.pmid;
  if (pmid && /^\d+$/.test(pmid)) add(`PubMed ${pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`);
  if (paper.url) add(linkLabel(paper.url), paper.url);
  return links;
}

export interface IdentifierRow {
  scheme: string;
  value: string;
  href?: string;
}

const PERSON_ID_URLS: Record<string, (value: string) => string> = {
  orcid: (value) => `https://orcid.org/${encodeURIComponent(value)}`,
  dblp: (value) => `https://dblp.org/pid/${encodeIdPath(value)}`,
  openalex: (value) => `https://openalex.org/${encodeURIComponent(value.replace(/^https?:\/\/openalex\.org\//i, ""))}`,
  scopus: (value) => `https://www.scopus.com/authid/detail.uri?authorId=${encodeURIComponent(value)}`,
};

const SCHEME_LABELS: Record<string, string> = { orcid: "ORCID", dblp: "DBLP", openalex: "OpenAlex", scopus: "Scopus" };

/** A person's identifiers in a fixed order (known schemes first), each with a profile link when there is one. */
export function personIdentifiers(ids: PersonIds): IdentifierRow[] {
  const known = Object.keys(SCHEME_LABELS);
  const schemes = Object.keys(ids)
    .filter((scheme) => typeof ids[scheme] === "string" && ids[scheme] !== "")
    .sort((a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b));
  return schemes.map((scheme) => {
    const value = ids[scheme] as string;
    const toUrl = PERSON_ID_URLS[scheme];
    const href = toUrl ? safeHref(toUrl(value)) : undefined;
    return { scheme: SCHEME_LABELS[scheme] ?? scheme, value, ...(href ? { href } : {}) };
  });
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** DOIs and DBLP pids contain `/` that must stay path separators; everything else is escaped. */
function encodeIdPath(id: string): string {
  return id.split("/").map(encodeURIComponent).join("/");
}

function linkLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "Link";
  }
}
