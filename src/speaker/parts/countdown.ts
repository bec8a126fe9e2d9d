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
  nextTimerChange,
  nextTimeUntilChange,
} from '../../time/format.ts';
import { getSpeakerTurn, type ScheduledSegment } from '../../show/schedule.ts';
import type { SpeakerContext } from '../speakerContext.ts';
import { formatInZones } from './segmentTimes.ts';

/**
 * What the countdown says besides the count: it holds until the turn changes (`targetMs`,
 * the start waited for or the end of the turn on now), so a tick only counts.
 */
export interface TurnText {
  readonly state: 'waiting' | 'on' | 'done';
  /** The instant counted to; `Infinity` once the speaker's part is over. */
  readonly targetMs: number;
  readonly label: string;
  readonly sub: string | null;
}

/** The speaker's turn at `nowMs` in the plan the pages show (`planned`: their segments in it), in words. */
export function getTurnText(
  ctx: SpeakerContext,
  planned: readonly ScheduledSegment[],
  nowMs: number,
): TurnText {
  const turn = getSpeakerTurn(planned, nowMs);
  const { speaker } = ctx;
  if (turn.state === 'waiting') {
    return {
      state: 'waiting',
      targetMs: turn.changesAt,
      label: `“${turn.segment.item.label}” starts in`,
      sub: `at ${formatClock(turn.segment.start, speaker.timeZone).slice(0, 5)} ${formatShortDate(turn.segment.start, speaker.timeZone)} your time (${speaker.timeZoneLabel})`,
    };
  }
  if (turn.state === 'on') {
    return {
      state: 'on',
      targetMs: turn.changesAt,
      label: `On now: “${turn.segment.item.label}”`,
      sub: `Hand over at ${formatInZones(ctx, (z) => formatTime(turn.segment.end, z), turn.segment.end)}`,
    };
  }
  const last = planned.at(-1);
  return {
    state: 'done',
    targetMs: Infinity,
    label: 'Done: your part is over',
    sub: last
      ? `“${last.item.label}” ended at ${formatInZones(ctx, (z) => formatTime(last.end, z), last.end)}. Thank you!`
      : null,
  };
}

/**
 * The countdown to the speaker's turn on the live clock, or the time left in it: `turn` is
 * `getTurnText` of the plan the pages show, so a tick formats only the count.
 */
export const countdownPart = definePart({
  view: (turn: TurnText, nowMs: number) => {
    const leftMs = turn.targetMs - nowMs;
    if (turn.state === 'waiting') return { ...turn, big: formatTimeUntil(leftMs), warning: null };
    if (turn.state === 'on') {
      return { ...turn, big: `${formatTimer(leftMs)} left`, warning: getWarningOfMs(leftMs) };
    }
    return { ...turn, big: '', warning: null };
  },
  // The count's next turn (in minutes, then seconds, before; in seconds during the turn),
  // and the turn's own change, when the page derives the next turn's words.
  nextChange: ({ state, targetMs }, nowMs) => {
    if (state === 'waiting') return Math.min(targetMs, nextTimeUntilChange(targetMs, nowMs));
    if (state === 'on') return Math.min(targetMs, nextTimerChange(targetMs, nowMs));
    return Infinity;
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
