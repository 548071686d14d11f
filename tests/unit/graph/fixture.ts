import type { Collection, Paper, Person } from "../../../src/model/types.ts";

/** A paper with the given author person ids, in order. */
export function paper(id: string, title: string, year: number | undefined, authorIds: string[], hyperauthored = false): Paper {
  const result: Paper = {
    id,
    title,
    authors: authorIds.map((personId, position) => ({ personId, name: personId.toUpperCase(), position })),
    authorsTruncated: false,
    hyperauthored,
    sources: [{ file: "test.bib", where: `key ${id}` }],
  };
  if (year !== undefined) result.year = year;
  return result;
}

export function peopleOf(papers: Paper[], names: Record<string, string>): Person[] {
  return Object.entries(names).map(([id, name]) => ({
    id,
    name,
    variants: [name],
    ids: {},
    paperIds: papers.filter((p) => p.authors.some((a) => a.personId === id)).map((p) => p.id),
  }));
}

/**
 * Four papers, seven people:
 *   alpha (2020): ann, bob, cy        beta (2021): ann, bob
 *   gamma (no year): bob, di          big (2019, hyperauthored): ann, eve, fay, gus
 */
export function smallCollection(): Pick<Collection, "papers" | "people" | "focalPersonId"> {
  const papers = [
    paper("alpha", "Alpha", 2020, ["ann", "bob", "cy"]),
    paper("beta", "Beta", 2021, ["ann", "bob"]),
    paper("gamma", "Gamma", undefined, ["bob", "di"]),
    paper("big", "Big", 2019, ["ann", "eve", "fay", "gus"], true),
  ];
  const people = peopleOf(papers, {
    ann: "Ann Able",
    bob: "Bob Baker",
    cy: "Cy Cole",
    di: "Di Dorn",
    eve: "Eve Elm",
    fay: "Fay Fox",
    gus: "Gus Gray",
  });
  return { papers, people, focalPersonId: "ann" };
}

/** One paper with `n` authors (`x0`…`x{n-1}`), hyperauthored when n > 25. */
export function hyperCollection(n: number): Pick<Collection, "papers" | "people" | "focalPersonId"> {
  const ids = Array.from({ length: n }, (_, i) => `x${i}`);
  const papers = [paper("huge", "Huge", 2022, ids, n > 25)];
  const names: Record<string, string> = {};
  for (const id of ids) names[id] = `Person ${id}`;
  return { papers, people: peopleOf(papers, names), focalPersonId: "x0" };
}
