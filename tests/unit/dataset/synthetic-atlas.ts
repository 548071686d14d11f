import type { AtlasFile, Paper, Person } from "../../../src/model/types.ts";

/**
 * A deterministic atlas built without the import pipeline (so its bytes do not move when the
 * importers or the layout change): papers and people with optional members present or not, keys
 * in scrambled insertion order, non-ASCII text, several JSON chunks of rows, positions with a
 * missing node, -0, an integer-like key and keys of no node.
 */
export function syntheticAtlas(paperCount = 2500, peopleCount = 1800): AtlasFile {
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const id = `person-${i}-${"ñøé"[i % 3]}`;
    const ids = i % 5 === 0 ? { orcid: `0000-0000-0000-${String(i).padStart(4, "0")}` } : {};
    people.push(i % 2 ? { paperIds: [], variants: [`P. ${i}`, `Person ${i}`], ids, name: `Person ${i}`, id } : { id, name: `Person ${i}`, variants: [`Person ${i}`], ids, paperIds: [] });
  }
  const papers: Paper[] = [];
  for (let i = 0; i < paperCount; i++) {
    const count = 1 + (i % 7);
    const authors = Array.from({ length: count }, (_, k) => {
      const person = (i * 31 + k * 17) % peopleCount;
      return { position: k, name: k % 2 ? `P. ${person}` : `Person ${person}`, personId: people[person].id };
    });
    for (const author of authors) {
      const paperIds = people.find((person) => person.id === author.personId)!.paperIds;
      if (!paperIds.includes(`paper-${i}`)) paperIds.push(`paper-${i}`);
    }
    const paper: Paper = {
      sources: [{ where: `key k${i}`, file: i % 3 ? "a.bib" : "b — ü.ris" }],
      hyperauthored: count > 6,
      authorsTruncated: false,
      authors,
      title: `Paper “${i}” on \u00e9t\u00e9 & <b>`,
      id: `paper-${i}`,
    };
    if (i % 2) paper.year = 1990 + (i % 30);
    if (i % 3) paper.venue = `Venue ${i % 11}`;
    if (i % 4 === 1) paper.doi = `10.1/${i}`;
    if (i % 9 === 2) paper.ids = { zbmath: `z${i}`, mag: `${i}` };
    if (i % 13 === 3) paper.abstract = undefined;
    papers.push(paper);
  }
  const positions: Record<string, [number, number]> = { "a:ghost": [1, 2], "12": [3, 4] };
  people.forEach((person, i) => (positions[`a:${person.id}`] = [Math.sqrt(i), i % 3 === 0 ? -0 : 1 / (i + 1)]));
  papers.forEach((paper, i) => {
    if (i !== 7) positions[`p:${paper.id}`] = [i / 7, -i * 1.5];
  });
  return {
    title: "Synthetic",
    version: 1,
    format: "coauthor-atlas",
    createdWith: "test",
    skipped: 1,
    records: paperCount,
    people,
    papers,
    diagnostics: [{ message: "a note", level: "info", where: "line 3", file: "a.bib" }],
    provenance: { settings: { hyperauthorThreshold: 25 }, merges: [], inputs: [{ sha256: "00", records: paperCount, format: "bibtex", file: "a.bib" }] },
    layout: { positions, converged: false, seed: 4, iterations: 10 },
  };
}
