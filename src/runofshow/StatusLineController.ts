/**
 * A live status line (segment, time left, drift, projected end, the host's re-plans, the
 * next checkpoint) for a small space inside another page: the deck shows it in reveal's
 * speaker view. It follows the live record the run-of-show saves; it never writes.
 */
import { onAbort } from '../lib/controller.ts';
import { PageController, type Derived } from '../lib/pageController.ts';
import { followShow, type ShowFollower, type ShowReading } from '../lib/followShow.ts';
import type { Store } from '../store/makeStore.ts';
import { fromMillis } from '../time/format.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import { getShowStatus } from '../show/drift.ts';
import type { ShowEvent } from '../show/showLog.ts';
import type { Schedule } from '../show/schedule.ts';
import { statusLinePart } from './renderStatusLine.ts';

/** Options for `StatusLineController`. */
export interface StatusLineOptions {
  readonly root: HTMLElement;
  /** The announced schedule. */
  readonly schedule: Schedule;
  readonly clock: Clock;
  /** The live record the run-of-show keeps; read only. */
  readonly recordStore: Store<readonly ShowEvent[]>;
}

/** The status line's controller: one part, redrawn each second until the show is over. */
export class StatusLineController extends PageController<ShowReading> {
  readonly #schedule: Schedule;
  readonly #show: ShowFollower;
  readonly #line: HTMLElement;

  constructor(options: StatusLineOptions) {
    super(options.root, () => readClockMs(options.clock));
    this.#schedule = options.schedule;
    this.#show = followShow(options.schedule, options.recordStore);
    this.#line = this.region(
      statusLinePart,
      ({ plan, record }, nowMs) => {
        const now = fromMillis(nowMs);
        return [plan, getShowStatus(plan, record, now), { announced: this.#schedule, now }];
      },
      'status-line-region',
    );
  }

  protected frame(): Node {
    return this.#line;
  }

  protected derive(): Derived<ShowReading> {
    // The reading changes only when the run-of-show saves; the line's time is the part's.
    return { state: this.#show.current(), until: Infinity };
  }

  protected listenPage(signal: AbortSignal): void {
    onAbort(
      signal,
      this.#show.watch(() => this.update()),
    );
  }
}
