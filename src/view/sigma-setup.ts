/**
 * The Sigma 4 setup both views share (author–paper and coauthor projection): node shapes
 * (authors as circles, papers as rounded squares), label style and camera/label settings,
 * so the two views look and zoom alike.
 */
import { layerFill, sdfCircle, sdfSquare } from "sigma/rendering";
import { VIEW_COLORS } from "./palette.ts";

export function atlasPrimitives() {
  return {
    nodes: {
      shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.15 })],
      layers: [layerFill()],
      label: {
        font: { family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", weight: "600", size: 13 },
        color: VIEW_COLORS.label,
        margin: 4,
      },
    },
  };
}

export const ATLAS_SIGMA_SETTINGS = {
  // Sizes in screen pixels (sigma 4 defaults to graph units), grown gently with zoom.
  itemSizesReference: "screen",
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  stagePadding: 36,
  minCameraRatio: 0.03,
  maxCameraRatio: 4,
  zoomDuration: 200,
} as const;

