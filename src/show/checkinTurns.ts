/**
 * The five-minute flag's rule: which of a speaker's turns the host should be sure of her for
 * (starting within five minutes, or under way), and when that can next change. Show domain,
 * kept apart from the clock maths of src/time.
 */

/** How long before a speaker's turn the host's page flags her if she is not there and ready. */
export const CHECKIN_LEAD_MS = 5 * 60_000;

/** One of a speaker's turns, in epoch ms. */
export interface Turn {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The turn the host should be sure of the speaker for at `nowMs`: one starting within
 * `CHECKIN_LEAD_MS`, or under way; `null` when none is.
 */
export function findDueTurn(turns: readonly Turn[], nowMs: number): Turn | null {
  return turns.find((t) => nowMs >= t.startMs - CHECKIN_LEAD_MS && nowMs < t.endMs) ?? null;
}

/** The next instant after `nowMs` at which `findDueTurn` can change, or `Infinity`. */
export function nextDueTurnChange(turns: readonly Turn[], nowMs: number): number {
  return turns
    .flatMap((t) => [t.startMs - CHECKIN_LEAD_MS, t.endMs])
    .filter((ms) => ms > nowMs)
    .reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
}
