/**
 * The show as every page reads it: the record folded from the show's event log, and the plan
 * with the host's re-plans applied. The run-of-show writes the log; the speaker pages and
 * the deck's status line follow it (another window saving, or the live server).
 */
import type { Store } from '../store/makeStore.ts';
import { applyReplans } from '../show/replan.ts';
import type { Schedule } from '../show/schedule.ts';
import { foldShowLog, type ShowEvent, type ShowRecord } from '../show/showLog.ts';
import { isSameView } from './isSameView.ts';

/** The record and the plan it implies. */
export interface ShowReading {
  readonly record: ShowRecord;
  /** The announced schedule with the record's re-plans; the schedule itself when none. */
  readonly plan: Schedule;
}

/**
 * Reads `log` against the announced `schedule`. The plan of `previous` is kept when the
 * re-plans did not change, so that parts whose view holds the plan are not redrawn.
 */
export function readShow(
  schedule: Schedule,
  log: readonly ShowEvent[],
  previous: ShowReading | null = null,
): ShowReading {
  const record = foldShowLog(schedule, log);
  const plan =
    previous && isSameView(previous.record.replans, record.replans)
      ? previous.plan
      : applyReplans(schedule, record.replans);
  return { record, plan };
}

/** A page's reading of the show, kept up to date from a store it never writes. */
export interface ShowFollower {
  current(): ShowReading;
  /** Calls `onChange` after each change saved elsewhere; returns how to stop. */
  watch(onChange: () => void): () => void;
}

/**
 * Follows the show's record in `store`. Unreadable saved state is the run-of-show's to
 * report and repair; here it reads as an empty record (the announced plan).
 */
export function followShow(schedule: Schedule, store: Store<readonly ShowEvent[]>): ShowFollower {
  let reading = readShow(schedule, store.peek());
  return {
    current: () => reading,
    watch: (onChange) =>
      store.watch(() => {
        reading = readShow(schedule, store.peek(), reading);
        onChange();
      }),
  };
}
