/**
 * The run-of-show's pace: drift and projected end, and a warning when the show will run late.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import type { ShowMoment } from '../../show/drift.ts';
import { formatClock, formatDrift, formatTime } from '../../time/format.ts';
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
});
