/**
 * The data model shared by every stage of the pipeline:
 * import → identity → graph → layout → view/panels → app.
 *
 * Pure data, no behaviour: everything here must survive JSON.stringify, so the
 * command line can write it and the browser can read it back (the atlas file).
 */

// ───────────────────────────── diagnostics ─────────────────────────────

export type DiagnosticLevel = "error" | "warning" | "info";

/** Where a record or a problem came from: a file and a key, line or index in it. */
export interface SourceRef {
  /** File name as the user gave it (base name in the browser, path on the command line). */
  file: string;
  /** Human-readable place inside the file: `key smith2020`, `line 42`, `item 7`. */
  where: string;
}

/** Everything the pipeline skipped, repaired or doubted, with a reason a person can act on. */
export interface Diagnostic extends SourceRef {
  level: DiagnosticLevel;
  message: string;
}

// ───────────────────────────── import ─────────────────────────────

/** Formats we recognise by content (never by file name). */
export type FormatId =
  | "bibtex"
  | "csl-json"
  | "ris"
  | "profile-page"
  | "dblp-xml"
  | "openalex-json"
  | "crossref-json"
  | "orcid-json"
  | "scopus-csv"
  | "wos-text"
  | "scholar-csv"
  | "lens-csv"
  | "openalex-csv"
  | "gexf"
  | "graphml"
  | "gml"
  | "atlas"
  /** An alias file (`{"merge": …}` / `{"split": …}`) given along with the data. */
  | "aliases"
  | "unknown";

/** Identifiers that name a person across sources. Values are normalised (ORCID as 0000-0000-0000-0000). */
export interface PersonIds {
  orcid?: string;
  dblp?: string;
  openalex?: string;
  scopus?: string;
  [scheme: string]: string | undefined;
}

/**
 * An author name exactly as one record gave it, decoded to Unicode (LaTeX and HTML
 * entities resolved, NFC) but otherwise untouched. Parts are filled when the source
 * says them explicitly (BibTeX's name parser, CSL `given`/`family`, Crossref).
 */
export interface RawAuthor {
  /** The name as written, decoded: `Ramasesh, Vinay`, `{ICARUS and SBND Collaborations}` → `ICARUS and SBND Collaborations`. */
  name: string;
  given?: string;
  family?: string;
  /** von-part: `van der`, `de`, `von`. */
  particle?: string;
  /** `Jr.`, `III`. */
  suffix?: string;
  /** A corporate / collaboration name that must never be split into given and family. */
  literal?: boolean;
  ids?: PersonIds;
  /** The source's own resolved form of this person's name when it differs from `name` (OpenAlex `display_name`). */
  resolvedName?: string;
}

/** One publication entry of one input file, as the source gave it. */
export interface PubRecord {
  source: SourceRef;
  format: FormatId;
  /** Title as given; when the source has none, a clear made-up title and `untitled: true`. */
  title: string;
  untitled?: boolean;
  /** Ordered, as written. Never contains the truncation marker itself. */
  authors: RawAuthor[];
  /** The source cut the list short (`and others`, `et al.`, `…`, `is_authors_truncated`). */
  authorsTruncated: boolean;
  /** The source carries no coauthors at all (ORCID work summaries): only the owner is known. */
  authorsIncomplete?: boolean;
  /** The author list looks corrupted at the source (OpenAlex: many authors, few ids, repeated ids); a warning says why. */
  suspectAuthors?: boolean;
  year?: number;
  venue?: string;
  /** Lower-case kind: article, inproceedings, book, thesis, preprint, misc… */
  type?: string;
  /** Lower-case, without `https://doi.org/`. */
  doi?: string;
  /** New-style `2206.04615` or old-style `hep-th/9901001`, without version suffix. */
  arxiv?: string;
  /** Only http(s); anything else is dropped with a diagnostic. */
  url?: string;
  abstract?: string;
  /** Other identifiers the source gave: openreview, openalex, pmid, isbn… */
  ids?: Record<string, string>;
}

/** What one importer made of one file. */
export interface ImportResult {
  format: FormatId;
  records: PubRecord[];
  /**
   * Publication entries that were seen but could not become a record (each has a diagnostic).
   * `records.length + skipped` is the number of publication entries in the file.
   */
  skipped: number;
  diagnostics: Diagnostic[];
  /** The page's owner (profile pages, ORCID records, DBLP person pages): an author of every record. */
  owner?: RawAuthor;
  /** Author–author graph files (GML/GEXF/GraphML) carry no papers: a coauthor view without papers. */
  coauthorNetwork?: CoauthorNetwork;
  /** An alias file imported with the data (format `aliases`): identity applies it to all inputs. */
  aliases?: AliasFile;
}

/** An author–author network read from a graph file (no papers behind it). */
export interface CoauthorNetwork {
  people: { id: string; name: string; x?: number; y?: number }[];
  links: { source: string; target: string; weight: number }[];
}

/** A file handed to the pipeline: its name and its decoded text. */
export interface InputFile {
  name: string;
  text: string;
  /** A dataset file read already (the compact encoding is binary): used instead of parsing `text`. */
  atlas?: AtlasFile;
  /** sha-256 of the file's bytes when `text` is not them (a compact dataset file), hex. */
  sha256?: string;
}

// ───────────────────────────── identity ─────────────────────────────

/** Why two name forms were taken as one person. */
export interface MergeReason {
  /** Person the forms were merged into. */
  personId: string;
  rule: "identifier" | "same-name" | "initials" | "given-name-extension" | "alias" | "rejoined";
  /** The name forms (or identifiers) that were unified. */
  forms: string[];
  detail: string;
}

/** An alias file: forced merges and splits, decided by a person. Documented in README. */
export interface AliasFile {
  /** Each group is one person; the first name is the display name. */
  merge?: string[][];
  /** Name forms that must stay different people even though the rules would merge them. */
  split?: string[][];
}

export interface Person {
  /** Stable, readable, unique in a dataset: `vinay-ramasesh`, `john-smith-2`. */
  id: string;
  /** Display name: the fullest form seen, in given-family order. */
  name: string;
  /** Every distinct decoded spelling seen, display order, sorted. */
  variants: string[];
  ids: PersonIds;
  /** Paper ids, in dataset order. */
  paperIds: string[];
}

/** One author slot on a paper. */
export interface Authorship {
  personId: string;
  /** The name as this paper's source wrote it. */
  name: string;
  /** 0-based position in the author list. */
  position: number;
}

export interface Paper {
  /** Stable, readable, unique: `doi:10.21105/joss.02403`, `arxiv:2206.04615`, `title:caliban-2020`. */
  id: string;
  title: string;
  untitled?: boolean;
  year?: number;
  venue?: string;
  type?: string;
  doi?: string;
  arxiv?: string;
  url?: string;
  abstract?: string;
  ids?: Record<string, string>;
  authors: Authorship[];
  authorsTruncated: boolean;
  authorsIncomplete?: boolean;
  /** More authors than the dataset's threshold (default 25). Nothing is dropped. */
  hyperauthored: boolean;
  /** Every record this paper was made from. */
  sources: SourceRef[];
  /** A source (OpenAlex) flagged this paper's author list as probably corrupted; see the diagnostics. */
  suspectAuthors?: boolean;
  /** A preprint and its published version were merged: the preprint's arXiv id (`also as preprint arXiv:…`). */
  preprintArxiv?: string;
}

/** Two people the rules kept apart but who may be one: the user accepts (merge) or rejects (split). */
export interface Suggestion {
  /** Stable: `<personIdA>~<personIdB>`. */
  id: string;
  personIds: [string, string];
  /** Display names of the two people, same order. */
  names: [string, string];
  /** The same two people as an alias file names them (`Family, Given`): accept → `merge`, reject → `split`. */
  aliasNames?: [string, string];
  evidence: {
    /** Names of people who wrote with both. */
    sharedCoauthors: string[];
    /** Titles of papers on which one source names one and another source the other, at the same place. */
    samePapers: string[];
    /** Why the names look alike, in words. */
    similarity: string;
  };
  /** 0..1, higher is more likely the same person. */
  score: number;
}

/** The result of identity: the collection every later stage works on. */
export interface Collection {
  papers: Paper[];
  people: Person[];
  diagnostics: Diagnostic[];
  merges: MergeReason[];
  /** Publication entries read, over all inputs (`papers.length + skipped === records`). */
  records: number;
  /** Entries that did not become a paper of their own (unreadable, or merged into a duplicate). */
  skipped: number;
  /** The profile owner, or the most prolific person. */
  focalPersonId?: string;
  /** Present when the input was an author–author graph file. */
  coauthorNetwork?: CoauthorNetwork;
  /** Possible merges for a person to decide (best first); absent in older files. */
  suggestions?: Suggestion[];
}

export interface CollectOptions {
  aliases?: AliasFile;
  /** Papers with more authors than this are `hyperauthored` (default 25). */
  hyperauthorThreshold?: number;
}

// ───────────────────────────── atlas file ─────────────────────────────

/** `x, y` per graph node id (`a:<personId>`, `p:<paperId>`). */
export type Positions = Record<string, [number, number]>;

export interface LayoutSettings {
  seed: number;
  iterations: number;
  converged: boolean;
}

export interface InputProvenance {
  file: string;
  format: FormatId;
  records: number;
  /** sha-256 of the text, hex. */
  sha256: string;
}

/** The dataset file the app loads and every command accepts. */
export interface AtlasFile {
  format: "coauthor-atlas";
  version: 1;
  title: string;
  createdWith: string;
  focalPersonId?: string;
  records: number;
  skipped: number;
  papers: Paper[];
  people: Person[];
  diagnostics: Diagnostic[];
  provenance: {
    inputs: InputProvenance[];
    merges: MergeReason[];
    settings: { hyperauthorThreshold: number; aliases?: AliasFile };
  };
  layout?: LayoutSettings & { positions: Positions };
  coauthorNetwork?: CoauthorNetwork;
  /** Possible merges for a person to decide (best first). */
  suggestions?: Suggestion[];
}
