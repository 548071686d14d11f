/**
 * Pure view models for "one collection from every source": where a paper came from (files,
 * preprint, OpenAlex's suspect author lists), the suggested merges, and the alias file that
 * records the user's decisions on them. No DOM.
 */
import type { AliasFile, AtlasFile, Diagnostic, Paper, Suggestion } from "../model/types.ts";

/** A file's base name as the user knows it (the CLI records paths). */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}

/** Lines under a paper's title: its source files, its preprint, a doubted author list. */
export function paperSourceNotes(paper: Paper, diagnostics: readonly Diagnostic[] = []): string[] {
  const notes: string[] = [];
  const files = [...new Set(paper.sources.map((source) => baseName(source.file)))];
  if (files.length > 0) notes.push(`From: ${files.join(", ")}`);
  if (paper.preprintArxiv) notes.push(`Also as preprint arXiv:${paper.preprintArxiv}`);
  if (paper.suspectAuthors) {
    const places = new Set(paper.sources.map((source) => `${source.file}\u0000${source.where}`));
    const reason = diagnostics
      .find((d) => places.has(`${d.file}\u0000${d.where}`) && d.message.startsWith("Author list looks corrupted: "))
      ?.message.slice("Author list looks corrupted: ".length)
      .replace(/\.$/, "");
    notes.push(`OpenAlex's author list for this work looks corrupted: ${reason ?? "many authors without identifiers or repeated ones"}. The authors shown may be wrong.`);
  }
  return notes;
}

export interface SuggestionRow {
  id: string;
  personIds: [string, string];
  /** "Hans-Joachim Baues and Hans Joachim Bauer". */
  title: string;
  /** One line per kind of evidence, in words. */
  evidence: string[];
  /** "70%". */
  score: string;
}

/** The suggestions still open (a decision already in the alias file hides one), best first. */
export function suggestionRows(atlas: Pick<AtlasFile, "suggestions" | "people">): SuggestionRow[] {
  const people = new Set(atlas.people.map((person) => person.id));
  return (atlas.suggestions ?? [])
    .filter((suggestion) => suggestion.personIds.every((id) => people.has(id)))
    .map((suggestion) => {
      const { sharedCoauthors, samePapers, similarity } = suggestion.evidence;
      const evidence = [capitalise(similarity)];
      if (sharedCoauthors.length > 0) evidence.push(`Shared coauthors: ${listed(sharedCoauthors)}`);
      if (samePapers.length > 0) evidence.push(`Same paper, named differently by two sources: ${listed(samePapers)}`);
      return {
        id: suggestion.id,
        personIds: suggestion.personIds,
        title: `${suggestion.names[0]} and ${suggestion.names[1]}`,
        evidence,
        score: `${Math.round(suggestion.score * 100)}%`,
      };
    });
}

export type Decision = "accept" | "reject";

/**
 * The alias file with one more decision: accept → a `merge` group (display name first), reject →
 * a `split` group. Names are the alias forms identity matches back (`Family, Given`).
 */
export function withDecision(aliases: AliasFile | undefined, suggestion: Suggestion, decision: Decision): AliasFile {
  const [a, b] = suggestion.aliasNames ?? suggestion.names;
  const next: AliasFile = {};
  if (aliases?.merge) next.merge = aliases.merge.map((group) => [...group]);
  if (aliases?.split) next.split = aliases.split.map((group) => [...group]);
  const group = [a, b];
  if (decision === "accept") (next.merge ??= []).push(group);
  else (next.split ??= []).push(group);
  return next;
}

/** Two alias files as one (the second's groups after the first's). */
export function combineAliasFiles(first: AliasFile | undefined, second: AliasFile | undefined): AliasFile {
  const merge = [...(first?.merge ?? []), ...(second?.merge ?? [])];
  const split = [...(first?.split ?? []), ...(second?.split ?? [])];
  const combined: AliasFile = {};
  if (merge.length > 0) combined.merge = merge;
  if (split.length > 0) combined.split = split;
  return combined;
}

/** The downloadable alias file: the documented `{"merge": …, "split": …}` JSON. */
export function aliasFileText(aliases: AliasFile | undefined): string {
  const file: AliasFile = { merge: aliases?.merge ?? [], split: aliases?.split ?? [] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function listed(items: string[], shown = 5): string {
  const head = items.slice(0, shown).join("; ");
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
