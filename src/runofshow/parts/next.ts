/**
 * The run-of-show's next segment, its lead and the hand-over cue.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { formatHandIn, formatHandOver, formatSpeakerName } from '../../show/cues.ts';
import type { ShowStatus } from '../../show/drift.ts';
import { formatTime } from '../../time/format.ts';
import { getLead } from '../../show/schedule.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** Where the show stands, as far as the parts that change only with the state read it. */
export type ShowPlace = Pick<ShowStatus, 'phase' | 'current' | 'next'>;

/** The next segment, its lead and the hand-over cue. */
export const nextPart = definePart({
  view: (ctx: RunOfShowContext, status: ShowPlace) =>
    status.phase === 'after'
      ? null
      : { schedule: ctx.schedule, current: status.current, next: status.next },
  render: (view) => {
    if (!view) return null;
    const { schedule, current, next } = view;
    const cue = current
      ? formatHandOver(schedule, current)
      : next
        ? formatHandIn(schedule, next)
        : `${formatTime(schedule.end, schedule.zone)} close the session`;
    if (!next) {
      return h(
        'section',
        { class: 'ros-next', 'data-testid': 'run-of-show.next', 'aria-label': 'Next' },
        h('p', { class: 'ros-label' }, 'Next'),
        h('p', { class: 'ros-next-label' }, 'Close of the session'),
        h('p', { class: 'ros-cue' }, `Cue: ${cue}`),
      );
    }
    const lead = getLead(next);
    return h(
      'section',
      {
        class: 'ros-next',
        'data-testid': 'run-of-show.next',
        'data-segment': next.id,
        'aria-label': 'Next',
      },
      h('p', { class: 'ros-label' }, `Next · planned ${formatTime(next.start, schedule.zone)}`),
      h('p', { class: 'ros-next-label' }, next.item.label),
      lead
        ? h('p', { class: 'ros-people' }, `${formatSpeakerName(lead.speaker)}, ${lead.role}`)
        : null,
      h('p', { class: 'ros-cue' }, `Cue: ${cue}`),
    );
  },
});
