/**
 * The run-of-show's warning for a checkpoint coming up or just reached.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { getCheckpointAlert, nextCheckpointAlertChange } from '../../show/checkpoints.ts';
import type { ShowMoment } from '../../show/drift.ts';
import { formatTime, formatTimer, nextTimerChange } from '../../time/format.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/**
 * The warning for a checkpoint coming up or just reached in the segment on now. Its view
 * keeps the plan and the segment, to say when another warning starts or this one ends.
 */
export const checkpointAlertPart = definePart({
  view: (ctx: RunOfShowContext, moment: ShowMoment) => {
    const { current } = moment.frame;
    if (moment.frame.phase !== 'during' || !current) return null;
    const plan = ctx.schedule;
    const alert = getCheckpointAlert(plan, current, moment.nowMs);
    if (!alert) return { plan, segment: current, alert: null };
    const { checkpoint } = alert;
    const at = formatTime(checkpoint.at, plan.zone);
    return {
      plan,
      segment: current,
      alert: {
        state: alert.state,
        text:
          alert.state === 'soon'
            ? `${checkpoint.label} at ${at}: in ${formatTimer(alert.untilMs)}`
            : `${checkpoint.label}: now (${at})`,
        // The time counted to while it is coming up.
        countsToMs: alert.state === 'soon' ? checkpoint.at.toMillis() : null,
      },
    };
  },
  render: (view) =>
    view?.alert
      ? h(
          'p',
          {
            class: 'ros-checkpoint-alert',
            role: 'status',
            'data-testid': 'run-of-show.checkpoint-alert',
            'data-state': view.alert.state,
          },
          view.alert.text,
        )
      : null,
  nextChange: (view, nowMs) => {
    if (!view) return Infinity;
    const countsToMs = view.alert?.countsToMs ?? null;
    const count = countsToMs !== null ? nextTimerChange(countsToMs, nowMs) : Infinity;
    return Math.min(count, nextCheckpointAlertChange(view.plan, view.segment, nowMs));
  },
});
