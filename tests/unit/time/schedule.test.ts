import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../data/index.ts';
import { allocateSlideSeconds } from '../../../src/time/pacing.ts';
import { buildSchedule, getLead, getScheduleStatus } from '../../../src/time/schedule.ts';

const schedule = buildSchedule(loadModel());
const at = (time: string): DateTime =>
  DateTime.fromISO(`2025-08-28T${time}`, { zone: 'Asia/Bangkok' });

describe('getScheduleStatus', () => {
  it('before the show counts down to the first segment', () => {
    const status = getScheduleStatus(schedule, at('10:45'));
    expect(status.phase).toBe('before');
    expect(status.current).toBeNull();
    expect(status.upcoming?.id).toBe('opening');
    expect(status.remaining?.as('minutes')).toBe(15);
  });

  it('at a boundary, the new segment has started', () => {
    const status = getScheduleStatus(schedule, at('11:15'));
    expect(status.current?.id).toBe('panel');
    expect(status.remaining?.as('minutes')).toBe(70);
  });

  it('just before a boundary, the old segment has seconds left', () => {
    const status = getScheduleStatus(schedule, at('11:14:59'));
    expect(status.current?.id).toBe('overview');
    expect(status.remaining?.as('seconds')).toBe(1);
  });

  it('after the end, nothing runs', () => {
    const status = getScheduleStatus(schedule, at('12:30'));
    expect(status.phase).toBe('after');
    expect(status.current).toBeNull();
    expect(status.upcoming).toBeNull();
  });

  it('works from any zone: the same instant seen from Los Angeles', () => {
    const la = DateTime.fromISO('2025-08-27T21:20', { zone: 'America/Los_Angeles' });
    expect(getScheduleStatus(schedule, la).current?.id).toBe('panel');
  });

  it('links segments and names the lead', () => {
    const [opening, , panel] = schedule.segments;
    expect(opening?.next?.id).toBe('overview');
    expect(panel && getLead(panel)?.speaker.id).toBe('joanna-wilson');
  });
});

describe('allocateSlideSeconds', () => {
  it('adds up exactly to the segment', () => {
    const seconds = allocateSlideSeconds(600, [{}, { minutes: 2 }, {}, {}]);
    expect(seconds).toEqual([160, 120, 160, 160]);
    expect(seconds.reduce((a, b) => a + b)).toBe(600);
  });

  it('gives odd seconds to earlier slides', () => {
    expect(allocateSlideSeconds(300, [{}, {}, {}, {}, {}, {}, {}])).toEqual([
      43, 43, 43, 43, 43, 43, 42,
    ]);
  });

  it('refuses fixed minutes that do not fill the segment', () => {
    expect(() => allocateSlideSeconds(300, [{ minutes: 2 }])).toThrow(
      'slides ask for 2 min, but the segment lasts 5 min.',
    );
  });
});
