/** Browser-safe benchmark graphs (no node: imports), used by the Node/Chromium determinism check too. */
import type { Collection, Paper, Person } from "../src/model/types.ts";
import { seededRandom } from "../src/layout/random.ts";

const slug = (name: string) => name.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function collectionOf(papers: { id: string; title: string; year: number; authors: string[] }[], threshold = 25): Pick<Collection, "papers" | "people" | "focalPersonId"> {
  const people = new Map<string, Person>();
  const built: Paper[] = papers.map((p) => {
    for (const name of p.authors) {
      const id = slug(name);
      if (!people.has(id)) people.set(id, { id, name, variants: [name], ids: {}, paperIds: [] });
      people.get(id)!.paperIds.push(p.id);
    }
    return {
      id: p.id,
      title: p.title,
      year: p.year,
      authors: p.authors.map((name, position) => ({ personId: slug(name), name, position })),
      authorsTruncated: false,
      hyperauthored: p.authors.length > threshold,
      sources: [{ file: "bench", where: p.id }],
    };
  });
  return { papers: built, people: [...people.values()], focalPersonId: "vinay-ramasesh" };
}

/**
 * A synthetic coauthor network: `papers` papers, author counts 1–8 (1% with 30–60), authors
 * drawn mostly (85%) from the paper's group of 40 people, with a bias so some people have many
 * papers; the rest from anywhere (cross-group collaborations).
 */
export function syntheticDataset(paperCount: number, seed = 7): Pick<Collection, "papers" | "people" | "focalPersonId"> {
  const random = seededRandom(seed);
  const pool = Math.round(paperCount * 1.6);
  const papers = [];
  for (let p = 0; p < paperCount; p++) {
    const n = random() < 0.01 ? 30 + Math.floor(random() * 30) : 1 + Math.floor(random() * 8);
    const authors = new Set<string>();
    const group = Math.floor(random() * Math.ceil(pool / 40));
    while (authors.size < n) {
      const local = random() < 0.85;
      const person = local ? Math.min(pool - 1, group * 40 + Math.floor(40 * random() ** 2)) : Math.floor(pool * random());
      authors.add(`Person ${person}`);
    }
    papers.push({ id: `p${p}`, title: `Paper ${p}`, year: 2000 + (p % 24), authors: [...authors] });
  }
  return collectionOf(papers);
}
