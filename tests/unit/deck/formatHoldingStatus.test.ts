import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { formatHoldingStatus } from '../../../src/deck/formatHoldingStatus.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const schedule = buildSchedule(fixtureModel);
const at = (seconds: number) => schedule.start.plus({ seconds });

describe('formatHoldingStatus', () => {
  it.each([
    [-15 * 60, 'Starts in 15:00'],
    [-15 * 60 + 0.4, 'Starts in 15:00'],
    [-15 * 60 + 1, 'Starts in 14:59'],
    [-0.5, 'Starts in 0:01'],
    [-(2 * 3600 + 5 * 60), 'Starts in 2 h 05 min'],
    [-(26 * 3600 + 30 * 60), 'Starts in 1 day 2 h'],
  ])('%d s from the start: "%s"', (seconds, text) => {
    expect(formatHoldingStatus(schedule, at(seconds))).toEqual({ phase: 'before', text });
  });

  it('says the session has started from the first instant to the end', () => {
    for (const seconds of [0, 45 * 60, 90 * 60 - 1]) {
      expect(formatHoldingStatus(schedule, at(seconds))).toEqual({
        phase: 'during',
        text: 'The session has started',
      });
    }
  });

  it('says when the session took place, in the event’s calendar, once it is over', () => {
    expect(formatHoldingStatus(schedule, at(90 * 60))).toEqual({
      phase: 'after',
      text: 'This session took place on Thursday 28 August 2025',
    });
    expect(formatHoldingStatus(schedule, at(400 * 86400)).text).toContain('28 August 2025');
  });
});
