/**
 * Rehearsal runs: a stopwatch that starts from a segment's scheduled start, and the log of
 * finished runs. Pure state changes on timestamps (epoch ms of the real clock), so that a
 * page can save every step and a reload loses nothing.
 */
import type { Duration } from 'luxon';
import {
  durationOfMs,
  getTimerElapsed,
  idleTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../time/clock.ts';
import type { ScheduledSegment } from './schedule.ts';

/** One finished rehearsal of a segment. */
export interface RehearsalRun {
  readonly segmentId: string;
  /** When the run was started (real clock). */
  readonly startedAt: number;
  /** When it was stopped (real clock). */
  readonly endedAt: number;
  /** Time rehearsed, pauses left out. */
  readonly elapsedMs: number;
}

/** A rehearsal clock: the segment it starts from and its stopwatch. */
export interface RehearsalState {
  /** The segment rehearsed; `null` for the first one. */
  readonly segmentId: string | null;
  readonly timer: TimerState;
  /** When the current run was first started (the timer's own start moves with pauses). */
  readonly runStartedAt: number | null;
}

/** A speaker's rehearsals: the clock now, and the runs so far. */
export interface SpeakerRehearsal extends RehearsalState {
  readonly log: readonly RehearsalRun[];
}

/** A rehearsal clock that has not been started. */
export const idleRehearsal: RehearsalState = {
  segmentId: null,
  timer: idleTimer,
  runStartedAt: null,
};

/** Chooses the segment to rehearse; only while the clock is at rest. */
export function chooseRehearsalSegment<S extends RehearsalState>(state: S, segmentId: string): S {
  return state.timer.status === 'idle' ? { ...state, segmentId } : state;
}

/** Starts a run at `nowMs`. */
export function startRehearsal<S extends RehearsalState>(state: S, nowMs: number): S {
  if (state.timer.status !== 'idle') return state;
  return { ...state, timer: startTimer(state.timer, nowMs), runStartedAt: nowMs };
}

/** Holds the run at `nowMs`. */
export function pauseRehearsal<S extends RehearsalState>(state: S, nowMs: number): S {
  return { ...state, timer: pauseTimer(state.timer, nowMs) };
}

/** Lets a held run go on from `nowMs`. */
export function resumeRehearsal<S extends RehearsalState>(state: S, nowMs: number): S {
  return { ...state, timer: resumeTimer(state.timer, nowMs) };
}

/**
 * Stops the run at `nowMs` and sets the clock back to the segment's start. Returns the
 * finished run, or `null` when nothing was rehearsed.
 */
export function resetRehearsal<S extends RehearsalState>(
  state: S,
  nowMs: number,
  firstSegmentId: string,
): { readonly state: S; readonly run: RehearsalRun | null } {
  const elapsedMs = getTimerElapsed(state.timer, nowMs).toMillis();
  const run =
    state.timer.status !== 'idle' && state.runStartedAt !== null && elapsedMs >= 1000
      ? {
          segmentId: state.segmentId ?? firstSegmentId,
          startedAt: state.runStartedAt,
          endedAt: nowMs,
          elapsedMs,
        }
      : null;
  return { state: { ...state, timer: idleTimer, runStartedAt: null }, run };
}

/** How much longer than the segment a run took (negative: shorter). */
export function getRunOverrun(run: RehearsalRun, segment: ScheduledSegment): Duration {
  return durationOfMs(run.elapsedMs).minus(segment.duration);
}

/** How long a run took, pauses left out. */
export function getRunLength(run: RehearsalRun): Duration {
  return durationOfMs(run.elapsedMs);
}
