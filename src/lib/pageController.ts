/**
 * The base of every page made of parts (the run-of-show, a speaker page, the status line):
 * the frame built once, a repaint of every part when the state changes, and one repaint
 * timer that wakes at the earliest `nextChange` of the parts on screen and redraws only the
 * parts that are due. No page counts time in ticks or keeps its own "next change" maths.
 */
import { ControllerBase } from './controller.ts';
import { h } from './h.ts';
import { makePartRegion, type Part } from './part.ts';
import { startRepaintTimer, type RepaintTimer } from './repaintTimer.ts';

/** What a page derives from its state when the state changes, and how long it holds. */
export interface Derived<S> {
  /** What the parts' inputs are taken from: read again only when `until` passes or the state changes. */
  readonly state: S;
  /**
   * The instant of the page's clock until which `state` holds with the time alone (the
   * show's next boundary); `Infinity` when only a change of state changes it.
   */
  readonly until: number;
}

/** A part on the page: how to show it from the page's state and the time, and when it is due. */
interface PageRegion<S> {
  readonly show: (state: S, nowMs: number) => void;
  readonly nextChange: (nowMs: number) => number;
  /** When the view on screen can next change with the time alone. */
  due: number;
  /** When it was last derived, to catch a clock set back. */
  shownAt: number;
}

/**
 * A page of parts. A subclass builds its regions with `region` (in its constructor or
 * `frame`), lays them out in `frame`, derives its state in `derive`, and starts its own
 * listeners in `listenPage` with the signal that `destroy` aborts.
 */
export abstract class PageController<S> extends ControllerBase {
  readonly #root: HTMLElement;
  readonly #nowMs: () => number;
  readonly #regions: PageRegion<S>[] = [];
  #held: { readonly state: S; readonly from: number; readonly until: number } | null = null;
  #timer: RepaintTimer | null = null;

  /** `nowMs` is the page's clock (the corrected show clock, or a rehearsal clock). */
  protected constructor(root: HTMLElement, nowMs: () => number) {
    super();
    this.#root = root;
    this.#nowMs = nowMs;
  }

  /** Builds the page's frame, once: the regions' elements and the controls, in their places. */
  protected abstract frame(): Node;

  /** Derives the page's state at `nowMs` (the show's frame, the plan, a turn). */
  protected abstract derive(nowMs: number): Derived<S>;

  /** Starts the page's own listeners (keys, channels, stores); each takes `signal`. */
  protected abstract listenPage(signal: AbortSignal): void;

  /**
   * Brings what is not a part (buttons, a rehearsal panel) up to `state`, on every repaint
   * after a change of state or of the derived state. @defaultValue nothing
   */
  protected paintControls(_state: S, _nowMs: number): void {
    // Pages without controls have nothing to do here.
  }

  /**
   * Whether the page's clock stands still in `state` (a rehearsal clock at rest or paused):
   * then nothing shown can change with the time, whatever the parts' `nextChange` say, and
   * the timer sleeps until a change of state. @defaultValue never
   */
  protected isClockStill(_state: S): boolean {
    return false;
  }

  /** Frees what the page holds besides its listeners (download URLs). @defaultValue nothing */
  protected dispose(): void {
    // Most pages hold nothing else.
  }

  /**
   * Shows `part` in a new element of class `className`, taking its input from the page's
   * state and the time; returns the element, for `frame` to place.
   */
  protected region<I extends readonly unknown[], V>(
    part: Part<I, V>,
    input: (state: S, nowMs: number) => Readonly<I>,
    className = 'region',
  ): HTMLElement {
    const element = h('div', className ? { class: className } : {});
    const region = makePartRegion(element, part);
    this.#regions.push({
      show: (state, nowMs) => region.show(...input(state, nowMs)),
      nextChange: (nowMs) => region.nextChange(nowMs),
      due: Infinity,
      shownAt: -Infinity,
    });
    return element;
  }

  render(): void {
    this.#root.replaceChildren(this.frame());
  }

  /** Repaints every part after a change of state (a key, a button, another window's save). */
  update(): void {
    // Painted even before `bind` (a page drawn once, a test); `?.` would skip the paint too.
    const next = this.#paint(false);
    this.#timer?.wakeAt(next);
  }

  protected listen(signal: AbortSignal): void {
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') this.update();
      },
      { signal },
    );
    this.listenPage(signal);
    // Armed by the next `update` (startController's first), from its answer.
    this.#timer = startRepaintTimer(this.#nowMs, () => this.#paint(true), signal);
    signal.addEventListener('abort', () => (this.#timer = null), { once: true });
  }

  protected override clear(): void {
    this.dispose();
    this.#held = null;
    this.#root.replaceChildren();
  }

  /**
   * Repaints and returns when to wake next. Woken by the timer with the derived state still
   * holding, it asks only the parts that are due; otherwise it derives the state again and
   * asks every part (each redraws only if its view changed).
   */
  #paint(timer: boolean): number {
    const nowMs = this.#nowMs();
    let held = this.#held;
    const all = !timer || held === null || nowMs >= held.until || nowMs < held.from;
    if (all || held === null) {
      const derived = this.derive(nowMs);
      held = { state: derived.state, from: nowMs, until: derived.until };
      this.#held = held;
    }
    let next = held.until;
    for (const entry of this.#regions) {
      if (all || nowMs >= entry.due || nowMs < entry.shownAt) {
        entry.show(held.state, nowMs);
        entry.due = entry.nextChange(nowMs);
        entry.shownAt = nowMs;
      }
      next = Math.min(next, entry.due);
    }
    if (all) this.paintControls(held.state, nowMs);
    // A clock that stands still never reaches a part's next change: waking for it would
    // only find nothing due, again and again.
    return this.isClockStill(held.state) ? Infinity : next;
  }
}
