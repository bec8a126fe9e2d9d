import { definePart } from '../lib/part.ts';
import { h } from '../lib/h.ts';
import type { Instant } from '../time/clock.ts';
import { getCheckpoints } from '../show/checkpoints.ts';
import type { ShowStatus } from '../show/drift.ts';
import {
  formatClock,
  formatDrift,
  formatTime,
  formatTimer,
  formatTimeUntil,
  nextClockChange,
} from '../time/format.ts';
import { getReplannedMinutes } from '../show/replan.ts';
import type { Schedule } from '../show/schedule.ts';

/** What the status line adds besides the status: re-plans and the next checkpoint. */
export interface StatusLineExtras {
  /** The announced schedule, to say how far the host re-planned the segment on now. */
  readonly announced: Schedule;
  /** The instant, to name the next checkpoint of the segment on now. */
  readonly now: Instant;
}

/**
 * One line of where the show stands, for small places such as the speaker view, in the plan
 * the host keeps: "Panel · 12:00 left · on time · ends 12:30:00 · re-planned +1 min, hand
 * over 12:26 · next: Last question 12:18".
 */
export function formatStatusLine(
  plan: Schedule,
  status: ShowStatus,
  extras: StatusLineExtras | null = null,
): string {
  const zone = plan.zone;
  if (status.phase === 'before') {
    const first = status.next;
    return `Starts in ${status.untilStart ? formatTimeUntil(status.untilStart) : '—'}${first ? ` · ${formatTime(first.start, zone)} ${plan.zoneLabel} ${first.item.label}` : ''}`;
  }
  if (status.phase === 'after') {
    return status.tracked
      ? `Ended ${formatClock(status.projectedEnd, zone)} ${plan.zoneLabel}`
      : 'The show has ended';
  }
  const current = status.current;
  if (!current || !status.remaining) return 'Between segments';
  const over = status.remaining.toMillis() < 0;
  const parts = [
    current.item.label,
    `${formatTimer(status.remaining)} ${over ? 'past hand-over' : 'left'}`,
    status.drift ? formatDrift(status.drift) : 'by the clock',
    `ends ${formatClock(status.projectedEnd, zone)}`,
  ];
  if (extras) {
    const moved = getReplannedMinutes(extras.announced, plan, current.id);
    if (moved !== 0) {
      parts.push(
        `re-planned ${moved > 0 ? '+' : '−'}${Math.abs(moved)} min, hand over ${formatTime(current.end, zone)}`,
      );
    }
    const next = getCheckpoints(plan).find((c) => c.segment.id === current.id && c.at > extras.now);
    if (next) parts.push(`next: ${next.label} ${formatTime(next.at, zone)}`);
  }
  return parts.join(' · ');
}

/** The status line, coloured by its warning; it counts seconds until the show is over. */
export const statusLinePart = definePart({
  view: (plan: Schedule, status: ShowStatus, extras: StatusLineExtras | null) => ({
    warning: status.current ? status.warning : 'normal',
    pace: status.pace ?? 'none',
    overruns: status.overruns && status.phase !== 'after',
    after: status.phase === 'after',
    text: formatStatusLine(plan, status, extras),
  }),
  render: (view) =>
    h(
      'p',
      {
        class: 'status-line',
        'data-testid': 'run-of-show.status-line',
        'data-warning': view.warning,
        'data-pace': view.pace,
        'data-overruns': String(view.overruns),
      },
      view.text,
    ),
  // After the show nothing on the line changes by itself.
  nextChange: (view, nowMs) => (view.after ? Infinity : nextClockChange(nowMs)),
});
