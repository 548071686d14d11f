import type { Collection, Diagnostic } from "../model/types.ts";

/** The numbers `coauthor-atlas stats --json` promises, in its key order. */
export interface DatasetStats {
  /** Publication entries read over all inputs (`@string`, `@preamble`, `@comment` are not entries). */
  records: number;
  papers: number;
  people: number;
  /** Author–paper links: distinct (person, paper) pairs, the graph's edges (a name listed twice counts once). */
  authorships: number;
  /** Entries that did not become a paper of their own: unreadable, or merged into a duplicate. */
  skipped: number;
  /**
   * Name forms merged into a person: for each person, the number of distinct spellings beyond the
   * first (Σ variants − 1). `Vinay Ramasesh` + `Vinay V. Ramasesh` + `Ramasesh, Vinay` → 1
   * (the last is the first written family-first, the same spelling in display order).
   */
  merged: number;
  /** Papers with more authors than the hyperauthor threshold. */
  hyperauthored: number;
  /** Author–author links of a graph file (GML/GEXF/GraphML); only for such datasets. */
  links?: number;
  diagnostics: Diagnostic[];
}

export function datasetStats(collection: Collection): DatasetStats {
  let authorships = 0;
  let hyperauthored = 0;
  for (const paper of collection.papers) {
    authorships += new Set(paper.authors.map((author) => author.personId)).size;
    if (paper.hyperauthored) hyperauthored++;
  }
  let merged = 0;
  for (const person of collection.people) merged += Math.max(0, person.variants.length - 1);
  const stats: DatasetStats = {
    records: collection.records,
    papers: collection.papers.length,
    // An author–author graph file (GML/GEXF/GraphML) has people but no papers.
    people: collection.people.length || (collection.coauthorNetwork?.people.length ?? 0),
    authorships,
    skipped: collection.skipped,
    merged,
    hyperauthored,
    diagnostics: [],
  };
  if (collection.coauthorNetwork) stats.links = collection.coauthorNetwork.links.length;
  // Diagnostics last, after the counts (stable key order for readers of the JSON).
  delete (stats as Partial<DatasetStats>).diagnostics;
  stats.diagnostics = collection.diagnostics.map(({ level, file, where, message }) => ({ level, file, where, message }));
  return stats;
}
