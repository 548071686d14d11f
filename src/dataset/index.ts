/** The dataset (atlas) file: build it from inputs, read it back, write it out. */
export { buildAtlas, collectionToAtlas, DEFAULT_HYPERAUTHOR_THRESHOLD, DEFAULT_LAYOUT_SEED, CREATED_WITH } from "./build.ts";
export type { AtlasProgress, AtlasStage, BuildAtlasOptions } from "./build.ts";
export { readAtlas, readAtlasBytes, atlasToCollection, looksLikeAtlas, ATLAS_FORMAT, ATLAS_VERSION } from "./read.ts";
export type { ReadAtlasResult } from "./read.ts";
export { serializeAtlas } from "./serialize.ts";
export { atlasToRecords } from "./records.ts";
export { sha256Hex } from "./sha256.ts";
export { datasetStats } from "./stats.ts";
export type { DatasetStats } from "./stats.ts";
export { encodeCompact, decodeCompact, decodeCompactSteps, isCompactAtlas, isGzip, CompactFormatError, COMPACT_VERSION } from "./compact.ts";
