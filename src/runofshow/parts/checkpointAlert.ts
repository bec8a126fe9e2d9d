/**
 * The run-of-show's warning for a checkpoint coming up or just reached.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { getCheckpointAlert } from '../../show/checkpoints.ts';
import type { ShowMoment } from '../../show/drift.ts';
import { formatTime, formatTimer } from '../../time/format.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** The warning for a checkpoint coming up or just reached in the segment on now. */
export const checkpointAlertPart = definePart({
  view: (ctx: RunOfShowContext, moment: ShowMoment) => {
    if (moment.frame.phase !== 'during') return null;
    const alert = getCheckpointAlert(ctx.schedule, moment.frame.current, moment.nowMs);
    if (!alert) return null;
    const { checkpoint } = alert;
    const at = formatTime(checkpoint.at, ctx.schedule.zone);
    return {
      state: alert.state,
      text:
        alert.state === 'soon'
          ? `${checkpoint.label} at ${at}: in ${formatTimer(alert.untilMs)}`
          : `${checkpoint.label}: now (${at})`,
    };
  },
  render: (view) =>
    view
      ? h(
          'p',
          {
            class: 'ros-checkpoint-alert',
            role: 'status',
            'data-testid': 'run-of-show.checkpoint-alert',
            'data-state': view.state,
          },
          view.text,
        )
      : null,
});
