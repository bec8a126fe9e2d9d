/**
 * A live status line (segment, time left, drift, projected end, the host's re-plans, the
 * next checkpoint) for a small space inside another page: the deck shows it in reveal's
 * speaker view. It follows the live record the run-of-show saves; it never writes.
 */
import { makePageController, type Controller } from '../lib/controller.ts';
import { makePartRegion } from '../lib/part.ts';
import { followShow } from '../lib/followShow.ts';
import { h } from '../lib/h.ts';
import type { Store } from '../store/makeStore.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import { nextClockChange } from '../time/format.ts';
import { getShowStatus } from '../show/drift.ts';
import type { ShowEvent } from '../show/showLog.ts';
import type { Schedule } from '../time/schedule.ts';
import { statusLinePart } from './renderStatusLine.ts';

/** Options for `makeStatusLineController`. */
export interface StatusLineOptions {
  readonly root: HTMLElement;
  /** The announced schedule. */
  readonly schedule: Schedule;
  readonly clock: Clock;
  /** The live record the run-of-show keeps; read only. */
  readonly recordStore: Store<readonly ShowEvent[]>;
}

/** Makes the status line's controller. */
export function makeStatusLineController(options: StatusLineOptions): Controller {
  const { root, schedule, clock } = options;
  const region = makePartRegion(h('div', { class: 'status-line-region' }), statusLinePart);
  const show = followShow(schedule, options.recordStore);
  const update = (): number => {
    const now = clock.now();
    const { record, plan } = show.current();
    const status = getShowStatus(plan, record, now);
    region.show(plan, status, { announced: schedule, now });
    // The line counts seconds until the show is over; then nothing on it changes by itself.
    return status.phase === 'after' ? Infinity : nextClockChange(now.toMillis());
  };
  return makePageController({
    root,
    nowMs: () => readClockMs(clock),
    frame: () => region.element,
    update,
    listen: () => [show.watch(update)],
  });
}
