/**
 * The holding slide's live countdown. It repaints once a second, and only while the holding
 * slide is on screen and the page is visible; every paint derives the text from `clock.now()`,
 * so a throttled or late tick never drifts the count.
 */
import type { RevealApi } from 'reveal.js';
import type { Clock } from '../time/clock.ts';
import type { Schedule } from '../time/schedule.ts';
import { formatHoldingStatus, type HoldingStatus } from './formatHoldingStatus.ts';

/** Options for `CountdownController`. */
export interface CountdownOptions {
  readonly clock: Clock;
  readonly schedule: Schedule;
  /**
   * Whether the count runs. A print or a PDF freezes the page, so there a count before the
   * start is left out rather than printed stale. @defaultValue true
   */
  readonly live?: boolean;
}

/** Drives the countdown element: render, bind, update, unbind, destroy. */
export class CountdownController {
  readonly #el: HTMLElement;
  readonly #options: CountdownOptions;
  #deck: RevealApi | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;

  constructor(el: HTMLElement, options: CountdownOptions) {
    this.#el = el;
    this.#options = options;
  }

  /** Marks the element up as a timer and paints it once. */
  render(): void {
    // role=timer is silent by default (aria-live off): a screen reader reads the count when
    // the user reaches it, instead of being interrupted every second.
    this.#el.setAttribute('role', 'timer');
    this.#el.setAttribute('aria-live', 'off');
    this.update();
  }

  /** Follows the deck: ticks while the holding slide is the current one and the tab is visible. */
  bind(deck: RevealApi): void {
    if (this.#options.live === false) return;
    this.#deck = deck;
    for (const type of ['ready', 'slidechanged', 'overviewshown', 'overviewhidden']) {
      deck.on(type, this.#onVisibilityChange);
    }
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#onVisibilityChange();
  }

  /** Stops following the deck and stops ticking. */
  unbind(): void {
    const deck = this.#deck;
    if (deck) {
      for (const type of ['ready', 'slidechanged', 'overviewshown', 'overviewhidden']) {
        deck.off(type, this.#onVisibilityChange);
      }
    }
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#deck = null;
    this.#stop();
  }

  /** Repaints from the clock and returns what it shows. */
  update(): HoldingStatus {
    const status = formatHoldingStatus(this.#options.schedule, this.#options.clock.now());
    const frozenCount = this.#options.live === false && status.phase === 'before';
    this.#el.hidden = frozenCount;
    this.#el.dataset.phase = status.phase;
    if (this.#el.textContent !== status.text) this.#el.textContent = status.text;
    return status;
  }

  /** Unbinds and clears the element's text. */
  destroy(): void {
    this.unbind();
    this.#el.textContent = '';
  }

  /** Whether the once-a-second repaint is scheduled (for tests and diagnostics). */
  get running(): boolean {
    return this.#running;
  }

  // An arrow property, so it is one stable listener to add and remove.
  readonly #onVisibilityChange = (): void => {
    // Before reveal is ready there is no current slide yet, despite its type.
    const current: HTMLElement | undefined = this.#deck?.getCurrentSlide();
    const onScreen = document.visibilityState === 'visible' && !!current?.contains(this.#el);
    if (onScreen) this.#start();
    else this.#stop();
  };

  #start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#tick();
  }

  #stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    if (!this.#running) return;
    this.update();
    // Wake just after the next whole second of the clock, so the seconds shown never skip
    // or repeat; the tick only triggers a repaint, the text comes from clock.now().
    const ms = this.#options.clock.now().toMillis();
    this.#timer = setTimeout(() => this.#tick(), 1000 - (ms % 1000) + 10);
  }
}
