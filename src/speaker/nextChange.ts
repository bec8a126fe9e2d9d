/**
 * When anything a speaker's page shows next changes by itself.
 */
import {
  nextClockChange,
  nextMinutesUntilChange,
  nextTimerChange,
  nextTimeUntilChange,
} from '../time/format.ts';
import { getSpeakerTurn, type Schedule, type ScheduledSegment } from '../time/schedule.ts';
import type { SpeakerContext } from './speakerContext.ts';
import { getModeratorPlan } from './parts/moderatorPlan.ts';

/**
 * The next instant the speaker page's live parts can change by themselves (epoch ms of the
 * real clock; `Infinity` when none will): the countdown to or in their turn, each minute
 * count of the moderator's plan, and the rehearsal clock while it runs.
 * `rehearsal` gives the rehearsal clock's reading and whether it runs, at `nowMs`.
 */
export function getSpeakerPageNextChange(
  ctx: SpeakerContext,
  plan: Schedule,
  planned: readonly ScheduledSegment[],
  nowMs: number,
  rehearsal: { readonly nowMs: number; readonly running: boolean },
): number {
  const turn = getSpeakerTurn(planned, nowMs);
  let next = turn.changesAt;
  if (turn.state === 'waiting') next = Math.min(next, nextTimeUntilChange(turn.changesAt, nowMs));
  if (turn.state === 'on') next = Math.min(next, nextTimerChange(turn.changesAt, nowMs));
  for (const { rows } of getModeratorPlan(ctx, plan, planned)) {
    for (const row of rows) next = Math.min(next, nextMinutesUntilChange(row.at.toMillis(), nowMs));
  }
  // The rehearsal clock runs at the real clock's pace: its next second, on the real clock.
  if (rehearsal.running)
    next = Math.min(next, nowMs + nextClockChange(rehearsal.nowMs) - rehearsal.nowMs);
  return next;
}
