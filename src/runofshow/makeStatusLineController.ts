/**
 * A live status line (segment, time left, drift, projected end) for a small space inside
 * another page: the deck shows it in reveal's speaker view. It reads the live record the
 * run-of-show saves and follows it as it changes; it never writes.
 */
import { paint, startRepaintTimer, type Controller } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import type { Store } from '../store/makeStore.ts';
import type { Clock } from '../time/clock.ts';
import { getShowStatus } from '../time/drift.ts';
import { foldShowLog, type ShowEvent, type ShowRecord } from '../time/showLog.ts';
import type { Schedule } from '../time/schedule.ts';
import { renderStatusLine } from './renderStatusLine.ts';

/** Options for `makeStatusLineController`. */
export interface StatusLineOptions {
  readonly root: HTMLElement;
  readonly schedule: Schedule;
  readonly clock: Clock;
  /** The live record the run-of-show keeps; read only. */
  readonly recordStore: Store<readonly ShowEvent[]>;
}

/** Makes the status line's controller. */
export function makeStatusLineController(options: StatusLineOptions): Controller {
  const { root, schedule, clock, recordStore } = options;
  const region = h('div', { class: 'status-line-region' });
  const unbinders: (() => void)[] = [];
  // Unreadable saved state is the run-of-show's to report and repair; here it reads as empty.
  const read = (): ShowRecord => foldShowLog(schedule, recordStore.peek());
  let record = read();
  const update = (): void =>
    paint(region, renderStatusLine(schedule, getShowStatus(schedule, record, clock.now())));
  return {
    render() {
      root.replaceChildren(region);
    },
    bind() {
      unbinders.push(
        recordStore.watch(() => {
          record = read();
          update();
        }),
      );
      unbinders.push(startRepaintTimer(() => clock.now().toMillis(), update));
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      root.replaceChildren();
    },
  };
}
