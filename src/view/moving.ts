/**
 * The view while the camera moves (drag, wheel, animation): big graphs draw nodes only and
 * bring edges and labels back when the camera rests. Pure settings plus one sigma workaround;
 * no sigma import, so it loads in Node tests.
 */
/** From this many edges on, edges and labels are left out while the camera moves. */
export const THIN_WHILE_MOVING_MIN_EDGES = 10_000;

/**
 * Edges and labels thin out while the camera moves on big graphs (sigma draws nodes only until
 * the camera rests); small graphs keep every edge and label in motion, as they always have.
 */
export function movingSettings(edges: number): { hideEdgesOnMove: boolean; hideLabelsOnMove: boolean } {
  const thin = edges >= THIN_WHILE_MOVING_MIN_EDGES;
  return { hideEdgesOnMove: thin, hideLabelsOnMove: thin };
}

interface DragCaptor {
  draggedEvents: number;
  on(event: "mouseup", listener: () => void): unknown;
}

/**
 * After a drag, sigma fully refreshes (every reducer, every item) so that hidden-while-moving
 * edges come back; on a 100k graph that is a long pause for nothing, because a plain render
 * draws them again. Ending the drag count after sigma has used it for the click test (a
 * microtask runs after the mouseup handlers, before sigma's 0 ms timeout) turns that refresh
 * into one render.
 */
export function renderInsteadOfRefreshAfterDrag(captor: DragCaptor, scheduleRender: () => void): void {
  captor.on("mouseup", () => {
    queueMicrotask(() => {
      if (captor.draggedEvents === 0) return;
      captor.draggedEvents = 0;
      scheduleRender();
    });
  });
}
