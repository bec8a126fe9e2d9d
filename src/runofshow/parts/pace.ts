/**
 * The run-of-show's pace: drift and projected end, and a warning when the show will run late.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { getDriftGrowsFromMs, type ShowMoment } from '../../show/drift.ts';
import { formatClock, formatDrift, formatTime, nextTimerChange } from '../../time/format.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** Drift and projected end, with a warning when the show will run past its end. */
export const pacePart = definePart({
  view: (ctx: RunOfShowContext, moment: ShowMoment) => {
    const { schedule } = ctx;
    const { frame, tick } = moment;
    return {
      drift:
        tick.driftMs !== null
          ? formatDrift(tick.driftMs)
          : frame.phase === 'before'
            ? 'not started'
            : 'no start recorded',
      pace: tick.pace ?? 'none',
      endLabel: frame.phase === 'after' ? 'End' : frame.tracked ? 'Projected end' : 'Planned end',
      end:
        frame.phase === 'after' && frame.tracked
          ? `ended ${formatClock(tick.projectedEndMs, schedule.zone)}`
          : formatClock(tick.projectedEndMs, schedule.zone),
      overruns: tick.overruns,
      warning:
        tick.overruns && frame.phase !== 'after'
          ? `Runs past the planned end, ${formatTime(schedule.end, schedule.zone)}`
          : null,
      // What `nextChange` needs: from when the drift grows, counted in seconds from the hand-over.
      growsFromMs: frame.phase === 'during' ? getDriftGrowsFromMs(frame) : Infinity,
      handOverMs: frame.handOverMs ?? 0,
    };
  },
  render: (view) =>
    h(
      'section',
      { class: 'ros-pace', 'aria-label': 'Pace' },
      h(
        'p',
        { class: 'ros-stat', 'data-testid': 'run-of-show.drift', 'data-pace': view.pace },
        h('span', { class: 'ros-stat-label' }, 'Drift'),
        h('span', { class: 'ros-stat-value' }, view.drift),
      ),
      h(
        'p',
        {
          class: 'ros-stat',
          'data-testid': 'run-of-show.projected-end',
          'data-overruns': String(view.overruns),
        },
        h('span', { class: 'ros-stat-label' }, view.endLabel),
        h('span', { class: 'ros-stat-value' }, view.end),
      ),
      view.warning
        ? h(
            'p',
            { class: 'ros-warning', 'data-testid': 'run-of-show.overrun-warning' },
            view.warning,
          )
        : null,
    ),
  // Drift and projected end grow a second for a second once the segment on now runs past its
  // course (both whole seconds from its hand-over); until then they hold.
  nextChange: ({ growsFromMs, handOverMs }, nowMs) =>
    nowMs < growsFromMs ? growsFromMs : nextTimerChange(handOverMs, nowMs),
});
