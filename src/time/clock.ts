import { DateTime, Duration } from 'luxon';

/** An instant, as the time module hands it out; other folders name it without importing luxon. */
export type Instant = DateTime;

/** A source of the current instant, injected so that pages can run on a rehearsal clock and tests on a fixed one. */
export interface Clock {
  now(): DateTime;
}

/** The real time. */
export const systemClock: Clock = { now: () => DateTime.now() };

/** A clock that always returns `instant`, for tests and for rendering a page as of a moment. */
export function makeFixedClock(instant: DateTime): Clock {
  return { now: () => instant };
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
  if (state.startedAt === null) return Duration.fromMillis(0);
  const until = state.status === 'paused' && state.pausedAt !== null ? state.pausedAt : nowMs;
  return Duration.fromMillis(Math.max(0, until - state.startedAt));
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
  return {
    now: () => {
      const { origin, timer } = read();
      return origin.plus(getTimerElapsed(timer, real.now().toMillis()));
    },
  };
}
