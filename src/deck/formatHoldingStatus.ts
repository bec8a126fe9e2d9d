/**
 * What the holding slide's countdown says at one instant. Pure: the schedule and an instant
 * in, words out, so the controller only decides when to repaint.
 */
import { formatLongDate, formatTimeUntil } from '../time/format.ts';
import type { Phase, Schedule } from '../time/schedule.ts';

type Instant = Schedule['start'];

/** The countdown's phase and its text. */
export interface HoldingStatus {
  readonly phase: Phase;
  readonly text: string;
}

/**
 * Formats the holding slide's status at `instant`: a countdown before the start, a plain
 * statement during and after the session (never a negative count).
 * @example formatHoldingStatus(schedule, tenToStart).text // "Starts in 10:00"
 */
export function formatHoldingStatus(schedule: Schedule, instant: Instant): HoldingStatus {
  if (instant < schedule.start) {
    // Round the part second up, so the count shows 15:00 at a quarter to and reaches 0:00
    // exactly at the start, never "0:00" for the whole last second.
    const left = schedule.start.diff(instant).plus(999);
    return { phase: 'before', text: `Starts in ${formatTimeUntil(left)}` };
  }
  if (instant < schedule.end) return { phase: 'during', text: 'The session has started' };
  return {
    phase: 'after',
    text: `This session took place on ${formatLongDate(schedule.start, schedule.zone)}`,
  };
}
