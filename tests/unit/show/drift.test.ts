import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { getShowStatus, getWarning } from '../../../src/show/drift.ts';
import { getNextToStart, getSlideStartAction } from '../../../src/show/segmentStart.ts';
import { buildShowReport } from '../../../src/show/showReport.ts';
import { emptyShowRecord, type ShowRecord } from '../../../src/show/showLog.ts';
import { formatClock, formatDrift, formatTimer } from '../../../src/time/format.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';

const schedule = buildSchedule(fixtureModel);
const zone = schedule.zone;
const at = (time: string): DateTime => DateTime.fromISO(`2025-08-28T${time}`, { zone });
const ms = (time: string): number => at(time).toMillis();
const started = (starts: Record<string, string>, end: string | null = null): ShowRecord => ({
  ...emptyShowRecord,
  starts: Object.fromEntries(Object.entries(starts).map(([id, t]) => [id, ms(t)])),
  end: end === null ? null : ms(end),
});

describe('getShowStatus with nothing recorded', () => {
  it('before the show counts down to the first segment', () => {
    const status = getShowStatus(schedule, emptyShowRecord, at('10:45'));
    expect(status.phase).toBe('before');
    expect(status.untilStart?.as('minutes')).toBe(15);
    expect(status.next?.id).toBe('opening');
    expect(status.drift).toBeNull();
    expect(status.projectedEnd.toMillis()).toBe(schedule.end.toMillis());
  });

  it('during the show follows the plan, with no drift claimed', () => {
    const status = getShowStatus(schedule, emptyShowRecord, at('11:12'));
    expect(status.phase).toBe('during');
    expect(status.tracked).toBe(false);
    expect(status.current?.id).toBe('overview');
    expect(status.remaining?.as('minutes')).toBe(3);
    expect(status.drift).toBeNull();
    expect(status.overruns).toBe(false);
  });

  it('after 12:30 it is over', () => {
    const status = getShowStatus(schedule, emptyShowRecord, at('12:30'));
    expect(status.phase).toBe('after');
    expect(status.current).toBeNull();
  });
});

describe('getShowStatus with actual starts', () => {
  it('a segment started late counts down to its planned hand-over, and says how late', () => {
    const status = getShowStatus(schedule, started({ opening: '11:02' }), at('11:05'));
    expect(status.current?.id).toBe('opening');
    expect(status.remaining?.as('minutes')).toBe(5);
    expect(status.lateness?.as('minutes')).toBe(2);
    expect(status.latenessWarning).toBe('amber');
    expect(formatClock(status.handOver!, zone)).toBe('11:10:00');
    // On course to hand over at 11:10: no drift, no alarm that the show runs past its end.
    expect(status.drift?.as('seconds')).toBe(0);
    expect(status.pace).toBe('on-time');
    expect(formatClock(status.projectedEnd, zone)).toBe('12:30:00');
    expect(status.overruns).toBe(false);
  });

  it('a late segment adds drift only once its hand-over passes', () => {
    const status = getShowStatus(schedule, started({ opening: '11:02' }), at('11:10:45'));
    expect(status.drift?.as('seconds')).toBe(45);
    expect(formatClock(status.projectedEnd, zone)).toBe('12:30:45');
    expect(status.overruns).toBe(true);
  });

  it('overtime adds to the drift second by second', () => {
    const status = getShowStatus(schedule, started({ opening: '11:00' }), at('11:11:30'));
    expect(status.remaining?.as('seconds')).toBe(-90);
    expect(formatTimer(status.remaining!)).toBe('01:30');
    expect(status.warning).toBe('red');
    expect(formatDrift(status.drift!)).toBe('1:30 behind');
    expect(status.progress).toBe(1);
  });

  it('starting the next segment early puts the show ahead', () => {
    const status = getShowStatus(
      schedule,
      started({ opening: '11:00', overview: '11:08:45' }),
      at('11:09'),
    );
    expect(status.current?.id).toBe('overview');
    expect(formatDrift(status.drift!)).toBe('1:15 ahead');
    expect(status.pace).toBe('ahead');
    expect(formatClock(status.projectedEnd, zone)).toBe('12:28:45');
    expect(status.overruns).toBe(false);
  });

  it('the last segment has no next, and overtime there pushes the end', () => {
    const status = getShowStatus(
      schedule,
      started({ opening: '11:00', overview: '11:10', panel: '11:15', 'wrap-up': '12:25' }),
      at('12:31'),
    );
    expect(status.current?.id).toBe('wrap-up');
    expect(status.next).toBeNull();
    expect(formatClock(status.projectedEnd, zone)).toBe('12:31:00');
  });

  it('after the end is recorded, the drift is the end against 12:30', () => {
    const status = getShowStatus(schedule, started({ opening: '11:00' }, '12:29:30'), at('13:00'));
    expect(status.phase).toBe('after');
    expect(formatDrift(status.drift!)).toBe('0:30 ahead');
    expect(status.overruns).toBe(false);
  });

  it('sub-second lateness is not an overrun', () => {
    const record: ShowRecord = { ...emptyShowRecord, starts: { opening: ms('11:00') + 400 } };
    const status = getShowStatus(schedule, record, at('11:01'));
    expect(status.pace).toBe('on-time');
    expect(status.overruns).toBe(false);
  });
});

describe('the hard stop', () => {
  it('at 12:24 in a panel that started 6:02 late: 1:00 left, not 7:02', () => {
    const status = getShowStatus(
      schedule,
      started({ opening: '11:00', overview: '11:10', panel: '11:21:02' }),
      at('12:24'),
    );
    expect(formatTimer(status.remaining!)).toBe('01:00');
    expect(status.warning).toBe('amber');
    expect(status.latenessWarning).toBe('amber');
    expect(status.lateness?.as('seconds')).toBe(362);
    expect(status.drift?.as('seconds')).toBe(0);
  });

  it('past the hand-over the lateness turns red', () => {
    const status = getShowStatus(schedule, started({ panel: '11:21' }), at('12:25:01'));
    expect(status.remaining!.toMillis()).toBeLessThan(0);
    expect(status.latenessWarning).toBe('red');
  });
});

describe('getWarning', () => {
  it.each([
    [121, 'normal'],
    [120, 'amber'],
    [1, 'amber'],
    [0, 'red'],
    [-5, 'red'],
  ])('with %i s left it is %s', (seconds, warning) => {
    expect(getWarning(Duration.fromObject({ seconds }))).toBe(warning);
  });
});

describe('getNextToStart', () => {
  it('picks the segment after the last started', () => {
    expect(getNextToStart(schedule, started({ overview: '11:10' }), at('11:11'))?.id).toBe('panel');
    expect(
      getNextToStart(schedule, started({ opening: '11:00' }, '12:30'), at('12:31')),
    ).toBeNull();
  });

  it('with nothing recorded, picks the segment the clock says is on, or the next one', () => {
    expect(getNextToStart(schedule, emptyShowRecord, at('10:55'))?.id).toBe('opening');
    expect(getNextToStart(schedule, emptyShowRecord, at('11:20'))?.id).toBe('panel');
    expect(getNextToStart(schedule, emptyShowRecord, at('12:40'))).toBeNull();
  });
});

describe('buildShowReport', () => {
  it('ends each segment at the next recorded start, or at the end of the show', () => {
    const report = buildShowReport(
      schedule,
      started(
        { opening: '11:00:10', overview: '11:10:45', panel: '11:15:45', 'wrap-up': '12:27:45' },
        '12:32:45',
      ),
    );
    expect(report.map((r) => r.actualDuration?.as('seconds'))).toEqual([635, 300, 4320, 300]);
    expect(report.map((r) => r.overrun?.as('seconds'))).toEqual([35, 0, 120, 0]);
    expect(report.map((r) => r.startDrift?.as('seconds'))).toEqual([10, 45, 45, 165]);
  });

  it('a skipped segment has no actual times, and the one before runs until the next start', () => {
    const report = buildShowReport(schedule, started({ opening: '11:00', panel: '11:12' }));
    expect(report[0]?.actualEnd?.toMillis()).toBe(ms('11:12'));
    expect(report[1]?.actualStart).toBeNull();
    expect(report[2]?.actualEnd).toBeNull();
  });
});

describe('getSlideStartAction: the deck moving into a segment', () => {
  const segment = (id: string) => schedule.segments.find((s) => s.id === id)!;
  const action = (rec: ShowRecord, id: string, first: boolean, time: string) =>
    getSlideStartAction(schedule, rec, segment(id), first, ms(time));

  it('holding → title at 10:58 offers the opening; the next slide at 11:01 starts it', () => {
    expect(action(emptyShowRecord, 'opening', true, '10:58')).toBe('offer');
    // Before 11:00 the opening's second slide changes nothing.
    expect(action(emptyShowRecord, 'opening', false, '10:59')).toBe('none');
    expect(action(emptyShowRecord, 'opening', false, '11:01')).toBe('start');
  });

  it('starts a segment once, never one before the last started, never after the end', () => {
    expect(action(started({ opening: '11:00' }), 'opening', false, '11:02')).toBe('none');
    expect(action(started({ opening: '11:00', overview: '11:10' }), 'opening', true, '11:12')).toBe(
      'none',
    );
    expect(action(started({ opening: '11:00' }), 'overview', false, '11:11')).toBe('start');
    expect(action(started({ opening: '11:00' }, '11:05'), 'overview', true, '11:11')).toBe('none');
  });
});
