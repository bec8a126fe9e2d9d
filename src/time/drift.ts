/**
 * Where the show stands against the plan, given what has actually happened: which segment
 * is on, the time it has left, how far ahead or behind the show runs (drift), and when it
 * will end at this pace. Pure: a schedule, a record and an instant in, numbers out.
 *
 * Drift is measured on the running segment: if it ends on time from its actual start, the
 * show is as far off as that start was; once it runs past its planned length, each second
 * of overtime adds a second of drift. Later segments are assumed to keep their planned
 * lengths, so the projected end is the planned end plus the drift.
 */
import { DateTime, Duration } from 'luxon';
import type { Phase, Schedule, ScheduledSegment } from './schedule.ts';
import { getScheduleStatus } from './schedule.ts';
import type { ShowRecord } from './showLog.ts';

/** How the show runs against the plan. */
export type Pace = 'ahead' | 'on-time' | 'behind';

/** The colour of a countdown: normal, amber in its last minutes, red at zero and after. */
export type Warning = 'normal' | 'amber' | 'red';

/** Where the show stands at one instant. */
export interface ShowStatus {
  readonly phase: Phase;
  /** Whether any actual start is recorded; when not, the status follows the plan. */
  readonly tracked: boolean;
  /** The segment on now: the last one started, or by the plan when nothing is recorded. */
  readonly current: ScheduledSegment | null;
  /** When `current` started: its actual start when tracked, its planned start otherwise. */
  readonly currentStart: DateTime | null;
  /** The segment that comes after `current`, or the first one before the show. */
  readonly next: ScheduledSegment | null;
  /** Before the show, the time until the first segment's planned start. */
  readonly untilStart: Duration | null;
  /**
   * Time to `current`'s planned hand-over (the hard stop: a late start does not move it);
   * negative once it runs past.
   */
  readonly remaining: Duration | null;
  /** `current`'s planned end, when it hands over. */
  readonly handOver: DateTime | null;
  /** How late `current` started against its plan (negative: early); `null` when untracked. */
  readonly lateness: Duration | null;
  /**
   * The colour of the lateness beside the countdown: amber when the segment started late,
   * red once it runs past its hand-over, normal otherwise.
   */
  readonly latenessWarning: Warning;
  /** How much of `current`'s time, from its start to its hand-over, has gone, from 0 to 1. */
  readonly progress: number;
  readonly warning: Warning;
  /** How late the show runs (negative: early); `null` when nothing is recorded. */
  readonly drift: Duration | null;
  readonly pace: Pace | null;
  /** When the show will end at this pace, or when it ended. */
  readonly projectedEnd: DateTime;
  /** Whether `projectedEnd` is after the planned end, by a second or more. */
  readonly overruns: boolean;
}

/** Options for `getShowStatus`. */
export interface ShowStatusOptions {
  /** When a countdown turns amber. @defaultValue 2 minutes */
  readonly amberBefore?: Duration;
}

const DEFAULT_AMBER = Duration.fromObject({ minutes: 2 });

/**
 * The warning colour for a countdown with `remaining` left.
 * @example getWarning(Duration.fromObject({ seconds: 90 })) // "amber"
 */
export function getWarning(remaining: Duration, amberBefore: Duration = DEFAULT_AMBER): Warning {
  const ms = remaining.toMillis();
  if (ms <= 0) return 'red';
  return ms <= amberBefore.toMillis() ? 'amber' : 'normal';
}

/** 'ahead', 'on-time' or 'behind' for a drift, to the second. */
export function getPace(drift: Duration): Pace {
  const seconds = Math.trunc(drift.as('seconds'));
  return seconds > 0 ? 'behind' : seconds < 0 ? 'ahead' : 'on-time';
}

/** The last segment, in programme order, with a recorded start. */
export function getLastStarted(
  schedule: Schedule,
  record: ShowRecord,
): ScheduledSegment | undefined {
  return schedule.segments.findLast((s) => record.starts[s.id] !== undefined);
}

function toInstant(schedule: Schedule, ms: number): DateTime {
  return DateTime.fromMillis(ms, { zone: schedule.zone });
}

/** Where the show stands at `now`, given the plan and what has been recorded. */
export function getShowStatus(
  schedule: Schedule,
  record: ShowRecord,
  now: DateTime,
  options: ShowStatusOptions = {},
): ShowStatus {
  const amberBefore = options.amberBefore ?? DEFAULT_AMBER;
  const last = getLastStarted(schedule, record);
  const base = {
    tracked: last !== undefined,
    current: null,
    currentStart: null,
    next: null,
    untilStart: null,
    remaining: null,
    handOver: null,
    lateness: null,
    latenessWarning: 'normal',
    progress: 0,
    warning: 'normal',
    drift: null,
    pace: null,
    projectedEnd: schedule.end,
    overruns: false,
  } satisfies Omit<ShowStatus, 'phase'>;

  if (record.end !== null) {
    const end = toInstant(schedule, record.end);
    const drift = end.diff(schedule.end);
    return {
      ...base,
      phase: 'after',
      drift,
      pace: getPace(drift),
      projectedEnd: end,
      overruns: getPace(drift) === 'behind',
    };
  }

  if (last) {
    const start = toInstant(schedule, record.starts[last.id] ?? 0);
    // Drift assumes the segment takes its full length from its actual start; the countdown
    // does not: it runs to the planned hand-over, which a late start does not move.
    const fullEnd = start.plus(last.duration);
    const remaining = last.end.diff(now);
    const lateness = start.diff(last.start);
    const drift = DateTime.max(fullEnd, now).diff(last.end);
    const projectedEnd = schedule.end.plus(drift);
    return {
      ...base,
      phase: 'during',
      current: last,
      currentStart: start,
      next: last.next,
      remaining,
      handOver: last.end,
      lateness,
      latenessWarning:
        remaining.toMillis() <= 0 ? 'red' : getPace(lateness) === 'behind' ? 'amber' : 'normal',
      progress: getProgress(now.diff(start), last.end.diff(start)),
      warning: getWarning(remaining, amberBefore),
      drift,
      pace: getPace(drift),
      projectedEnd,
      overruns: getPace(drift) === 'behind',
    };
  }

  const plan = getScheduleStatus(schedule, now);
  if (plan.phase === 'before') {
    return {
      ...base,
      phase: 'before',
      next: plan.upcoming,
      untilStart: schedule.start.diff(now),
    };
  }
  if (plan.phase === 'after' || !plan.current) {
    return { ...base, phase: plan.phase, next: plan.upcoming };
  }
  const remaining = plan.current.end.diff(now);
  return {
    ...base,
    phase: 'during',
    current: plan.current,
    currentStart: plan.current.start,
    next: plan.current.next,
    remaining,
    handOver: plan.current.end,
    latenessWarning: remaining.toMillis() <= 0 ? 'red' : 'normal',
    progress: getProgress(now.diff(plan.current.start), plan.current.duration),
    warning: getWarning(remaining, amberBefore),
  };
}

function getProgress(elapsed: Duration, length: Duration): number {
  const total = length.toMillis();
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, elapsed.toMillis() / total));
}

/**
 * The segment that "start next" would start: the one after the last started; with nothing
 * recorded, the one the clock says is on (or comes next), so a host who forgot to mark the
 * opening starts the panel, not the opening, at 11:20.
 */
export function getNextToStart(
  schedule: Schedule,
  record: ShowRecord,
  now: DateTime,
): ScheduledSegment | null {
  if (record.end !== null) return null;
  const last = getLastStarted(schedule, record);
  if (last) return last.next;
  const plan = getScheduleStatus(schedule, now);
  return plan.current ?? plan.upcoming ?? null;
}

/**
 * Whether a slide change into `segment` should start it at once: only at or after its
 * planned start. Before it, the page offers the start and waits for the host, so that
 * moving past the holding slide as people join does not start the show early.
 */
export function isDueToStart(segment: ScheduledSegment, now: DateTime): boolean {
  return now >= segment.start;
}

/** One segment, planned against what happened. */
export interface SegmentReport {
  readonly segment: ScheduledSegment;
  readonly plannedStart: DateTime;
  readonly plannedEnd: DateTime;
  readonly plannedDuration: Duration;
  readonly actualStart: DateTime | null;
  /** The next recorded start after it, or the end of the show. */
  readonly actualEnd: DateTime | null;
  readonly actualDuration: Duration | null;
  /** How much longer than planned it ran (negative: shorter). */
  readonly overrun: Duration | null;
  /** How late it started (negative: early). */
  readonly startDrift: Duration | null;
}

/** An instant cut down to its whole second, as the report shows it. */
function toSecond(schedule: Schedule, ms: number): DateTime {
  return toInstant(schedule, Math.floor(ms / 1000) * 1000);
}

/**
 * Every segment, planned (as announced) against actual, in programme order. Actual times
 * are cut to the whole second first, so every length and difference is whole seconds and
 * the page, the CSV and the JSON, which all read these, agree to the second.
 */
export function buildShowReport(schedule: Schedule, record: ShowRecord): SegmentReport[] {
  const startOf = (s: ScheduledSegment): DateTime | null => {
    const ms = record.starts[s.id];
    return ms === undefined ? null : toSecond(schedule, ms);
  };
  return schedule.segments.map((segment) => {
    const actualStart = startOf(segment);
    const laterStart = schedule.segments
      .slice(segment.index + 1)
      .map(startOf)
      .find((d): d is DateTime => d !== null);
    const showEnd = record.end === null ? null : toSecond(schedule, record.end);
    const actualEnd = actualStart ? (laterStart ?? showEnd) : null;
    const actualDuration = actualStart && actualEnd ? actualEnd.diff(actualStart) : null;
    return {
      segment,
      plannedStart: segment.start,
      plannedEnd: segment.end,
      plannedDuration: segment.duration,
      actualStart,
      actualEnd,
      actualDuration,
      overrun: actualDuration ? actualDuration.minus(segment.duration) : null,
      startDrift: actualStart ? actualStart.diff(segment.start) : null,
    };
  });
}
