/**
 * A seeded generator of realistic BibTeX for scale tests and benchmarks.
 *
 * Shape: people belong to labs; each lab has a few very productive members (PIs) who appear on
 * most of its papers. Author counts are heavy-tailed (most papers 2–6 authors, about one in
 * three hundred has 50–500 drawn from the whole population). About one mention in eight writes
 * the name differently (initials, family-first, no middle initial). Years 1985–2024, more recent
 * ones more common. Same `{records, seed}` → same text.
 *
 * CLI: `node bin/run-ts.mjs bench/generate.ts --records 1000 [--seed 1] > out.bib`
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

export interface GenerateOptions {
  records: number;
  seed: number;
}

const GIVEN = [
  "Aarav", "Ada", "Alejandro", "Amara", "Anders", "Anna", "Arjun", "Beatriz", "Bilal", "Camille",
  "Chen", "Chiara", "Daniel", "Dmitri", "Elena", "Emeka", "Fatima", "François", "Giulia", "Hana",
  "Hiroshi", "Ingrid", "Isabel", "Jakob", "Jana", "Javier", "Jin", "José", "Kavya", "Kofi",
  "Lars", "Leila", "Lucas", "Maria", "Mateo", "Mei", "Mohammed", "Nadia", "Nikolai", "Noah",
  "Olga", "Omar", "Priya", "Rafael", "Ravi", "Sakura", "Samuel", "Sofia", "Søren", "Thabo",
  "Tomás", "Valentina", "Wei", "Yara", "Yusuf", "Zeynep", "Zoë", "Émile", "Åsa", "Łukasz",
];
const SYLLABLES = ["ka", "ro", "mi", "len", "sa", "to", "vi", "na", "dor", "el", "ber", "ri", "son", "ha", "mu", "ko", "ta", "lin", "ge", "wa", "nov", "is", "ur", "be"];
const MIDDLE = "ABCDEFGHJKLMNPRSTVW";
const WORDS = [
  "adaptive", "analysis", "attention", "bayesian", "bounds", "catastrophic", "causal", "coherent", "dynamics",
  "efficient", "entanglement", "estimation", "forgetting", "geometry", "graph", "inference", "kernel", "language",
  "learning", "limits", "models", "networks", "neural", "optimal", "quantum", "random", "reasoning", "robust",
  "scaling", "sparse", "spectral", "structure", "theory", "transport", "treewidth", "uncertainty", "variational",
];
const VENUES = [
  "Physical Review Letters", "Journal of Machine Learning Research", "Nature Communications", "Annals of Statistics",
  "SIAM Journal on Computing", "Journal of Open Source Software", "Transactions on Machine Learning Research",
];
const CONFERENCES = ["NeurIPS", "ICLR", "ICML", "STOC", "FOCS", "SODA", "CVPR", "ACL"];

interface Person {
  given: string;
  middle?: string;
  family: string;
}

/** Deterministic, unbounded supply of distinct family names: index written in a syllable base. */
function familyName(index: number): string {
  let name = "";
  let rest = index;
  do {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  name += SYLLABLES[(index * 7) % SYLLABLES.length];
  return name[0].toUpperCase() + name.slice(1);
}

export function generateBibtex(options: GenerateOptions): string {
  const rng = xoroshiro128plus(options.seed | 0);
  const random = () => uniformFloat64(rng);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  const records = Math.max(0, Math.floor(options.records));
  const peopleCount = Math.max(20, Math.ceil(records * 0.8));
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const person: Person = { given: pick(GIVEN), family: familyName(i) };
    if (random() < 0.4) person.middle = pick([...MIDDLE]);
    people.push(person);
  }

  // Labs: consecutive runs of 8–40 people; the first 1–3 of each are its PIs.
  const labs: { members: number[]; pis: number[] }[] = [];
  for (let start = 0; start < peopleCount; ) {
    const size = Math.min(int(8, 40), peopleCount - start);
    const members = Array.from({ length: size }, (_, k) => start + k);
    labs.push({ members, pis: members.slice(0, Math.min(size, int(1, 3))) });
    start += size;
  }

  const authorCount = (): number => {
    const roll = random();
    if (roll < 0.8) return int(2, 6);
    if (roll < 0.95) return int(7, 15);
    if (roll < 0.997) return int(16, 49);
    return Math.round(50 * Math.pow(10, random())); // 50–500, log-uniform
  };

  const written = (person: Person): string => {
    const roll = random();
    const middle = person.middle ? ` ${person.middle}.` : "";
    if (roll < 0.05) return `${person.given[0]}.${middle} ${person.family}`; // initials
    if (roll < 0.09) return `${person.family}, ${person.given[0]}.`; // family-first initials
    if (roll < 0.12) return `${person.given} ${person.family}`; // middle initial dropped
    return `${person.family}, ${person.given}${middle}`;
  };

  const chunks: string[] = [`% ${records} generated records, seed ${options.seed}\n`];
  for (let i = 0; i < records; i++) {
    const lab = labs[Math.floor(Math.pow(random(), 1.5) * labs.length)];
    const wanted = authorCount();
    const chosen = new Set<number>();
    chosen.add(pick(lab.pis));
    while (chosen.size < wanted && chosen.size < peopleCount) {
      const roll = random();
      if (wanted > 40 || roll < 0.1) chosen.add(int(0, peopleCount - 1)); // outsiders; big collaborations
      else if (roll < 0.35) chosen.add(pick(lab.pis));
      else chosen.add(pick(lab.members));
      if (chosen.size >= lab.members.length && wanted <= 40) break;
    }
    const order = [...chosen];
    // The PI usually goes last.
    if (order.length > 1 && random() < 0.7) order.push(order.shift()!);

    const year = 2024 - Math.floor(Math.pow(random(), 2) * 40);
    const title = Array.from({ length: int(3, 9) }, () => pick(WORDS)).join(" ");
    const isConference = random() < 0.45;
    const fields = [
      `  title = {${title[0].toUpperCase()}${title.slice(1)}}`,
      `  author = {${order.map((index) => written(people[index])).join(" and ")}}`,
      `  year = {${year}}`,
      isConference ? `  booktitle = {Proceedings of ${pick(CONFERENCES)} ${year}}` : `  journal = {${pick(VENUES)}}`,
    ];
    if (random() < 0.6) fields.push(`  doi = {10.${int(1000, 9999)}/gen.${options.seed}.${i}}`);
    if (random() < 0.2) fields.push(`  eprint = {${String(year % 100).padStart(2, "0")}${String(int(1, 12)).padStart(2, "0")}.${String(int(0, 99999)).padStart(5, "0")}}`, "  archiveprefix = {arXiv}");
    chunks.push(`@${isConference ? "inproceedings" : "article"}{gen${i},\n${fields.join(",\n")}\n}\n\n`);
  }
  return chunks.join("");
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const records = Number(argument("--records") ?? 1000);
  const seed = Number(argument("--seed") ?? 1);
  process.stdout.write(generateBibtex({ records, seed }));
}
