/**
 * The rehearsal clock, one controller for the run-of-show and the speaker pages: the
 * segment to rehearse, Start, Pause, Resume and Reset, a status line, the clock itself
 * (derived from the real time, standing still while paused) and its saved state, of which
 * every step is saved at once so that a reload picks up exactly where the page was. The
 * page lays out the controls and says what else a step does (the run-of-show's record, a
 * speaker's log of runs).
 */
import type { Store, StoreNotice } from '../store/makeStore.ts';
import { makeRehearsalClock, readClockMs, type Clock } from '../time/clock.ts';
import type { ScheduledSegment } from '../show/schedule.ts';
import {
  chooseRehearsalSegment,
  pauseRehearsal,
  resetRehearsal,
  resumeRehearsal,
  startRehearsal,
  type RehearsalRun,
  type RehearsalState,
} from '../show/rehearsal.ts';
import { ControllerBase, onAbort } from './controller.ts';
import { h } from './h.ts';
import { makeButton } from './makeButton.ts';

/** What a rehearsal control asks for. */
export type RehearsalAction = 'start' | 'pause' | 'resume' | 'reset';

/** Options for `RehearsalController`. */
export interface RehearsalOptions<S extends RehearsalState> {
  /** The test-id namespace: `<capability>.rehearsal-start` and so on. */
  readonly capability: string;
  /** The segments one may rehearse, in programme order (at least one). */
  readonly segments: readonly ScheduledSegment[];
  /** A segment as the chooser lists it. */
  readonly optionLabel: (segment: ScheduledSegment) => string;
  /** The reset button's label. @defaultValue "Reset" */
  readonly resetLabel?: string;
  /** A hint after the idle status line, such as the key that starts the clock. @defaultValue none */
  readonly idleHint?: string;
  /** Where every step is saved. */
  readonly store: Store<S>;
  /** The real time, which the rehearsal clock runs at the pace of. */
  readonly realClock: Clock;
  /** What Reset keeps of the finished run (a speaker's log). @defaultValue nothing */
  readonly keepRun?: (state: S, run: RehearsalRun) => S;
  /** Whether Reset is offered. @defaultValue while the clock is not at rest */
  readonly canReset?: (state: S) => boolean;
  /** Called after each step the user takes, once it is saved. @defaultValue nothing */
  readonly onAction?: (action: RehearsalAction, segment: ScheduledSegment) => void;
  /** Called after any change of the state (a step here, another window's save). */
  readonly onChange: () => void;
  /** Says why saved state was set aside or could not be saved. */
  readonly onNotice: (notice: StoreNotice | null) => void;
}

/** The rehearsal clock's controller; the page places `select`, `buttons` and `status`. */
export class RehearsalController<S extends RehearsalState> extends ControllerBase {
  readonly select: HTMLSelectElement;
  /** Start, Pause, Resume, Reset. */
  readonly buttons: readonly HTMLButtonElement[];
  readonly status: HTMLParagraphElement;
  /** The rehearsal clock: the chosen segment's start plus the time rehearsed. */
  readonly clock: Clock;
  readonly #options: RehearsalOptions<S>;
  readonly #first: ScheduledSegment;
  readonly #controls: Readonly<Record<RehearsalAction, HTMLButtonElement>>;
  #state: S;

  constructor(options: RehearsalOptions<S>) {
    super();
    const first = options.segments[0];
    if (!first) throw new Error(`[${options.capability}] there is no segment to rehearse.`);
    this.#options = options;
    this.#first = first;
    const loaded = options.store.load();
    this.#state = loaded.value;
    options.onNotice(loaded.notice);
    const { capability } = options;
    const button = (action: RehearsalAction, label: string, primary: boolean) =>
      makeButton(`${capability}.rehearsal-${action}`, label, primary ? 'btn-primary' : '');
    this.#controls = {
      start: button('start', 'Start', true),
      pause: button('pause', 'Pause', false),
      resume: button('resume', 'Resume', true),
      reset: button('reset', options.resetLabel ?? 'Reset', false),
    };
    const { start, pause, resume, reset } = this.#controls;
    this.buttons = [start, pause, resume, reset];
    this.select = h(
      'select',
      {
        id: `${capability}-rehearsal-segment`,
        'data-testid': `${capability}.rehearsal-segment`,
      },
      options.segments.map((s) => h('option', { value: s.id }, options.optionLabel(s))),
    );
    this.status = h('p', {
      class: 'rehearsal-status',
      'data-testid': `${capability}.rehearsal-status`,
    });
    this.clock = makeRehearsalClock(options.realClock, () => ({
      origin: this.segment().start,
      timer: this.#state.timer,
    }));
  }

  /** The state now (what is saved). */
  get state(): S {
    return this.#state;
  }

  /** Whether the clock runs (neither at rest nor paused). */
  get running(): boolean {
    return this.#state.timer.status === 'running';
  }

  /** The segment rehearsed: the chosen one, or the first. */
  segment(): ScheduledSegment {
    return this.#options.segments.find((s) => s.id === this.#state.segmentId) ?? this.#first;
  }

  /** Takes a step, saves it and tells the page. */
  act(action: RehearsalAction): void {
    const nowMs = readClockMs(this.#options.realClock);
    const state = this.#state;
    if (action === 'start') {
      if (state.timer.status !== 'idle') return;
      this.#state = startRehearsal({ ...state, segmentId: this.segment().id }, nowMs);
    } else if (action === 'pause') this.#state = pauseRehearsal(state, nowMs);
    else if (action === 'resume') this.#state = resumeRehearsal(state, nowMs);
    else {
      const reset = resetRehearsal(state, nowMs, this.#first.id);
      const { keepRun } = this.#options;
      this.#state = reset.run && keepRun ? keepRun(reset.state, reset.run) : reset.state;
    }
    this.#save();
    this.#options.onAction?.(action, this.segment());
    this.#options.onChange();
  }

  /** The one key's step: start at rest, pause while running, resume while paused. */
  toggle(): void {
    const status = this.#state.timer.status;
    this.act(status === 'idle' ? 'start' : status === 'running' ? 'pause' : 'resume');
  }

  render(): void {
    this.update();
  }

  /**
   * Shows the state. Sets only what changed: writing a reflected attribute, even to its
   * value, is a DOM change, and the page may repaint every second.
   */
  update(): void {
    const state = this.#state;
    const status = state.timer.status;
    const segment = this.segment();
    const { start, pause, resume, reset } = this.#controls;
    setHidden(start, status !== 'idle');
    setHidden(pause, status !== 'running');
    setHidden(resume, status !== 'paused');
    const canReset = this.#options.canReset?.(state) ?? status !== 'idle';
    setDisabled(reset, !canReset);
    setDisabled(this.select, status !== 'idle');
    if (this.select.value !== segment.id) this.select.value = segment.id;
    if (this.status.dataset.status !== status) this.status.dataset.status = status;
    const hint = this.#options.idleHint ? ` ${this.#options.idleHint}` : '';
    const text =
      status === 'idle'
        ? `Ready at the start of “${segment.item.label}”.${hint}`
        : status === 'running'
          ? 'Running.'
          : 'Paused.';
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  protected listen(signal: AbortSignal): void {
    for (const [action, button] of Object.entries(this.#controls)) {
      // Object.entries widens the keys to string; they are the controls' actions.
      button.addEventListener('click', () => this.act(action as RehearsalAction), { signal });
    }
    this.select.addEventListener(
      'change',
      () => {
        this.#state = chooseRehearsalSegment(this.#state, this.select.value);
        this.#save();
        this.#options.onChange();
      },
      { signal },
    );
    // Another window of this page saved a step: take it, so the two agree.
    const { store } = this.#options;
    onAbort(
      signal,
      store.watch(() => {
        this.#state = store.load().value;
        this.#options.onChange();
      }),
    );
  }

  #save(): void {
    this.#options.onNotice(this.#options.store.save(this.#state));
  }
}

function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

function setDisabled(element: HTMLButtonElement | HTMLSelectElement, disabled: boolean): void {
  if (element.disabled !== disabled) element.disabled = disabled;
}
