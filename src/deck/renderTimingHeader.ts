/**
 * The timing header that opens a slide's speaker notes: the segment, its planned times,
 * this slide's planned window and share, and the hand-over cue at the segment's end.
 * The panel's checkpoints (audience Q&A, the last question) come with their times.
 * It is fixed text, the announced plan: reveal's speaker view copies the notes only when the
 * slide changes, so anything live (the host's re-plans, time left) is shown beside it, in
 * the status line (see makeRunOfShowPlugin and StatusLineController), not in it.
 */
import { h } from '../lib/h.ts';
import { formatHandOver } from '../show/cues.ts';
import { getSegmentCheckpoints } from '../show/checkpoints.ts';
import { formatSeconds, formatTime, formatTimeRange, formatWindow } from '../time/format.ts';
import type { SlidePlan } from '../show/pacing.ts';
import { getSlideWindow, type Schedule, type ScheduledSegment } from '../show/schedule.ts';

/** What the timing header needs. */
export interface TimingHeaderOptions {
  readonly schedule: Schedule;
  readonly segment: ScheduledSegment;
  /** This slide's share of the segment. */
  readonly plan: SlidePlan;
}

/** Renders the header as a small block of text lines. */
export function renderTimingHeader(options: TimingHeaderOptions): HTMLElement {
  const { schedule, segment, plan } = options;
  const slot = getSlideWindow(segment, plan);
  const checkpoints = getSegmentCheckpoints(schedule, segment.id);
  return h(
    'div',
    { class: 'timing-header', 'data-testid': 'notes.timing' },
    h(
      'p',
      {},
      h('strong', {}, segment.item.label),
      ` · ${formatTimeRange(segment.start, segment.end, schedule.zone)} ${schedule.zoneLabel}`,
    ),
    h(
      'p',
      {},
      `This slide: ${formatWindow(slot.start, slot.end, schedule.zone)} · ${formatSeconds(plan.seconds)} (slide ${plan.index + 1} of ${plan.count})`,
    ),
    checkpoints.length > 0
      ? h(
          'p',
          { 'data-testid': 'notes.checkpoints' },
          `Checkpoints: ${checkpoints.map((c) => `${formatTime(c.at, schedule.zone)} ${c.label}`).join(' · ')}`,
        )
      : null,
    h('p', {}, `Cue: ${formatHandOver(schedule, segment)}`),
  );
}
