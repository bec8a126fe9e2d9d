/**
 * What every part of a speaker's page reads: the model, the schedule, the speaker and
 * their slides.
 */
import type { Model, Participant, Speaker } from '../../data/types.ts';
import type { SlidePlan } from '../show/pacing.ts';
import type { Schedule, ScheduledSegment } from '../show/schedule.ts';

/** A slide of one of the speaker's segments, with its notes rendered at build time. */
export interface SpeakerSlide {
  readonly id: string;
  /** A short name for the slide: its heading, or what its layout shows. */
  readonly label: string;
  /** Trusted HTML of the notes, rendered from the slide files at build time. */
  readonly notesHtml: string;
  readonly plan: SlidePlan;
}

/** What every part of the speaker page may use. */
export interface SpeakerContext {
  readonly model: Model;
  readonly schedule: Schedule;
  readonly speaker: Speaker;
  /** The speaker's segments, in programme order. */
  readonly segments: readonly ScheduledSegment[];
  /** The slides of those segments, in deck order. */
  readonly slides: readonly SpeakerSlide[];
  /** The IANA zone of the browser showing the page. */
  readonly viewerZone: string;
  /** A link to a slide in the deck. */
  readonly slideHref: (slideId: string) => string;
}

/** The speaker's place among the segment's participants, if they have one. */
export function participantOf(
  ctx: SpeakerContext,
  segment: ScheduledSegment,
): Participant | undefined {
  return segment.item.participants.find((p) => p.speaker.id === ctx.speaker.id);
}
