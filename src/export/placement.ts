/**
 * Where each drawn label goes: right of its node like the view, unless that spot collides with
 * a label already placed (or a labelled node) — then left, above or below, whichever is free
 * first. Labels are placed in priority order (focal first), so the important names keep the
 * view's spot. On paper there is no hover to untangle two names printed over each other.
 */
import type { Box } from "./frame.ts";

export interface LabelRequest {
  node: string;
  /** Node centre and radius, picture units. */
  x: number;
  y: number;
  radius: number;
  /** Estimated text width and font size. */
  width: number;
  size: number;
}

export interface PlacedLabel {
  node: string;
  /** Text anchor point (baseline). */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const GAP = 4;

/** Requests in priority order (first is most important). */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box): PlacedLabel[] {
  const taken: Rect[] = requests.map((request) => ({ x1: request.x - request.radius, y1: request.y - request.radius, x2: request.x + request.radius, y2: request.y + request.radius }));
  const placed: PlacedLabel[] = [];
  requests.forEach((request, index) => {
    const options = candidates(request);
    const free = options.find(({ rect }) => inside(rect, bounds) && taken.every((other, otherIndex) => otherIndex === index || !overlaps(rect, other)));
    const chosen = free ?? options[0];
    taken.push(chosen.rect);
    placed.push({ node: request.node, ...chosen.label });
  });
  return placed;
}

function candidates(request: LabelRequest): { label: Omit<PlacedLabel, "node">; rect: Rect }[] {
  const { x, y, radius, width, size } = request;
  const top = y - 0.62 * size;
  const bottom = y + 0.42 * size;
  const baseline = y + size / 3;
  const aboveBaseline = y - radius - GAP - 0.25 * size;
  const belowBaseline = y + radius + GAP + 0.78 * size;
  return [
    { label: { x: x + radius + GAP, y: baseline, anchor: "start" }, rect: { x1: x + radius + GAP, y1: top, x2: x + radius + GAP + width, y2: bottom } },
    { label: { x: x - radius - GAP, y: baseline, anchor: "end" }, rect: { x1: x - radius - GAP - width, y1: top, x2: x - radius - GAP, y2: bottom } },
    { label: { x, y: aboveBaseline, anchor: "middle" }, rect: { x1: x - width / 2, y1: aboveBaseline - 0.78 * size, x2: x + width / 2, y2: aboveBaseline + 0.22 * size } },
    { label: { x, y: belowBaseline, anchor: "middle" }, rect: { x1: x - width / 2, y1: belowBaseline - 0.78 * size, x2: x + width / 2, y2: belowBaseline + 0.22 * size } },
  ];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function inside(rect: Rect, box: Box): boolean {
  return rect.x1 >= box.x && rect.x2 <= box.x + box.width && rect.y1 >= box.y && rect.y2 <= box.y + box.height;
}
