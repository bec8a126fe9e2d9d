import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { allocateSlideSeconds } from '../../../src/show/pacing.ts';
import { formatHandIn, formatHandOver } from '../../../src/show/cues.ts';
import {
  buildSchedule,
  buildScheduleSlidePlans,
  getLead,
  getScheduleStatus,
  getSlideWindow,
  getSpeakerSegments,
  getSpeakerTurn,
} from '../../../src/show/schedule.ts';

const schedule = buildSchedule(fixtureModel);
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
    expect(panel && getLead(panel)?.speaker.id).toBe('mary-jackson');
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

describe('cues', () => {
  it('words the hand-in and hand-over of each segment', () => {
    const [opening, overview, panel, wrapUp] = schedule.segments;
    expect(formatHandIn(schedule, opening!)).toBe(
      '11:00 the session opens with Ms. Ada Lovelace, speaker',
    );
    expect(formatHandIn(schedule, panel!)).toBe(
      '11:15 Dr Grace Hopper hands over to Ms. Mary Jackson, moderator',
    );
    expect(formatHandOver(schedule, overview!)).toBe(
      '11:15 hand over to Ms. Mary Jackson, moderator (Panel with Q&A)',
    );
    expect(formatHandOver(schedule, wrapUp!)).toBe('12:30 close the session');
    // The moderator leads the wrap-up too: she moves on, she does not hand over to herself.
    expect(formatHandOver(schedule, panel!)).toBe(
      '12:25 move on to “Wrap up” (Ms. Mary Jackson, speaker)',
    );
    expect(formatHandIn(schedule, wrapUp!)).toBe(
      '12:25 Ms. Mary Jackson moves on from “Panel with Q&A”',
    );
  });
});

describe('a speaker’s turn', () => {
  const segments = getSpeakerSegments(schedule, 'mary-jackson');

  it('waits for the first own segment, is on during it, then waits for the next', () => {
    const waiting = getSpeakerTurn(segments, at('11:00'));
    expect(waiting.state === 'waiting' && waiting.segment.id).toBe('panel');
    expect(waiting.state === 'waiting' && waiting.untilMs / 60_000).toBe(15);
    const on = getSpeakerTurn(segments, at('12:24'));
    expect(on.state === 'on' && on.remainingMs / 60_000).toBe(1);
    expect(getSpeakerTurn(segments, at('12:25')).state).toBe('on');
    expect(getSpeakerTurn(segments, at('12:30')).state).toBe('done');
  });
});

describe('slide plans', () => {
  it('places each slide in its segment, in seconds that add up', () => {
    const plans = buildScheduleSlidePlans(schedule, [
      { id: 'a', segment: 'overview' },
      { id: 'b', segment: 'overview', minutes: 1 },
      { id: 'c', segment: 'overview' },
      { id: 'x', segment: null },
    ]);
    expect([...plans.keys()]).toEqual(['a', 'b', 'c']);
    const c = plans.get('c')!;
    expect(c).toEqual({
      segmentId: 'overview',
      index: 2,
      count: 3,
      seconds: 120,
      offsetSeconds: 180,
    });
    const slot = getSlideWindow(schedule.segments[1]!, c);
    expect(slot.start.toISO()).toBe(at('11:13').toISO());
    expect(slot.end.toISO()).toBe(at('11:15').toISO());
  });
});
