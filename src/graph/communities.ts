/**
 * Communities of the coauthor projection: seeded Louvain, numbered the same way on every load.
 *
 * - Graph: `coauthorProjection` with fractional counting (a paper with n authors adds 1/(n−1) to
 *   each of its pairs, so a 14-author paper does not outweigh a long two-person collaboration),
 *   hyperauthored papers (more authors than the threshold) left out: a 450-author paper would
 *   otherwise make one community of everybody on it. People whose only papers are above the
 *   threshold are in no community.
 * - Randomness: Louvain visits nodes in a random order; the rng is pure-rand seeded with
 *   COMMUNITY_SEED, so the same dataset gives the same partition in Node and in every browser.
 * - Order: largest community first, ties by the smallest member id (code-point order); the rank
 *   picks the colour, so colours are stable too.
 */
import louvain from "graphology-communities-louvain";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import type { AtlasGraph } from "./build.ts";
import { coauthorProjection, isHyperauthored } from "./queries.ts";

export const COMMUNITY_SEED = 7;

/**
 * Okabe–Ito hues (distinguishable under the common colour-vision deficiencies), ordered so the
 * largest communities get the most distinct ones; black is left out (it reads as text).
 */
export const COMMUNITY_PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"] as const;
/** Communities ranked beyond the palette share this grey. */
export const OTHER_COMMUNITY_COLOR = "#8a939e";
/** People in no community (only on hyperauthored papers) and papers left out of the projection. */
export const UNCOUNTED_COLOR = "#c9cfd6";

export interface Community {
  /** 0-based: 0 is the largest. */
  rank: number;
  color: string;
  /** Person ids, sorted (code-point order). */
  members: string[];
}

export interface CommunityResult {
  communities: Community[];
  /** Author node key → community rank (only people in the projection). */
  rankOfNode: Map<string, number>;
  /** Paper node key → rank of the community most of its counted authors belong to (ties: lower rank). Papers left out have none. */
  rankOfPaper: Map<string, number>;
  /** Papers left out of the projection (more authors than the threshold). */
  excludedPapers: number;
  /** People in no community. */
  uncountedPeople: number;
  modularity: number;
}

export interface CommunityOptions {
  /** Papers with more authors than this are left out; undefined: the papers' own `hyperauthored` flag. */
  hyperauthorThreshold?: number;
  seed?: number;
}

export function communityColor(rank: number): string {
  return rank < COMMUNITY_PALETTE.length ? COMMUNITY_PALETTE[rank] : OTHER_COMMUNITY_COLOR;
}

function codePointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups (each a list of person ids) in rank order: size descending, then smallest member id. Members sorted. */
export function orderCommunities(groups: Iterable<string[]>): string[][] {
  return [...groups]
    .map((members) => [...members].sort(codePointCompare))
    .sort((a, b) => b.length - a.length || codePointCompare(a[0] ?? "", b[0] ?? ""));
}

export function seededUnitRandom(seed: number): () => number {
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(rng);
}

export function detectCommunities(graph: AtlasGraph, options: CommunityOptions = {}): CommunityResult {
  const threshold = options.hyperauthorThreshold;
  const projection = coauthorProjection(graph, { counting: "fractional", hyperauthorThreshold: threshold, includeHyperauthored: false });

  let partition: Record<string, number> = {};
  let modularity = 0;
  if (projection.size > 0) {
    const detailed = louvain.detailed(projection, { getEdgeWeight: "weight", rng: seededUnitRandom(options.seed ?? COMMUNITY_SEED) });
    partition = detailed.communities;
    modularity = detailed.modularity;
  } else {
    // No ties at all: everyone is a community of one (Louvain has nothing to move).
    let next = 0;
    for (const node of projection.nodes()) partition[node] = next++;
  }

  const groups = new Map<number, string[]>();
  projection.forEachNode((node, attributes) => {
    const id = partition[node];
    const list = groups.get(id) ?? [];
    list.push(attributes.personId);
    groups.set(id, list);
  });
  const ordered = orderCommunities(groups.values());
  const communities = ordered.map((members, rank) => ({ rank, color: communityColor(rank), members }));
  const rankOfNode = new Map<string, number>();
  for (const community of communities) for (const personId of community.members) rankOfNode.set("a:" + personId, community.rank);

  const rankOfPaper = new Map<string, number>();
  let excludedPapers = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "paper") return;
    if (isHyperauthored(attributes, threshold)) {
      excludedPapers++;
      return;
    }
    const votes = new Map<number, number>();
    graph.forEachNeighbor(node, (author) => {
      const rank = rankOfNode.get(author);
      if (rank !== undefined) votes.set(rank, (votes.get(rank) ?? 0) + 1);
    });
    let best: number | undefined;
    for (const [rank, count] of votes) {
      const bestCount = best === undefined ? -1 : votes.get(best)!;
      if (count > bestCount || (count === bestCount && rank < best!)) best = rank;
    }
    if (best !== undefined) rankOfPaper.set(node, best);
  });

  let people = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === "author") people++;
  });
  return { communities, rankOfNode, rankOfPaper, excludedPapers, uncountedPeople: people - rankOfNode.size, modularity };
}

const cache = new WeakMap<AtlasGraph, Map<string, CommunityResult>>();

/** `detectCommunities`, computed once per graph and threshold (the view, legend and panels share it). */
export function communitiesFor(graph: AtlasGraph, threshold?: number): CommunityResult {
  let byThreshold = cache.get(graph);
  if (!byThreshold) {
    byThreshold = new Map();
    cache.set(graph, byThreshold);
  }
  const key = threshold === undefined ? "flag" : String(threshold);
  let result = byThreshold.get(key);
  if (!result) {
    result = detectCommunities(graph, { hyperauthorThreshold: threshold });
    byThreshold.set(key, result);
  }
  return result;
}
