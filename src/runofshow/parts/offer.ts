/**
 * The run-of-show's offer to start a segment the deck reached early.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import { formatSegmentName } from '../../show/cues.ts';
import { formatTime, formatTimeUntil } from '../../time/format.ts';
import type { ScheduledSegment } from '../../time/schedule.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** The offer to start a segment whose first slide the deck showed before its planned start. */
export const offerPart = definePart(
  (ctx: RunOfShowContext, segment: ScheduledSegment | null, nowMs: number) =>
    segment
      ? {
          segment,
          zone: ctx.schedule.zone,
          early: formatTimeUntil(segment.start.toMillis() - nowMs),
        }
      : null,
  (view) => {
    if (!view) return null;
    const { segment } = view;
    return h(
      'p',
      { class: 'ros-offer', role: 'status', 'data-testid': 'run-of-show.offer' },
      `The deck is on the first slide of ${formatSegmentName(segment)}, ${view.early} before its planned start (${formatTime(segment.start, view.zone)}). Nothing is recorded: press N or “Start ${formatSegmentName(segment)} now” to start it.`,
    );
  },
);
