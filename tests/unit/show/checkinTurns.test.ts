import { describe, expect, it } from 'vitest';
import { CHECKIN_LEAD_MS, findDueTurn, nextDueTurnChange } from '../../../src/show/checkinTurns.ts';

describe('the five-minute flag', () => {
  const at = (hhmm: string): number => Date.parse(`2025-08-28T${hhmm}:00+07:00`);
  const turns = [{ startMs: at('11:10'), endMs: at('11:15') }];

  it('is due from five minutes before a turn until it ends', () => {
    expect(findDueTurn(turns, at('11:04'))).toBeNull();
    expect(findDueTurn(turns, at('11:05'))).toEqual(turns[0]);
    expect(findDueTurn(turns, at('11:12'))).toEqual(turns[0]);
    expect(findDueTurn(turns, at('11:15'))).toBeNull();
    expect(CHECKIN_LEAD_MS).toBe(300_000);
  });

  it('says when the flag can next change, so the page sleeps until then', () => {
    expect(nextDueTurnChange(turns, at('10:00'))).toBe(at('11:05'));
    expect(nextDueTurnChange(turns, at('11:05'))).toBe(at('11:15'));
    expect(nextDueTurnChange(turns, at('11:20'))).toBe(Number.POSITIVE_INFINITY);
  });
});
