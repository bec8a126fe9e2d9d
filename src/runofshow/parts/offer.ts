/**
 * The run-of-show's offer to start a segment the deck reached early.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { formatSegmentName } from '../../show/cues.ts';
import { formatCountdown, formatTime, nextStep } from '../../time/format.ts';
import type { ScheduledSegment } from '../../show/schedule.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/**
 * The offer to start a segment whose first slide the deck showed before its planned start:
 * how far from that start the clock is now, before or after it.
 */
export const offerPart = definePart({
  view: (ctx: RunOfShowContext, segment: ScheduledSegment | null, nowMs: number) => {
    if (!segment) return null;
    const startMs = segment.start.toMillis();
    const untilMs = startMs - nowMs;
    return {
      segment,
      startMs,
      zone: ctx.schedule.zone,
      before: untilMs > 0,
      away: formatCountdown(untilMs),
    };
  },
  render: (view) => {
    if (!view) return null;
    const { segment } = view;
    return h(
      'p',
      { class: 'ros-offer', role: 'status', 'data-testid': 'run-of-show.offer' },
      `The deck is on the first slide of ${formatSegmentName(segment)}, ${view.away} ${view.before ? 'before' : 'after'} its planned start (${formatTime(segment.start, view.zone)}). Nothing is recorded: ${view.before ? 'from then on the next slide starts it' : 'the next slide starts it'}, or press N (“Start ${formatSegmentName(segment)} now”).`,
    );
  },
  // `formatCountdown` counts whole seconds from the planned start, either side of it.
  nextChange: (view, nowMs) => (view ? nextStep(view.startMs, nowMs, 1000) : Infinity),
});
