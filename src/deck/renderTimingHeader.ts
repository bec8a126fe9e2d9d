/**
 * The timing header that opens a slide's speaker notes: the segment, its planned times,
 * this slide's share, and the hand-over cue at the segment's end.
 */
import { Duration } from 'luxon';
import { h } from '../lib/h.ts';
import { formatCountdown, formatTime, formatTimeRange } from '../time/format.ts';
import { getLead, type Schedule, type ScheduledSegment } from '../time/schedule.ts';
import { formatSpeakerName } from './renderLayout.ts';

/** What the timing header needs. */
export interface TimingHeaderOptions {
  readonly schedule: Schedule;
  readonly segment: ScheduledSegment;
  readonly slideSeconds: number;
}

/** The hand-over cue at the end of a segment, e.g. "11:15 hand over to Ms. Ada Lovelace, moderator (Panel)". */
export function formatHandOver(schedule: Schedule, segment: ScheduledSegment): string {
  const at = formatTime(segment.end, schedule.zone);
  const next = segment.next;
  if (!next) return `${at} close the session`;
  const lead = getLead(next);
  if (!lead) return `${at} start “${next.item.label}”`;
  return `${at} hand over to ${formatSpeakerName(lead.speaker)}, ${lead.role} (${next.item.label})`;
}

/** Renders the header as a small block of text lines. */
export function renderTimingHeader(options: TimingHeaderOptions): HTMLElement {
  const { schedule, segment, slideSeconds } = options;
  return h(
    'div',
    { class: 'timing-header', 'data-testid': 'notes.timing' },
    h(
      'p',
      {},
      h('strong', {}, segment.item.label),
      ` · ${formatTimeRange(segment.start, segment.end, schedule.zone)} ${schedule.zoneLabel}`,
    ),
    h('p', {}, `This slide: ${formatCountdown(Duration.fromObject({ seconds: slideSeconds }))}`),
    h('p', {}, `Cue: ${formatHandOver(schedule, segment)}`),
  );
}
