import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatMinutesUntil,
  formatTimer,
  formatTimeUntil,
  nextClockChange,
  nextMinuteChange,
  nextMinutesUntilChange,
  nextStep,
  nextTimerChange,
  nextTimeUntilChange,
  formatTime,
} from '../../../src/time/format.ts';

const ZONE = 'Asia/Kathmandu'; // UTC+5:45: a zone whose minutes are not the UTC ones
const T = Date.UTC(2031, 4, 14, 5, 0, 0); // a whole minute, as every planned instant is

/**
 * Checks `next` against the text itself: the text at `next` differs from the text now, and
 * it reads the same at every millisecond sampled in between (and the millisecond before
 * `next`), so a page that sleeps until `next` never shows a text late.
 */
function expectNextChange(text: (ms: number) => string, now: number, next: number): void {
  expect(next).toBeGreaterThan(now);
  const shown = text(now);
  expect(text(next), `at ${next - now} ms after ${now}`).not.toBe(shown);
  expect(text(next - 1)).toBe(shown);
  const step = Math.max(1, Math.floor((next - now) / 97));
  for (let t = now; t < next; t += step) expect(text(t)).toBe(shown);
}

/** Instants around `T`, at odd offsets, on both sides of each step a count changes at. */
const around = (spans: readonly number[]): number[] =>
  spans.flatMap((span) => [T - span - 1, T - span, T - span + 1, T - span + 437]);

describe('when a text next changes', () => {
  it('nextStep: the first instant after now at a whole number of steps from the target', () => {
    expect(nextStep(0, 1500, 1000)).toBe(2000);
    expect(nextStep(0, 2000, 1000)).toBe(3000);
    expect(nextStep(250, 1500, 1000)).toBe(2250);
  });

  it('a clock to the second and to the minute', () => {
    for (const now of around([0, 999, 59_999, 3_600_000])) {
      expectNextChange((ms) => formatClock(ms, ZONE), now, nextClockChange(now));
      expectNextChange((ms) => formatTime(ms, ZONE), now, nextMinuteChange(now));
    }
  });

  it('formatTimer of the time to a hand-over, before and after it', () => {
    for (const now of around([-125_000, -1000, 0, 1000, 120_000, 600_000])) {
      expectNextChange((ms) => formatTimer(T - ms), now, nextTimerChange(T, now));
    }
  });

  it('formatTimeUntil: hours, then minutes, then seconds, never late at a switch', () => {
    const spans = [1000, 59_000, 3_600_000, 3_601_000, 7_200_000, 86_400_000, 90_000_000];
    for (const now of around(spans)) {
      const next = nextTimeUntilChange(T, now);
      if (next === Infinity) expect(T - now).toBeLessThanOrEqual(0);
      else expectNextChange((ms) => formatTimeUntil(T - ms), now, next);
    }
    // An hour and a half before ("1 h 30 min"): the next change is a second later ("1 h
    // 29 min", the count rounded up being 5399 s), then a minute's step, not a second's.
    expect(nextTimeUntilChange(T, T - 5_400_000)).toBe(T - 5_399_000);
    expect(nextTimeUntilChange(T, T - 5_399_000)).toBe(T - 5_339_000);
    expect(nextTimeUntilChange(T, T)).toBe(Infinity);
  });

  it('formatMinutesUntil: each minute to the checkpoint, then "passed" at it, then never', () => {
    const text = (ms: number): string => (T > ms ? formatMinutesUntil(T - ms) : 'passed');
    for (const now of around([1, 1000, 60_000, 61_000, 3_600_000])) {
      if (now < T) expectNextChange(text, now, nextMinutesUntilChange(T, now));
    }
    expect(nextMinutesUntilChange(T, T)).toBe(Infinity);
  });
});
