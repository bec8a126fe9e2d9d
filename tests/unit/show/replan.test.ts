import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { applyReplans } from '../../../src/show/replan.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';
import { formatTime } from '../../../src/time/format.ts';
import type { Replan } from '../../../src/show/showLog.ts';

const schedule = buildSchedule(fixtureModel);
let n = 0;
const replan = (segmentId: string, minutes: number): Replan => ({
  id: `r${++n}`,
  at: DateTime.fromISO('2025-08-28T11:00', { zone: schedule.zone }).toMillis(),
  segmentId,
  minutes,
});
const times = (plan: typeof schedule): string[] =>
  plan.segments.map(
    (s) => `${s.id} ${formatTime(s.start, schedule.zone)}–${formatTime(s.end, schedule.zone)}`,
  );

describe('applyReplans', () => {
  it('gives the segment a minute, taken from the next one; the hard stop stays', () => {
    const plan = applyReplans(schedule, [replan('opening', 1)]);
    expect(times(plan)).toEqual([
      'opening 11:00–11:11',
      'overview 11:11–11:15',
      'panel 11:15–12:25',
      'wrap-up 12:25–12:30',
    ]);
    expect(plan.end.toMillis()).toBe(schedule.end.toMillis());
    // The announced plan is untouched, for the report.
    expect(formatTime(schedule.segments[0]!.end, schedule.zone)).toBe('11:10');
  });

  it('a minute less gives it to the next segment', () => {
    expect(times(applyReplans(schedule, [replan('panel', -1)]))).toContain('wrap-up 12:24–12:30');
  });

  it('takes from later segments once the next is down to a minute', () => {
    const plan = applyReplans(schedule, [replan('opening', 5)]);
    expect(times(plan)).toEqual([
      'opening 11:00–11:15',
      'overview 11:15–11:16',
      'panel 11:16–12:25',
      'wrap-up 12:25–12:30',
    ]);
  });

  it('never moves the end: the last segment cannot be re-planned, nor take more than there is', () => {
    expect(applyReplans(schedule, [replan('wrap-up', 1)])).toBe(schedule);
    const plan = applyReplans(schedule, [replan('panel', 10)]);
    expect(times(plan)).toContain('wrap-up 12:29–12:30');
  });

  it('re-plans add up in order, and cancel out', () => {
    const plan = applyReplans(schedule, [replan('panel', 1), replan('panel', -1)]);
    expect(times(plan)).toEqual(times(schedule));
  });
});
