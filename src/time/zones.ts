/**
 * Comparing time zones: the one answer to "is this zone different" for every page (the
 * deck's viewer times, a speaker's own zone, the browser's).
 */
import { DateTime } from 'luxon';
import { inMillis, type InstantLike } from './clock.ts';

/**
 * Whether two zones show the same clock time at `at`: the same UTC offset then (two names
 * for one zone, or two zones that agree in that season).
 * @example isSameClock('Asia/Tokyo', 'Asia/Seoul', Date.UTC(2030, 2, 14)) // true
 */
export function isSameClock(a: string, b: string, at: InstantLike): boolean {
  const instant = DateTime.fromMillis(inMillis(at));
  return instant.setZone(a).offset === instant.setZone(b).offset;
}
