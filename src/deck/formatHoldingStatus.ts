/**
 * What the holding slide's countdown says at one instant, and when that changes. Pure: the
 * schedule and an instant in, words out, so the controller only decides when to repaint.
 */
import {
  formatLongDate,
  formatTimeUntil,
  nextTimeUntilChange,
  type InstantLike,
} from '../time/format.ts';
import { inMillis } from '../time/clock.ts';
import type { Phase, Schedule } from '../show/schedule.ts';

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
export function formatHoldingStatus(schedule: Schedule, instant: InstantLike): HoldingStatus {
  const nowMs = inMillis(instant);
  const startMs = schedule.start.toMillis();
  if (nowMs < startMs) {
    return {
      phase: 'before',
      text: `Starts in ${formatTimeUntil(startMs - nowMs)}`,
    };
  }
  if (nowMs < schedule.end.toMillis()) return { phase: 'during', text: 'The session has started' };
  return {
    phase: 'after',
    text: `This session took place on ${formatLongDate(schedule.start, schedule.zone)}`,
  };
}

/**
 * The next instant (epoch ms) at which `formatHoldingStatus` can read differently: each
 * second of the last hour, each minute of the last day, each hour before; the start; the
 * end; never after the end.
 */
export function nextHoldingChange(schedule: Schedule, nowMs: number): number {
  const startMs = schedule.start.toMillis();
  const endMs = schedule.end.toMillis();
  if (nowMs < startMs) {
    return Math.min(startMs, nextTimeUntilChange(startMs, nowMs));
  }
  return nowMs < endMs ? endMs : Infinity;
}
