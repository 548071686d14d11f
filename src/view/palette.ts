/**
 * Colours of the graph view. Node colours come from the Okabe–Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies; greys carry no meaning.
 */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

export const VIEW_COLORS = {
  author: OKABE_ITO.blue,
  focal: OKABE_ITO.vermillion,
  paper: OKABE_ITO.orange,
  /** Authors drawn as the cloud around a hyperauthored paper: same hue family as authors, lighter. */
  satellite: OKABE_ITO.skyBlue,
  /** Everything outside the hovered/selected neighbourhood. */
  dimmedNode: "#dfe3e8",
  edge: "#c3cad3",
  satelliteEdge: "#e4e8ed",
  strongEdge: "#4d5560",
  dimmedEdge: "#f0f2f4",
  label: "#1d232b",
  dimmedLabel: "#9aa3ad",
  background: "#ffffff",
} as const;
