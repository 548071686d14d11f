/**
 * When the graph cannot be drawn (no WebGL2, or the renderer failed), the graph area says so in
 * words (role=alert) and points to what still works: search and the lists in the side panel.
 */
import "../../styles/hardening.css";

const CLASS_NAME = "graph-unavailable";

/** Can this browser give sigma the WebGL2 context it needs? */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    return doc.createElement("canvas").getContext("webgl2") !== null;
  } catch {
    return false;
  }
}

export function graphUnavailableMessage(reason: string | undefined): string {
  // The renderer's own "WebGL 2 is not supported…" would only repeat the sentence.
  const why = reason && !/webgl/i.test(reason) ? ` (${reason})` : "";
  return `The graph cannot be drawn in this browser: it needs WebGL2, which is turned off or not available${why}. Search and the People and Papers lists in the side panel still work.`;
}

/** Replaces the graph container's content with the message. */
export function showGraphUnavailable(container: HTMLElement, reason?: string): void {
  clearGraphUnavailable(container);
  const box = document.createElement("div");
  box.className = CLASS_NAME;
  box.setAttribute("role", "alert");
  const heading = document.createElement("p");
  heading.className = `${CLASS_NAME}-title`;
  heading.textContent = "No graph drawing in this browser";
  const text = document.createElement("p");
  text.textContent = graphUnavailableMessage(reason);
  box.append(heading, text);
  container.append(box);
}

export function clearGraphUnavailable(container: HTMLElement): void {
  for (const element of container.querySelectorAll(`.${CLASS_NAME}`)) element.remove();
}
