/** Seeded FA2 graphs and positions shared by the layout tests. */
import type { Fa2Graph } from "../../../src/layout/fa2.ts";
import { seededRandom } from "../../../src/layout/random.ts";

/** A seeded bipartite graph: `papers` papers with 2–5 authors among `people` people. */
export function bipartite(papers: number, people: number, seed = 3): Fa2Graph {
  const random = seededRandom(seed);
  const source: number[] = [];
  const target: number[] = [];
  for (let p = 0; p < papers; p++) {
    const authors = new Set<number>();
    const count = 2 + Math.floor(random() * 4);
    // Authors cluster: most come from the paper's "lab" of 20 people.
    const lab = Math.floor(random() * (people / 20)) * 20;
    while (authors.size < count) authors.add(random() < 0.9 ? lab + Math.floor(random() * 20) : Math.floor(random() * people));
    for (const a of authors) {
      source.push(p);
      target.push(papers + a);
    }
  }
  const order = papers + people;
  const mass = new Float64Array(order).fill(1);
  for (let e = 0; e < source.length; e++) {
    mass[source[e]]++;
    mass[target[e]]++;
  }
  return { order, mass, source: Int32Array.from(source), target: Int32Array.from(target), weight: new Float64Array(source.length).fill(1) };
}

export function randomPositions(n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const random = seededRandom(seed);
  const side = 10 * Math.sqrt(n);
  return { x: Float64Array.from({ length: n }, () => (random() - 0.5) * side), y: Float64Array.from({ length: n }, () => (random() - 0.5) * side) };
}
