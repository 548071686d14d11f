/**
 * Graphs for layout benchmarks: the default dataset built by hand from /work/shared/seed
 * (8 papers, 462 people, 493 links) and a seeded synthetic bipartite graph of any size.
 */
import { readFileSync } from "node:fs";
import type { Collection, Paper, Person } from "../src/model/types.ts";
import { seededRandom } from "../src/layout/random.ts";

const slug = (name: string) => name.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function collectionOf(papers: { id: string; title: string; year: number; authors: string[] }[], threshold = 25): Pick<Collection, "papers" | "people" | "focalPersonId"> {
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

export function defaultDataset(): Pick<Collection, "papers" | "people" | "focalPersonId"> {
  const bigbench = readFileSync("/work/shared/seed/bigbench-authors.txt", "utf8").split("\n").map((s) => s.trim()).filter(Boolean);
  return collectionOf([
    { id: "forgetting-scale", title: "Effect of scale on catastrophic forgetting in neural networks", year: 2022, authors: ["Vinay Ramasesh", "Aitor Lewkowycz", "Ethan Dyer"] },
    { id: "bigbench", title: "Beyond the Imitation Game", year: 2023, authors: bigbench },
    { id: "minerva", title: "Solving Quantitative Reasoning Problems with Language Models", year: 2022, authors: ["Aitor Lewkowycz", "Anders Andreassen", "David Dohan", "Ethan Dyer", "Henryk Michalewski", "Vinay Ramasesh", "Ambrose Slone", "Cem Anil", "Imanol Schlag", "Theo Gutman-Solo", "Yuhuai Wu", "Behnam Neyshabur", "Guy Gur-Ari", "Vedant Misra"] },
    { id: "length-generalization", title: "Exploring Length Generalization in Large Language Models", year: 2022, authors: ["Cem Anil", "Yuhuai Wu", "Anders Andreassen", "Aitor Lewkowycz", "Vedant Misra", "Vinay Ramasesh", "Ambrose Slone", "Guy Gur-Ari", "Ethan Dyer", "Behnam Neyshabur"] },
    { id: "encoder-decoder", title: "Understanding How Encoder-Decoder Architectures Attend", year: 2021, authors: ["Kyle Aitken", "Vinay Ramasesh", "Yuan Cao", "Niru Maheswaranathan"] },
    { id: "anatomy", title: "Anatomy of Catastrophic Forgetting", year: 2021, authors: ["Vinay Ramasesh", "Ethan Dyer", "Maithra Raghu"] },
    { id: "caliban", title: "Caliban: Docker-based job manager", year: 2020, authors: ["Sam Ritchie", "Ambrose Slone", "Vinay Ramasesh"] },
    { id: "geometry", title: "The geometry of integration in text classification RNNs", year: 2021, authors: ["Kyle Aitken", "Vinay Ramasesh", "Ankush Garg", "Yuan Cao", "David Sussillo", "Niru Maheswaranathan"] },
  ]);
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
