/**
 * Where the host's deck is, from the live log: the latest slide (as `findLatestSlide` says)
 * and the latest fragment step recorded on it since. The server reads it for followers.
 */
import type { ShowEvent } from '../show/showLog.ts';
import type { DeckPosition } from './followMessages.ts';
import { findLatestSlide } from './findLatestSlide.ts';

/** The deck's position in `events` (in the live log's order), or `null` before any slide. */
export function findDeckPosition(events: readonly ShowEvent[]): DeckPosition | null {
  const slideId = findLatestSlide(events);
  if (slideId === null) return null;
  let slideAt = -Infinity;
  for (const event of events) {
    if (event.kind === 'slide' && event.slideId === slideId) slideAt = Math.max(slideAt, event.at);
  }
  let latest: { at: number; step: number } | null = null;
  for (const event of events) {
    if (event.kind !== 'step' || event.slideId !== slideId || event.at < slideAt) continue;
    if (latest === null || event.at >= latest.at) latest = event;
  }
  return { slideId, step: latest?.step ?? 0 };
}
