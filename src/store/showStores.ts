/**
 * The saved state of the run-of-show and the speaker pages, one key each, namespaced by the
 * event's id so that two sessions of the series never share records.
 */
import { parseShowLog, type ShowEvent } from '../show/showLog.ts';
import type { RehearsalState, SpeakerRehearsal } from '../show/rehearsal.ts';
import { makeStore, type Store } from './makeStore.ts';
import { buildStoreKey, parseRehearsalState, parseSpeakerRehearsal } from './parseSaved.ts';

const idle = {
  segmentId: null,
  timer: { status: 'idle', startedAt: null, pausedAt: null },
  runStartedAt: null,
} as const satisfies RehearsalState;

/**
 * The show's event log (see `foldShowLog`): the live show's, or the run-of-show rehearsal's
 * own. Version 2 is the log; a version 1 record (`{ starts, end }`) is set aside with a
 * notice and a download, as any unknown version is.
 */
export function makeShowRecordStore(
  eventId: string,
  mode: 'live' | 'rehearsal',
  storage?: Storage | null,
): Store<readonly ShowEvent[]> {
  return makeStore<readonly ShowEvent[]>({
    key: buildStoreKey(eventId, 'run-of-show', mode === 'live' ? 'record' : 'rehearsal-record'),
    version: 2,
    label: mode === 'live' ? 'show records' : 'rehearsal records',
    parse: parseShowLog,
    initial: [],
    ...(storage === undefined ? {} : { storage }),
  });
}

/** The run-of-show's rehearsal clock. */
export function makeRehearsalClockStore(
  eventId: string,
  storage?: Storage | null,
): Store<RehearsalState> {
  return makeStore({
    key: buildStoreKey(eventId, 'run-of-show', 'rehearsal-clock'),
    version: 1,
    label: 'rehearsal clock settings',
    parse: parseRehearsalState,
    initial: idle,
    ...(storage === undefined ? {} : { storage }),
  });
}

/** One speaker's rehearsal clock and log. */
export function makeSpeakerRehearsalStore(
  eventId: string,
  speakerId: string,
  storage?: Storage | null,
): Store<SpeakerRehearsal> {
  return makeStore({
    key: buildStoreKey(eventId, 'speaker', speakerId, 'rehearsals'),
    version: 1,
    label: 'rehearsal records',
    parse: parseSpeakerRehearsal,
    initial: { ...idle, log: [] },
    ...(storage === undefined ? {} : { storage }),
  });
}
