/** A small bipartite graph shaped like the default dataset: a focal author, coauthors, one hyperauthored paper. */
import { buildGraph, type AtlasGraph } from "../../../src/graph/build.ts";
import type { Paper, Person } from "../../../src/model/types.ts";

function paper(id: string, title: string, authorIds: string[], hyperauthored = false): Paper {
  return {
    id,
    title,
    year: 2021,
    authors: authorIds.map((personId, position) => ({ personId, name: personId, position })),
    authorsTruncated: false,
    hyperauthored,
    sources: [],
  };
}

export const BIG_PAPER_AUTHORS = 30;

export function fixtureGraph(): AtlasGraph {
  const crowd = Array.from({ length: BIG_PAPER_AUTHORS - 2 }, (_, i) => `crowd-${String(i).padStart(2, "0")}`);
  const papers = [
    paper("p1", "Effect of scale on catastrophic forgetting in neural networks", ["vinay", "aitor", "ethan"]),
    paper("p2", "Anatomy of Catastrophic Forgetting: Hidden Representations and Task Semantics", ["vinay", "ethan", "maithra"]),
    paper("p3", "Caliban: Docker-based job manager for reproducible workflows", ["sam", "ambrose", "vinay"]),
    paper("big", "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models", ["vinay", "ethan", ...crowd], true),
    paper("solo", "A paper of someone else", ["zoe"]),
  ];
  const ids = new Set(papers.flatMap((p) => p.authors.map((a) => a.personId)));
  const people: Person[] = [...ids].map((id) => ({
    id,
    name: id === "vinay" ? "Vinay Ramasesh" : id,
    variants: [id],
    ids: {},
    paperIds: papers.filter((p) => p.authors.some((a) => a.personId === id)).map((p) => p.id),
  }));
  return buildGraph({ papers, people, focalPersonId: "vinay" });
}
