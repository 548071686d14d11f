/**
 * Progress on stderr for work that takes a while: nothing during the first ~2 s (short runs stay
 * quiet), then at most one line per interval. Never touches stdout, so `--json` output stays clean.
 */
export interface ProgressOptions {
  /** Quiet period before the first line, ms. */
  delay?: number;
  /** Minimum time between lines, ms. */
  interval?: number;
}

export class ProgressLine {
  private readonly start: number;
  private lastShown = -Infinity;
  private lastMessage = "";
  private readonly delay: number;
  private readonly interval: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    options: ProgressOptions = {},
  ) {
    this.start = now();
    this.delay = options.delay ?? 2000;
    this.interval = options.interval ?? 500;
  }

  /** Show `message` if the run is already slow, or `expectSlow` says it will be. */
  report(message: string, expectSlow = false): void {
    const time = this.now();
    if (!expectSlow && time - this.start < this.delay) return;
    if (time - this.lastShown < this.interval || message === this.lastMessage) return;
    this.lastShown = time;
    this.lastMessage = message;
    this.write(message + "\n");
  }
}

/** `12345` → `12,345` (fixed, locale-independent). */
export function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
