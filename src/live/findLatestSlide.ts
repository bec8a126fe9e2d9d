/**
 * The slide the deck shows now, from the live log: the slide event with the latest time.
 * Events of the same millisecond (a fast double key press, or a frozen clock in tests) go by
 * their order in the shared log, which every copy of the document agrees on.
 */
import type { ShowEvent } from '../show/showLog.ts';

/** The id of the latest slide in `events` (in the live log's order), or `null` if none. */
export function findLatestSlide(events: readonly ShowEvent[]): string | null {
  let latest: { at: number; slideId: string } | null = null;
  for (const event of events) {
    if (event.kind === 'slide' && (latest === null || event.at >= latest.at)) latest = event;
  }
  return latest?.slideId ?? null;
}
