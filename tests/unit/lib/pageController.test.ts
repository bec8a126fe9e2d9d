// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startController } from '../../../src/lib/controller.ts';
import { h } from '../../../src/lib/h.ts';
import { definePart } from '../../../src/lib/part.ts';
import { PageController, type Derived } from '../../../src/lib/pageController.ts';
import { MAX_SLEEP_MS } from '../../../src/lib/repaintTimer.ts';

const START = Date.UTC(2031, 4, 14, 4, 0, 0, 250);

/** Seconds since START, changing at each second's turn. */
const secondsPart = definePart({
  view: (nowMs: number) => String(Math.floor((nowMs - START + 250) / 1000)),
  render: (text) => h('span', { class: 'seconds' }, text),
  nextChange: (_view, nowMs) => Math.floor(nowMs / 1000) * 1000 + 1000,
});

/** Whole minutes since START, changing at each minute's turn. */
const minutesPart = definePart({
  view: (nowMs: number) => `${Math.floor((nowMs - START + 250) / 60_000)} min`,
  render: (text) => h('span', { class: 'minutes' }, text),
  nextChange: (_view, nowMs) => Math.floor(nowMs / 60_000) * 60_000 + 60_000,
});

/** What the page's state says, which changes only with the state (or the derived boundary). */
const phasePart = definePart({
  view: (phase: string) => phase,
  render: (text) => h('span', { class: 'phase' }, text),
});

/** A page of three parts whose phase turns from "before" to "during" at `boundary`. */
class TestPage extends PageController<string> {
  label = 'a';
  readonly #boundary: number;
  readonly #seconds: HTMLElement | null;
  readonly #minutes = this.region(minutesPart, (_s, nowMs) => [nowMs] as const);
  readonly #phase = this.region(phasePart, (s) => [s] as const);

  constructor(root: HTMLElement, boundary: number, withSeconds: boolean) {
    super(root, () => Date.now());
    this.#boundary = boundary;
    this.#seconds = withSeconds ? this.region(secondsPart, (_s, nowMs) => [nowMs] as const) : null;
  }

  protected frame(): Node {
    return h('div', {}, this.#seconds, this.#minutes, this.#phase);
  }

  protected derive(nowMs: number): Derived<string> {
    const before = nowMs < this.#boundary;
    return {
      state: `${this.label} ${before ? 'before' : 'during'}`,
      until: before ? this.#boundary : Infinity,
    };
  }

  protected listenPage(): void {
    // Nothing to listen to: the test changes the state and calls update.
  }
}

function text(root: HTMLElement, selector: string): string | null | undefined {
  return root.querySelector(selector)?.textContent;
}

describe('PageController', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns each part’s text at its own instant and leaves the other parts’ nodes alone', () => {
    const root = document.createElement('div');
    const page = startController(new TestPage(root, Infinity, true));
    const minutes = root.querySelector('.minutes');
    const watcher = new MutationObserver(() => undefined);
    watcher.observe(root.querySelector('.minutes')!.parentElement!, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    vi.advanceTimersByTime(749);
    expect(text(root, '.seconds')).toBe('0');
    vi.advanceTimersByTime(1);
    expect(text(root, '.seconds')).toBe('1');
    vi.advanceTimersByTime(58_000);
    expect(text(root, '.seconds')).toBe('59');
    // Fifty-nine seconds went by and the minutes' part was never redrawn.
    expect(watcher.takeRecords()).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(text(root, '.minutes')).toBe('1 min');
    expect(root.querySelector('.minutes')).toBe(minutes);
    watcher.disconnect();
    page.destroy();
  });

  it('sleeps until the earliest part is due, then redraws at that instant', () => {
    const root = document.createElement('div');
    const page = startController(new TestPage(root, Infinity, false));
    vi.advanceTimersByTime(59_749);
    expect(text(root, '.minutes')).toBe('0 min');
    vi.advanceTimersByTime(1);
    expect(text(root, '.minutes')).toBe('1 min');
    page.destroy();
  });

  it('derives the state again when it stops holding, and on every update', () => {
    const root = document.createElement('div');
    const page = new TestPage(root, START + 90_000, false);
    startController(page);
    expect(text(root, '.phase')).toBe('a before');
    vi.advanceTimersByTime(89_999);
    expect(text(root, '.phase')).toBe('a before');
    vi.advanceTimersByTime(1);
    expect(text(root, '.phase')).toBe('a during');
    page.label = 'b';
    // A change of state shows at the next update, not before.
    vi.advanceTimersByTime(MAX_SLEEP_MS - 1);
    expect(text(root, '.phase')).toBe('a during');
    page.update();
    expect(text(root, '.phase')).toBe('b during');
    page.destroy();
  });

  it('follows a system clock that jumps forward, within a minute', () => {
    const root = document.createElement('div');
    const page = startController(new TestPage(root, Infinity, false));
    // Ten minutes pass on the system clock while the page's timeout still waits.
    vi.setSystemTime(START + 10 * 60_000);
    expect(text(root, '.minutes')).toBe('0 min');
    vi.advanceTimersByTime(MAX_SLEEP_MS);
    expect(text(root, '.minutes')).toBe('11 min');
    page.destroy();
  });

  it('leaves no timer and an empty root once destroyed', () => {
    const root = document.createElement('div');
    const page = startController(new TestPage(root, START + 1000, true));
    expect(root.textContent).not.toBe('');
    page.destroy();
    expect(root.childNodes).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
