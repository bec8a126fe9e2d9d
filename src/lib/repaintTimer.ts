/**
 * The longest a page sleeps between repaints even when nothing it shows is due to change,
 * so that a system clock set forward or back is caught up within a minute.
 */
export const MAX_SLEEP_MS = 60_000;

/** A repaint timer: woken when the page says, rescheduled whenever the page repaints. */
export interface RepaintTimer {
  /** Sleeps until `nextMs` of the page's clock (`Infinity`: until `MAX_SLEEP_MS` from now). */
  wakeAt(nextMs: number): void;
  stop(): void;
}

/**
 * Calls `repaint` at the instant of `nowMs()` it last returned: the next instant anything
 * the page shows can change (the next second's turn while a clock with seconds is on
 * screen, the next minute's or the next boundary of the show otherwise), and at most
 * `MAX_SLEEP_MS` apart. Derived times never depend on the wake-ups being on time. It stops
 * when `signal` aborts (the controller's binding), or on `stop()`.
 */
export function startRepaintTimer(
  nowMs: () => number,
  repaint: () => number,
  signal?: AbortSignal,
): RepaintTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const wakeAt = (nextMs: number): void => {
    clearTimeout(timer);
    if (stopped) return;
    const delay = Math.min(MAX_SLEEP_MS, Math.max(0, nextMs - nowMs()));
    timer = setTimeout(() => wakeAt(repaint()), delay);
  };
  const stop = (): void => {
    stopped = true;
    clearTimeout(timer);
  };
  signal?.addEventListener('abort', stop, { once: true });
  return { wakeAt, stop };
}
