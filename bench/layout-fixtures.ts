/**
 * Graphs for layout benchmarks: the default dataset built by hand from /work/shared/seed
 * (8 papers, 462 people, 493 links) and (re-exported) a seeded synthetic bipartite graph.
 */
import { readFileSync } from "node:fs";
import type { Collection } from "../src/model/types.ts";
import { collectionOf } from "./layout-synthetic.ts";

export { syntheticDataset } from "./layout-synthetic.ts";

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

