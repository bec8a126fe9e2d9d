import { h } from '../lib/h.ts';
import type { ShowStatus } from '../time/drift.ts';
import {
  formatClock,
  formatDrift,
  formatTime,
  formatTimer,
  formatTimeUntil,
} from '../time/format.ts';
import type { Schedule } from '../time/schedule.ts';

/**
 * One line of where the show stands, for small places such as the speaker view:
 * "Keynote · 02:10 left · 0:30 behind · ends 17:30:30".
 */
export function formatStatusLine(schedule: Schedule, status: ShowStatus): string {
  const zone = schedule.zone;
  if (status.phase === 'before') {
    const first = status.next;
    return `Starts in ${status.untilStart ? formatTimeUntil(status.untilStart) : '—'}${first ? ` · ${formatTime(first.start, zone)} ${schedule.zoneLabel} ${first.item.label}` : ''}`;
  }
  if (status.phase === 'after') {
    return status.tracked
      ? `Ended ${formatClock(status.projectedEnd, zone)} ${schedule.zoneLabel}`
      : 'The show has ended';
  }
  if (!status.current || !status.remaining) return 'Between segments';
  const over = status.remaining.toMillis() < 0;
  const parts = [
    status.current.item.label,
    `${formatTimer(status.remaining)} ${over ? 'over' : 'left'}`,
    status.drift ? formatDrift(status.drift) : 'by the clock',
    `ends ${formatClock(status.projectedEnd, zone)}`,
  ];
  return parts.join(' · ');
}

/** The status line as an element, coloured by its warning. */
export function renderStatusLine(schedule: Schedule, status: ShowStatus): HTMLElement {
  return h(
    'p',
    {
      class: 'status-line',
      'data-testid': 'run-of-show.status-line',
      'data-warning': status.current ? status.warning : 'normal',
      'data-pace': status.pace ?? 'none',
      'data-overruns': String(status.overruns && status.phase !== 'after'),
    },
    formatStatusLine(schedule, status),
  );
}
