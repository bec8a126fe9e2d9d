/**
 * Where the show stands against the plan, given what has actually happened: which segment
 * is on, the time it has left, how far ahead or behind the show runs (drift), and when it
 * will end at this pace. Pure: a schedule, a record and an instant in, numbers out.
 *
 * Drift is measured on the running segment, in the same story as its countdown: a segment
 * that started late is on course to hand over at its planned end (the hard stop), so it adds
 * no drift until that hand-over passes, and from then each second adds a second; one that
 * started early and takes its full length puts the show ahead. Later segments are assumed
 * to keep their planned lengths, so the projected end is the planned end plus the drift.
 */
import type { DateTime, Duration } from 'luxon';
import { durationOfMs, instantOfMs } from '../time/clock.ts';
import type { Phase, Schedule, ScheduledSegment } from './schedule.ts';
import { getScheduleStatus } from './schedule.ts';
import { getLastStarted } from './segmentStart.ts';
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

const DEFAULT_AMBER = durationOfMs(2 * 60_000);

/**
 * The warning colour for a countdown with `remaining` left.
 * @example getWarning(Duration.fromObject({ seconds: 90 })) // "amber"
 */
export function getWarning(remaining: Duration, amberBefore: Duration = DEFAULT_AMBER): Warning {
  return getWarningOfMs(remaining.toMillis(), amberBefore.toMillis());
}

/** `getWarning` for a time left in milliseconds. */
export function getWarningOfMs(
  remainingMs: number,
  amberBeforeMs: number = DEFAULT_AMBER.toMillis(),
): Warning {
  if (remainingMs <= 0) return 'red';
  return remainingMs <= amberBeforeMs ? 'amber' : 'normal';
}

/** 'ahead', 'on-time' or 'behind' for a drift, to the second. */
export function getPace(drift: Duration): Pace {
  return getPaceOfMs(drift.toMillis());
}

function toInstant(schedule: Schedule, ms: number): DateTime {
  return instantOfMs(ms, schedule.zone);
}

/**
 * Where the show stands between two of its boundaries: everything of `ShowStatus` that
 * changes only when the record changes or the plan reaches a boundary (a segment's start or
 * end, the show's start or end), with the instants the live figures are counted from, in
 * epoch milliseconds. `getShowTick` derives those figures at any instant before `until`
 * without making a luxon object, so a once-a-second repaint does only the tick's work.
 */
export interface ShowFrame {
  readonly phase: Phase;
  readonly tracked: boolean;
  readonly current: ScheduledSegment | null;
  /** When `current` started: its actual start when tracked, its planned start otherwise. */
  readonly currentStartMs: number | null;
  readonly next: ScheduledSegment | null;
  /** The show's planned start and end. */
  readonly startMs: number;
  readonly endMs: number;
  /** `current`'s planned hand-over. */
  readonly handOverMs: number | null;
  /** How late `current` started (negative: early); `null` when untracked. */
  readonly latenessMs: number | null;
  /** When `current` would end if it took its full length from its actual start (tracked only). */
  readonly fullEndMs: number | null;
  /** When the show ended, when it did. */
  readonly endedMs: number | null;
  /** The length of `current`'s time, from its start to its hand-over, for its progress. */
  readonly lengthMs: number;
  readonly amberBeforeMs: number;
  /** The frame holds until this instant (epoch ms; `Infinity`: until the record changes). */
  readonly until: number;
}

/** The figures of a `ShowFrame` at one instant, in milliseconds. */
export interface ShowTick {
  readonly untilStartMs: number | null;
  readonly remainingMs: number | null;
  readonly latenessWarning: Warning;
  readonly progress: number;
  readonly warning: Warning;
  readonly driftMs: number | null;
  readonly pace: Pace | null;
  readonly projectedEndMs: number;
  readonly overruns: boolean;
}

/** 'ahead', 'on-time' or 'behind' for a drift in milliseconds, to the second. */
export function getPaceOfMs(ms: number): Pace {
  const seconds = Math.trunc(ms / 1000);
  return seconds > 0 ? 'behind' : seconds < 0 ? 'ahead' : 'on-time';
}

/** The planned instants after `nowMs` at which the plan alone moves the show on, the first of them. */
function nextPlanBoundary(schedule: Schedule, nowMs: number): number {
  let next = Infinity;
  const consider = (ms: number): void => {
    if (ms > nowMs && ms < next) next = ms;
  };
  consider(schedule.start.toMillis());
  consider(schedule.end.toMillis());
  for (const s of schedule.segments) {
    consider(s.start.toMillis());
    consider(s.end.toMillis());
  }
  return next;
}

/** The show's frame at `nowMs`, given the plan and what has been recorded. */
export function getShowFrame(
  schedule: Schedule,
  record: ShowRecord,
  nowMs: number,
  options: ShowStatusOptions = {},
): ShowFrame {
  const amberBeforeMs = (options.amberBefore ?? DEFAULT_AMBER).toMillis();
  const last = getLastStarted(schedule, record);
  const base = {
    tracked: last !== undefined,
    current: null,
    currentStartMs: null,
    next: null,
    startMs: schedule.start.toMillis(),
    endMs: schedule.end.toMillis(),
    handOverMs: null,
    latenessMs: null,
    fullEndMs: null,
    endedMs: null,
    lengthMs: 0,
    amberBeforeMs,
    until: Infinity,
  } satisfies Omit<ShowFrame, 'phase'>;
  if (record.end !== null) return { ...base, phase: 'after', endedMs: record.end };
  if (last) {
    const startMs = record.starts[last.id] ?? 0;
    const handOverMs = last.end.toMillis();
    return {
      ...base,
      phase: 'during',
      current: last,
      currentStartMs: startMs,
      next: last.next,
      handOverMs,
      latenessMs: startMs - last.start.toMillis(),
      fullEndMs: startMs + last.duration.toMillis(),
      lengthMs: handOverMs - startMs,
    };
  }
  const now = instantOfMs(nowMs);
  const plan = getScheduleStatus(schedule, now);
  const until = nextPlanBoundary(schedule, nowMs);
  if (plan.phase === 'before') return { ...base, phase: 'before', next: plan.upcoming, until };
  if (plan.phase === 'after' || !plan.current) {
    return { ...base, phase: plan.phase, next: plan.upcoming, until };
  }
  const { current } = plan;
  return {
    ...base,
    phase: 'during',
    current,
    currentStartMs: current.start.toMillis(),
    next: current.next,
    handOverMs: current.end.toMillis(),
    lengthMs: current.duration.toMillis(),
    until,
  };
}

/** The live figures of `frame` at `nowMs` (before `frame.until`), in milliseconds. */
export function getShowTick(frame: ShowFrame, nowMs: number): ShowTick {
  const idle = {
    untilStartMs: null,
    remainingMs: null,
    latenessWarning: 'normal',
    progress: 0,
    warning: 'normal',
    driftMs: null,
    pace: null,
    projectedEndMs: frame.endMs,
    overruns: false,
  } satisfies ShowTick;
  if (frame.endedMs !== null) {
    const driftMs = frame.endedMs - frame.endMs;
    const pace = getPaceOfMs(driftMs);
    return { ...idle, driftMs, pace, projectedEndMs: frame.endedMs, overruns: pace === 'behind' };
  }
  if (frame.phase === 'before') return { ...idle, untilStartMs: frame.startMs - nowMs };
  if (frame.handOverMs === null || frame.currentStartMs === null) return idle;
  const remainingMs = frame.handOverMs - nowMs;
  const progress =
    frame.lengthMs <= 0
      ? 1
      : Math.min(1, Math.max(0, (nowMs - frame.currentStartMs) / frame.lengthMs));
  const warning = getWarningOfMs(remainingMs, frame.amberBeforeMs);
  if (frame.fullEndMs === null || frame.latenessMs === null) {
    return {
      ...idle,
      remainingMs,
      latenessWarning: remainingMs <= 0 ? 'red' : 'normal',
      progress,
      warning,
    };
  }
  // One story with the countdown, which runs to the planned hand-over (a late start does
  // not move it): a segment that started late is on course to hand over then, so the show
  // runs late only once that hand-over passes, a second for a second. One that started
  // early is expected to take its full length, and puts the show ahead by the difference.
  const courseEndMs = Math.max(getDriftGrowsFromMs(frame), nowMs);
  const driftMs = courseEndMs - frame.handOverMs;
  const pace = getPaceOfMs(driftMs);
  return {
    untilStartMs: null,
    remainingMs,
    latenessWarning:
      remainingMs <= 0 ? 'red' : getPaceOfMs(frame.latenessMs) === 'behind' ? 'amber' : 'normal',
    progress,
    warning,
    driftMs,
    pace,
    projectedEndMs: frame.endMs + driftMs,
    overruns: pace === 'behind',
  };
}

/**
 * The instant from which the drift of `frame` grows with the time: a recorded segment on now
 * is on course until the earlier of its hand-over and the end of its full length from its
 * actual start, and runs late a second for a second after. `Infinity` when the drift holds
 * until the frame changes (nothing recorded, or the show ended).
 */
export function getDriftGrowsFromMs(frame: ShowFrame): number {
  if (frame.endedMs !== null || frame.fullEndMs === null || frame.handOverMs === null)
    return Infinity;
  return Math.min(frame.fullEndMs, frame.handOverMs);
}

/** A frame and its figures at one instant: what the run-of-show's live parts read. */
export interface ShowMoment {
  readonly frame: ShowFrame;
  readonly tick: ShowTick;
  /** The instant, in epoch milliseconds. */
  readonly nowMs: number;
}

/** The moment `nowMs` of `frame` (which must hold then). */
export function getShowMoment(frame: ShowFrame, nowMs: number): ShowMoment {
  return { frame, tick: getShowTick(frame, nowMs), nowMs };
}

/** Where the show stands at `now`, given the plan and what has been recorded. */
export function getShowStatus(
  schedule: Schedule,
  record: ShowRecord,
  now: DateTime,
  options: ShowStatusOptions = {},
): ShowStatus {
  const frame = getShowFrame(schedule, record, now.toMillis(), options);
  const tick = getShowTick(frame, now.toMillis());
  const duration = (ms: number | null): Duration | null => (ms === null ? null : durationOfMs(ms));
  return {
    phase: frame.phase,
    tracked: frame.tracked,
    current: frame.current,
    currentStart:
      frame.currentStartMs === null
        ? null
        : frame.current && frame.currentStartMs === frame.current.start.toMillis()
          ? frame.current.start
          : toInstant(schedule, frame.currentStartMs),
    next: frame.next,
    untilStart: duration(tick.untilStartMs),
    remaining: duration(tick.remainingMs),
    handOver: frame.current && frame.handOverMs !== null ? frame.current.end : null,
    lateness: duration(frame.latenessMs),
    latenessWarning: tick.latenessWarning,
    progress: tick.progress,
    warning: tick.warning,
    drift: duration(tick.driftMs),
    pace: tick.pace,
    projectedEnd:
      tick.projectedEndMs === frame.endMs ? schedule.end : toInstant(schedule, tick.projectedEndMs),
    overruns: tick.overruns,
  };
}
