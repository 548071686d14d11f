/**
 * BibTeX / BibLaTeX importer: text → PubRecord[] + Diagnostics.
 *
 * Three steps, all pure (no I/O, no clock, no randomness: same text → same result):
 *   1. `scanBibtex`  — a linear, hand-written scanner (no regex over the whole text, so a 1 MB file
 *      takes tens of milliseconds and nothing can hang). It finds entries, fields and `@string`s,
 *      keeps macro references unresolved and remembers line numbers. Stray text (YAML front
 *      matter, Markdown) between entries is ignored, as BibTeX does.
 *   2. macro resolution + `crossref` inheritance — `@string`s of this file apply from their
 *      definition on; macros given by the caller (other files) fill the rest, so files can be
 *      read in any order (`parseBibtexFiles`).
 *   3. `toRecord` — fields → PubRecord: LaTeX decoded (latex.ts), names split with BibTeX's own
 *      rules, identifiers normalised (normalize.ts).
 *
 * Why not a library parser (bench/bibtex-parsers.md has the numbers): @retorquere/bibtex-parser's
 * full parser decodes every field through a LaTeX PEG grammar, ~10× our time on the 1 MB HEPML
 * file, turns `and others` into a person and rejects keys with `?`; its fast "verbatim" scanner is
 * not exported by the package; citation-js throws whole files away on 8 of the 21 corpus files.
 */
import type { Diagnostic, DiagnosticLevel, ImportResult, InputFile, PersonIds, PubRecord, RawAuthor } from "../model/types.ts";
import { arxivFromDoi, cleanText, normalizeArxiv, normalizeDoi, normalizeOrcid, parseYear, safeHttpUrl } from "./normalize.ts";
import { latexToUnicode, stripBraces } from "./latex.ts";
import { decodeEntities } from "./markup.ts";

export interface BibtexOptions {
  /** `@string` macros from files given earlier in the same call (names are case-insensitive). */
  macros?: Record<string, string>;
}

// ───────────────────────────── 1. scanning ─────────────────────────────

/** One piece of a field value; pieces are joined by `#`. */
type ValuePart = { kind: "text"; text: string } | { kind: "macro"; name: string };

interface ScannedField {
  name: string;
  parts: ValuePart[];
}

interface ScannedEntry {
  /** Lower-case entry type (`article`, `string`, `comment`…). */
  type: string;
  key: string;
  fields: ScannedField[];
  line: number;
}

interface ScanProblem {
  line: number;
  level: DiagnosticLevel;
  message: string;
}

interface ScannedFile {
  /** Publication entries and `@string`s in file order (comments and preambles are not kept). */
  entries: ScannedEntry[];
  preambles: string[];
  problems: ScanProblem[];
}

/** Entry types that are not publications. */
const DIRECTIVES = new Set(["string", "preamble", "comment"]);

class ScanError extends Error {}

/**
 * A scanner for the BibTeX syntax: `@type{key, name = value # value, …}` or `@type(…)`.
 * Recovery after an error: resume at the next line that starts with `@`, so one broken entry
 * never swallows the rest of the file.
 */
class Scanner {
  private pos = 0;
  private readonly lineStarts: number[] = [0];
  readonly entries: ScannedEntry[] = [];
  readonly preambles: string[] = [];
  readonly problems: ScanProblem[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  scan(): ScannedFile {
    const text = this.text;
    while (this.pos < text.length) {
      const at = text.indexOf("@", this.pos);
      if (at === -1) break;
      if (this.commentedOut(at)) {
        // `%@book{…}`: a commented-out entry (biber and most tools treat `%` as a line comment).
        const end = text.indexOf("\n", at);
        this.pos = end === -1 ? text.length : end + 1;
        continue;
      }
      this.pos = at;
      this.entryAt(at);
    }
    return { entries: this.entries, preambles: this.preambles, problems: this.problems };
  }

  private entryAt(start: number): void {
    const text = this.text;
    this.pos = start + 1;
    this.skipSpace();
    const type = this.identifier().toLowerCase();
    this.skipSpace();
    const open = text[this.pos];
    if (!type || (open !== "{" && open !== "(")) {
      // An `@` in stray text (an e-mail address, a Markdown handle): BibTeX ignores it too.
      // Only say something when it looked like an entry (it starts a line).
      if (type && this.startsLine(start) && !DIRECTIVES.has(type)) {
        this.problem(start, "warning", `"@${type}" is not followed by "{" or "(": not read as an entry`);
      }
      this.pos = Math.max(this.pos, start + 1);
      return;
    }
    const close = open === "{" ? "}" : ")";
    this.pos++;
    if (type === "comment") {
      this.skipComment(start);
      return;
    }
    try {
      if (type === "preamble") {
        // Kept raw: ADS writes bare LaTeX (`@preamble{\newcommand…}`) rather than a quoted value.
        this.preambles.push(this.rawUntilClose(close));
        return;
      }
      const entry: ScannedEntry = { type, key: "", fields: [], line: this.lineAt(start) };
      if (type !== "string") entry.key = this.citationKey(close);
      this.entries.push(entry);
      this.fields(entry, close);
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      // Reported at the entry's first line (what a person opens to fix); the message says where it broke.
      this.problem(start, "error", `@${type} entry: ${error.message} (noticed at line ${this.lineAt(this.pos)}); read up to there, resumed at the next entry`);
      this.pos = this.entryStartsAt(this.pos) ? this.pos : this.nextEntryStart(this.pos);
    }
  }

  /** The citation key: everything up to the first comma, space or closing delimiter. */
  private citationKey(close: string): string {
    const text = this.text;
    this.skipSpace();
    const start = this.pos;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (ch === "," || ch === close || ch === "=" || ch === "{" || ch === "}" || isSpace(ch)) break;
      this.pos++;
    }
    const key = text.slice(start, this.pos);
    this.skipSpace();
    if (text[this.pos] === "=") {
      // `@article(foo=bar)`: there was no key, this was a field name.
      this.pos = start;
      return "";
    }
    if (text[this.pos] === ",") this.pos++;
    return key.replace(/^"(.*)"$/, "$1");
  }

  private fields(entry: ScannedEntry, close: string): void {
    const text = this.text;
    for (;;) {
      this.skipSpaceAndLineComments();
      if (this.pos >= text.length) throw new ScanError(`unexpected end of file, "${close}" missing`);
      if (text[this.pos] === close) {
        this.pos++;
        return;
      }
      if (text[this.pos] === ",") {
        this.pos++;
        continue;
      }
      if (this.entryStartsAt(this.pos) && this.startsLine(this.pos)) {
        // `@article{` where a field should be: this entry lost its closing delimiter.
        throw new ScanError(`"${close}" missing: the next entry starts at line ${this.lineAt(this.pos)}`);
      }
      const nameStart = this.pos;
      const name = this.fieldName();
      if (!name) throw new ScanError(`unexpected ${JSON.stringify(text[this.pos])} where a field name should be`);
      this.skipSpace();
      if (text[this.pos] !== "=") throw new ScanError(`field "${name}" has no "=" (line ${this.lineAt(nameStart)})`);
      this.pos++;
      entry.fields.push({ name: name.toLowerCase(), parts: this.value() });
      this.skipSpaceAndLineComments();
      const next = text[this.pos];
      if (next !== "," && next !== close) {
        // A forgotten comma: go on when a field name follows, as people mean it.
        const save = this.pos;
        const candidate = this.fieldName();
        this.skipSpace();
        const recoverable = candidate !== "" && text[this.pos] === "=";
        this.pos = save;
        if (!recoverable) throw new ScanError(`expected "," or "${close}" after field "${name}"`);
        this.problem(this.pos, "warning", `missing "," after field "${name}" in ${entry.key ? `key ${entry.key}` : `@${entry.type}`}`);
      }
    }
  }

  private fieldName(): string {
    const text = this.text;
    const start = this.pos;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (isSpace(ch) || ch === "=" || ch === "," || ch === "{" || ch === "}" || ch === "(" || ch === ")" || ch === '"' || ch === "#" || ch === "%") break;
      this.pos++;
    }
    return text.slice(start, this.pos);
  }

  /** `part # part # …` where a part is `{…}`, `"…"`, a number or a macro name. */
  private value(): ValuePart[] {
    const parts: ValuePart[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === "{") parts.push({ kind: "text", text: this.braced() });
      else if (ch === '"') parts.push({ kind: "text", text: this.quoted() });
      else {
        const word = this.identifier();
        if (!word) throw new ScanError(`missing value (found ${JSON.stringify(this.text.slice(this.pos, this.pos + 12))})`);
        if (/^\d+$/.test(word)) parts.push({ kind: "text", text: word });
        else parts.push({ kind: "macro", name: word.toLowerCase() });
      }
      this.skipSpace();
      if (this.text[this.pos] !== "#") return parts;
      this.pos++;
    }
  }

  /** A balanced `{…}` value. `\{` and `\}` are escaped braces. */
  private braced(): string {
    const text = this.text;
    const start = ++this.pos;
    let depth = 0;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === BACKSLASH) this.pos += 2;
      else if (code === OPEN_BRACE) {
        depth++;
        this.pos++;
      } else if (code === CLOSE_BRACE) {
        if (depth === 0) return text.slice(start, this.pos++);
        depth--;
        this.pos++;
      } else if (code === NEWLINE && this.entryStartsAfterNewline(this.pos)) {
        throw new ScanError(`unbalanced braces: value opened at line ${this.lineAt(start)} runs into the next entry`);
      } else this.pos++;
    }
    throw new ScanError(`unbalanced braces: value opened at line ${this.lineAt(start)} never closes`);
  }

  /** A `"…"` value: ends at a `"` outside braces. */
  private quoted(): string {
    const text = this.text;
    const start = ++this.pos;
    let depth = 0;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === BACKSLASH) this.pos += 2;
      else {
        if (code === OPEN_BRACE) depth++;
        else if (code === CLOSE_BRACE) depth--;
        else if (code === QUOTE && depth <= 0) return text.slice(start, this.pos++);
        else if (code === NEWLINE && this.entryStartsAfterNewline(this.pos)) {
          throw new ScanError(`unclosed quote: value opened at line ${this.lineAt(start)} runs into the next entry`);
        }
        this.pos++;
      }
    }
    throw new ScanError(`unclosed quote: value opened at line ${this.lineAt(start)} never closes`);
  }

  /** The raw text up to the delimiter that closes the directive, braces balanced. */
  private rawUntilClose(close: string): string {
    const text = this.text;
    const start = this.pos;
    let depth = 0;
    for (; this.pos < text.length; this.pos++) {
      const ch = text[this.pos];
      if (ch === "\\") this.pos++;
      else if (ch === "{") depth++;
      else if (ch === "}" && depth > 0) depth--;
      else if (ch === close && depth === 0) return text.slice(start, this.pos++);
    }
    throw new ScanError(`"${close}" missing at the end of @preamble`);
  }

  /** `@comment{…}` is skipped whole (it may hold entries); unbalanced, only its line is. */
  private skipComment(start: number): void {
    const text = this.text;
    let depth = 0;
    for (let i = this.pos; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && depth-- === 0) {
        this.pos = i + 1;
        return;
      }
    }
    const lineEnd = text.indexOf("\n", start);
    this.pos = lineEnd === -1 ? text.length : lineEnd + 1;
  }

  /** A value that crosses a newline followed by `@word{` has lost its closing delimiter. */
  private entryStartsAfterNewline(newline: number): boolean {
    const text = this.text;
    let i = newline + 1;
    while (text[i] === " " || text[i] === "\t") i++;
    return this.entryStartsAt(i);
  }

  /** `@word{` or `@word(` at `at`. */
  private entryStartsAt(at: number): boolean {
    const text = this.text;
    if (text[at] !== "@") return false;
    let i = at + 1;
    const start = i;
    while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
    if (i === start) return false;
    while (text[i] === " " || text[i] === "\t") i++;
    return text[i] === "{" || text[i] === "(";
  }

  private nextEntryStart(from: number): number {
    const text = this.text;
    for (let nl = text.indexOf("\n", from); nl !== -1; nl = text.indexOf("\n", nl + 1)) {
      let i = nl + 1;
      while (text[i] === " " || text[i] === "\t") i++;
      if (text[i] === "@") return i;
    }
    return text.length;
  }

  private identifier(): string {
    const text = this.text;
    const start = this.pos;
    while (this.pos < text.length) {
      const ch = text[this.pos];
      if (isSpace(ch) || '{}(),="#%'.includes(ch)) break;
      this.pos++;
    }
    return text.slice(start, this.pos);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && isSpaceCode(this.text.charCodeAt(this.pos))) this.pos++;
  }

  /** Between fields, a `%` line is a comment (BibTeX disagrees, but people write them). */
  private skipSpaceAndLineComments(): void {
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== "%") return;
      const end = this.text.indexOf("\n", this.pos);
      this.pos = end === -1 ? this.text.length : end;
    }
  }

  /**
   * Is there a `%` before `offset` on its line? Offsets only grow during a scan, so each line is read
   * once (a single 1 MB line of `@ @ @ …` must not cost a backwards scan per `@`).
   */
  private commentedOut(offset: number): boolean {
    const line = this.lineAt(offset) - 1;
    if (line !== this.percentLine) {
      this.percentLine = line;
      this.percentScanned = this.lineStarts[line];
      this.percentFound = false;
    }
    while (!this.percentFound && this.percentScanned < offset) {
      if (this.text.charCodeAt(this.percentScanned) === 37) this.percentFound = true;
      this.percentScanned++;
    }
    return this.percentFound;
  }
  private percentLine = -1;
  private percentScanned = 0;
  private percentFound = false;

  private startsLine(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      if (this.text[i] === "\n") return true;
      if (this.text[i] !== " " && this.text[i] !== "\t") return false;
    }
    return true;
  }

  private problem(offset: number, level: DiagnosticLevel, message: string): void {
    this.problems.push({ line: this.lineAt(offset), level, message });
  }
}

const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const NEWLINE = 10;

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0 || code === 0xfeff;
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\f" || ch === "\u00a0" || ch === "\ufeff";
}

/** Read the structure of a BibTeX file: entries, `@string`s, preambles, syntax problems. */
export function scanBibtex(text: string): ScannedFile {
  return new Scanner(text).scan();
}

// ───────────────────────────── 2. macros and crossref ─────────────────────────────

/** BibTeX's built-in month macros. */
const MONTHS: Record<string, string> = {
  jan: "January", feb: "February", mar: "March", apr: "April", may: "May", jun: "June",
  jul: "July", aug: "August", sep: "September", sept: "September", oct: "October",
  nov: "November", dec: "December", january: "January", february: "February", march: "March",
  april: "April", june: "June", july: "July", august: "August", september: "September",
  october: "October", november: "November", december: "December",
};

/** Fields of an entry after macro resolution: lower-case name → raw (LaTeX) text. */
type FieldMap = Map<string, string>;

interface ResolvedEntry {
  type: string;
  key: string;
  line: number;
  fields: FieldMap;
}

/** Longest field value macro expansion may build (real fields stay far below: the longest author lists are ~50 KB). */
const MAX_VALUE_LENGTH = 1_000_000;
/** Longest `crossref` chain followed (biber allows chains; real ones are 2–3 deep). */
const MAX_CROSSREF_DEPTH = 32;

interface MacroUse {
  count: number;
  first: string;
}

/**
 * Resolve `#` concatenations and macro references. A macro means what its latest `@string` in this
 * file before the use says; failing that, what another file (or a later `@string` here) says;
 * failing that, the month names; failing that, the macro's own name (with a warning).
 */
function resolveEntries(
  scanned: ScannedFile,
  external: Record<string, string>,
  diagnostics: (level: DiagnosticLevel, where: string, message: string) => void,
  definitionsOnly = false,
): { entries: ResolvedEntry[]; defined: Record<string, string> } {
  const running = new Map<string, string>();
  const defined: Record<string, string> = {};
  const undefinedUses = new Map<string, MacroUse>();
  const earlyUses = new Map<string, MacroUse>();
  let pass: "definitions" | "entries" = "definitions";

  const lookup = (name: string, context: string): string => {
    const own = running.get(name);
    if (own !== undefined) return own;
    const other = external[name];
    if (other !== undefined) return other;
    if (pass === "entries" && Object.hasOwn(defined, name)) {
      note(earlyUses, name, context);
      return defined[name];
    }
    if (Object.hasOwn(MONTHS, name)) return MONTHS[name];
    if (pass === "entries") note(undefinedUses, name, context);
    return name;
  };
  // `@string{b = a # a}`, `@string{c = b # b}`… doubles at each step: cut values at a size no real
  // field reaches, so 40 such lines cost milliseconds instead of gigabytes and a crash.
  const cutAt = new Set<string>();
  const join = (parts: ValuePart[], context: string): string => {
    let value = "";
    for (const p of parts) {
      value += p.kind === "text" ? p.text : lookup(p.name, context);
      if (value.length > MAX_VALUE_LENGTH) {
        if (!cutAt.has(context)) diagnostics("warning", context, `a value grew past ${MAX_VALUE_LENGTH.toLocaleString("en")} characters through @string macros; cut there`);
        cutAt.add(context);
        return value.slice(0, MAX_VALUE_LENGTH);
      }
    }
    return value;
  };

  // Pass 1: every @string's value, in file order (each sees the ones before it).
  for (const entry of scanned.entries) {
    if (entry.type !== "string") continue;
    for (const field of entry.fields) {
      const value = join(field.parts, `line ${entry.line}`);
      running.set(field.name, value);
      defined[field.name] = value;
    }
  }
  if (definitionsOnly) return { entries: [], defined };

  // Pass 2: entries, each seeing the @strings defined before it (later ones only as a fallback).
  pass = "entries";
  running.clear();
  const entries: ResolvedEntry[] = [];
  for (const entry of scanned.entries) {
    if (entry.type === "string") {
      for (const field of entry.fields) running.set(field.name, join(field.parts, `line ${entry.line}`));
      continue;
    }
    const where = entryWhere(entry);
    const fields: FieldMap = new Map();
    for (const field of entry.fields) {
      const value = join(field.parts, where);
      if (fields.has(field.name)) {
        diagnostics("info", where, `field "${field.name}" given twice (line ${entry.line}); the first is kept`);
        continue;
      }
      fields.set(field.name, value);
    }
    entries.push({ type: entry.type, key: entry.key, line: entry.line, fields });
  }
  for (const [name, use] of undefinedUses) {
    diagnostics("warning", use.first, `undefined @string macro "${name}" (used ${use.count}×); kept as the text "${name}". Load the file that defines it in the same import.`);
  }
  for (const [name, use] of earlyUses) {
    diagnostics("info", use.first, `@string macro "${name}" used before its definition (${use.count}×); the later definition was used`);
  }
  return { entries, defined };
}

function note(uses: Map<string, MacroUse>, name: string, context: string): void {
  const use = uses.get(name);
  if (use) use.count++;
  else uses.set(name, { count: 1, first: context });
}

/** Parent fields a child does not inherit: identity and bookkeeping, and the parent's own title. */
const NOT_INHERITED = new Set(["crossref", "ids", "key", "title", "shorttitle", "sortkey", "label", "xdata", "entryset"]);

/**
 * `crossref = {parent}`: the child gets every field it lacks from the parent (BibTeX rule), and the
 * parent's title becomes the child's `booktitle` (BibLaTeX rule: a chapter's book, a paper's
 * proceedings). Parents may come later in the file; chains are followed, cycles stopped.
 */
function applyCrossrefs(entries: ResolvedEntry[], diagnostics: (level: DiagnosticLevel, where: string, message: string) => void): void {
  const where = entryWhere;
  const byKey = new Map<string, ResolvedEntry>();
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    if (entry.key && !byKey.has(key)) byKey.set(key, entry);
  }
  const done = new Set<ResolvedEntry>();
  const inherit = (entry: ResolvedEntry, seen: Set<ResolvedEntry>): void => {
    if (done.has(entry)) return;
    done.add(entry);
    const target = cleanText(stripBraces(entry.fields.get("crossref") ?? ""));
    if (!target) return;
    const parent = byKey.get(target.toLowerCase());
    if (!parent) {
      diagnostics("info", where(entry), `crossref "${target}" is not in this file; nothing inherited`);
      return;
    }
    if (seen.has(parent)) {
      diagnostics("warning", where(entry), `crossref cycle through "${target}"; stopped`);
      return;
    }
    if (seen.size >= MAX_CROSSREF_DEPTH) {
      diagnostics("warning", where(entry), `crossref chain deeper than ${MAX_CROSSREF_DEPTH} at "${target}"; stopped`);
      return;
    }
    inherit(parent, new Set([...seen, entry]));
    for (const [name, value] of parent.fields) {
      if (!NOT_INHERITED.has(name) && !entry.fields.has(name)) entry.fields.set(name, value);
    }
    const parentTitle = parent.fields.get("title");
    if (parentTitle !== undefined && !entry.fields.has("booktitle")) entry.fields.set("booktitle", parentTitle);
  };
  for (const entry of entries) inherit(entry, new Set());
}

// ───────────────────────────── 3. names ─────────────────────────────

/** Split `a and b and {c and d}` at top-level `and` words (any case), never inside braces. */
export function splitNameList(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (ch === "a" || ch === "A") &&
      (i === 0 || isSpace(value[i - 1])) &&
      value.slice(i, i + 3).toLowerCase() === "and" &&
      (i + 3 === value.length || isSpace(value[i + 3]))
    ) {
      names.push(value.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  names.push(value.slice(start));
  return names.map((n) => n.trim());
}

/** Split at commas outside braces. */
function splitTopLevelCommas(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim());
}

/** A name split at top-level commas, each part split into top-level words. */
interface NameParts {
  parts: string[][];
}

function splitTopLevel(name: string): NameParts {
  const parts: string[][] = [[]];
  let depth = 0;
  let word = "";
  const flush = (): void => {
    if (word) parts[parts.length - 1].push(word);
    word = "";
  };
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\" && i + 1 < name.length) {
      word += ch + name[i + 1];
      i++;
      continue;
    }
    if (ch === "{") depth++;
    if (ch === "}") depth = Math.max(0, depth - 1);
    if (depth === 0 && ch === ",") {
      flush();
      parts.push([]);
    } else if (depth === 0 && (isSpace(ch) || ch === "~")) flush();
    else word += ch;
  }
  flush();
  return { parts };
}

/**
 * BibTeX's case test for a von-particle: the first letter at brace depth 0 decides; a brace group
 * that starts with a command (`{\v S}`) counts by the letter it accents; other brace groups are
 * caseless (so `{Van} Dyke` keeps "Van" in the family name).
 */
function isLowerCaseWord(word: string): boolean {
  let depth = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === "{") {
      if (depth === 0 && word[i + 1] === "\\") return commandCase(word, i + 1) ?? false; // special character
      depth++;
      continue;
    }
    if (ch === "}") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    if (ch === "\\") {
      const lower = commandCase(word, i); // `\'Eric`, `\'{E}ric`: the accented letter decides
      if (lower !== undefined) return lower;
      continue;
    }
    if (/\p{L}/u.test(ch)) return isLower(ch);
  }
  return false;
}

/** Commands that are a letter themselves; their name's case is the letter's. */
const LETTER_COMMANDS = new Set(["ss", "o", "O", "l", "L", "ae", "AE", "oe", "OE", "aa", "AA", "i", "j", "dh", "DH", "th", "TH", "ng", "NG"]);

const isLower = (ch: string): boolean => ch === ch.toLowerCase() && ch !== ch.toUpperCase();

/** Case of the first letter a command at `backslash` writes (`\'E`, `\'{e}`, `\v S`, `\o`); undefined if none. */
function commandCase(word: string, backslash: number): boolean | undefined {
  let j = backslash + 1;
  const nameStart = j;
  if (/[A-Za-z]/.test(word[j] ?? "")) while (j < word.length && /[A-Za-z]/.test(word[j])) j++;
  else j++;
  const name = word.slice(nameStart, j);
  if (LETTER_COMMANDS.has(name)) return isLower(name[0]);
  while (word[j] === " ") j++;
  if (word[j] === "{") j++;
  for (; j < word.length && word[j] !== "}"; j++) {
    if (/\p{L}/u.test(word[j])) return isLower(word[j]);
  }
  return undefined;
}

interface SplitName {
  given: string[];
  particle: string[];
  family: string[];
  suffix: string[];
}

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|v|vi|2nd|3rd|4th)$/i;

/** BibTeX's three name forms: `First von Last`, `von Last, First`, `von Last, Jr, First`. */
function splitPersonName(commaSplit: string[][]): SplitName {
  // `Wall, W.A.,` — a trailing comma adds nothing
  const parts = commaSplit.slice();
  while (parts.length > 2 && parts[parts.length - 1].length === 0) parts.pop();
  const commaParts = parts.length;
  if (commaParts === 1) {
    const words = parts[0];
    if (words.length === 1) return { given: [], particle: [], family: words, suffix: [] };
    // von starts at the first lower-case word (not the last word) and ends at the last one.
    let vonStart = -1;
    let vonEnd = -1;
    for (let i = 0; i < words.length - 1; i++) {
      if (isLowerCaseWord(words[i])) {
        if (vonStart === -1) vonStart = i;
        vonEnd = i;
      }
    }
    // All lower case (`aarohi srivastava`) is a name typed without capitals, not a particle chain.
    const allLower = vonEnd === words.length - 2 && isLowerCaseWord(words[words.length - 1]) && words.every(isLowerCaseWord);
    if (vonStart === -1 || allLower) {
      return { given: words.slice(0, -1), particle: [], family: words.slice(-1), suffix: [] };
    }
    return {
      given: words.slice(0, vonStart),
      particle: words.slice(vonStart, vonEnd + 1),
      family: words.slice(vonEnd + 1),
      suffix: [],
    };
  }
  const head = parts[0];
  let suffix = commaParts >= 3 ? parts[1] : [];
  let given = commaParts >= 3 ? parts.slice(2).flat() : parts[1];
  // `Smith, John, Jr.` is a common slip for `Smith, Jr., John`.
  if (commaParts >= 3 && given.length === 1 && SUFFIX.test(stripBraces(given[0])) && !SUFFIX.test(stripBraces(suffix.join(" ")))) {
    [suffix, given] = [given, suffix];
  }
  let vonEnd = -1;
  for (let i = 0; i < head.length - 1; i++) if (isLowerCaseWord(head[i])) vonEnd = i;
  // the particle is the leading run of lower-case words only
  let particleEnd = 0;
  while (particleEnd <= vonEnd && isLowerCaseWord(head[particleEnd])) particleEnd++;
  return {
    given,
    particle: head.slice(0, particleEnd),
    family: head.slice(particleEnd),
    suffix,
  };
}

/** BibLaTeX's extended name format: `family=Duchamp, given=Philippe, prefix=de`. */
const EXTENDED_KEYS = /^(family|given|prefix|suffix|useprefix|id|[a-z]+-i)\s*=/i;

function extendedName(raw: string, decode: (tex: string) => string): RawAuthor | undefined {
  if (!raw.includes("=")) return undefined;
  const texts = splitTopLevelCommas(raw).filter((p) => p !== "");
  if (!texts.length || !texts.every((p) => EXTENDED_KEYS.test(p))) return undefined;
  const values: Record<string, string> = {};
  for (const text of texts) {
    const eq = text.indexOf("=");
    values[text.slice(0, eq).trim().toLowerCase()] = decode(text.slice(eq + 1).trim());
  }
  if (!values.family && !values.given) return undefined;
  const given = values.given || undefined;
  const family = values.family || undefined;
  const particle = values.prefix || undefined;
  const suffix = values.suffix || undefined;
  const name = [given, particle, family, suffix].filter(Boolean).join(" ");
  return { name, ...(given && { given }), ...(family && { family }), ...(particle && { particle }), ...(suffix && { suffix }) };
}

/** A name that is one brace group (`{ICARUS and SBND Collaborations}`): a corporate author. */
function isSingleGroup(raw: string): boolean {
  if (!raw.startsWith("{") || !raw.endsWith("}")) return false;
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "\\") i++;
    else if (raw[i] === "{") depth++;
    else if (raw[i] === "}" && --depth === 0 && i !== raw.length - 1) return false;
  }
  return true;
}

/** What a raw name from a name list is. */
type NameItem =
  | { kind: "empty" }
  | { kind: "others" }
  | { kind: "author"; author: RawAuthor; raw: string };

function readName(raw: string, decode: (tex: string) => string): NameItem {
  const trimmed = raw.trim();
  const plain = cleanText(decode(trimmed));
  // `others` is BibTeX's truncation marker; `et al.` and `…` are the same in other hands.
  // Braced (`{others}`) it is still a cut list, never a person.
  if (plain && /^(others|et\.?\s*al\.?|…|\.\.\.)$/i.test(plain)) return { kind: "others" };
  if (!plain || !/[\p{L}\p{N}]/u.test(plain)) return { kind: "empty" };
  if (isSingleGroup(trimmed)) return { kind: "author", raw: trimmed, author: { name: plain, literal: true } };
  const extended = extendedName(trimmed, decode);
  if (extended) return { kind: "author", raw: trimmed, author: extended };
  const split = splitPersonName(splitTopLevel(trimmed).parts);
  const part = (words: string[]): string | undefined => cleanText(decode(words.join(" ")));
  const author: RawAuthor = { name: plain };
  const given = part(split.given);
  const family = part(split.family);
  const particle = part(split.particle);
  const suffix = part(split.suffix);
  if (given) author.given = given;
  if (family) author.family = family;
  if (particle) author.particle = particle;
  if (suffix) author.suffix = suffix;
  return { kind: "author", raw: trimmed, author };
}

/**
 * Split-name repair. Machine-written files sometimes break one person in two around an empty
 * given name: `Shyamolima,  and {Debnath}` (DataCite wrote "family, given" with the given name
 * empty, and the real family name after it as a separate braced entry). The rule, kept narrow so it
 * never joins two real people:
 *   - the first name is `Word,` — one word, a comma, and nothing after the comma;
 *   - the next name is `{Word}` — one brace group holding one word, no comma, no space.
 * Both conditions are odd on their own (a person with no given name written with a trailing comma;
 * a corporate author of one word), and together they read as "given family".
 */
function isDanglingFamily(raw: string): boolean {
  if (!raw.trimEnd().endsWith(",")) return false;
  const { parts } = splitTopLevel(raw);
  return parts.length === 2 && parts[0].length === 1 && parts[1].length === 0 && !raw.trim().startsWith("{");
}

function isBracedSingleWord(raw: string): boolean {
  return isSingleGroup(raw) && !/[\s,~]/.test(raw);
}

interface AuthorList {
  authors: RawAuthor[];
  truncated: boolean;
  empty: number;
  rejoined: string[];
  /** The list used commas where BibTeX wants `and` (see `commaSeparatedNames`). */
  commaSeparated: boolean;
}

/**
 * A list written with commas instead of `and` (`Jean Laidé,\n Ben Loaeb`; `A. Smith, B. Jones, C. Lee`).
 * BibTeX would read it as one person `von Last, Jr, First`. Taken as a comma-separated list only
 * when there is no top-level `and`, the commas are either followed by a line break or there are
 * two or more of them, and every piece is a full name of two or more words that is not a suffix
 * (so `Smith, John`, `García Márquez, Gabriel` and `Smith, Jr., John` stay one person).
 */
function commaSeparatedNames(value: string): string[] | undefined {
  if (!value.includes(",")) return undefined;
  const pieces = splitTopLevelCommas(value);
  if (pieces.length < 2 || splitNameList(value).length > 1) return undefined;
  const lineBreakAfterComma = /,[ \t]*\r?\n/.test(value);
  if (!lineBreakAfterComma && pieces.length < 3) return undefined;
  const fullName = (piece: string): boolean => {
    const words = splitTopLevel(piece).parts[0] ?? [];
    return words.length >= 2 && !SUFFIX.test(stripBraces(piece)) && !/^(others|et\.?\s*al\.?)$/i.test(piece);
  };
  return pieces.every(fullName) ? pieces : undefined;
}

/** Vancouver style inside a comma list: `Rasthofer U.`, `Wall W.A.`, `Smith JP` → family + initials. */
function familyThenInitials(piece: string): { family: string; initials: string } | undefined {
  if (piece.length > 200) return undefined; // a name, not a paragraph (and the regex stays cheap)
  const match = /^(.*\p{Ll}.*?)\s+((?:\p{Lu}\.?-?){1,3})$/u.exec(stripBraces(piece).trim());
  if (!match || !/[.]/.test(match[2]) && match[2].length > 3) return undefined;
  return { family: match[1], initials: match[2] };
}

/**
 * Names repeat across a file's entries (a lab's PI is on most of its papers), and reading one
 * decodes it five times: one read per distinct text and decoder (the decoder is made per file).
 * Each caller gets its own author object (and ids), since later rules add ORCIDs to them.
 */
const readNames = new WeakMap<(tex: string) => string, Map<string, NameItem>>();

function readNameOnce(raw: string, decode: (tex: string) => string): NameItem {
  let cache = readNames.get(decode);
  if (!cache) readNames.set(decode, (cache = new Map()));
  let item = cache.get(raw);
  if (!item) cache.set(raw, (item = readName(raw, decode)));
  if (item.kind !== "author") return item;
  const author: RawAuthor = { ...item.author };
  if (author.ids) author.ids = { ...author.ids };
  return { ...item, author };
}

function readNameList(value: string, decode: (tex: string) => string): AuthorList {
  const commaList = commaSeparatedNames(value);
  const raws = commaList ?? splitNameList(value);
  const list: AuthorList = { authors: [], truncated: false, empty: 0, rejoined: [], commaSeparated: commaList !== undefined };
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const next = raws[i + 1];
    const vancouver = commaList ? familyThenInitials(raw) : undefined;
    if (vancouver) {
      const item = readName(`${vancouver.family}, ${vancouver.initials}`, decode);
      if (item.kind === "author") list.authors.push({ ...item.author, name: cleanText(decode(raw)) ?? item.author.name });
      continue;
    }
    if (next !== undefined && isDanglingFamily(raw) && isBracedSingleWord(next)) {
      const given = cleanText(decode(raw.replace(/,\s*$/, ""))) ?? "";
      const family = cleanText(decode(next)) ?? "";
      list.authors.push({ name: `${given} ${family}`, given, family });
      list.rejoined.push(`"${raw.trim()}" + "${next.trim()}" → "${given} ${family}"`);
      i++;
      continue;
    }
    const item = readNameOnce(raw, decode);
    if (item.kind === "empty") list.empty++;
    else if (item.kind === "others") list.truncated = true;
    else list.authors.push(item.author);
  }
  return list;
}

// ───────────────────────────── 4. records ─────────────────────────────

const BOOK_TYPES = new Set(["book", "mvbook", "booklet", "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference", "manual"]);
const THESIS_TYPES = new Set(["phdthesis", "mastersthesis", "thesis"]);
const REPORT_TYPES = new Set(["techreport", "report"]);
/** Fields read as URLs/identifiers: braces removed, no LaTeX decoding (`_` and `%` stay). */
const VERBATIM_FIELDS = new Set(["url", "doi", "eprint", "file", "pdf", "urldate", "isbn", "issn", "biburl", "adsurl"]);

interface RecordContext {
  file: string;
  decode: (tex: string) => string;
  diagnostic: (level: DiagnosticLevel, where: string, message: string) => void;
}

function fieldText(fields: FieldMap, name: string, decode: (tex: string) => string): string | undefined {
  const value = fields.get(name);
  if (value === undefined) return undefined;
  return cleanText(VERBATIM_FIELDS.has(name) ? stripBraces(value).replace(/\\([_%&#])/g, "$1") : decode(value));
}

function entryWhere(entry: { key: string; line: number }): string {
  return entry.key ? `key ${entry.key}` : `line ${entry.line}`;
}

/** Turn one resolved entry into a record, or `undefined` (with a diagnostic) when it holds nothing. */
function toRecord(entry: ResolvedEntry, ctx: RecordContext): PubRecord | undefined {
  const { fields } = entry;
  const { decode } = ctx;
  const where = entryWhere(entry);
  // Several rules read the same field (url for the DOI, the arXiv id and the url): decode once.
  const decoded = new Map<string, string | undefined>();
  const text = (name: string): string | undefined => {
    if (!decoded.has(name)) decoded.set(name, fieldText(fields, name, decode));
    return decoded.get(name);
  };
  const say = (level: DiagnosticLevel, message: string): void => ctx.diagnostic(level, where, message);

  // Authors (editors only when there are no authors at all).
  let nameField = "author";
  if (fields.get("author") === undefined && fields.get("editor") !== undefined) {
    nameField = "editor";
    say("info", "no author field; the editors are used as authors");
  }
  const list = readNameList(fields.get(nameField) ?? "", decode);
  for (const repair of list.rejoined) say("warning", `rejoined split name: ${repair}`);
  if (list.commaSeparated) say("warning", `the ${nameField} list is separated by commas, not "and"; read as ${list.authors.length} names`);
  if (list.empty > 0 && fields.get(nameField)?.trim()) say("warning", `${list.empty} empty name(s) in the ${nameField} list dropped`);

  const title = text("title");
  if (!title && list.authors.length === 0) {
    say("warning", `@${entry.type} entry (line ${entry.line}) has neither a title nor authors; skipped`);
    return undefined;
  }
  const record: PubRecord = {
    source: { file: ctx.file, where },
    format: "bibtex",
    title: title ?? `Untitled (${entry.key ? `key ${entry.key}` : `line ${entry.line}`})`,
    authors: list.authors,
    authorsTruncated: list.truncated,
    type: entry.type,
  };
  if (!title) {
    record.untitled = true;
    say("warning", "no title; a placeholder title was made up");
  }
  if (list.authors.length === 0) say("warning", list.truncated ? "the author list is only \"others\"" : "no authors");

  const year = parseYear(text("year")) ?? parseYear(text("date"));
  if (year !== undefined) record.year = year;
  const venue = venueOf(entry.type, text);
  if (venue) record.venue = venue;

  const doi = normalizeDoi(text("doi")) ?? doiFromUrl(text("url"));
  if (doi) record.doi = doi;
  const arxiv = arxivOf(text, doi);
  if (arxiv) record.arxiv = arxiv;

  const rawUrl = text("url") ?? urlInside(text("howpublished"));
  if (rawUrl) {
    const url = safeHttpUrl(rawUrl);
    if (url) record.url = url;
    else say("warning", `url "${rawUrl.slice(0, 80)}" is not an http(s) address; dropped`);
  }
  const abstract = text("abstract");
  if (abstract) record.abstract = abstract;
  const ids = otherIds(fields, text);
  if (Object.keys(ids).length) record.ids = ids;
  attachOrcids(record.authors, fields, say);
  return record;
}

function venueOf(type: string, text: (name: string) => string | undefined): string | undefined {
  const journal = text("journal") ?? text("journaltitle") ?? text("booktitle") ?? text("eventtitle");
  if (journal) return journal;
  if (BOOK_TYPES.has(type)) return text("publisher") ?? text("organization");
  if (THESIS_TYPES.has(type)) return text("school") ?? text("institution");
  if (REPORT_TYPES.has(type)) return text("institution");
  const howpublished = text("howpublished");
  if (howpublished && !/^(\\url\{)?https?:\/\//i.test(howpublished) && !/^https?:\/\//i.test(howpublished)) return howpublished;
  const eprint = text("eprint");
  const prefix = (text("archiveprefix") ?? text("eprinttype") ?? "").toLowerCase();
  if (eprint && prefix === "arxiv") return `arXiv:${eprint}`;
  return text("publisher") ?? text("organization") ?? text("institution") ?? text("school");
}

function doiFromUrl(url: string | undefined): string | undefined {
  const http = safeHttpUrl(url);
  return http && /doi\.org\//i.test(http) ? normalizeDoi(http) : undefined;
}

function urlInside(text: string | undefined): string | undefined {
  return text && /https?:\/\//i.test(text) ? text : undefined;
}

/**
 * arXiv id, from the most to the least explicit: `eprint` with archiveprefix/eprinttype arXiv (or an
 * unmistakable arXiv id there); journal text (`arXiv preprint arXiv:2206.04615`); DBLP's CoRR
 * (`journal = CoRR, volume = abs/1606.06565`); an arxiv.org URL; a note or howpublished that is
 * nothing but an arXiv reference; an arXiv DOI.
 */
function arxivOf(text: (name: string) => string | undefined, doi: string | undefined): string | undefined {
  const eprint = text("eprint");
  const prefix = (text("archiveprefix") ?? text("eprinttype") ?? "").toLowerCase();
  if (eprint && (prefix === "arxiv" || (!prefix && /^(arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/i.test(eprint)))) {
    const id = normalizeArxiv(eprint);
    if (id) return id;
  }
  const journal = text("journal") ?? text("journaltitle");
  if (journal && /arxiv/i.test(journal)) {
    const id = normalizeArxiv(journal);
    if (id) return id;
  }
  const volume = text("volume");
  if (journal && /^corr$/i.test(journal) && volume && /^abs\//i.test(volume)) {
    const id = normalizeArxiv(volume.slice(4));
    if (id) return id;
  }
  const url = text("url");
  if (url && /arxiv\.org\//i.test(url)) {
    const id = normalizeArxiv(url.replace(/\.pdf$/i, ""));
    if (id) return id;
  }
  for (const name of ["note", "howpublished"]) {
    const value = text(name);
    if (value && /^(arxiv preprint\s*)?(\\url\{)?(arxiv:\s*|https?:\/\/arxiv\.org\/(abs|pdf)\/)\S+?\}?$/i.test(value)) {
      const id = normalizeArxiv(value.replace(/\.pdf\}?$/i, ""));
      if (id) return id;
    }
  }
  return arxivFromDoi(doi);
}

function otherIds(fields: FieldMap, text: (name: string) => string | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  const isbn = text("isbn");
  if (isbn) ids.isbn = isbn;
  const issn = text("issn");
  if (issn) ids.issn = issn;
  const pmid = text("pmid") ?? /\bPMID:?\s*(\d{5,9})\b/.exec(text("note") ?? "")?.[1];
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  const pmcid = text("pmcid");
  if (pmcid) ids.pmcid = pmcid;
  for (const name of ["url", "note", "howpublished", "openreview"]) {
    const value = fields.get(name) ?? "";
    const match = /openreview\.net\/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)/.exec(value);
    if (match) {
      ids.openreview = match[1];
      break;
    }
  }
  // Where the entry was exported from names the paper there too (same paper from two sources).
  const dblp = /dblp\.org\/rec\/(.+?)(?:\.bib|\.html)?$/.exec(text("biburl") ?? "");
  if (dblp) ids.dblp = dblp[1];
  const ads = /adsabs\.harvard\.edu\/abs\/([^/\s]+)/.exec(text("adsurl") ?? "");
  if (ads) ids.ads = decodeURIComponentSafe(ads[1]);
  return ids;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Author ORCIDs, only where the file ties them to one author unambiguously:
 *   - an `orcid` field with one ORCID on a single-author entry;
 *   - "Family, Given … ORCID" pairs (EndNote notes: a name line, then `Orcid: …`; WoS `orcid-numbers`
 *     as `Family, Given/0000-…`), matched to exactly one author by family name and first initial.
 */
function attachOrcids(
  authors: RawAuthor[],
  fields: FieldMap,
  say: (level: DiagnosticLevel, message: string) => void,
): void {
  if (authors.length === 0) return;
  // biblatex data annotation: `author+an:orcid = {1="0000-…"; 3="0000-…"}` (position, 1-based)
  const annotation = fields.get("author+an:orcid");
  if (annotation !== undefined && annotation.length < 20_000) {
    for (const match of annotation.matchAll(/(\d+)\s*=\s*"?\s*(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])/g)) {
      const author = authors[Number(match[1]) - 1];
      const orcid = normalizeOrcid(match[2]);
      if (author && orcid) setOrcid(author, orcid);
    }
  }
  const orcidField = fields.get("orcid") ?? fields.get("orcid-numbers") ?? fields.get("orcids");
  const pairs: { name: string; orcid: string }[] = [];
  if (orcidField !== undefined && orcidField.length < 20_000) {
    const all = [...orcidField.matchAll(/\d{4}-\d{4}-\d{4}-\d{3}[\dXx]/g)];
    if (all.length === 1 && !/[A-Za-z]{2,}\s*[,/]/.test(orcidField.replace(/orcid/gi, ""))) {
      // a bare ORCID: whose it is, is only clear when there is one author
      const orcid = normalizeOrcid(all[0][0]);
      if (orcid && authors.length === 1) setOrcid(authors[0], orcid);
      else if (orcid) say("info", `ORCID ${orcid} is not tied to one of the ${authors.length} authors; not assigned`);
      return;
    }
    for (const match of orcidField.matchAll(/([^;/\n]+?)\s*\/\s*(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])/g)) {
      pairs.push({ name: match[1], orcid: match[2] });
    }
  }
  const note = fields.get("note");
  if (note && note.length < 100_000 && /orcid/i.test(note)) {
    const lines = note.split("\n").map((l) => l.trim());
    for (let i = 1; i < lines.length; i++) {
      const match = /^orcid:?\s*(\S+)/i.exec(lines[i]);
      if (match) pairs.push({ name: lines[i - 1], orcid: match[1] });
    }
  }
  for (const pair of pairs) {
    const orcid = normalizeOrcid(pair.orcid);
    if (!orcid) continue;
    const [family, given = ""] = pair.name.split(",").map((s) => fold(s));
    if (!family) continue;
    const matches = authors.filter((a) => {
      const aFamily = fold(a.family ?? a.name);
      const withParticle = a.particle ? fold(`${a.particle} ${aFamily}`) : aFamily;
      const aGiven = fold(a.given ?? "");
      return (aFamily === family || withParticle === family) && (!given || !aGiven || aGiven[0] === given[0]);
    });
    if (matches.length === 1) setOrcid(matches[0], orcid);
    else if (matches.length > 1) say("info", `ORCID ${orcid} for "${pair.name.trim()}" matches ${matches.length} authors; not assigned`);
  }
}

function setOrcid(author: RawAuthor, orcid: string): void {
  const ids: PersonIds = author.ids ?? {};
  ids.orcid = orcid;
  author.ids = ids;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").trim();
}

// ───────────────────────────── public API ─────────────────────────────

/** `\newcommand{\mnras}{Monthly Notices…}` and `\def\x{…}` in `@preamble`: argument-less macros only. */
function preambleMacros(preambles: string[]): Record<string, string> {
  const macros: Record<string, string> = {};
  for (const preamble of preambles) {
    for (const match of preamble.matchAll(/\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
      macros[match[1]] = match[2];
    }
    for (const match of preamble.matchAll(/\\def\s*\\([A-Za-z]+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
      macros[match[1]] = match[2];
    }
  }
  return macros;
}

function lowerKeys(macros: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(macros ?? {})) out[name.toLowerCase()] = value;
  return out;
}

function buildResult(scanned: ScannedFile, file: string, external: Record<string, string>): ImportResult & { macros: Record<string, string> } {
  const diagnostics: Diagnostic[] = [];
  const diagnostic = (level: DiagnosticLevel, where: string, message: string): void => {
    diagnostics.push({ file, where, level, message });
  };
  for (const problem of scanned.problems) diagnostic(problem.level, `line ${problem.line}`, problem.message);

  const { entries, defined } = resolveEntries(scanned, external, diagnostic);
  applyCrossrefs(entries, diagnostic);

  const firstLineOfKey = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.key) continue;
    const first = firstLineOfKey.get(entry.key);
    if (first === undefined) firstLineOfKey.set(entry.key, entry.line);
    else diagnostic("info", entryWhere(entry), `duplicate citation key "${entry.key}" (line ${entry.line}; first at line ${first}); kept as a separate record`);
  }

  const latexMacros = preambleMacros(scanned.preambles);
  // Exports made from web pages carry HTML entities (`&amp;`, `&#233;`) too: decode both.
  const decode = (tex: string): string => decodeEntities(latexToUnicode(tex, { macros: latexMacros }));
  const records: PubRecord[] = [];
  let skipped = 0;
  for (const entry of entries) {
    let record: PubRecord | undefined;
    try {
      record = toRecord(entry, { file, decode, diagnostic });
    } catch (error) {
      // A bug of ours must not lose the file: the entry is counted and reported.
      diagnostic("error", entryWhere(entry), `could not read entry: ${String(error)}`);
    }
    if (record) records.push(record);
    else skipped++;
  }
  return { format: "bibtex", records, skipped, diagnostics, macros: { ...external, ...defined } };
}

/**
 * Parse one BibTeX/BibLaTeX file. `options.macros` are `@string`s of files read before; the result's
 * `macros` adds this file's, so callers can chain files in order.
 */
export function parseBibtex(text: string, file: string, options: BibtexOptions = {}): ImportResult & { macros: Record<string, string> } {
  const scanned = safeScan(text);
  if (!scanned) return { ...unreadable(file), macros: { ...(options.macros ?? {}) } };
  return buildResult(scanned, file, lowerKeys(options.macros));
}

/** The scanner is written not to throw; this is the belt to those braces (a bug must not lose the import). */
function safeScan(text: string): ScannedFile | undefined {
  try {
    return scanBibtex(text);
  } catch {
    return undefined;
  }
}

function unreadable(file: string): ImportResult {
  return {
    format: "bibtex",
    records: [],
    skipped: 0,
    diagnostics: [{ file, where: "line 1", level: "error", message: "could not read the file as BibTeX (internal scanner error)" }],
  };
}

/**
 * Parse several BibTeX files given together; one result per file, in order. Order does not matter
 * for finding macros: every file's `@string`s are collected first, then each file is parsed with
 * the others' macros available (its own `@string`s still win from their definition on; between
 * other files that disagree, the nearest earlier one wins). This is how
 * `large-treewidth-papers.bib` finds the macros of `large-treewidth-definitions.bib` whichever is
 * listed first. Never throws.
 */
export function parseBibtexFiles(files: InputFile[]): ImportResult[] {
  const scanned = files.map((f) => safeScan(f.text));
  // Every file's @strings, resolved against all files' (two rounds, so a macro whose value uses a
  // macro of a later file resolves too).
  let definitions: Record<string, string>[] = scanned.map(() => ({}));
  for (let round = 0; round < 2; round++) {
    const known = Object.assign({}, ...definitions) as Record<string, string>;
    definitions = scanned.map((file) => (file ? resolveEntries(file, known, () => {}, true).defined : {}));
  }
  // Which files define each name, in order: each file then looks up only the names it uses
  // (a merged copy of every file's macros per file was quadratic: 500 files took 20 s).
  const definers = new Map<string, number[]>();
  definitions.forEach((defined, j) => {
    for (const name of Object.keys(defined)) {
      const list = definers.get(name);
      if (list) list.push(j);
      else definers.set(name, [j]);
    }
  });
  return files.map((f, i) => {
    const file = scanned[i];
    if (!file) return unreadable(f.name);
    const { macros: _macros, ...result } = buildResult(file, f.name, macrosSeenFrom(definitions, definers, i, file));
    return result;
  });
}

/**
 * The macros file `index` uses from the other files. When two files define the same name, the
 * nearest earlier file wins (BibTeX's reading order), then the nearest later one.
 */
function macrosSeenFrom(definitions: Record<string, string>[], definers: Map<string, number[]>, index: number, file: ScannedFile): Record<string, string> {
  const seen: Record<string, string> = {};
  for (const entry of file.entries) {
    for (const field of entry.fields) {
      for (const part of field.parts) {
        if (part.kind !== "macro" || Object.hasOwn(seen, part.name)) continue;
        const where = (definers.get(part.name) ?? []).filter((j) => j !== index);
        const earlier = where.filter((j) => j < index);
        const from = earlier.length > 0 ? earlier[earlier.length - 1] : where[0];
        if (from !== undefined) seen[part.name] = definitions[from][part.name];
      }
    }
  }
  return seen;
}
