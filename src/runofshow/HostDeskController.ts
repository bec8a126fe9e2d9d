/**
 * The host's desk on the run-of-show: the buttons and keys that start the next segment,
 * undo, end the show, re-plan and mark the recording's start, and the buttons' labels and
 * states. What each does to the record and the plan is `makeShowDesk`'s; this is the room
 * the host works them from.
 */
import { ControllerBase } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import { formatSegmentName } from '../show/cues.ts';
import type { ShowFrame } from '../show/drift.ts';
import { getLastStarted, getNextToStart } from '../show/segmentStart.ts';
import { fromMillis } from '../time/format.ts';
import type { ShowDesk } from './makeShowDesk.ts';

/** Options for `HostDeskController`. */
export interface HostDeskOptions {
  readonly desk: ShowDesk;
  /** What the P key does (the rehearsal clock's start, pause or resume); none when live. */
  readonly onPlayKey?: () => void;
  /** Called after each action of the host's, to repaint the page. */
  readonly onChange: () => void;
}

/** Where the show stands, for the buttons: its frame and the instant it was read at. */
export interface HostDeskReading {
  readonly frame: ShowFrame;
  readonly nowMs: number;
}

/** Whether a key press belongs to a text field, where the desk's keys must not act. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** Sets an element's text only when it differs, so an unchanged control is not restyled. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  if (button.disabled !== disabled) button.disabled = disabled;
}

/** The host's buttons, in the order they are listened to. */
const HOST_BUTTONS = ['next', 'more', 'less', 'recording', 'undo', 'end'] as const;
type HostButton = (typeof HOST_BUTTONS)[number];

/** The host's buttons and keys; the page places `element` and calls `show` on every repaint. */
export class HostDeskController extends ControllerBase {
  /** The buttons, laid out: start next, undo, end, the re-plan pair, the recording's start. */
  readonly element: HTMLElement;
  readonly #options: HostDeskOptions;
  readonly #buttons: Readonly<Record<HostButton, HTMLButtonElement>>;
  readonly #actions: Readonly<Record<HostButton, () => void>>;
  #reading: HostDeskReading | null = null;

  constructor(options: HostDeskOptions) {
    super();
    this.#options = options;
    const { desk } = options;
    this.#actions = {
      next: desk.startNext,
      more: () => desk.replan(1),
      less: () => desk.replan(-1),
      recording: desk.markRecordingStart,
      undo: desk.undo,
      end: desk.endShow,
    };
    this.#buttons = {
      next: makeButton('run-of-show.start-next', 'Start next', 'btn-primary'),
      more: makeButton('run-of-show.replan-more', '+1 min'),
      less: makeButton('run-of-show.replan-less', '−1 min'),
      recording: makeButton('run-of-show.recording-start', 'Recording started (C)'),
      undo: makeButton('run-of-show.undo', 'Undo (U)'),
      end: makeButton('run-of-show.end', 'End show (E)'),
    };
    const { next, undo, end, less, more, recording } = this.#buttons;
    // The controls come right under the countdown, so that at 1280×720 both are on screen
    // without scrolling.
    this.element = h(
      'div',
      { class: 'ros-actions' },
      next,
      undo,
      end,
      h(
        'span',
        { class: 'ros-replan', role: 'group', 'aria-label': 'Re-plan the segment on now' },
        less,
        more,
      ),
      recording,
    );
  }

  /** Brings the buttons' labels and states up to where the show stands. */
  show(reading: HostDeskReading): void {
    this.#reading = reading;
    this.update();
  }

  render(): void {
    // The buttons are built with the controller; the page places `element`.
  }

  /** Repaints the buttons from the reading last shown. */
  update(): void {
    const reading = this.#reading;
    if (!reading) return;
    const { frame } = reading;
    const { desk } = this.#options;
    const buttons = this.#buttons;
    const { record, plan } = desk.reading();
    const offered = desk.offered();
    const now = fromMillis(reading.nowMs);
    const next = offered ?? getNextToStart(plan, record, now);
    const dueNow =
      next !== null && (offered?.id === next.id || (!frame.tracked && now >= next.start));
    setText(
      buttons.next,
      next === null
        ? 'Start next (N)'
        : dueNow
          ? `Start ${formatSegmentName(next)} now (N)`
          : `Start “${formatSegmentName(next)}” (N)`,
    );
    const started = getLastStarted(plan, record) !== undefined;
    setDisabled(buttons.next, next === null);
    setDisabled(buttons.undo, record.end === null && !started);
    setDisabled(buttons.end, record.end !== null || !started);
    const canReplan =
      frame.phase === 'during' &&
      frame.current !== null &&
      frame.current.next !== null &&
      record.end === null;
    setDisabled(buttons.more, !canReplan);
    setDisabled(buttons.less, !canReplan);
    setDisabled(buttons.recording, record.end !== null);
  }

  protected listen(signal: AbortSignal): void {
    document.addEventListener('keydown', (event) => this.#onKey(event), { signal });
    for (const name of HOST_BUTTONS) {
      const action = this.#actions[name];
      this.#buttons[name].addEventListener('click', () => this.#act(action), { signal });
    }
  }

  #act(action: () => void): void {
    action();
    this.#options.onChange();
  }

  #onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const { desk, onPlayKey } = this.#options;
    const key = event.key.toLowerCase();
    // N and C go through their buttons, so that a disabled one does nothing.
    if (key === 'n') this.#buttons.next.click();
    else if (key === '+' || key === '=') this.#act(() => desk.replan(1));
    else if (key === '-') this.#act(() => desk.replan(-1));
    else if (key === 'c') this.#buttons.recording.click();
    else if (key === 'u') this.#act(desk.undo);
    else if (key === 'e') this.#act(desk.endShow);
    else if (key === 'p' && onPlayKey) onPlayKey();
    else return;
    event.preventDefault();
  }
}
