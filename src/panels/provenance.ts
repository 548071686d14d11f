/**
 * "About this dataset": every number the app shows, with where it comes from. Pure view model
 * (atlas file + graph + current settings → rows of text); provenance-panel.ts draws it.
 */
import type { AtlasFile, DiagnosticLevel, MergeReason } from "../model/types.ts";
import type { AtlasGraph } from "../graph/build.ts";
import { papersAboveThreshold, thresholdSummary, DEFAULT_HYPERAUTHOR_THRESHOLD } from "../graph/hyperauthored.ts";
import { communitiesFor, COMMUNITY_SEED, COMMUNITY_PALETTE } from "../graph/communities.ts";

export interface FactRow {
  label: string;
  value: string;
  /** How the value came about, in words. */
  note?: string;
}

export interface MergeRow {
  person: string;
  forms: string;
  rule: string;
  detail: string;
}

export interface SourceRow {
  file: string;
  format: string;
  records: string;
  /** First 12 hex digits of the text's sha-256 (enough to tell two versions of a file apart). */
  sha256: string;
  fullSha256: string;
}

export interface ProvenanceView {
  counts: FactRow[];
  settings: FactRow[];
  merges: MergeRow[];
  sources: SourceRow[];
  layout: FactRow[];
}

export interface ProvenanceSettings {
  /** The threshold the view uses now (the URL's `hyper`), when it differs from the dataset's. */
  hyperThreshold?: number;
  /** Communities of a large graph are computed only once the user colours by them. */
  colorMode?: "kind" | "community" | "year";
}

/** Up to this many graph nodes, communities are counted for this panel right away (a few ms); above, only when coloured by. */
export const EAGER_COMMUNITY_NODES = 3000;

const RULES: Record<MergeReason["rule"], string> = {
  identifier: "same identifier",
  "same-name": "same name",
  initials: "initials match",
  "given-name-extension": "fuller given name",
  alias: "alias file",
  rejoined: "rejoined",
};

const number = new Intl.NumberFormat("en-US");
const count = (n: number) => number.format(n);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export function provenanceView(atlas: AtlasFile, graph: AtlasGraph, settings: ProvenanceSettings = {}): ProvenanceView {
  const datasetThreshold = atlas.provenance.settings.hyperauthorThreshold ?? DEFAULT_HYPERAUTHOR_THRESHOLD;
  const threshold = settings.hyperThreshold ?? datasetThreshold;
  const levels = new Map<DiagnosticLevel, number>();
  for (const diagnostic of atlas.diagnostics) levels.set(diagnostic.level, (levels.get(diagnostic.level) ?? 0) + 1);
  const diagnosticsText = (["error", "warning", "info"] as const)
    .filter((level) => levels.has(level))
    .map((level) => plural(levels.get(level)!, level, level === "info" ? "info" : `${level}s`))
    .join(", ");

  const counts: FactRow[] = [
    { label: "Records", value: count(atlas.records), note: `publication entries read from ${plural(atlas.provenance.inputs.length, "file", "files")} = papers + skipped` },
    { label: "Papers", value: count(atlas.papers.length), note: "records that became a paper of their own" },
    { label: "Skipped", value: count(atlas.skipped), note: "entries unreadable or merged into a duplicate (see the diagnostics)" },
    { label: "People", value: count(atlas.people.length), note: `after merging name forms (${plural(atlas.provenance.merges.length, "merge", "merges")} below)` },
    { label: "Authorships", value: count(graph.size), note: "author–paper links: distinct (person, paper) pairs, a name listed twice counts once" },
    { label: "Diagnostics", value: count(atlas.diagnostics.length), note: diagnosticsText || "nothing to report" },
  ];

  const above = papersAboveThreshold(graph, threshold);
  const communities = graph.order <= EAGER_COMMUNITY_NODES || settings.colorMode === "community" ? communitiesFor(graph, settings.hyperThreshold) : undefined;
  const settingsRows: FactRow[] = [
    {
      label: "Hyperauthored threshold",
      value: settings.hyperThreshold !== undefined && settings.hyperThreshold !== datasetThreshold ? `${count(threshold)} (dataset: ${count(datasetThreshold)})` : count(threshold),
      note: thresholdSummary(above, threshold),
    },
    {
      label: "Counting method",
      value: "fractional",
      note: "coauthor ties for communities: a paper with n authors adds 1/(n−1) to each pair of them (Newman 2001); papers above the threshold are left out",
    },
    communities
      ? {
          label: "Communities",
          value: count(communities.communities.length),
          note: `Louvain on the coauthor ties, seed ${COMMUNITY_SEED}, modularity ${communities.modularity.toFixed(3)}; ${plural(communities.uncountedPeople, "person", "people")} in none (only on papers above the threshold); the ${COMMUNITY_PALETTE.length} largest get colours`,
        }
      : { label: "Communities", value: "not computed yet", note: `Louvain (seed ${COMMUNITY_SEED}) runs when you colour by community: on ${count(graph.order)} nodes it takes a moment` },
  ];
  if (atlas.provenance.settings.aliases) {
    const aliases = atlas.provenance.settings.aliases;
    settingsRows.push({ label: "Alias file", value: `${plural(aliases.merge?.length ?? 0, "merge", "merges")}, ${plural(aliases.split?.length ?? 0, "split", "splits")}` });
  }

  const nameOf = new Map(atlas.people.map((person) => [person.id, person.name]));
  const merges = atlas.provenance.merges.map((merge) => ({
    person: nameOf.get(merge.personId) ?? merge.personId,
    forms: merge.forms.join(" + "),
    rule: RULES[merge.rule] ?? merge.rule,
    detail: merge.detail,
  }));

  const sources = atlas.provenance.inputs.map((input) => ({
    file: input.file,
    format: input.format,
    records: count(input.records),
    sha256: input.sha256.slice(0, 12),
    fullSha256: input.sha256,
  }));

  const layout: FactRow[] = atlas.layout
    ? [
        { label: "Layout seed", value: String(atlas.layout.seed), note: "ForceAtlas2 from seeded start positions: the same seed draws the same map" },
        { label: "Iterations", value: count(atlas.layout.iterations) },
        { label: "Converged", value: atlas.layout.converged ? "yes" : "no", note: atlas.layout.converged ? "nodes stopped moving before the iteration cap" : "stopped at the iteration cap" },
      ]
    : [{ label: "Layout", value: "computed in this browser", note: "the file carried no positions" }];

  return { counts, settings: settingsRows, merges, sources, layout };
}
