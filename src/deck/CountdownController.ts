/**
 * The holding slide's live countdown. It repaints only while the holding slide is on screen
 * and the page is visible, and then only when its text can change: each second in the last
 * hour, each minute (or hour) before, at the start and at the end. Every paint derives the
 * text from the clock, so a throttled or late wake-up never drifts the count.
 */
import type { RevealApi } from 'reveal.js';
import { MAX_SLEEP_MS } from '../lib/repaintTimer.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import type { Schedule } from '../time/schedule.ts';
import {
  formatHoldingStatus,
  nextHoldingChange,
  type HoldingStatus,
} from './formatHoldingStatus.ts';

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
  /**
   * The count's text, in a box of its own inside the element: the element is an item of the
   * slide's flex layout, which cannot contain a relayout, so the box does (deck.css).
   */
  readonly #box = document.createElement('span');
  readonly #text = document.createTextNode('');
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
    this.#box.className = 'holding-count';
    this.#box.append(this.#text);
    this.#el.replaceChildren(this.#box);
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
    const status = formatHoldingStatus(this.#options.schedule, readClockMs(this.#options.clock));
    const frozenCount = this.#options.live === false && status.phase === 'before';
    // Set only what changed: writing an attribute, even to its value, is a DOM change.
    if (this.#el.hidden !== frozenCount) this.#el.hidden = frozenCount;
    if (this.#el.dataset.phase !== status.phase) this.#el.dataset.phase = status.phase;
    if (this.#text.nodeValue !== status.text) this.#text.nodeValue = status.text;
    return status;
  }

  /** Unbinds and clears the element's text. */
  destroy(): void {
    this.unbind();
    this.#el.textContent = '';
  }

  /** Whether a repaint is scheduled (for tests and diagnostics). */
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
    // Wake just after the text can next change, so the seconds shown never skip or repeat
    // and a count in minutes costs one wake-up a minute; the wake-up only triggers a
    // repaint, the text comes from the clock. At most a minute apart, to follow a clock set
    // forward or back.
    const ms = readClockMs(this.#options.clock);
    const next = nextHoldingChange(this.#options.schedule, ms);
    this.#timer = setTimeout(() => this.#tick(), Math.min(MAX_SLEEP_MS, next - ms) + 10);
  }
}
