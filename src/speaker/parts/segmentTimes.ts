/**
 * A segment's times on a speaker's page: in the speaker's zone, the event's, and the
 * browser's where it differs.
 */
import { h } from '../../lib/h.ts';
import type { Instant } from '../../time/clock.ts';
import { formatTimeRange, formatZoneCity } from '../../time/format.ts';
import type { ScheduledSegment } from '../../show/schedule.ts';
import { isSameClock } from '../../time/zones.ts';
import type { SpeakerContext } from '../speakerContext.ts';

/**
 * A time the speaker reads: in their own zone first, named, then the event's; only the
 * event's, named, when the two show the same clock.
 * @example formatInZones(ctx, (z) => formatTime(end, z), end) // "07:25 Chicago (12:25 Lisbon)"
 */
export function formatInZones(
  ctx: SpeakerContext,
  format: (zone: string) => string,
  at: Instant,
): string {
  const { speaker, schedule } = ctx;
  if (isSameClock(speaker.timeZone, schedule.zone, at))
    return `${format(schedule.zone)} ${schedule.zoneLabel}`;
  return `${format(speaker.timeZone)} ${speaker.timeZoneLabel} (${format(schedule.zone)} ${schedule.zoneLabel})`;
}

function timeRow(testId: string, label: string, value: string): HTMLElement {
  return h(
    'p',
    { class: 'sp-time', 'data-testid': testId },
    h('span', { class: 'sp-time-label' }, label),
    h('span', { class: 'sp-time-value' }, value),
  );
}

/** A segment's times in the speaker's zone, the event's, and the browser's where it differs. */
export function renderSegmentTimes(ctx: SpeakerContext, segment: ScheduledSegment): HTMLElement {
  const { schedule, speaker, viewerZone } = ctx;
  const reference = { instant: segment.start, zone: schedule.zone };
  const range = (zone: string): string =>
    formatTimeRange(segment.start, segment.end, zone, reference);
  const event = range(schedule.zone);
  const local = range(speaker.timeZone);
  const viewer = range(viewerZone);
  const sameZone = isSameClock(schedule.zone, speaker.timeZone, segment.start);
  return h(
    'div',
    { class: 'sp-times' },
    sameZone
      ? timeRow('speaker.event-time', `Your time and the event’s · ${schedule.zoneLabel}`, event)
      : [
          timeRow('speaker.local-time', `Your time · ${speaker.timeZoneLabel}`, local),
          timeRow('speaker.event-time', `Event time · ${schedule.zoneLabel}`, event),
        ],
    viewer !== local && viewer !== event
      ? timeRow('speaker.viewer-time', `This browser · ${formatZoneCity(viewerZone)}`, viewer)
      : null,
  );
}
