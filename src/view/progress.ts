/** The progress overlay over the graph (layout of a dataset without positions, imports). */

export interface ProgressOverlay {
  show(label: string, fraction?: number): void;
  hide(): void;
}

export function progressOverlay(root: HTMLElement): ProgressOverlay {
  const label = root.querySelector<HTMLElement>(".graph-progress-label");
  const track = root.querySelector<HTMLElement>("[role=progressbar]");
  const bar = root.querySelector<HTMLElement>(".graph-progress-bar");
  return {
    show(text, fraction) {
      root.hidden = false;
      if (label) label.textContent = text;
      const percent = fraction === undefined ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
      if (track) {
        if (percent === undefined) track.removeAttribute("aria-valuenow");
        else track.setAttribute("aria-valuenow", String(percent));
      }
      if (bar) bar.style.width = `${percent ?? 100}%`;
    },
    hide() {
      root.hidden = true;
    },
  };
}
