import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { makeFixedClock, makeShiftedClock, readClockMs } from '../../../src/time/clock.ts';
import {
  buildShowShift,
  formatClockError,
  formatClockNote,
  parseShowClockInstant,
  toShowTime,
} from '../../../src/time/showClock.ts';

describe('parseShowClockInstant', () => {
  it('reads an instant with its offset, in any of ISO 8601’s offset spellings', () => {
    const at = Date.parse('2025-08-28T03:50:00Z');
    expect(parseShowClockInstant('2025-08-28T10:50:00+07:00')).toBe(at);
    expect(parseShowClockInstant('2025-08-28T03:50:00Z')).toBe(at);
    expect(parseShowClockInstant('2025-08-28T10:50+0700')).toBe(at);
    expect(parseShowClockInstant('2025-08-28T05:50:00.000+02:00')).toBe(at);
  });

  it('refuses a time without its offset, a date alone, and nonsense, saying how to write it', () => {
    for (const text of [
      '2025-08-28T10:50:00',
      '2025-08-28',
      '10:50',
      'tomorrow',
      '2025-13-40T10:50Z',
    ]) {
      expect(() => parseShowClockInstant(text)).toThrow(
        `At --show-clock: expected an ISO 8601 instant with its offset, got "${text}". Write the date, the time and the zone's offset, e.g. 2030-03-14T09:50:00+01:00.`,
      );
    }
  });
});

describe('the show clock and a machine’s correction', () => {
  it('a rehearsal started at 10:50 Bangkok reads 10:50 then, and runs at the real pace', () => {
    const show = parseShowClockInstant('2025-08-28T10:50:00+07:00');
    const realStart = Date.parse('2026-12-06T01:00:00Z');
    const shift = buildShowShift(show, realStart);
    expect(toShowTime(realStart, 0, shift)).toBe(show);
    expect(toShowTime(realStart + 65_000, 0, shift)).toBe(show + 65_000);
  });

  it('a machine 2 minutes fast, corrected, reads what the host’s right machine reads', () => {
    const real = Date.parse('2026-12-06T01:00:00Z');
    const shift = -1_000_000;
    expect(toShowTime(real + 120_000, -120_000, shift)).toBe(toShowTime(real, 0, shift));
  });

  it('a shifted clock follows its shift as it changes, in ms and as a DateTime', () => {
    const base = DateTime.fromISO('2026-12-06T01:00:00Z');
    let shift = 0;
    const clock = makeShiftedClock(makeFixedClock(base), () => shift);
    expect(readClockMs(clock)).toBe(base.toMillis());
    shift = -120_000;
    expect(readClockMs(clock)).toBe(base.toMillis() - 120_000);
    expect(clock.now().toMillis()).toBe(base.toMillis() - 120_000);
  });
});

describe('formatClockNote', () => {
  it('says nothing under a second: a displayed second could not show it', () => {
    expect(formatClockNote(0)).toBeNull();
    expect(formatClockNote(999)).toBeNull();
    expect(formatClockNote(-999)).toBeNull();
  });

  it('names a fast or slow machine by how much, in words', () => {
    expect(formatClockNote(-120_000)).toBe(
      "This computer's clock is 2 min fast; times here are corrected.",
    );
    expect(formatClockNote(-119_600)).toBe(
      "This computer's clock is 2 min fast; times here are corrected.",
    );
    expect(formatClockNote(1000)).toBe(
      "This computer's clock is 1 s slow; times here are corrected.",
    );
    expect(formatClockError(95_000)).toBe('1 min 35 s slow');
    expect(formatClockError(-3_600_000 - 300_000)).toBe('1 h 5 min fast');
  });
});
