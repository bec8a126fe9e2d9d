/**
 * The holding slide's live countdown. It repaints only while the holding slide is on screen
 * and the page is visible, and then only when its text can change: each second in the last
 * hour, each minute (or hour) before, at the start and at the end. Every paint derives the
 * text from the clock, so a throttled or late wake-up never drifts the count.
 */
import type { RevealApi } from 'reveal.js';
import { ControllerBase, onAbort } from '../lib/controller.ts';
import { startRepaintTimer, type RepaintTimer } from '../lib/repaintTimer.ts';
import { readClockMs, type Clock } from '../time/clock.ts';
import type { Schedule } from '../show/schedule.ts';
import {
  formatHoldingStatus,
  nextHoldingChange,
  type HoldingStatus,
} from './formatHoldingStatus.ts';

/** Options for `CountdownController`. */
export interface CountdownOptions {
  readonly clock: Clock;
  readonly schedule: Schedule;
  /** The deck whose holding slide shows the count: it ticks only while that slide is on screen. */
  readonly deck: RevealApi;
  /**
   * Whether the count runs. A print or a PDF freezes the page, so there a count before the
   * start is left out rather than printed stale. @defaultValue true
   */
  readonly live?: boolean;
}

/** The deck's events after which the holding slide may have come on or gone off screen. */
const DECK_EVENTS = ['ready', 'slidechanged', 'overviewshown', 'overviewhidden'] as const;

/** Drives the countdown element, with the project's one controller shape. */
export class CountdownController extends ControllerBase {
  readonly #el: HTMLElement;
  /**
   * The count's text, in a box of its own inside the element: the element is an item of the
   * slide's flex layout, which cannot contain a relayout, so the box does (deck.css).
   */
  readonly #box = document.createElement('span');
  readonly #text = document.createTextNode('');
  readonly #options: CountdownOptions;
  /** The repaint timer while the count ticks (the slide on screen, the tab visible). */
  #timer: RepaintTimer | null = null;
  #ticking: AbortController | null = null;

  constructor(el: HTMLElement, options: CountdownOptions) {
    super();
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

  /** Whether a repaint is scheduled (for diagnostics). */
  get running(): boolean {
    return this.#timer !== null;
  }

  /** Follows the deck: ticks while the holding slide is the current one and the tab is visible. */
  protected listen(signal: AbortSignal): void {
    if (this.#options.live === false) return;
    const { deck } = this.#options;
    const follow = (): void => this.#follow(signal);
    for (const type of DECK_EVENTS) deck.on(type, follow);
    onAbort(signal, () => {
      for (const type of DECK_EVENTS) deck.off(type, follow);
      this.#stop();
    });
    document.addEventListener('visibilitychange', follow, { signal });
    follow();
  }

  /** Clears the element's text. */
  protected override clear(): void {
    this.#el.textContent = '';
  }

  #follow(signal: AbortSignal): void {
    // Before reveal is ready there is no current slide yet, despite its type.
    const current = this.#options.deck.getCurrentSlide() as HTMLElement | undefined;
    const onScreen = document.visibilityState === 'visible' && !!current?.contains(this.#el);
    if (onScreen && !signal.aborted) this.#start();
    else this.#stop();
  }

  /**
   * Ticks with the pages' one repaint timer: each repaint derives the text from the clock
   * and wakes when it can next change, so the seconds never skip or repeat and a count in
   * minutes costs one wake-up a minute.
   */
  #start(): void {
    if (this.#timer) return;
    this.#ticking = new AbortController();
    const { clock, schedule } = this.#options;
    const nowMs = (): number => readClockMs(clock);
    const repaint = (): number => {
      this.update();
      return nextHoldingChange(schedule, nowMs());
    };
    this.#timer = startRepaintTimer(nowMs, repaint, this.#ticking.signal);
    this.#timer.wakeAt(repaint());
  }

  #stop(): void {
    this.#ticking?.abort();
    this.#ticking = null;
    this.#timer = null;
  }
}
