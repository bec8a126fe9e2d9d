/**
 * Checks for the shapes the pages save: each takes parsed JSON and returns it typed, or
 * throws an Error naming the first field that does not fit.
 */
import type { TimerState, TimerStatus } from '../time/clock.ts';
import type { RehearsalRun, RehearsalState, SpeakerRehearsal } from '../show/rehearsal.ts';
import { expectDuration, expectId, expectInOrder, expectInstant } from './checkValues.ts';

type Fields = Readonly<Record<string, unknown>>;

function expectObject(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where} should be an object`);
  }
  return value as Fields;
}

function expectInstantOrNull(value: unknown, where: string): number | null {
  return value === null ? null : expectInstant(value, where);
}

const STATUSES: readonly TimerStatus[] = ['idle', 'running', 'paused'];

/** Checks a saved stopwatch, including that its timestamps fit its status. */
export function parseTimerState(data: unknown): TimerState {
  const fields = expectObject(data, 'timer');
  const status = fields.status;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    throw new Error(
      `timer.status should be idle, running or paused, got ${JSON.stringify(status)}`,
    );
  }
  const startedAt = expectInstantOrNull(fields.startedAt, 'timer.startedAt');
  const pausedAt = expectInstantOrNull(fields.pausedAt, 'timer.pausedAt');
  if (status === 'idle') return { status: 'idle', startedAt: null, pausedAt: null };
  if (startedAt === null) throw new Error(`a ${status} timer needs timer.startedAt`);
  if (status === 'paused' && pausedAt === null) throw new Error('a paused timer needs pausedAt');
  if (status === 'paused' && pausedAt !== null) {
    expectInOrder(startedAt, 'timer.startedAt', pausedAt, 'timer.pausedAt');
  }
  return {
    status: status as TimerStatus,
    startedAt,
    pausedAt: status === 'paused' ? pausedAt : null,
  };
}

/** Checks a saved rehearsal clock. */
export function parseRehearsalState(data: unknown): RehearsalState {
  const fields = expectObject(data, 'the rehearsal');
  return {
    segmentId: fields.segmentId === null ? null : expectId(fields.segmentId, 'segmentId'),
    timer: parseTimerState(fields.timer),
    runStartedAt: expectInstantOrNull(fields.runStartedAt ?? null, 'runStartedAt'),
  };
}

/** Checks one saved rehearsal run. */
export function parseRehearsalRun(data: unknown, where = 'run'): RehearsalRun {
  const fields = expectObject(data, where);
  const startedAt = expectInstant(fields.startedAt, `${where}.startedAt`);
  const endedAt = expectInstant(fields.endedAt, `${where}.endedAt`);
  expectInOrder(startedAt, `${where}.startedAt`, endedAt, `${where}.endedAt`);
  const elapsedMs = expectDuration(fields.elapsedMs, `${where}.elapsedMs`);
  // Pauses can only shorten a run: more time on the stopwatch than on the wall is impossible.
  if (elapsedMs > endedAt - startedAt) {
    throw new Error(`${where}.elapsedMs is longer than the time from its start to its end`);
  }
  return {
    segmentId: expectId(fields.segmentId, `${where}.segmentId`),
    startedAt,
    endedAt,
    elapsedMs,
  };
}

/** Checks a speaker's saved rehearsals. */
export function parseSpeakerRehearsal(data: unknown): SpeakerRehearsal {
  const fields = expectObject(data, 'the rehearsals');
  if (!Array.isArray(fields.log)) throw new Error('log should be a list');
  return {
    ...parseRehearsalState(data),
    log: fields.log.map((run, i) => parseRehearsalRun(run, `log[${i}]`)),
  };
}

/** The key for a page's saved state: one namespace per event, so sessions never mix. */
export function buildStoreKey(eventId: string, ...parts: readonly string[]): string {
  return [eventId, ...parts].join(':');
}
