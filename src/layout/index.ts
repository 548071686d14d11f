/** Public surface of the layout module (pure; Web Worker and Node). */
export { layoutGraph, layoutSteps, assignPositions, NODE_RADIUS } from "./layout.ts";
export type { LayoutOptions, LayoutProgress, LayoutResult } from "./layout.ts";
export { layoutQuality } from "./quality.ts";
export { leavesByPaper, orbitOffsets, satelliteNodes, satellitesByPaper, sunflowerDisc } from "./satellites.ts";
export { overlapPasses, removeOverlaps } from "./overlap.ts";
export type { InitialPlacement } from "./initial.ts";
