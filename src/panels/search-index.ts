/**
 * Search over people (display name + every variant) and paper titles, case- and accent-insensitive,
 * with prefix matching (as you type) and fuzzy matching (typos).
 *
 * Why MiniSearch and not a folded substring scan: a substring scan matches inside words ("ama"
 * → "Ramasesh", "Adamaszek", …), which buries the person you mean, and forgives no typos. MiniSearch
 * ranks whole-word and prefix hits first (BM25) and handles "ramasesch" with fuzzy 0.2. Measured on
 * Newman's hep-th (8,361 people): index built in ~0.3 s, ~5 ms per query in Node
 * (tests/unit/panels/search-index.test.ts), fast enough to run on every keystroke.
 */
import MiniSearch from "minisearch";
import type { Paper, Person } from "../model/types.ts";

export type SearchHitKind = "person" | "paper";

export interface SearchHit {
  kind: SearchHitKind;
  /** Person or paper id. */
  id: string;
  /** Graph node id (`a:<personId>`, `p:<paperId>`), for the camera. */
  nodeId: string;
  label: string;
  /** Second line: "also written as …" for people, `venue · year` for papers. */
  detail: string;
}

interface IndexedDoc {
  nodeId: string;
  kind: SearchHitKind;
  /** Person or paper id (not `id`: MiniSearch's results use `id` for the document id, here nodeId). */
  refId: string;
  label: string;
  detail: string;
  names: string;
  title: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}

/** Letters that NFD does not split into base + accent. */
const SPECIAL_FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Lower-case, strip diacritics, fold the few letters that do not decompose. `Köglmeier` → `koglmeier`. */
export function foldTerm(term: string): string {
  return term
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}

/** Words: letters and digits; hyphens, dots, commas, apostrophes separate. */
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter((token) => token !== "");
}

/** Up to this many people + papers the index is built at once on first use (well under 50 ms). */
export const SYNC_INDEX_MAX_DOCS = 5000;

function createMiniSearch(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({
    idField: "nodeId",
    fields: ["names", "title"],
    storeFields: ["kind", "refId", "label", "detail"],
    tokenize,
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { names: 2 } },
  });
}

function searchDocs(people: Iterable<Person>, papers: Iterable<Paper>): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  for (const person of people) {
    const variants = person.variants.filter((variant) => variant !== person.name);
    docs.push({
      nodeId: `a:${person.id}`,
      kind: "person",
      refId: person.id,
      label: person.name,
      detail: variants.length > 0 ? `also ${variants.slice(0, 3).join(", ")}${variants.length > 3 ? ", …" : ""}` : personDetail(person),
      names: [person.name, ...variants].join(" \n "),
      title: "",
    });
  }
  for (const paper of papers) {
    docs.push({
      nodeId: `p:${paper.id}`,
      kind: "paper",
      refId: paper.id,
      label: paper.title,
      detail: [paper.venue, paper.year].filter((part) => part !== undefined && part !== "").join(" · "),
      names: "",
      title: paper.title,
    });
  }
  return docs;
}

function searchIndexOf(index: MiniSearch<IndexedDoc>, size: number): SearchIndex {
  return {
    size,
    search(query, limit = 8) {
      if (foldTerm(query).trim() === "") return [];
      // Every word must match (precise for "Kyle Aitken"); if nothing does, any word may.
      let results = index.search(query, { combineWith: "AND" });
      if (results.length === 0) results = index.search(query, { combineWith: "OR" });
      return results.slice(0, limit).map((result) => ({
        kind: result.kind as SearchHitKind,
        id: result.refId as string,
        nodeId: String(result.id),
        label: result.label as string,
        detail: result.detail as string,
      }));
    },
  };
}

export function buildSearchIndex(people: Iterable<Person>, papers: Iterable<Paper>): SearchIndex {
  const index = createMiniSearch();
  const docs = searchDocs(people, papers);
  index.addAll(docs);
  return searchIndexOf(index, docs.length);
}

export interface SliceOptions {
  /** Longest stretch of indexing before giving the main thread back (ms). */
  sliceMs?: number;
  /** How to wait between slices (default: a 0 ms timeout, so input and frames go first). */
  yieldToEvents?: () => Promise<void>;
  /** Fraction of documents indexed so far, after every slice. */
  onProgress?(fraction: number): void;
}

/**
 * The same index, built in slices of at most `sliceMs` with the main thread free in between:
 * 100k names and titles take seconds to index, which must not freeze the page.
 */
export async function buildSearchIndexInSlices(people: Iterable<Person>, papers: Iterable<Paper>, options: SliceOptions = {}): Promise<SearchIndex> {
  const sliceMs = options.sliceMs ?? 30;
  const yieldToEvents = options.yieldToEvents ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const index = createMiniSearch();
  const docs = searchDocs(people, papers);
  let next = 0;
  while (next < docs.length) {
    await yieldToEvents();
    const start = performance.now();
    // Check the clock every 64 documents: reading it per document costs more than it saves.
    do {
      const end = Math.min(docs.length, next + 64);
      for (; next < end; next++) index.add(docs[next]);
    } while (next < docs.length && performance.now() - start < sliceMs);
    options.onProgress?.(next / docs.length);
  }
  return searchIndexOf(index, docs.length);
}

function personDetail(person: Person): string {
  const count = person.paperIds.length;
  return `${count} paper${count === 1 ? "" : "s"}`;
}
