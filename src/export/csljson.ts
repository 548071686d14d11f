/**
 * The dataset's papers as CSL-JSON (Zotero, Pandoc, citeproc): one item per paper, authors in
 * order under the display name identity chose for each person, split into CSL name parts.
 */
import type { AtlasFile, Collection, Paper, Person } from "../model/types.ts";
import { splitAuthor } from "../identity/names.ts";

export interface CslName {
  given?: string;
  family?: string;
  "non-dropping-particle"?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  issued?: { "date-parts": [[number]] };
  "container-title"?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  ISBN?: string;
  ISSN?: string;
  PMID?: string;
  PMCID?: string;
}

/** Our lower-case kinds (BibTeX, RIS and the other importers' words) → CSL 1.0.2 item types. */
const CSL_TYPE: Record<string, string> = {
  article: "article-journal",
  journal: "article-journal",
  inproceedings: "paper-conference",
  conference: "paper-conference",
  proceedings: "book",
  preprint: "article",
  book: "book",
  booklet: "book",
  inbook: "chapter",
  incollection: "chapter",
  chapter: "chapter",
  thesis: "thesis",
  phdthesis: "thesis",
  mastersthesis: "thesis",
  dissertation: "thesis",
  report: "report",
  techreport: "report",
  unpublished: "manuscript",
  manuscript: "manuscript",
  dataset: "dataset",
  software: "software",
  patent: "patent",
  webpage: "webpage",
  online: "webpage",
  review: "review",
  misc: "document",
};

export function cslType(type: string | undefined): string {
  return (type && CSL_TYPE[type.toLowerCase()]) || "document";
}

/** A person's display name as CSL name parts (corporate names stay one literal). */
export function cslName(displayName: string): CslName {
  const parts = splitAuthor({ name: displayName });
  if (parts.literal || !parts.family) return { literal: parts.display || displayName };
  const name: CslName = {};
  if (parts.given.length > 0) name.given = parts.given.join(" ");
  if (parts.particle) name["non-dropping-particle"] = parts.particle;
  name.family = parts.family;
  if (parts.suffix) name.suffix = parts.suffix;
  return name;
}

/** The marker for an author list the source cut short (`and others`): read back as truncation by our importer and citation-js. */
const OTHERS: CslName = { literal: "others" };

export function paperToCsl(paper: Paper, people: ReadonlyMap<string, Person>): CslItem {
  const item: CslItem = { id: paper.id, type: cslType(paper.type), title: paper.title };
  const authors = paper.authors.map((authorship) => cslName(people.get(authorship.personId)?.name ?? authorship.name));
  if (paper.authorsTruncated) authors.push(OTHERS);
  if (authors.length > 0) item.author = authors;
  if (paper.year !== undefined) item.issued = { "date-parts": [[paper.year]] };
  if (paper.venue) item["container-title"] = paper.venue;
  if (paper.doi) item.DOI = paper.doi;
  const url = paper.url ?? (paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : undefined);
  if (url) item.URL = url;
  if (paper.abstract) item.abstract = paper.abstract;
  const ids = paper.ids ?? {};
  if (ids.isbn) item.ISBN = ids.isbn;
  if (ids.issn) item.ISSN = ids.issn;
  if (ids.pmid) item.PMID = ids.pmid;
  if (ids.pmcid) item.PMCID = ids.pmcid;
  return item;
}

export function toCslItems(dataset: Pick<AtlasFile | Collection, "papers" | "people">): CslItem[] {
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  return dataset.papers.map((paper) => paperToCsl(paper, people));
}

/** The CSL-JSON file: an array of items, two-space indented, newline at the end. */
export function renderCslJson(dataset: Pick<AtlasFile | Collection, "papers" | "people">): string {
  return JSON.stringify(toCslItems(dataset), null, 2) + "\n";
}
