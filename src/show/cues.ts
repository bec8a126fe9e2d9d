/**
 * The words of the programme's cues: who has the floor and when it passes on. The deck's
 * notes, the run-of-show and the speaker pages all use these, so a cue reads the same
 * everywhere.
 */
import type { Participant, Speaker } from '../../data/types.ts';
import { formatTime } from '../time/format.ts';
import { getLead, type Schedule, type ScheduledSegment } from './schedule.ts';

/** Honorific and name, e.g. "Ms. Ada Lovelace". */
export function formatSpeakerName(speaker: Speaker): string {
  return `${speaker.honorific} ${speaker.name}`;
}

const ROLE_LABEL: Record<Participant['role'], string> = {
  speaker: 'Speaker',
  panellist: 'Panellist',
  moderator: 'Moderator',
};

/** A participant's role for display: "Moderator". */
export function formatRole(role: Participant['role']): string {
  return ROLE_LABEL[role];
}

/**
 * The hand-over cue at the end of a segment, in the event's zone unless `at` gives the
 * time as the reader should see it (a speaker's page names the zones). When the same person
 * leads the next segment, the cue says to move on rather than to hand over.
 * @example formatHandOver(schedule, overview) // "11:15 hand over to Ms. Ada Lovelace, moderator (Panel)"
 */
export function formatHandOver(
  schedule: Schedule,
  segment: ScheduledSegment,
  at: string = formatTime(segment.end, schedule.zone),
): string {
  const next = segment.next;
  if (!next) return `${at} close the session`;
  const lead = getLead(next);
  if (!lead) return `${at} start “${next.item.label}”`;
  const who = `${formatSpeakerName(lead.speaker)}, ${lead.role}`;
  if (lead.speaker.id === getLead(segment)?.speaker.id) {
    return `${at} move on to “${next.item.label}” (${who})`;
  }
  return `${at} hand over to ${who} (${next.item.label})`;
}

/**
 * The cue that gives a segment the floor: who hands over to its lead, and when.
 * @example formatHandIn(schedule, panel) // "11:15 Ms. Grace Hopper hands over to Ms. Ada Lovelace, moderator"
 */
export function formatHandIn(
  schedule: Schedule,
  segment: ScheduledSegment,
  at: string = formatTime(segment.start, schedule.zone),
): string {
  const lead = getLead(segment);
  const to = lead ? `${formatSpeakerName(lead.speaker)}, ${lead.role}` : `“${segment.item.label}”`;
  const previous = segment.previous ? getLead(segment.previous) : null;
  if (!segment.previous) return `${at} the session opens with ${to}`;
  if (!previous) return `${at} “${segment.previous.item.label}” ends, then ${to}`;
  if (lead && previous.speaker.id === lead.speaker.id) {
    return `${at} ${formatSpeakerName(lead.speaker)} moves on from “${segment.previous.item.label}”`;
  }
  return `${at} ${formatSpeakerName(previous.speaker)} hands over to ${to}`;
}

const KIND_NAME: Readonly<Record<ScheduledSegment['item']['kind'], string>> = {
  opening: 'Opening',
  overview: 'Overview',
  panel: 'Panel',
  'wrap-up': 'Wrap-up',
  break: 'Break',
};

/**
 * A segment as the slide that opens it is called everywhere (on screen, the cue sheet, the
 * notes, the recording's chapters): its short name and who leads it.
 * @example formatSegmentTitle(overview) // "Overview · Ms. Ada Lovelace"
 * @example formatSegmentTitle(panel) // "Panel · Ms. Grace Hopper, moderator"
 */
export function formatSegmentTitle(segment: ScheduledSegment): string {
  const lead = getLead(segment);
  const name = formatSegmentName(segment);
  if (!lead) return name;
  const role = lead.role === 'moderator' ? ', moderator' : '';
  return `${name} · ${formatSpeakerName(lead.speaker)}${role}`;
}

/**
 * A segment's short name for buttons and cues: its kind ("Panel") when it is the only
 * segment of that kind, else its label.
 * @example formatSegmentName(panel) // "Panel"
 */
export function formatSegmentName(segment: ScheduledSegment): string {
  return isOnlyOfKind(segment) ? KIND_NAME[segment.item.kind] : segment.item.label;
}

/**
 * A segment named within a sentence: "the panel", or its quoted label when its kind does
 * not name it alone.
 * @example `wrap ${formatSegmentRef(panel)} by 12:25` // "wrap the panel by 12:25"
 */
export function formatSegmentRef(segment: ScheduledSegment): string {
  return isOnlyOfKind(segment)
    ? `the ${KIND_NAME[segment.item.kind].toLowerCase()}`
    : `“${segment.item.label}”`;
}

function isOnlyOfKind(segment: ScheduledSegment): boolean {
  let sameKind = 0;
  for (let s: ScheduledSegment | null = segment; s; s = s.previous) {
    if (s.item.kind === segment.item.kind) sameKind += 1;
  }
  for (let s = segment.next; s; s = s.next) if (s.item.kind === segment.item.kind) sameKind += 1;
  return sameKind === 1;
}
