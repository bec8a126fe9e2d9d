/**
 * The live panel's word on time: the quiet note that this machine's clock is off and corrected
 * (`live.clock-offset`, only from a second up), and the mark of a dress rehearsal on the
 * show's clock (`live.rehearsal`). The two are apart because they are different things: the
 * rehearsal moves every page on purpose; the note is about this machine alone.
 */
import { ControllerBase, onAbort } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { definePart, makePartRegion, type PartRegion } from '../lib/part.ts';
import { formatClockNote } from '../time/showClock.ts';
import type { ShowClockRehearsal } from './liveShowInfo.ts';

/** Options for `ClockNoteController`. */
export interface ClockNoteOptions {
  readonly root: HTMLElement;
  /** This machine's correction (server minus machine), ms. */
  readonly offsetMs: () => number;
  readonly onOffsetChange: (onChange: () => void) => () => void;
  readonly rehearsal: ShowClockRehearsal | null;
  /** The rehearsal's start as the page shows it, e.g. "10:50 on Thu 14 Mar (Lisbon)". */
  readonly describeStart: (ms: number) => string;
  /**
   * The deck's corner, on the shared screen: the rehearsal's mark alone, and no note (the
   * host's run-of-show lists the deck machine's correction). @defaultValue false
   */
  readonly compact?: boolean;
}

/** The note on this machine's clock: it changes with the measured offset, never with the time. */
const clockNotePart = definePart({
  view: (offsetMs: number, compact: boolean) => (compact ? null : formatClockNote(offsetMs)),
  render: (text: string | null) =>
    text === null ? null : h('p', { 'data-testid': 'live.clock-offset' }, text),
});

/** The note and the rehearsal's mark; the note repaints only when the measured offset changes. */
export class ClockNoteController extends ControllerBase {
  readonly #options: ClockNoteOptions;
  readonly #note: PartRegion<[offsetMs: number, compact: boolean]>;

  constructor(options: ClockNoteOptions) {
    super();
    this.#options = options;
    this.#note = makePartRegion(h('div', { class: 'live-clock-note' }), clockNotePart);
  }

  render(): void {
    const { rehearsal, compact = false } = this.#options;
    this.#options.root.replaceChildren(
      rehearsal
        ? h(
            'p',
            { class: 'live-rehearsal', 'data-testid': 'live.rehearsal' },
            h('strong', {}, "Rehearsal on the show's clock"),
            compact
              ? ''
              : ` · it started at ${this.#options.describeStart(rehearsal.startedAt)}. What is recorded here is kept apart from the real show.`,
          )
        : '',
      this.#note.element,
    );
  }

  update(): void {
    this.#note.show(this.#options.offsetMs(), this.#options.compact ?? false);
  }

  protected listen(signal: AbortSignal): void {
    onAbort(
      signal,
      this.#options.onOffsetChange(() => this.update()),
    );
  }

  protected override clear(): void {
    this.#options.root.replaceChildren();
  }
}
