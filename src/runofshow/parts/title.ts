/**
 * The run-of-show's header: the event's title and date.
 */
import { h } from '../../lib/h.ts';
import { formatLongDate, formatTimeRange } from '../../time/format.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** The event's title and date, for the header. */
export function renderTitle(ctx: RunOfShowContext): HTMLElement {
  const { event } = ctx.model;
  const { schedule } = ctx;
  return h(
    'div',
    { class: 'ros-title' },
    h(
      'p',
      { class: 'ros-kicker' },
      ctx.mode === 'rehearsal' ? 'Run-of-show · rehearsal' : 'Run-of-show',
    ),
    h('h1', {}, event.sessionLabel),
    h(
      'p',
      { class: 'ros-event-date', 'data-testid': 'run-of-show.event-date' },
      `${formatLongDate(schedule.start, schedule.zone)} · ${formatTimeRange(schedule.start, schedule.end, schedule.zone)} ${schedule.zoneLabel}`,
    ),
  );
}
