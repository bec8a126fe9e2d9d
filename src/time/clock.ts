import { DateTime, Duration, Interval } from 'luxon';

/** An instant, as the time module hands it out; other folders name it without importing luxon. */
export type Instant = DateTime;

/**
 * An instant as a page's clock gives it: a luxon DateTime, or epoch milliseconds (what a
 * once-a-second repaint passes, so that it makes no DateTime at all).
 */
export type InstantLike = DateTime | number;

/** An instant (epoch ms) or a length of time, in milliseconds, however it was given. */
export function inMillis(value: InstantLike | Duration): number {
  return typeof value === 'number' ? value : value.toMillis();
}

/**
 * The instant `ms` (epoch milliseconds), read in `zone` (the browser's when omitted): how
 * folders other than src/time make a DateTime.
 */
export function instantOfMs(ms: number, zone?: string): DateTime {
  return zone === undefined ? DateTime.fromMillis(ms) : DateTime.fromMillis(ms, { zone });
}

/** An instant written in ISO 8601, read in `zone` (the zone of an offset-less time). */
export function parseIsoInstant(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone });
}

/** A length of time of `ms` milliseconds. @example durationOfMs(90_000).as('minutes') // 1.5 */
export function durationOfMs(ms: number): Duration {
  return Duration.fromMillis(ms);
}

/** The span from `start` to `end`. */
export function intervalOf(start: DateTime, end: DateTime): Interval {
  return Interval.fromDateTimes(start, end);
}

/** A source of the current instant, injected so that pages can run on a rehearsal clock and tests on a fixed one. */
export interface Clock {
  now(): DateTime;
  /**
   * The same instant in epoch milliseconds, without making a DateTime (a once-a-second
   * repaint reads this). @defaultValue `now().toMillis()`, through `readClockMs`
   */
  nowMs?(): number;
}

/** The clock's instant in epoch milliseconds, made without a DateTime where the clock can. */
export function readClockMs(clock: Clock): number {
  return clock.nowMs ? clock.nowMs() : clock.now().toMillis();
}

/** The real time. */
export const systemClock: Clock = { now: () => DateTime.now(), nowMs: () => Date.now() };

/** A clock that always returns `instant`, for tests and for rendering a page as of a moment. */
export function makeFixedClock(instant: DateTime): Clock {
  return { now: () => instant, nowMs: () => instant.toMillis() };
}

/** Whether a stopwatch is at rest, running, or held. */
export type TimerStatus = 'idle' | 'running' | 'paused';

/**
 * A stopwatch as timestamps of the real clock (epoch milliseconds), so that it can be stored
 * and survives a reload. Elapsed time is derived from these, never counted in ticks
 * (the pattern of Slidev's `useTimer`): resuming moves `startedAt` forward by the pause.
 */
export interface TimerState {
  readonly status: TimerStatus;
  /** When the timer would have started had it never paused; `null` when idle. */
  readonly startedAt: number | null;
  /** When it was paused; `null` unless paused. */
  readonly pausedAt: number | null;
}

/** A timer at rest. */
export const idleTimer: TimerState = { status: 'idle', startedAt: null, pausedAt: null };

/** Starts an idle timer at `nowMs`; any other timer is returned as it is. */
export function startTimer(state: TimerState, nowMs: number): TimerState {
  return state.status === 'idle' ? { status: 'running', startedAt: nowMs, pausedAt: null } : state;
}

/** Holds a running timer at `nowMs`; any other timer is returned as it is. */
export function pauseTimer(state: TimerState, nowMs: number): TimerState {
  return state.status === 'running' ? { ...state, status: 'paused', pausedAt: nowMs } : state;
}

/** Lets a paused timer run again, leaving the pause out of its elapsed time. */
export function resumeTimer(state: TimerState, nowMs: number): TimerState {
  if (state.status !== 'paused' || state.startedAt === null || state.pausedAt === null) {
    return state;
  }
  return {
    status: 'running',
    startedAt: state.startedAt + (nowMs - state.pausedAt),
    pausedAt: null,
  };
}

/**
 * The time a timer has run by `nowMs`, pauses left out. Never negative, even if the
 * system clock was set back after the timer started.
 * @example getTimerElapsed({ status: 'paused', startedAt: 0, pausedAt: 90_000 }, 500_000).as('seconds') // 90
 */
export function getTimerElapsed(state: TimerState, nowMs: number): Duration {
  return Duration.fromMillis(getTimerElapsedMs(state, nowMs));
}

/** `getTimerElapsed` in milliseconds. */
export function getTimerElapsedMs(state: TimerState, nowMs: number): number {
  if (state.startedAt === null) return 0;
  const until = state.status === 'paused' && state.pausedAt !== null ? state.pausedAt : nowMs;
  return Math.max(0, until - state.startedAt);
}

/** Where a rehearsal clock starts, and its stopwatch. */
export interface RehearsalClockState {
  /** The instant the clock shows before it starts: a segment's scheduled start. */
  readonly origin: DateTime;
  readonly timer: TimerState;
}

/**
 * A clock for rehearsals: it reads `origin` until the timer starts, then moves on with the
 * timer, and stands still while it is paused. `read` is called on every `now()`, so the
 * clock follows the stored timer and the chosen segment without being rebuilt.
 */
export function makeRehearsalClock(real: Clock, read: () => RehearsalClockState): Clock {
  const nowMs = (): number => {
    const { origin, timer } = read();
    return origin.toMillis() + getTimerElapsedMs(timer, readClockMs(real));
  };
  return { now: () => DateTime.fromMillis(nowMs(), { zone: read().origin.zone }), nowMs };
}

/**
 * A clock `shiftMs()` away from `real`, read on every call: a page's clock corrected for its
 * machine's error (and, in a dress rehearsal, moved onto the show's clock). Everything the page
 * shows derives from it, so one correction moves every time, countdown and cue together.
 */
export function makeShiftedClock(real: Clock, shiftMs: () => number): Clock {
  const nowMs = (): number => readClockMs(real) + shiftMs();
  return { now: () => DateTime.fromMillis(nowMs()), nowMs };
}
