/**
 * The schedule: the agenda as instants, and where the show stands at any instant. Every
 * time shown anywhere (slides, notes, run-of-show, speaker pages, data-timing) comes from
 * here, so that two pages can never disagree.
 */
import type { DateTime, Duration, Interval } from 'luxon';
import type { AgendaItem, Model, Participant } from '../../data/types.ts';
import { inMillis, type InstantLike } from '../time/clock.ts';
import { buildSlidePlans, type PacedSlide, type SlidePlan } from './pacing.ts';

/** One segment of the programme, with its neighbours resolved. */
export interface ScheduledSegment {
  readonly item: AgendaItem;
  readonly id: string;
  readonly index: number;
  readonly interval: Interval;
  readonly start: DateTime;
  readonly end: DateTime;
  readonly duration: Duration;
  readonly previous: ScheduledSegment | null;
  readonly next: ScheduledSegment | null;
}

export type Phase = 'before' | 'during' | 'after';

/** The whole programme in the event's zone. */
export interface Schedule {
  readonly zone: string;
  readonly zoneLabel: string;
  readonly start: DateTime;
  readonly end: DateTime;
  readonly segments: readonly ScheduledSegment[];
}

/** Where the show stands at one instant, by the plan. */
export interface ScheduleStatus {
  readonly phase: Phase;
  /** The segment running at the instant, or `null` before, after, or in a gap. */
  readonly current: ScheduledSegment | null;
  /** The next segment to start after the instant. */
  readonly upcoming: ScheduledSegment | null;
  /** Time left in `current`, or until `upcoming` when nothing is running. */
  readonly remaining: Duration | null;
}

/** Builds the schedule from the validated model. */
export function buildSchedule(model: Model): Schedule {
  const segments: ScheduledSegment[] = [];
  for (const item of model.agenda) {
    const start = item.interval.start;
    const end = item.interval.end;
    if (!start || !end) throw new Error(`[schedule] segment ${item.id} has an invalid interval.`);
    const segment: ScheduledSegment = {
      item,
      id: item.id,
      index: segments.length,
      interval: item.interval,
      start,
      end,
      duration: item.interval.toDuration(),
      previous: segments.at(-1) ?? null,
      next: null,
    };
    if (segment.previous) (segment.previous as { next: ScheduledSegment | null }).next = segment;
    segments.push(segment);
  }
  return {
    zone: model.event.timeZone,
    zoneLabel: model.event.timeZoneLabel,
    start: model.event.start,
    end: model.event.end,
    segments,
  };
}

/** Where the show stands at `instant`, by the plan. */
export function getScheduleStatus(schedule: Schedule, instant: DateTime): ScheduleStatus {
  const phase: Phase =
    instant < schedule.start ? 'before' : instant >= schedule.end ? 'after' : 'during';
  const current = schedule.segments.find((s) => s.interval.contains(instant)) ?? null;
  const upcoming = schedule.segments.find((s) => s.start > instant) ?? null;
  const remaining = current
    ? current.end.diff(instant)
    : upcoming
      ? upcoming.start.diff(instant)
      : null;
  return { phase, current, upcoming, remaining };
}

/** Finds a segment by id. */
export function findSegment(schedule: Schedule, id: string): ScheduledSegment | undefined {
  return schedule.segments.find((s) => s.id === id);
}

/** The participant who takes the floor when a segment starts: its moderator if it has one. */
export function getLead(segment: ScheduledSegment): Participant | null {
  const { participants } = segment.item;
  return participants.find((p) => p.role === 'moderator') ?? participants[0] ?? null;
}

/** The segments in which a speaker takes part. */
export function getSpeakerSegments(schedule: Schedule, speakerId: string): ScheduledSegment[] {
  return schedule.segments.filter((s) =>
    s.item.participants.some((p) => p.speaker.id === speakerId),
  );
}

/** Each segment's slides with their share of its time, by slide id (see `buildSlidePlans`). */
export function buildScheduleSlidePlans(
  schedule: Schedule,
  slides: readonly PacedSlide[],
): Map<string, SlidePlan> {
  return buildSlidePlans(
    schedule.segments.map((s) => ({ id: s.id, seconds: s.duration.as('seconds') })),
    slides,
  );
}

/** The planned window of a slide within its segment. */
export function getSlideWindow(
  segment: ScheduledSegment,
  plan: SlidePlan,
): { readonly start: DateTime; readonly end: DateTime } {
  const start = segment.start.plus({ seconds: plan.offsetSeconds });
  return { start, end: start.plus({ seconds: plan.seconds }) };
}

/**
 * Where a speaker stands at an instant, by the plan: waiting (`untilMs` to their start), on
 * (`remainingMs` to their hand-over), or done. `changesAt` is the boundary at which the
 * turn moves on (epoch ms; `Infinity` once done).
 */
export type SpeakerTurn =
  | {
      readonly state: 'waiting';
      readonly segment: ScheduledSegment;
      readonly untilMs: number;
      readonly changesAt: number;
    }
  | {
      readonly state: 'on';
      readonly segment: ScheduledSegment;
      readonly remainingMs: number;
      readonly changesAt: number;
    }
  | { readonly state: 'done'; readonly changesAt: number };

/**
 * The speaker's next or current segment among `segments`, by the plan, at `instant`
 * (epoch milliseconds or a DateTime): a once-a-second repaint makes no luxon object here.
 */
export function getSpeakerTurn(
  segments: readonly ScheduledSegment[],
  instant: InstantLike,
): SpeakerTurn {
  const nowMs = inMillis(instant);
  for (const segment of segments) {
    const startMs = segment.start.toMillis();
    const endMs = segment.end.toMillis();
    if (nowMs < startMs) {
      return { state: 'waiting', segment, untilMs: startMs - nowMs, changesAt: startMs };
    }
    if (nowMs < endMs) {
      return { state: 'on', segment, remainingMs: endMs - nowMs, changesAt: endMs };
    }
  }
  return { state: 'done', changesAt: Infinity };
}
