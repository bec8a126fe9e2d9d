/**
 * The entries of the calendar files: the whole programme, or one speaker's segments, each
 * with its instants and a description that names the zones, so that an entry read in any
 * calendar says when it is in the speaker's own time and in the event's.
 */
import type { Model, Speaker } from '../../data/types.ts';
import type { CalendarEntry } from '../calendar/buildCalendar.ts';
import { formatRole, formatSpeakerName } from './cues.ts';
import { formatTimeOnDay, formatTimeRange } from '../time/format.ts';
import { getSpeakerSegments, type Schedule, type ScheduledSegment } from './schedule.ts';

function uid(model: Model, ...parts: readonly string[]): string {
  return `${[model.event.id, ...parts].join('-')}@recognition-webinar`;
}

function when(schedule: Schedule, segment: ScheduledSegment, zone: string, label: string): string {
  const reference = { instant: segment.start, zone: schedule.zone };
  return `${formatTimeRange(segment.start, segment.end, zone, reference)} ${label} time`;
}

/** Who a calendar file names as its maker (PRODID): the event's host organiser. */
export function getCalendarProducer(model: Model): string {
  return model.event.organisers.find((o) => o.role === 'host')?.name ?? model.event.series;
}

/** The whole programme as one entry, with each segment listed in the description. */
export function buildProgrammeEntries(model: Model, schedule: Schedule): CalendarEntry[] {
  const lines = schedule.segments.map(
    (s) =>
      `${formatTimeRange(s.start, s.end, schedule.zone)} ${s.item.label}: ${s.item.participants.map((p) => formatSpeakerName(p.speaker)).join(', ')}`,
  );
  return [
    {
      uid: uid(model, 'programme'),
      start: schedule.start.toMillis(),
      end: schedule.end.toMillis(),
      summary: `${model.event.series} · Session ${model.event.session}`,
      description: [
        model.event.title,
        `Programme (${schedule.zoneLabel} time):`,
        ...lines,
        model.event.joinNote,
      ].join('\n'),
    },
  ];
}

/**
 * The speaker's join time before their first segment, for the sound check (from
 * `event.speakerJoin`), as an entry of its own that ends when the segment starts, with the
 * reminder before it: the time they must act on is the join, not the slot.
 */
function buildJoinEntry(
  model: Model,
  schedule: Schedule,
  speaker: Speaker,
  first: ScheduledSegment,
): CalendarEntry {
  const { minutesBefore, reminderMinutes } = model.event.speakerJoin;
  const start = first.start.toMillis();
  const join = start - minutesBefore * 60_000;
  // The date too where the zone's day is not the event's, as the slots' ranges do.
  const reference = { instant: join, zone: schedule.zone };
  const at = (zone: string, label: string): string =>
    `${formatTimeOnDay(join, zone, reference)} ${label} time`;
  const joinAt =
    speaker.timeZone === schedule.zone
      ? at(schedule.zone, schedule.zoneLabel)
      : `${at(speaker.timeZone, speaker.timeZoneLabel)} (${at(schedule.zone, schedule.zoneLabel)})`;
  return {
    uid: uid(model, 'join', speaker.id),
    start: join,
    end: start,
    summary: `Join for the sound check · ${model.event.series}`,
    description: [
      `Join the webinar at ${joinAt}, ${minutesBefore} minutes before ${first.item.label}, for the sound check.`,
      model.event.joinNote,
    ].join('\n'),
    reminderMinutes,
  };
}

/**
 * The speaker's join time for the sound check, then one entry per segment they take part in,
 * each described in their zone first.
 */
export function buildSpeakerEntries(
  model: Model,
  schedule: Schedule,
  speaker: Speaker,
): CalendarEntry[] {
  const segments = getSpeakerSegments(schedule, speaker.id);
  const join = segments[0] ? [buildJoinEntry(model, schedule, speaker, segments[0])] : [];
  const slots = segments.map((segment): CalendarEntry => {
    const role = segment.item.participants.find((p) => p.speaker.id === speaker.id)?.role;
    const ownZone = speaker.timeZone !== schedule.zone;
    return {
      uid: uid(model, segment.id, speaker.id),
      start: segment.start.toMillis(),
      end: segment.end.toMillis(),
      summary: `${role ? `${formatRole(role)}: ` : ''}${segment.item.label} · ${model.event.series}`,
      description: [
        segment.item.title,
        ownZone
          ? `${when(schedule, segment, speaker.timeZone, speaker.timeZoneLabel)} (${when(schedule, segment, schedule.zone, schedule.zoneLabel)})`
          : when(schedule, segment, schedule.zone, schedule.zoneLabel),
        model.event.joinNote,
      ].join('\n'),
    };
  });
  return [...join, ...slots];
}
