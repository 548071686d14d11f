import type { AtlasFile, PubRecord, RawAuthor } from "../model/types.ts";

/**
 * A dataset file given together with publication files: its papers go back through the
 * pipeline as records, so identity can match them with the new ones. Authors travel as the
 * names the papers' sources wrote, carrying their person's identifiers (ORCID, DBLP…), and
 * each paper keeps its identifiers (DOI, arXiv, others) and its atlas id (`ids.atlas`).
 */
export function atlasToRecords(atlas: AtlasFile, fileName: string): PubRecord[] {
  const peopleById = new Map(atlas.people.map((person) => [person.id, person]));
  return atlas.papers.map((paper) => {
    const authors: RawAuthor[] = paper.authors.map((authorship) => {
      const ids = peopleById.get(authorship.personId)?.ids;
      const author: RawAuthor = { name: authorship.name };
      if (ids && Object.keys(ids).length > 0) author.ids = { ...ids };
      return author;
    });
    const record: PubRecord = {
      source: { file: fileName, where: `paper ${paper.id}` },
      format: "atlas",
      title: paper.title,
      authors,
      authorsTruncated: paper.authorsTruncated,
      ids: { ...paper.ids, atlas: paper.id },
    };
    if (paper.untitled) record.untitled = true;
    if (paper.authorsIncomplete) record.authorsIncomplete = true;
    for (const key of ["year", "venue", "type", "doi", "arxiv", "url", "abstract"] as const) {
      if (paper[key] !== undefined) (record as unknown as Record<string, unknown>)[key] = paper[key];
    }
    return record;
  });
}
