/**
 * The entries of the calendar files: the whole programme, or one speaker's segments, each
 * with its instants and a description that names the zones, so that an entry read in any
 * calendar says when it is in the speaker's own time and in the event's.
 */
import type { Model, Speaker } from '../../data/types.ts';
import type { CalendarEntry } from '../calendar/buildCalendar.ts';
import { formatRole, formatSpeakerName } from './cues.ts';
import { formatTimeRange } from '../time/format.ts';
import { getSpeakerSegments, type Schedule, type ScheduledSegment } from '../time/schedule.ts';

function uid(model: Model, ...parts: readonly string[]): string {
  return `${[model.event.id, ...parts].join('-')}@recognition-webinar`;
}

function when(schedule: Schedule, segment: ScheduledSegment, zone: string, label: string): string {
  const reference = { instant: segment.start, zone: schedule.zone };
  return `${formatTimeRange(segment.start, segment.end, zone, reference)} ${label} time`;
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

/** One entry per segment the speaker takes part in, described in their zone first. */
export function buildSpeakerEntries(
  model: Model,
  schedule: Schedule,
  speaker: Speaker,
): CalendarEntry[] {
  return getSpeakerSegments(schedule, speaker.id).map((segment) => {
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
}
