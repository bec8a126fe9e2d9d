// @vitest-environment jsdom
import type { RevealApi } from 'reveal.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { CountdownController } from '../../../src/deck/CountdownController.ts';
import { MAX_SLEEP_MS } from '../../../src/lib/repaintTimer.ts';
import { systemClock } from '../../../src/time/clock.ts';
import { buildSchedule } from '../../../src/time/schedule.ts';

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
    const controller = new CountdownController(el, { clock: systemClock, schedule });
    controller.render();
    controller.bind(deck as unknown as RevealApi);
    expect(el.textContent).toBe('Starts in 10:00');
    expect(el.getAttribute('role')).toBe('timer');
    // It wakes just after each whole second of the clock.
    vi.advanceTimersByTime(1010);
    expect(el.textContent).toBe('Starts in 9:59');
    expect(vi.getTimerCount()).toBe(1);
    controller.destroy();
  });

  it('stops ticking when its slide is left, and repaints at once on return', () => {
    const deck = makeFakeDeck(holding);
    const controller = new CountdownController(el, { clock: systemClock, schedule });
    controller.render();
    controller.bind(deck as unknown as RevealApi);
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

describe('CountdownController wakes only when its text can change', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(at: number): HTMLElement {
    vi.useFakeTimers({ now: at });
    const slide = document.createElement('section');
    const el = document.createElement('p');
    slide.append(el);
    document.body.replaceChildren(slide);
    const controller = new CountdownController(el, { clock: systemClock, schedule });
    controller.render();
    controller.bind(makeFakeDeck(slide) as unknown as RevealApi);
    return el;
  }
  const nextWake = (): number => {
    const before = Date.now();
    vi.advanceTimersToNextTimer();
    return Date.now() - before;
  };

  it('two hours before: once a minute, just after the minute’s count turns', () => {
    const el = start(schedule.start.toMillis() - 2 * 3_600_000 + 30_000);
    expect(el.textContent).toBe('Starts in 1 h 59 min');
    // The count rounds its part second up, so "1 h 59 min" holds until 1 h 59 min are left,
    // 31 s from here; the controller wakes 10 ms after.
    expect(nextWake()).toBe(31_010);
    expect(el.textContent).toBe('Starts in 1 h 58 min');
    expect(nextWake()).toBe(60_000);
  });

  it('in the last hour, every second; at the start, at once; after the end, at most once a minute', () => {
    const el = start(schedule.start.toMillis() - 1500);
    expect(el.textContent).toBe('Starts in 0:02');
    expect(nextWake()).toBe(510);
    expect(el.textContent).toBe('Starts in 0:01');
    expect(nextWake()).toBe(1000);
    expect(el.textContent).toBe('The session has started');
    vi.setSystemTime(schedule.end.toMillis() + 1);
    vi.advanceTimersToNextTimer();
    expect(el.textContent).toContain('This session took place on');
    expect(nextWake()).toBe(MAX_SLEEP_MS + 10);
  });
});
