// @vitest-environment jsdom
import type { RevealApi } from 'reveal.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { CountdownController } from '../../../src/deck/CountdownController.ts';
import { MAX_SLEEP_MS } from '../../../src/lib/repaintTimer.ts';
import { systemClock } from '../../../src/time/clock.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const schedule = buildSchedule(fixtureModel);

/** Just enough of reveal: events, and which slide is current. */
function makeFakeDeck(current: HTMLElement) {
  const target = new EventTarget();
  const deck = {
    current,
    on: (type: string, fn: EventListener) => target.addEventListener(type, fn),
    off: (type: string, fn: EventListener) => target.removeEventListener(type, fn),
    getCurrentSlide: () => deck.current,
    go(slide: HTMLElement) {
      deck.current = slide;
      target.dispatchEvent(new Event('slidechanged'));
    },
  };
  return deck;
}

describe('CountdownController', () => {
  let holding: HTMLElement;
  let other: HTMLElement;
  let el: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(schedule.start.minus({ minutes: 10 }).toJSDate());
    holding = document.createElement('section');
    other = document.createElement('section');
    el = document.createElement('p');
    holding.append(el);
    document.body.replaceChildren(holding, other);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks once a second while its slide is current, from the clock', () => {
    const deck = makeFakeDeck(holding);
    const controller = new CountdownController(el, {
      clock: systemClock,
      schedule,
      deck: deck as unknown as RevealApi,
    });
    controller.render();
    controller.bind();
    expect(el.textContent).toBe('Starts in 10:00');
    expect(el.getAttribute('role')).toBe('timer');
    // It shows each whole second of the clock as it turns.
    vi.advanceTimersByTime(999);
    expect(el.textContent).toBe('Starts in 10:00');
    vi.advanceTimersByTime(1);
    expect(el.textContent).toBe('Starts in 9:59');
    expect(vi.getTimerCount()).toBe(1);
    controller.destroy();
  });

  it('stops ticking when its slide is left, and repaints at once on return', () => {
    const deck = makeFakeDeck(holding);
    const controller = new CountdownController(el, {
      clock: systemClock,
      schedule,
      deck: deck as unknown as RevealApi,
    });
    controller.render();
    controller.bind();
    deck.go(other);
    expect(controller.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(el.textContent).toBe('Starts in 10:00');
    deck.go(holding);
    expect(el.textContent).toBe('Starts in 9:00');
    controller.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hides a count that would be frozen (print), but states the other phases', () => {
    const controller = new CountdownController(el, {
      clock: systemClock,
      schedule,
      deck: makeFakeDeck(holding) as unknown as RevealApi,
      live: false,
    });
    controller.render();
    expect(el.hidden).toBe(true);
    vi.setSystemTime(schedule.end.plus({ days: 1 }).toJSDate());
    controller.update();
    expect(el.hidden).toBe(false);
    expect(el.dataset.phase).toBe('after');
  });
});

describe('CountdownController shows each change of its text on time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(at: number): HTMLElement {
    vi.useFakeTimers({ now: at });
    const slide = document.createElement('section');
    const el = document.createElement('p');
    slide.append(el);
    document.body.replaceChildren(slide);
    const deck = makeFakeDeck(slide) as unknown as RevealApi;
    const controller = new CountdownController(el, { clock: systemClock, schedule, deck });
    controller.render();
    controller.bind();
    return el;
  }

  it('two hours before: each minute, as the count rounded up to the second turns', () => {
    const el = start(schedule.start.toMillis() - 2 * 3_600_000 + 30_000);
    expect(el.textContent).toBe('Starts in 1 h 59 min');
    // "1 h 59 min" holds until 1 h 58 min 59 s are left, 31 s from here.
    vi.advanceTimersByTime(30_999);
    expect(el.textContent).toBe('Starts in 1 h 59 min');
    vi.advanceTimersByTime(1);
    expect(el.textContent).toBe('Starts in 1 h 58 min');
    vi.advanceTimersByTime(59_999);
    expect(el.textContent).toBe('Starts in 1 h 58 min');
    vi.advanceTimersByTime(1);
    expect(el.textContent).toBe('Starts in 1 h 57 min');
  });

  it('in the last seconds, each second; the start at once; the end within a minute', () => {
    const el = start(schedule.start.toMillis() - 1500);
    expect(el.textContent).toBe('Starts in 0:02');
    vi.advanceTimersByTime(499);
    expect(el.textContent).toBe('Starts in 0:02');
    vi.advanceTimersByTime(1);
    expect(el.textContent).toBe('Starts in 0:01');
    vi.advanceTimersByTime(999);
    expect(el.textContent).toBe('Starts in 0:01');
    vi.advanceTimersByTime(1);
    expect(el.textContent).toBe('The session has started');
    vi.setSystemTime(schedule.end.toMillis() + 1);
    vi.advanceTimersByTime(MAX_SLEEP_MS);
    expect(el.textContent).toContain('This session took place on');
  });
});
