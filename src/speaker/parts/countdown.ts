/**
 * The countdown to the speaker's turn on the live clock.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { getWarningOfMs } from '../../show/drift.ts';
import {
  formatClock,
  formatShortDate,
  formatTime,
  formatTimer,
  formatTimeUntil,
} from '../../time/format.ts';
import { getSpeakerTurn, type ScheduledSegment } from '../../time/schedule.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { formatInZones } from './segmentTimes.ts';

/** The countdown to the speaker's turn on the live clock, in the plan the pages show. */
export const countdownPart = definePart({
  view: (ctx: SpeakerContext, planned: readonly ScheduledSegment[], nowMs: number) => {
    const turn = getSpeakerTurn(planned, nowMs);
    const { speaker } = ctx;
    if (turn.state === 'waiting') {
      return {
        state: 'waiting' as const,
        label: `“${turn.segment.item.label}” starts in`,
        big: formatTimeUntil(turn.untilMs),
        sub: `at ${formatClock(turn.segment.start, speaker.timeZone).slice(0, 5)} ${formatShortDate(turn.segment.start, speaker.timeZone)} your time (${speaker.timeZoneLabel})`,
        warning: null,
      };
    }
    if (turn.state === 'on') {
      return {
        state: 'on' as const,
        label: `On now: “${turn.segment.item.label}”`,
        big: `${formatTimer(turn.remainingMs)} left`,
        sub: `Hand over at ${formatInZones(ctx, (z) => formatTime(turn.segment.end, z), turn.segment.end)}`,
        warning: getWarningOfMs(turn.remainingMs),
      };
    }
    const last = planned.at(-1);
    return {
      state: 'done' as const,
      label: 'Done: your part is over',
      big: '',
      sub: last
        ? `“${last.item.label}” ended at ${formatInZones(ctx, (z) => formatTime(last.end, z), last.end)}. Thank you!`
        : null,
      warning: null,
    };
  },
  render: (view) => {
    if (view.state === 'done') {
      return h(
        'section',
        { class: 'sp-countdown sp-done', 'data-state': 'done', 'aria-label': 'Your turn' },
        h('p', { class: 'sp-done-mark', 'aria-hidden': 'true' }, '✓'),
        h('p', { class: 'sp-done-title', 'data-testid': 'speaker.countdown' }, view.label),
        view.sub ? h('p', { class: 'sp-muted' }, view.sub) : null,
      );
    }
    return h(
      'section',
      { class: 'sp-countdown', 'data-state': view.state, 'aria-label': 'Your turn' },
      h('p', { class: 'sp-label' }, view.label),
      h(
        'p',
        { class: 'sp-big', 'data-testid': 'speaker.countdown', 'data-warning': view.warning },
        view.big,
      ),
      view.sub ? h('p', { class: 'sp-muted' }, view.sub) : null,
    );
  },
});
