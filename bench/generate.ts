/**
 * A seeded generator of realistic BibTeX for scale tests and benchmarks.
 *
 * Shape: people belong to labs; each lab has a few very productive members (PIs) who appear on
 * most of its papers. Author counts are heavy-tailed (most papers 2–6 authors, about one in
 * three hundred has 50–500 drawn from the whole population). About one mention in eight writes
 * the name differently (initials, family-first, no middle initial). Years 1985–2024, more recent
 * ones more common. Same `{records, seed}` → same text.
 *
 * The records are a model (`generateRecords`) that each format writer turns into text: BibTeX here,
 * CSL-JSON, RIS, dblp XML and OpenAlex JSON in generate-formats.ts.
 *
 * CLI: `node bin/run-ts.mjs bench/generate.ts --records 1000 [--seed 1] > out.bib`
 * (other formats: `bench/generate-formats.ts --format ris`).
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

/** One author slot of a generated record: who it is and how this record writes the name. */
export interface GeneratedAuthor {
  /** Index of the person in the generated population (the same person in every format). */
  person: number;
  given: string;
  middle?: string;
  family: string;
  /** How this record writes the given part: `Ada B.`, `Ada`, `A. B.`, `A.`. */
  writtenGiven: string;
  /** Family-first (`Family, Given`) or given-first (`Given Family`) in BibTeX. */
  familyFirst: boolean;
}

/** One generated publication, before it is written in any format. */
export interface GeneratedRecord {
  /** 0-based position: keys and ids derive from it (`gen12`). */
  index: number;
  kind: "article" | "inproceedings";
  title: string;
  authors: GeneratedAuthor[];
  year: number;
  /** Journal name, or the proceedings' title for conference papers. */
  venue: string;
  doi?: string;
  arxiv?: string;
}

/**
 * The seeded records every format writer shares. The random draws happen in the same order as
 * the first BibTeX-only generator, so `generateBibtex` gives the same text for the same seed.
 */
export function generateRecords(options: GenerateOptions): GeneratedRecord[] {
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

  const written = (index: number): GeneratedAuthor => {
    const person = people[index];
    const roll = random();
    const middle = person.middle ? ` ${person.middle}.` : "";
    const slot = { person: index, given: person.given, family: person.family, ...(person.middle ? { middle: person.middle } : {}) };
    if (roll < 0.05) return { ...slot, writtenGiven: `${person.given[0]}.${middle}`, familyFirst: false }; // initials
    if (roll < 0.09) return { ...slot, writtenGiven: `${person.given[0]}.`, familyFirst: true }; // family-first initials
    if (roll < 0.12) return { ...slot, writtenGiven: person.given, familyFirst: false }; // middle initial dropped
    return { ...slot, writtenGiven: `${person.given}${middle}`, familyFirst: true };
  };

  const out: GeneratedRecord[] = [];
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
    const words = Array.from({ length: int(3, 9) }, () => pick(WORDS)).join(" ");
    const isConference = random() < 0.45;
    const authors = order.map(written);
    const venue = isConference ? `Proceedings of ${pick(CONFERENCES)} ${year}` : pick(VENUES);
    const record: GeneratedRecord = {
      index: i,
      kind: isConference ? "inproceedings" : "article",
      title: `${words[0].toUpperCase()}${words.slice(1)}`,
      authors,
      year,
      venue,
    };
    if (random() < 0.6) record.doi = `10.${int(1000, 9999)}/gen.${options.seed}.${i}`;
    if (random() < 0.2) record.arxiv = `${String(year % 100).padStart(2, "0")}${String(int(1, 12)).padStart(2, "0")}.${String(int(0, 99999)).padStart(5, "0")}`;
    out.push(record);
  }
  return out;
}

/** The name as BibTeX writes it in this record: `Family, Given M.` or `G. M. Family`. */
export function writtenName(author: GeneratedAuthor): string {
  return author.familyFirst ? `${author.family}, ${author.writtenGiven}` : `${author.writtenGiven} ${author.family}`;
}

/** The person's one full name (`Ada B. Family`), for sources that resolve names (dblp, OpenAlex). */
export function canonicalName(author: GeneratedAuthor): string {
  return `${author.given}${author.middle ? ` ${author.middle}.` : ""} ${author.family}`;
}

export function generateBibtex(options: GenerateOptions): string {
  return writeBibtex(generateRecords(options), options);
}

export function writeBibtex(records: GeneratedRecord[], options: GenerateOptions): string {
  const chunks: string[] = [`% ${records.length} generated records, seed ${options.seed}\n`];
  for (const record of records) {
    const fields = [
      `  title = {${record.title}}`,
      `  author = {${record.authors.map(writtenName).join(" and ")}}`,
      `  year = {${record.year}}`,
      record.kind === "inproceedings" ? `  booktitle = {${record.venue}}` : `  journal = {${record.venue}}`,
    ];
    if (record.doi) fields.push(`  doi = {${record.doi}}`);
    if (record.arxiv) fields.push(`  eprint = {${record.arxiv}}`, "  archiveprefix = {arXiv}");
    chunks.push(`@${record.kind}{gen${record.index},\n${fields.join(",\n")}\n}\n\n`);
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
