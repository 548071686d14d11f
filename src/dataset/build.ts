/**
 * The whole pipeline in one call: files → import → identity → graph → layout → atlas file.
 * Browser-safe (no node: imports): the app runs it in a web worker, the CLI in Node.
 */
import type { AliasFile, AtlasFile, Collection, ImportResult, InputFile, InputProvenance, Positions } from "../model/types.ts";
import { importFiles } from "../import/index.ts";
import { collect } from "../identity/index.ts";
import { buildGraph } from "../graph/build.ts";
import { layoutGraph } from "../layout/index.ts";
import type { RepulsionRunner } from "../layout/fa2.ts";
import { atlasToCollection, looksLikeAtlas, readAtlas } from "./read.ts";
import { atlasToRecords } from "./records.ts";
import { sha256Hex } from "./sha256.ts";

export const DEFAULT_HYPERAUTHOR_THRESHOLD = 25;
export const DEFAULT_LAYOUT_SEED = 1;
export const CREATED_WITH = "coauthor-atlas 0.1.0";
/** ForceAtlas2 stops here if it has not converged (the layout module's default, made explicit for progress). */
const LAYOUT_ITERATION_CAP = 3000;
/**
 * …and bigger graphs stop sooner: at most this many node-iterations at the finest multilevel
 * level (≈3–4 µs each at 100k nodes, plus about as much again for the coarser levels), so a build
 * ends in bounded time. Graphs up to 20,000 nodes keep the full cap; 100k nodes get 600 (they
 * converge after about 70); 300k get 200 (a layout that stops there is recorded as not converged).
 */
const LAYOUT_WORK_BUDGET = 60_000_000;
const LAYOUT_MIN_ITERATIONS = 20;

function layoutIterationCap(nodes: number): number {
  return Math.max(LAYOUT_MIN_ITERATIONS, Math.min(LAYOUT_ITERATION_CAP, Math.floor(LAYOUT_WORK_BUDGET / Math.max(1, nodes))));
}

export type AtlasStage = "import" | "identity" | "graph" | "layout";

/** Progress of a long build: which stage, and how far into it when the stage can tell. */
export interface AtlasProgress {
  stage: AtlasStage;
  /** Work done and total in the stage's own unit (files, nodes, percent); absent when unknown. */
  done?: number;
  total?: number;
  /** Graph size, known from the graph stage on. */
  nodes?: number;
}

export interface BuildAtlasOptions {
  aliases?: AliasFile;
  /** Papers with more authors than this are hyperauthored (default 25). */
  hyperauthorThreshold?: number;
  /** `false`: no positions; `true` or `{seed}`: seeded ForceAtlas2 (seed 1 by default). */
  layout?: boolean | { seed: number };
  title?: string;
  /** More threads for the layout's repulsion (the command line's pool); same positions without it. */
  repulsion?: RepulsionRunner;
  onProgress?: (progress: AtlasProgress) => void;
}

/**
 * Build the dataset file for a set of inputs.
 *
 * Dataset files among the inputs: a single dataset file alone is used as it is (laid out if
 * asked and it has no layout, re-collected if aliases or the threshold change it); dataset files
 * mixed with publication files go back through identity as records, so the same people and
 * papers are matched across all inputs.
 */
export function buildAtlas(files: InputFile[], options: BuildAtlasOptions = {}): AtlasFile {
  const threshold = options.hyperauthorThreshold ?? DEFAULT_HYPERAUTHOR_THRESHOLD;
  const progress = options.onProgress ?? (() => {});
  const atlasInputs: { file: InputFile; atlas?: AtlasFile; result: ImportResult }[] = [];
  const otherInputs: InputFile[] = [];
  for (const file of files) {
    if (!file.atlas && !looksLikeAtlas(file.text)) {
      otherInputs.push(file);
      continue;
    }
    const { atlas, diagnostics } = file.atlas ? { atlas: file.atlas, diagnostics: [] } : readAtlas(file.text, file.name);
    const records = atlas ? atlasToRecords(atlas, file.name) : [];
    atlasInputs.push({ file, atlas, result: { format: "atlas", records, skipped: 0, diagnostics } });
  }

  const single = atlasInputs.length === 1 && otherInputs.length === 0 ? atlasInputs[0].atlas : undefined;
  if (single && !options.aliases && threshold === single.provenance.settings.hyperauthorThreshold) {
    return withLayout(single, options, progress);
  }

  progress({ stage: "import", done: 0, total: files.length });
  const imported = otherInputs.length > 0 ? importFiles(otherInputs) : [];
  progress({ stage: "import", done: files.length, total: files.length });
  const results: ImportResult[] = [...imported, ...atlasInputs.map((input) => input.result)];
  const inputsInOrder = [...otherInputs, ...atlasInputs.map((input) => input.file)];

  // Aliases recorded in dataset files keep applying when those files are rebuilt or combined;
  // an alias file among the inputs (sniffed by content) applies like --aliases.
  const aliases = combineAliases([
    options.aliases,
    ...imported.map((result) => result.aliases),
    ...atlasInputs.map((input) => input.atlas?.provenance.settings.aliases),
  ]);

  progress({ stage: "identity" });
  const collection = collect(results, { aliases, hyperauthorThreshold: threshold });

  const atlas = collectionToAtlas(collection, {
    title: options.title ?? defaultTitle(collection, inputsInOrder),
    inputs: inputsInOrder.map((file, index) => provenanceOf(file, results[index])),
    hyperauthorThreshold: threshold,
    aliases,
  });
  return withLayout(atlas, options, progress);
}

interface AtlasSettings {
  title: string;
  inputs: InputProvenance[];
  hyperauthorThreshold: number;
  aliases?: AliasFile;
}

export function collectionToAtlas(collection: Collection, settings: AtlasSettings): AtlasFile {
  const atlas: AtlasFile = {
    format: "coauthor-atlas",
    version: 1,
    title: settings.title,
    createdWith: CREATED_WITH,
    records: collection.records,
    skipped: collection.skipped,
    papers: collection.papers,
    people: collection.people,
    diagnostics: collection.diagnostics,
    provenance: {
      inputs: settings.inputs,
      merges: collection.merges,
      settings: { hyperauthorThreshold: settings.hyperauthorThreshold },
    },
  };
  if (collection.focalPersonId !== undefined) atlas.focalPersonId = collection.focalPersonId;
  if (settings.aliases) atlas.provenance.settings.aliases = settings.aliases;
  if (collection.coauthorNetwork) atlas.coauthorNetwork = collection.coauthorNetwork;
  if (collection.suggestions && collection.suggestions.length > 0) atlas.suggestions = collection.suggestions;
  return atlas;
}

function withLayout(atlas: AtlasFile, options: BuildAtlasOptions, progress: (p: AtlasProgress) => void): AtlasFile {
  const wanted = options.layout ?? false;
  if (wanted === false) return atlas;
  const seed = wanted === true ? DEFAULT_LAYOUT_SEED : wanted.seed;
  if (atlas.layout && atlas.layout.seed === seed) return atlas;

  // An author–author graph file that brings a position for every person is drawn as the file has it.
  const given = networkPositions(atlas);
  if (given) return { ...atlas, layout: { seed, iterations: 0, converged: true, positions: roundPositions(given) } };

  progress({ stage: "graph" });
  const graph = buildGraph(atlasToCollection(atlas));
  const nodes = graph.order;
  const cap = layoutIterationCap(nodes);
  progress({ stage: "layout", done: 0, total: cap, nodes });
  const result = layoutGraph(graph, {
    seed,
    maxIterations: cap,
    repulsion: options.repulsion,
    onProgress: (step) => progress({ stage: "layout", done: step.iteration, total: cap, nodes }),
  });
  progress({ stage: "layout", done: cap, total: cap, nodes });
  return {
    ...atlas,
    layout: { seed: result.seed, iterations: result.iterations, converged: result.converged, positions: roundPositions(result.positions) },
  };
}

function networkPositions(atlas: AtlasFile): Positions | undefined {
  const network = atlas.coauthorNetwork;
  if (!network || network.people.length === 0 || atlas.papers.length > 0) return undefined;
  const positions: Positions = {};
  for (const person of network.people) {
    if (!Number.isFinite(person.x) || !Number.isFinite(person.y)) return undefined;
    positions[`a:${person.id}`] = [person.x as number, person.y as number];
  }
  return Object.keys(positions).length === atlas.people.length ? positions : undefined;
}

/** Four decimals (a 1/10,000 of an edge) are far below a pixel at any zoom, and keep the file small and stable. */
function roundPositions(positions: Positions): Positions {
  const rounded: Positions = {};
  for (const [node, [x, y]] of Object.entries(positions)) {
    rounded[node] = [Math.round(x * 10000) / 10000, Math.round(y * 10000) / 10000];
  }
  return rounded;
}

function provenanceOf(file: InputFile, result: ImportResult | undefined): InputProvenance {
  return {
    file: file.name,
    format: result?.format ?? "unknown",
    records: result ? result.records.length + result.skipped : 0,
    sha256: file.sha256 ?? sha256Hex(file.text),
  };
}

function combineAliases(sources: (AliasFile | undefined)[]): AliasFile | undefined {
  const merge: string[][] = [];
  const split: string[][] = [];
  for (const source of sources) {
    if (source?.merge) merge.push(...source.merge);
    if (source?.split) split.push(...source.split);
  }
  if (merge.length === 0 && split.length === 0) return undefined;
  const combined: AliasFile = {};
  if (merge.length > 0) combined.merge = merge;
  if (split.length > 0) combined.split = split;
  return combined;
}

function defaultTitle(collection: Collection, files: InputFile[]): string {
  const focal = collection.people.find((person) => person.id === collection.focalPersonId);
  if (focal) return `Coauthors of ${focal.name}`;
  const names = files.map((file) => file.name.replace(/^.*[\\/]/, ""));
  return names.length > 0 ? names.join(", ") : "Empty dataset";
}
