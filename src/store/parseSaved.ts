/**
 * Checks for the shapes the pages save: each takes parsed JSON and returns it typed, or
 * throws an Error naming the first field that does not fit.
 */
import type { TimerState, TimerStatus } from '../time/clock.ts';
import type { RehearsalRun, RehearsalState, SpeakerRehearsal } from '../time/rehearsal.ts';

type Fields = Readonly<Record<string, unknown>>;

function expectObject(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where} should be an object`);
  }
  return value as Fields;
}

function expectTime(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${where} should be a timestamp, got ${JSON.stringify(value)}`);
  }
  return value;
}

function expectTimeOrNull(value: unknown, where: string): number | null {
  return value === null ? null : expectTime(value, where);
}

function expectId(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(`${where} should be an id, got ${JSON.stringify(value)}`);
  }
  return value;
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
  const startedAt = expectTimeOrNull(fields.startedAt, 'timer.startedAt');
  const pausedAt = expectTimeOrNull(fields.pausedAt, 'timer.pausedAt');
  if (status === 'idle') return { status: 'idle', startedAt: null, pausedAt: null };
  if (startedAt === null) throw new Error(`a ${status} timer needs timer.startedAt`);
  if (status === 'paused' && pausedAt === null) throw new Error('a paused timer needs pausedAt');
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
    runStartedAt: expectTimeOrNull(fields.runStartedAt ?? null, 'runStartedAt'),
  };
}

/** Checks one saved rehearsal run. */
export function parseRehearsalRun(data: unknown, where = 'run'): RehearsalRun {
  const fields = expectObject(data, where);
  return {
    segmentId: expectId(fields.segmentId, `${where}.segmentId`),
    startedAt: expectTime(fields.startedAt, `${where}.startedAt`),
    endedAt: expectTime(fields.endedAt, `${where}.endedAt`),
    elapsedMs: expectTime(fields.elapsedMs, `${where}.elapsedMs`),
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
