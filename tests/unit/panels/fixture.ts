/** A small hand-built dataset for the panel model tests: facts chosen so every count is known. */
import type { AtlasContext } from "../../../src/app/context.ts";
import { buildGraph } from "../../../src/graph/build.ts";
import type { AtlasFile, Paper, Person } from "../../../src/model/types.ts";

type PaperSpec = Omit<Paper, "authors" | "sources" | "hyperauthored" | "authorsTruncated"> & {
  authors: string[];
  authorsTruncated?: boolean;
  hyperauthored?: boolean;
};

const NAMES: Record<string, string> = {
  vinay: "Vinay Ramasesh",
  kyle: "Kyle Aitken",
  ethan: "Ethan Dyer",
  niru: "Niru Maheswaranathan",
  yuan: "Yuan Cao",
  maithra: "Maithra Raghu",
  jose: "José Müller-Łukasz",
};

const PAPERS: PaperSpec[] = [
  { id: "arxiv:2110.15253", title: "Understanding How Encoder-Decoder Architectures Attend", year: 2021, venue: "NeurIPS", arxiv: "2110.15253", authors: ["kyle", "vinay", "yuan", "niru"], abstract: "Encoder-decoder networks attend." },
  { id: "arxiv:2010.15114", title: "The geometry of integration in text classification RNNs", year: 2021, venue: "ICLR", arxiv: "2010.15114", authors: ["kyle", "vinay", "yuan", "niru"] },
  { id: "arxiv:2007.07400", title: "Anatomy of Catastrophic Forgetting", year: 2021, venue: "ICLR", authors: ["vinay", "ethan", "maithra"], url: "javascript:alert(1)" },
  { id: "doi:10.21105/joss.02403", title: "Caliban: Docker-based job manager", year: 2020, venue: "Journal of Open Source Software", doi: "10.21105/joss.02403", url: "https://github.com/google/caliban", authors: ["vinay", "ethan"] },
  { id: "title:untitled-2018", title: "Untitled (profile page, entry 3)", untitled: true, year: 2018, authors: ["vinay", "jose"], authorsTruncated: true },
  { id: "title:no-year", title: "A paper without a year", authors: ["vinay", "ethan"], ids: { openreview: "GhVS8_yPeEa" } },
];

export function buildFixtureContext(): AtlasContext {
  const people = new Map<string, Person>();
  for (const [id, name] of Object.entries(NAMES)) {
    people.set(id, { id, name, variants: [name], ids: {}, paperIds: [] });
  }
  people.get("vinay")!.variants = ["Ramasesh, Vinay", "Vinay Ramasesh", "Vinay V. Ramasesh"];
  people.get("vinay")!.ids = { orcid: "0000-0003-0625-3327" };
  const papers = new Map<string, Paper>();
  for (const spec of PAPERS) {
    const paper: Paper = {
      ...spec,
      authors: spec.authors.map((personId, position) => ({ personId, name: personId === "vinay" && position === 0 ? "Ramasesh, Vinay" : NAMES[personId], position })),
      authorsTruncated: spec.authorsTruncated ?? false,
      hyperauthored: spec.hyperauthored ?? false,
      sources: [{ file: "fixture.bib", where: `key ${spec.id}` }],
    };
    papers.set(paper.id, paper);
    for (const personId of spec.authors) people.get(personId)!.paperIds.push(paper.id);
  }
  const atlas: AtlasFile = {
    format: "coauthor-atlas",
    version: 1,
    title: "Fixture",
    createdWith: "test",
    records: 7,
    skipped: 1,
    papers: [...papers.values()],
    people: [...people.values()],
    diagnostics: [
      { file: "fixture.bib", where: "line 3", level: "error", message: "Entry has no closing brace." },
      { file: "fixture.bib", where: "key x", level: "warning", message: "Dropped a javascript: URL." },
      { file: "other.ris", where: "record 2", level: "info", message: "Year repaired from DA field." },
    ],
    provenance: {
      inputs: [
        { file: "fixture.bib", format: "bibtex", records: 5, sha256: "0" },
        { file: "other.ris", format: "ris", records: 2, sha256: "1" },
      ],
      merges: [],
      settings: { hyperauthorThreshold: 25 },
    },
  };
  return { atlas, graph: buildGraph(atlas), people, papers };
}
