/**
 * The compact dataset encoding (`.atlas`): the same AtlasFile as the JSON file, in a small binary
 * container for big datasets. Pure; works in Node and in browsers (no node: imports).
 *
 * Layout (little-endian, every section 4-byte aligned; docs/FORMAT.md has the full description):
 *
 *   0  magic      8 bytes  0x89 "ATLAS" 0x0D 0x0A
 *   8  version    uint32   COMPACT_VERSION
 *  12  sections   uint32   n
 *  16  directory  n × (tag: 4 ASCII bytes, offset: uint32, byteLength: uint32)
 *      sections   at their offsets
 *
 * Sections: HEAD (JSON: everything that is not bulk, plus counts), PEOP / PAPR (people and paper
 * rows as JSON arrays, cut in chunks so a reader can yield between them; PCHK / QCHK the chunk
 * byte offsets), NAME (JSON array of distinct author names as written), AOFF / APER / ANAM / APOS
 * (Uint32 authorships: per-paper offsets, person index, name index, position), POFF / PPAP
 * (Uint32 paper indices of each person's paperIds), XY64 (Float64 x,y per node: people, then papers).
 *
 * `decode(encode(atlas))` deep-equals `atlas` (positions are Float64, so nothing is rounded).
 */
import type { AtlasFile, Authorship, Paper, Person, Positions, SourceRef } from "../model/types.ts";
import { ordered, orderedWithout } from "./serialize.ts";

export const COMPACT_MAGIC = Uint8Array.of(0x89, 0x41, 0x54, 0x4c, 0x41, 0x53, 0x0d, 0x0a);
export const COMPACT_VERSION = 1;
/** Rows per JSON chunk: small enough that parsing one chunk takes a few milliseconds. */
export const ROWS_PER_CHUNK = 2048;
/** Rows completed between two pauses of decodeCompactSteps. */
const ROWS_PER_STEP = 4096;

/** A compact file that cannot be read: the message says what is wrong and where. */
export class CompactFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CompactFormatError";
  }
}

/** Does this start like a compact dataset file (magic bytes)? Cheap; no decoding. */
export function isCompactAtlas(bytes: Uint8Array): boolean {
  if (bytes.length < COMPACT_MAGIC.length) return false;
  return COMPACT_MAGIC.every((byte, index) => bytes[index] === byte);
}

/** Does this start like a gzip stream (a `.atlas.gz` file, or a server that did not say Content-Encoding)? */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The HEAD section: the atlas without its bulk, and the sizes of the bulk sections. */
interface CompactHeader {
  atlas: Omit<AtlasFile, "people" | "papers" | "layout" | "diagnostics" | "provenance"> & { provenance: Omit<AtlasFile["provenance"], "merges"> };
  counts: { people: number; papers: number; authorships: number; personPapers: number; names: number };
  /** Source file names, once; paper rows name them by index. */
  sourceFiles: string[];
  layout?: {
    /** Every member of `layout` except positions (seed, iterations, converged, …). */
    settings: Record<string, unknown>;
    /** Node indices (people, then papers) without a position: NaN in XY64. */
    missing: number[];
    /** Positions of keys that are no node of this dataset (kept so nothing is lost). */
    extra: Positions;
  };
}

type PersonRow = Omit<Person, "paperIds">;
type PaperRow = Omit<Paper, "authors" | "sources"> & { sources: [number, string][] };

// ───────────────────────────── encode ─────────────────────────────

/**
 * The compact bytes of a valid atlas (as readAtlas accepts it). Throws on what a valid atlas
 * cannot contain (duplicate ids, authors or paperIds naming unknown people or papers).
 */
export function encodeCompact(atlas: AtlasFile): Uint8Array {
  // Keys in the JSON file's stable order: the same content gives the same bytes, however it was
  // built. Only what is written as JSON is put in that order (everything but the bulk: rows
  // without their authors and paperIds, which become Uint32 sections, and the positions, which
  // become XY64): ordering a copy of the whole atlas cost ~0.9 s and most of the GC at 100k nodes.
  const { people, papers, layout, ...unordered } = atlas;
  const rest = ordered(unordered) as Omit<AtlasFile, "people" | "papers" | "layout">;
  const personIndex = indexById(people, "person");
  const paperIndex = indexById(papers, "paper");

  const names = new Interner();
  const files = new Interner();
  const authorshipCount = papers.reduce((sum, paper) => sum + paper.authors.length, 0);
  const authorOffsets = new Uint32Array(papers.length + 1);
  const authorPerson = new Uint32Array(authorshipCount);
  const authorName = new Uint32Array(authorshipCount);
  const authorPosition = new Uint32Array(authorshipCount);
  const paperRows: PaperRow[] = [];
  let slot = 0;
  papers.forEach((paper, index) => {
    const { authors, sources } = paper;
    const row = orderedWithout(paper as unknown as Record<string, unknown>, BULK_PAPER_MEMBERS) as PaperRow;
    authorOffsets[index] = slot;
    for (const author of authors) {
      const person = personIndex.get(author.personId);
      if (person === undefined) throw new Error(`paper "${paper.id}": author "${author.name}" refers to unknown person "${author.personId}"`);
      if (!Number.isInteger(author.position) || author.position < 0 || author.position > 0xffffffff) {
        throw new Error(`paper "${paper.id}": author "${author.name}" has position ${author.position}`);
      }
      authorPerson[slot] = person;
      authorName[slot] = names.index(author.name);
      authorPosition[slot] = author.position;
      slot++;
    }
    // `sources` last, after the ordered keys.
    row.sources = sources.map((source) => [files.index(source.file), source.where]);
    paperRows.push(row);
  });
  authorOffsets[papers.length] = slot;

  const personPaperCount = people.reduce((sum, person) => sum + person.paperIds.length, 0);
  const personOffsets = new Uint32Array(people.length + 1);
  const personPapers = new Uint32Array(personPaperCount);
  const personRows: PersonRow[] = [];
  let next = 0;
  people.forEach((person, index) => {
    const { paperIds } = person;
    personOffsets[index] = next;
    for (const paperId of paperIds) {
      const paper = paperIndex.get(paperId);
      if (paper === undefined) throw new Error(`person "${person.id}" refers to unknown paper "${paperId}"`);
      personPapers[next++] = paper;
    }
    personRows.push(orderedWithout(person as unknown as Record<string, unknown>, BULK_PERSON_MEMBERS) as PersonRow);
  });
  personOffsets[people.length] = next;

  // Merges and diagnostics can run to tens of thousands of rows: chunked like people and papers.
  const { diagnostics, provenance, ...small } = rest;
  const { merges, ...provenanceRest } = provenance;
  const header: CompactHeader = {
    atlas: { ...small, provenance: provenanceRest },
    counts: { people: people.length, papers: papers.length, authorships: authorshipCount, personPapers: personPaperCount, names: names.values.length },
    sourceFiles: files.values,
  };
  const sections: [string, Uint8Array][] = [];
  let positions: Float64Array | undefined;
  if (layout) {
    const { positions: stored, ...unorderedSettings } = layout;
    const settings = ordered(unorderedSettings) as Record<string, unknown>;
    const encoded = encodePositions(people, papers, stored);
    positions = encoded.xy;
    header.layout = { settings, missing: encoded.missing, extra: encoded.extra };
  }
  const utf8 = new TextEncoder();
  sections.push(["HEAD", utf8.encode(JSON.stringify(header))]);
  const [peopleText, peopleChunks] = chunkedJson(personRows);
  const [papersText, papersChunks] = chunkedJson(paperRows);
  sections.push(["PEOP", peopleText], ["PCHK", bytesOf(peopleChunks)], ["PAPR", papersText], ["QCHK", bytesOf(papersChunks)]);
  const [mergesText, mergesChunks] = chunkedJson(merges);
  const [diagnosticsText, diagnosticsChunks] = chunkedJson(diagnostics);
  sections.push(["MERG", mergesText], ["MCHK", bytesOf(mergesChunks)], ["DIAG", diagnosticsText], ["DCHK", bytesOf(diagnosticsChunks)]);
  sections.push(["NAME", utf8.encode(JSON.stringify(names.values))]);
  sections.push(["AOFF", bytesOf(authorOffsets)], ["APER", bytesOf(authorPerson)], ["ANAM", bytesOf(authorName)], ["APOS", bytesOf(authorPosition)]);
  sections.push(["POFF", bytesOf(personOffsets)], ["PPAP", bytesOf(personPapers)]);
  if (positions) sections.push(["XY64", bytesOf(positions)]);
  return container(sections);
}

/** Members of people and papers that go to Uint32 sections instead of the JSON rows. */
const BULK_PAPER_MEMBERS = ["authors", "sources"];
const BULK_PERSON_MEMBERS = ["paperIds"];

function indexById(items: readonly { id: string }[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, position) => {
    if (index.has(item.id)) throw new Error(`duplicate ${what} id "${item.id}"`);
    index.set(item.id, position);
  });
  return index;
}

/** Distinct strings in first-seen order, each with its index. */
class Interner {
  readonly values: string[] = [];
  private readonly indices = new Map<string, number>();
  index(value: string): number {
    let index = this.indices.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indices.set(value, index);
    }
    return index;
  }
}

function encodePositions(people: readonly Person[], papers: readonly Paper[], stored: Positions) {
  const nodes = people.length + papers.length;
  const xy = new Float64Array(nodes * 2);
  const missing: number[] = [];
  let found = 0;
  for (let index = 0; index < nodes; index++) {
    const key = index < people.length ? "a:" + people[index].id : "p:" + papers[index - people.length].id;
    const point = Object.hasOwn(stored, key) ? stored[key] : undefined;
    if (point !== undefined) found++;
    if (point && Number.isFinite(point[0]) && Number.isFinite(point[1])) {
      // `+ 0` turns -0 into 0, as the JSON file does.
      xy[index * 2] = point[0] + 0;
      xy[index * 2 + 1] = point[1] + 0;
    } else {
      if (point) throw new Error(`position of "${key}" is not a pair of finite numbers`);
      xy[index * 2] = NaN;
      xy[index * 2 + 1] = NaN;
      missing.push(index);
    }
  }
  // Node keys are distinct (ids are, and the prefixes differ): when every stored key was found
  // there is nothing extra, and no set of the 100k node keys is needed to tell.
  const extra: Positions = {};
  const storedKeys = Object.keys(stored);
  if (storedKeys.length > found) {
    const known = new Set<string>();
    for (const person of people) known.add("a:" + person.id);
    for (const paper of papers) known.add("p:" + paper.id);
    for (const key of storedKeys) if (!known.has(key)) extra[key] = stored[key];
  }
  return { xy, missing, extra: ordered(extra) as Positions };
}

/** Rows as consecutive JSON arrays of ROWS_PER_CHUNK rows, and each chunk's end offset in bytes. */
function chunkedJson(rows: readonly unknown[]): [Uint8Array, Uint32Array] {
  const utf8 = new TextEncoder();
  const ends = new Uint32Array(Math.ceil(rows.length / ROWS_PER_CHUNK));
  // Each chunk's text is encoded straight into one growing buffer (no array per chunk, no final copy of them all).
  let buffer = new Uint8Array(0);
  let length = 0;
  for (let start = 0, chunk = 0; start < rows.length; start += ROWS_PER_CHUNK, chunk++) {
    const text = JSON.stringify(rows.slice(start, start + ROWS_PER_CHUNK));
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (buffer.length - length < text.length * 3) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + text.length * 3));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    length += utf8.encodeInto(text, buffer.subarray(length)).written;
    ends[chunk] = length;
  }
  return [buffer.subarray(0, length), ends];
}

function bytesOf(array: Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

const align4 = (n: number) => (n + 3) & ~3;

/** Magic, version, directory, then each section at a 4-byte aligned offset (8 for Float64). */
function container(sections: readonly [string, Uint8Array][]): Uint8Array {
  const directoryEnd = 16 + sections.length * 12;
  const offsets: number[] = [];
  let end = align8(directoryEnd);
  for (const [, body] of sections) {
    offsets.push(end);
    end = align8(end + body.length);
  }
  const bytes = new Uint8Array(end);
  const view = new DataView(bytes.buffer);
  bytes.set(COMPACT_MAGIC, 0);
  view.setUint32(8, COMPACT_VERSION, true);
  view.setUint32(12, sections.length, true);
  sections.forEach(([tag, body], index) => {
    const entry = 16 + index * 12;
    for (let i = 0; i < 4; i++) bytes[entry + i] = tag.charCodeAt(i);
    view.setUint32(entry + 4, offsets[index], true);
    view.setUint32(entry + 8, body.length, true);
    bytes.set(body, offsets[index]);
  });
  return bytes;
}

/** Sections start at multiples of 8 so Float64 arrays can view them in place (4-byte alignment holds too). */
function align8(n: number): number {
  return align4(n) % 8 === 0 ? align4(n) : align4(n) + 4;
}

// ───────────────────────────── decode ─────────────────────────────

/** Reads the whole file at once. Throws CompactFormatError with a clear message on any problem. */
export function decodeCompact(bytes: Uint8Array): AtlasFile {
  const steps = decodeCompactSteps(bytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same decoding, pausing (yield) after each JSON chunk and each bulk pass, so a caller on a
 * UI thread can spread it over short tasks. Throws CompactFormatError (from `next()`).
 */
export function* decodeCompactSteps(bytes: Uint8Array): Generator<void, AtlasFile> {
  const sections = readDirectory(bytes);
  const header = parseHeader(bytes, sections);
  const { counts } = header;
  const names = readJson(bytes, section(sections, "NAME"), "NAME");
  if (!Array.isArray(names) || names.length !== counts.names || !names.every((name) => typeof name === "string")) {
    fail(`section NAME: expected a list of ${counts.names} names`);
  }

  const personRows: unknown[] = [];
  for (const rows of chunkRows(bytes, sections, "PEOP", "PCHK")) {
    personRows.push(...rows);
    yield;
  }
  const paperRows: unknown[] = [];
  for (const rows of chunkRows(bytes, sections, "PAPR", "QCHK")) {
    paperRows.push(...rows);
    yield;
  }
  const merges: unknown[] = [];
  for (const rows of chunkRows(bytes, sections, "MERG", "MCHK")) {
    merges.push(...rows);
    yield;
  }
  const diagnostics: unknown[] = [];
  for (const rows of chunkRows(bytes, sections, "DIAG", "DCHK")) {
    diagnostics.push(...rows);
    yield;
  }
  if (personRows.length !== counts.people) fail(`section PEOP: ${personRows.length} people, the header says ${counts.people}`);
  if (paperRows.length !== counts.papers) fail(`section PAPR: ${paperRows.length} papers, the header says ${counts.papers}`);

  const authorOffsets = uint32s(bytes, sections, "AOFF", counts.papers + 1);
  const authorPerson = uint32s(bytes, sections, "APER", counts.authorships);
  const authorName = uint32s(bytes, sections, "ANAM", counts.authorships);
  const authorPosition = uint32s(bytes, sections, "APOS", counts.authorships);
  const personOffsets = uint32s(bytes, sections, "POFF", counts.people + 1);
  const personPapers = uint32s(bytes, sections, "PPAP", counts.personPapers);
  checkOffsets(authorOffsets, counts.authorships, "AOFF");
  checkOffsets(personOffsets, counts.personPapers, "POFF");
  checkIndices(authorPerson, counts.people, "APER", "person");
  checkIndices(authorName, counts.names, "ANAM", "name");
  checkIndices(personPapers, counts.papers, "PPAP", "paper");
  yield;

  const personIds = new Set<string>();
  const paperIds = new Set<string>();
  const people: Person[] = new Array(counts.people);
  for (let index = 0; index < counts.people; index++) {
    const row = personRows[index];
    checkPersonRow(row, index, personIds);
    // Rows are fresh from JSON.parse and ours: completed in place (a copy per row costs more than the parse).
    const person = row as unknown as Person;
    person.paperIds = [];
    people[index] = person;
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  const papers: Paper[] = new Array(counts.papers);
  for (let index = 0; index < counts.papers; index++) {
    const row = paperRows[index];
    checkPaperRow(row, index, paperIds);
    const authors: Authorship[] = [];
    for (let slot = authorOffsets[index]; slot < authorOffsets[index + 1]; slot++) {
      authors.push({ personId: people[authorPerson[slot]].id, name: names[authorName[slot]], position: authorPosition[slot] });
    }
    const paper = row as unknown as Paper;
    paper.sources = decodeSources(row.sources, header.sourceFiles, index);
    paper.authors = authors;
    papers[index] = paper;
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  for (let index = 0; index < counts.people; index++) {
    const paperIds = people[index].paperIds;
    for (let slot = personOffsets[index]; slot < personOffsets[index + 1]; slot++) paperIds.push(papers[personPapers[slot]].id);
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  yield;

  const provenance = { ...header.atlas.provenance, merges: merges as AtlasFile["provenance"]["merges"] };
  const atlas: AtlasFile = { ...header.atlas, diagnostics: diagnostics as AtlasFile["diagnostics"], provenance, people, papers };
  if (header.layout) atlas.layout = yield* decodeLayout(bytes, sections, header, people, papers);
  return atlas;
}

type Directory = Map<string, { offset: number; length: number }>;

function fail(message: string): never {
  throw new CompactFormatError(message);
}

function readDirectory(bytes: Uint8Array): Directory {
  if (!isCompactAtlas(bytes)) fail("not a compact Coauthor Atlas dataset (the file does not start with the magic bytes \\x89ATLAS\\r\\n)");
  if (bytes.length < 16) fail(`truncated: ${bytes.length} bytes, shorter than the 16-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== COMPACT_VERSION) {
    fail(
      version > COMPACT_VERSION
        ? `compact dataset version ${version} was written by a newer Coauthor Atlas; this one reads version ${COMPACT_VERSION}`
        : `unsupported compact dataset version ${version}; expected ${COMPACT_VERSION}`,
    );
  }
  const count = view.getUint32(12, true);
  if (16 + count * 12 > bytes.length) fail(`truncated: the directory of ${count} sections runs past the end of the file (${bytes.length} bytes)`);
  const directory: Directory = new Map();
  for (let index = 0; index < count; index++) {
    const entry = 16 + index * 12;
    const tag = String.fromCharCode(bytes[entry], bytes[entry + 1], bytes[entry + 2], bytes[entry + 3]);
    const offset = view.getUint32(entry + 4, true);
    const length = view.getUint32(entry + 8, true);
    if (offset % 4 !== 0) fail(`section ${JSON.stringify(tag)} starts at ${offset}, not a multiple of 4`);
    if (offset + length > bytes.length) fail(`truncated: section ${JSON.stringify(tag)} (${length} bytes at ${offset}) runs past the end of the file (${bytes.length} bytes)`);
    directory.set(tag, { offset, length });
  }
  return directory;
}

function section(directory: Directory, tag: string): { offset: number; length: number } {
  const found = directory.get(tag);
  if (!found) fail(`section ${tag} is missing`);
  return found;
}

function readJson(bytes: Uint8Array, where: { offset: number; length: number }, tag: string): unknown {
  return parseJson(bytes.subarray(where.offset, where.offset + where.length), `section ${tag}`);
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

function parseJson(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = utf8Decoder.decode(bytes);
  } catch {
    fail(`${what}: not valid UTF-8`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    fail(`${what}: not valid JSON (${(cause as Error).message})`);
  }
}

function parseHeader(bytes: Uint8Array, directory: Directory): CompactHeader {
  const header = readJson(bytes, section(directory, "HEAD"), "HEAD");
  if (!isObject(header) || !isObject(header.atlas) || !isObject(header.counts) || !Array.isArray(header.sourceFiles)) {
    fail("section HEAD: not an object with atlas, counts and sourceFiles");
  }
  const counts = header.counts;
  for (const key of ["people", "papers", "authorships", "personPapers", "names"]) {
    const value = counts[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 0xffffffff) fail(`section HEAD: counts.${key} is not a count`);
  }
  if (!header.sourceFiles.every((file) => typeof file === "string")) fail("section HEAD: sourceFiles is not a list of names");
  const atlas = header.atlas;
  if (atlas.format !== "coauthor-atlas" || atlas.version !== 1) fail(`section HEAD: not a Coauthor Atlas version 1 dataset (format ${JSON.stringify(atlas.format)}, version ${JSON.stringify(atlas.version)})`);
  if (typeof atlas.title !== "string") fail("section HEAD: title is missing or not a string");
  for (const key of ["records", "skipped"]) {
    const value = atlas[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) fail(`section HEAD: ${key} is missing or not a non-negative integer`);
  }
  if (!isObject(atlas.provenance) || !Array.isArray(atlas.provenance.inputs)) fail("section HEAD: provenance is missing or without an inputs list");
  if (header.layout !== undefined) {
    const layout = header.layout;
    if (!isObject(layout) || !isObject(layout.settings) || !Array.isArray(layout.missing) || !isObject(layout.extra)) {
      fail("section HEAD: layout lacks settings, missing or extra");
    }
  }
  return header as unknown as CompactHeader;
}

function* chunkRows(bytes: Uint8Array, directory: Directory, tag: string, chunkTag: string): Generator<unknown[]> {
  const body = section(directory, tag);
  const ends = uint32s(bytes, directory, chunkTag);
  let start = 0;
  for (let chunk = 0; chunk < ends.length; chunk++) {
    const end = ends[chunk];
    if (end < start || end > body.length) fail(`section ${chunkTag}: chunk ${chunk} ends at ${end}, outside section ${tag} (${body.length} bytes)`);
    const rows = parseJson(bytes.subarray(body.offset + start, body.offset + end), `section ${tag}, chunk ${chunk}`);
    if (!Array.isArray(rows)) fail(`section ${tag}, chunk ${chunk}: not a JSON array`);
    yield rows;
    start = end;
  }
  if (start !== body.length) fail(`section ${chunkTag}: the chunks cover ${start} of the ${body.length} bytes of section ${tag}`);
}

/** A Uint32 view of a section (copied when the section is not aligned in memory). */
function uint32s(bytes: Uint8Array, directory: Directory, tag: string, expected?: number): Uint32Array {
  const { offset, length } = section(directory, tag);
  if (length % 4 !== 0) fail(`section ${tag}: ${length} bytes, not a whole number of 32-bit integers`);
  if (expected !== undefined && length !== expected * 4) fail(`section ${tag}: ${length / 4} entries, expected ${expected}`);
  return typedView(bytes, offset, length / 4, Uint32Array);
}

function typedView<T extends Uint32Array | Float64Array>(
  bytes: Uint8Array,
  offset: number,
  count: number,
  Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const start = bytes.byteOffset + offset;
  // Typed arrays are little-endian on every platform browsers and Node run on.
  if (start % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer as ArrayBuffer, start, count);
  const copy = new Uint8Array(count * Type.BYTES_PER_ELEMENT);
  copy.set(bytes.subarray(offset, offset + copy.length));
  return new Type(copy.buffer, 0, count);
}

function checkOffsets(offsets: Uint32Array, total: number, tag: string): void {
  if (offsets[0] !== 0) fail(`section ${tag}: the first offset is ${offsets[0]}, not 0`);
  for (let index = 1; index < offsets.length; index++) {
    if (offsets[index] < offsets[index - 1]) fail(`section ${tag}: offset ${index} (${offsets[index]}) is before offset ${index - 1} (${offsets[index - 1]})`);
  }
  if (offsets[offsets.length - 1] !== total) fail(`section ${tag}: the last offset is ${offsets[offsets.length - 1]}, expected ${total}`);
}

function checkIndices(indices: Uint32Array, count: number, tag: string, what: string): void {
  for (let index = 0; index < indices.length; index++) {
    if (indices[index] >= count) fail(`section ${tag}: entry ${index} names ${what} ${indices[index]}, but there are only ${count}`);
  }
}

/** The checks readAtlas makes on a JSON file's rows, with the same messages (references are indices here). */
function checkPersonRow(row: unknown, index: number, seen: Set<string>): asserts row is Record<string, unknown> {
  const where = `people[${index}]`;
  if (!isObject(row)) fail(`${where}: not an object`);
  if (typeof row.id !== "string" || row.id === "") fail(`${where}: person without an id`);
  if (seen.has(row.id)) fail(`${where}: duplicate person id "${row.id}"`);
  seen.add(row.id);
  if (typeof row.name !== "string") fail(`${where}: person "${row.id}" has no name`);
  if (!Array.isArray(row.variants) || !row.variants.every((name) => typeof name === "string")) fail(`${where}: person "${row.id}": variants is not a list of names`);
  if (!isObject(row.ids)) fail(`${where}: person "${row.id}": ids is not an object`);
}

function checkPaperRow(row: unknown, index: number, seen: Set<string>): asserts row is Record<string, unknown> {
  const where = `papers[${index}]`;
  if (!isObject(row)) fail(`${where}: not an object`);
  if (typeof row.id !== "string" || row.id === "") fail(`${where}: paper without an id`);
  if (seen.has(row.id)) fail(`${where}: duplicate paper id "${row.id}"`);
  seen.add(row.id);
  if (typeof row.title !== "string") fail(`${where}: paper "${row.id}" has no title`);
  if (row.year !== undefined && typeof row.year !== "number") fail(`${where}: paper "${row.id}": year is not a number`);
  if (typeof row.hyperauthored !== "boolean") fail(`${where}: paper "${row.id}": hyperauthored is not true/false`);
  if (typeof row.authorsTruncated !== "boolean") fail(`${where}: paper "${row.id}": authorsTruncated is not true/false`);
}

function decodeSources(value: unknown, files: readonly string[], paper: number): SourceRef[] {
  if (!Array.isArray(value)) fail(`papers[${paper}]: sources is not a list`);
  return value.map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== "number" || typeof entry[1] !== "string" || !(entry[0] in files)) {
      fail(`papers[${paper}]: a source is not [file index, place] with a known file`);
    }
    return { file: files[entry[0]], where: entry[1] };
  });
}

function* decodeLayout(
  bytes: Uint8Array,
  directory: Directory,
  header: CompactHeader,
  people: readonly Person[],
  papers: readonly Paper[],
): Generator<void, AtlasFile["layout"]> {
  const { settings, missing, extra } = header.layout!;
  const nodes = people.length + papers.length;
  const { offset, length } = section(directory, "XY64");
  if (length !== nodes * 16) fail(`section XY64: ${length / 16} positions, expected ${nodes} (one per person and paper)`);
  const xy = typedView(bytes, offset, nodes * 2, Float64Array);
  const unplaced = new Set<number>();
  for (const index of missing) {
    if (!Number.isInteger(index) || index < 0 || index >= nodes) fail(`section HEAD: layout.missing names node ${String(index)}, outside 0…${nodes - 1}`);
    unplaced.add(index);
  }
  const positions: Positions = {};
  for (let index = 0; index < nodes; index++) {
    if (unplaced.has(index)) continue;
    const x = xy[index * 2];
    const y = xy[index * 2 + 1];
    const key = index < people.length ? "a:" + people[index].id : "p:" + papers[index - people.length].id;
    if (!Number.isFinite(x) || !Number.isFinite(y)) fail(`section XY64: the position of node ${index} (${key}) is not a pair of finite numbers`);
    positions[key] = [x, y];
    if (index % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  for (const [key, point] of Object.entries(extra)) positions[key] = point;
  return { ...(settings as unknown as Omit<NonNullable<AtlasFile["layout"]>, "positions">), positions };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
