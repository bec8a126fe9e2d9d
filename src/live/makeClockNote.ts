/**
 * The live panel's word on time: the quiet note that this machine's clock is off and corrected
 * (`live.clock-offset`, only from a second up), and the mark of a dress rehearsal on the
 * show's clock (`live.rehearsal`). The two are apart because they are different things: the
 * rehearsal moves every page on purpose; the note is about this machine alone.
 */
import type { Controller } from '../lib/controller.ts';
import { makeRegion } from '../lib/morph.ts';
import { h } from '../lib/h.ts';
import { formatClockNote } from '../time/showClock.ts';
import type { ShowClockRehearsal } from './liveShowInfo.ts';

/** Options for `makeClockNote`. */
export interface ClockNoteOptions {
  readonly root: HTMLElement;
  /** This machine's correction (server minus machine), ms. */
  readonly offsetMs: () => number;
  readonly onOffsetChange: (onChange: () => void) => () => void;
  readonly rehearsal: ShowClockRehearsal | null;
  /** The rehearsal's start as the page shows it, e.g. "10:50 on Thu 28 Aug (Bangkok)". */
  readonly describeStart: (ms: number) => string;
  /**
   * The deck's corner, on the shared screen: the rehearsal's mark alone, and no note (the
   * host's run-of-show lists the deck machine's correction). @defaultValue false
   */
  readonly compact?: boolean;
}

/** Makes the note; it repaints only when the measured offset changes. */
export function makeClockNote(options: ClockNoteOptions): Controller {
  const { root, rehearsal } = options;
  const note = makeRegion(h('div', { class: 'live-clock-note' }));
  let stop: (() => void) | null = null;
  const update = (): void => {
    const text = options.compact ? null : formatClockNote(options.offsetMs());
    note.draw(text === null ? null : h('p', { 'data-testid': 'live.clock-offset' }, text));
  };
  return {
    render() {
      root.replaceChildren(
        rehearsal
          ? h(
              'p',
              { class: 'live-rehearsal', 'data-testid': 'live.rehearsal' },
              h('strong', {}, "Rehearsal on the show's clock"),
              options.compact
                ? ''
                : ` · it started at ${options.describeStart(rehearsal.startedAt)}. What is recorded here is kept apart from the real show.`,
            )
          : '',
        note.element,
      );
    },
    bind() {
      stop = options.onOffsetChange(update);
    },
    update,
    destroy() {
      stop?.();
      root.replaceChildren();
    },
  };
}
