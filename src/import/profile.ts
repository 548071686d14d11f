/**
 * Research-profile page text, as copied from the browser (see ../shared/seed/FACTS.md):
 *
 *   Owner Name
 *   bio / header lines (Research Areas, Authored Publications, Sort By…)
 *   per entry: [title] [author lines, one name each] [Venue (Year)]
 *              Preview abstract / abstract lines / View details
 *
 * The page never lists its owner among an entry's authors, so the owner is appended to
 * every entry (position unknown). Entries without a title get a made-up one from the abstract.
 */
import type { Diagnostic, ImportResult, PubRecord, RawAuthor } from "../model/types";
import { cleanText } from "./normalize";

const PREVIEW = /^preview abstract$/i;
const DETAILS = /^view details$/i;
/** `NeurIPS (2022)`, `TBD (2022)`, `(2021)`. */
const VENUE_LINE = /^(.*?)\s*\((\d{4})\)$/;
/** Venue words that mean "no venue yet". */
const NO_VENUE = /^(tbd|tba|n\/?a|none|unknown|-+)$/i;
/** Page chrome that sits between the bio and the first entry. */
const HEADER_LINE = /^(research areas?|authored publications|publications|sort by.*|filter.*|show more|load more|all publications)$/i;
const UNTITLED_WORDS = 8;

interface Line {
  text: string;
  number: number;
}

/** The lines in front of an entry's abstract, split into their roles. */
interface EntryHead {
  title?: string;
  authors: string[];
  venue?: string;
  year?: number;
  /** Line number of the first line that belongs to the entry (title, author or venue). */
  firstLine?: number;
}

export function parseProfilePage(text: string, file: string): ImportResult {
  const result: ImportResult = { format: "profile-page", records: [], skipped: 0, diagnostics: [] };
  const lines = String(text ?? "")
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .map((raw, index) => ({ text: cleanText(raw) ?? "", number: index + 1 }))
    .filter((line) => line.text !== "");

  if (lines.length === 0) {
    result.diagnostics.push({ level: "warning", file, where: "line 1", message: "profile page is empty" });
    return result;
  }
  const ownerLine = lines[0];
  const owner: RawAuthor = { name: ownerLine.text };
  result.owner = owner;

  const entries = splitEntries(lines.slice(1), file, result.diagnostics);
  entries.forEach((entry, index) => {
    result.records.push(toRecord(entry, index === 0, owner, file, result.diagnostics));
  });

  if (result.records.length === 0) {
    result.diagnostics.push({ level: "info", file, where: `line ${ownerLine.number}`, message: `no publications found on the profile page of ${owner.name}` });
  } else {
    result.diagnostics.push({
      level: "info",
      file,
      where: `line ${ownerLine.number}`,
      message: `the page owner ${owner.name} is not listed on its entries; added as the last author of each (position unknown)`,
    });
  }
  return result;
}

interface RawEntry {
  /** Lines before `Preview abstract` (for the first entry: including the page header). */
  head: Line[];
  abstract: Line[];
  /** The `Preview abstract` line (or the first line when there is none), for `where`. */
  start: number;
}

/** Walk the lines once: `Preview abstract` opens an abstract, `View details` closes an entry. */
function splitEntries(lines: Line[], file: string, diagnostics: Diagnostic[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let pending: Line[] = [];
  let open: RawEntry | undefined;

  const close = (entry: RawEntry) => entries.push(entry);

  for (const line of lines) {
    if (PREVIEW.test(line.text)) {
      if (open) {
        // The previous entry never said `View details`: its abstract ends where the next entry's
        // title / authors / venue lines begin.
        const { abstract, head } = splitAbstractTail(open.abstract);
        open.abstract = abstract;
        diagnostics.push({ level: "warning", file, where: `line ${open.start}`, message: 'entry has no "View details" line; it ends before the next entry' });
        close(open);
        pending = head;
      }
      open = { head: pending, abstract: [], start: line.number };
      pending = [];
    } else if (DETAILS.test(line.text)) {
      if (open) {
        close(open);
        open = undefined;
      } else if (pending.length > 0) {
        // An entry without an abstract: title / authors / venue, then `View details`.
        close({ head: pending, abstract: [], start: pending[0].number });
        pending = [];
      }
    } else if (open) {
      open.abstract.push(line);
    } else if (pending.length > 0 && isVenueLine(pending[pending.length - 1].text)) {
      // A venue line not followed by `Preview abstract`: that entry has no abstract, and
      // this line starts the next one.
      close({ head: pending, abstract: [], start: pending[0].number });
      pending = [line];
    } else {
      pending.push(line);
    }
  }
  if (open) {
    if (open.abstract.length > 0) {
      diagnostics.push({ level: "info", file, where: `line ${open.start}`, message: 'last entry has no "View details" line; read its abstract to the end of the page' });
    }
    close(open);
  } else if (pending.length > 0) {
    const head = readHead(pending, entries.length === 0);
    if (head.year !== undefined || (entries.length > 0 && head.authors.length > 0)) {
      diagnostics.push({ level: "warning", file, where: `line ${pending[0].number}`, message: 'entry without "Preview abstract" or "View details" at the end of the page' });
      close({ head: pending, abstract: [], start: pending[0].number });
    } else {
      diagnostics.push({ level: "info", file, where: `line ${pending[0].number}`, message: `${pending.length} line(s) after the last entry ignored` });
    }
  }
  return entries;
}

/** Trailing venue / author / title lines at the end of an unterminated abstract. */
function splitAbstractTail(lines: Line[]): { abstract: Line[]; head: Line[] } {
  let cut = lines.length;
  if (cut > 0 && isVenueLine(lines[cut - 1].text)) cut--;
  while (cut > 0 && looksLikeName(lines[cut - 1].text)) cut--;
  // The title sits right before the names, unless that line ends a sentence (abstract text);
  // then readHead takes the first of several name-like lines as a short title (`Deep Learning`).
  if (cut > 1 && !/[.!?]$/.test(lines[cut - 1].text)) cut--;
  return { abstract: lines.slice(0, cut), head: lines.slice(cut) };
}

/**
 * Read an entry's head from the end: `Venue (Year)`, then the author lines, then the title.
 * In the first entry the head also holds the page's bio and header chrome, which are not part of it.
 */
function readHead(lines: Line[], isFirst: boolean): EntryHead {
  let candidates = lines;
  let chromeFound = false;
  if (isFirst) {
    const lastHeader = findLastIndex(lines, (l) => HEADER_LINE.test(l.text));
    if (lastHeader >= 0) {
      candidates = lines.slice(lastHeader + 1);
      chromeFound = true;
    }
  }

  const head: EntryHead = { authors: [] };
  let end = candidates.length;
  const venueMatch = end > 0 && isVenueLine(candidates[end - 1].text) ? VENUE_LINE.exec(candidates[end - 1].text) : null;
  if (venueMatch) {
    head.year = Number(venueMatch[2]);
    const venue = cleanText(venueMatch[1]);
    if (venue && !NO_VENUE.test(venue)) head.venue = venue;
    end--;
  }
  let authorStart = end;
  while (authorStart > 0 && looksLikeName(candidates[authorStart - 1].text)) authorStart--;
  // Titles come first: when every line looks like a name (`Attention Is All You Need`,
  // `Deep Learning`), the first one is the title.
  if (authorStart === 0 && end > 0 && (!isFirst || chromeFound)) authorStart = 1;
  head.authors = candidates.slice(authorStart, end).map((l) => l.text);
  const before = candidates.slice(0, authorStart);

  let titleLines = before;
  if (isFirst && !chromeFound) {
    // Without header chrome the bio sits right before the entry: a title is the last
    // non-prose line before the authors, the rest is the bio.
    const last = before.at(-1);
    titleLines = last && !looksLikeProse(last.text) ? [last] : [];
  }
  if (titleLines.length > 0) head.title = titleLines.map((l) => l.text).join(" ");
  head.firstLine = [...titleLines, ...candidates.slice(authorStart)][0]?.number;
  return head;
}

function toRecord(entry: RawEntry, isFirst: boolean, owner: RawAuthor, file: string, diagnostics: Diagnostic[]): PubRecord {
  const head = readHead(entry.head, isFirst);
  const where = `line ${head.firstLine ?? entry.start}`;
  const abstract = cleanText(entry.abstract.map((l) => l.text).join(" "));

  const authors: RawAuthor[] = head.authors.map((name) => ({ name }));
  if (!authors.some((a) => sameName(a.name, owner.name))) authors.push({ ...owner });

  const record: PubRecord = {
    source: { file, where },
    format: "profile-page",
    title: head.title ?? untitledTitle(abstract),
    authors,
    authorsTruncated: false,
  };
  if (!head.title) {
    record.untitled = true;
    diagnostics.push({ level: "warning", file, where, message: `entry has no title; named it "${record.title}"` });
  }
  if (head.year !== undefined) record.year = head.year;
  if (head.venue) record.venue = head.venue;
  if (abstract) record.abstract = abstract;
  return record;
}

function untitledTitle(abstract: string | undefined): string {
  if (!abstract) return "[Untitled]";
  const words = abstract.split(" ");
  const opening = words.slice(0, UNTITLED_WORDS).join(" ").replace(/[\s,;:.]+$/, "");
  return `[Untitled] ${opening}${words.length > UNTITLED_WORDS ? "…" : ""}`;
}

/**
 * A person's name on its own line: 2–5 words, each capitalised (or an initial, or a
 * lower-case particle), no digits, no sentence punctuation.
 */
export function looksLikeName(text: string): boolean {
  if (text.length > 60 || /[\d:;!?()[\]{}"“”/@|]/.test(text)) return false;
  if (/[.,]$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false;
  // CJK names are written without spaces: 2–4 Han/Hangul/Kana characters.
  if (/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}・]{2,4}$/u.test(text)) return true;
  const words = text.split(" ");
  if (words.length < 2 || words.length > 5) return false;
  const capitalised = (w: string) => /^[\p{Lu}][\p{L}\p{M}'’.\u2010\u2011-]*$/u.test(w) || /^(\p{Lu}\.)+-?(\p{Lu}\.)*$/u.test(w);
  const particle = (w: string) => /^(von|van|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bin|al|el|y)$/.test(w);
  if (!capitalised(words[0]) || !capitalised(words[words.length - 1])) return false;
  return words.every((w) => capitalised(w) || particle(w));
}

/** `NeurIPS (2022)`: short, and not the end of a sentence like `… my PhD in (2019)`. */
function isVenueLine(text: string): boolean {
  const match = VENUE_LINE.exec(text);
  return match !== null && match[1].length <= 100 && !/[.!?]$/.test(match[1]);
}

/** A bio sentence rather than a title: long and ending like a sentence. */
function looksLikeProse(text: string): boolean {
  const words = text.split(" ").length;
  return (/[.!?]$/.test(text) && words >= 12) || words > 40;
}

/** Same person by written name, loosely: same family name, compatible first initial. */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\s,-]/gu, " ").replace(/\s+/g, " ").trim();
  const parts = (s: string) => {
    const folded = fold(s);
    if (folded.includes(",")) {
      const [family, given] = folded.split(",", 2).map((p) => p.trim());
      return { family, given };
    }
    const words = folded.split(" ");
    return { family: words.at(-1) ?? "", given: words.slice(0, -1).join(" ") };
  };
  const x = parts(a);
  const y = parts(b);
  if (x.family === "" || x.family !== y.family) return false;
  return (x.given[0] ?? "") === (y.given[0] ?? "");
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
