import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  getTimerElapsed,
  idleTimer,
  makeFixedClock,
  makeRehearsalClock,
  pauseTimer,
  resumeTimer,
  startTimer,
  type Clock,
  type TimerState,
} from '../../../src/time/clock.ts';
import {
  getRunOverrun,
  idleRehearsal,
  pauseRehearsal,
  resetRehearsal,
  resumeRehearsal,
  startRehearsal,
} from '../../../src/show/rehearsal.ts';
import { formatClock } from '../../../src/time/format.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';
import { fixtureModel } from '../../fixtures/model.ts';

const schedule = buildSchedule(fixtureModel);
const T0 = Date.UTC(2025, 7, 25, 9, 0, 0);
const s = (seconds: number): number => T0 + seconds * 1000;

describe('the stopwatch is timestamps, and elapsed time is derived', () => {
  it('runs, holds while paused, and leaves pauses out after resuming', () => {
    let timer: TimerState = startTimer(idleTimer, s(0));
    expect(getTimerElapsed(timer, s(90)).as('seconds')).toBe(90);
    timer = pauseTimer(timer, s(90));
    expect(getTimerElapsed(timer, s(600)).as('seconds')).toBe(90);
    timer = resumeTimer(timer, s(600));
    expect(timer.startedAt).toBe(s(510));
    expect(getTimerElapsed(timer, s(630)).as('seconds')).toBe(120);
  });

  it('ignores steps that do not fit the state', () => {
    expect(pauseTimer(idleTimer, s(1))).toBe(idleTimer);
    expect(resumeTimer(idleTimer, s(1))).toBe(idleTimer);
    const running = startTimer(idleTimer, s(0));
    expect(startTimer(running, s(5))).toBe(running);
    expect(resumeTimer(running, s(5))).toBe(running);
  });

  it('never goes negative when the system clock is set back', () => {
    expect(getTimerElapsed(startTimer(idleTimer, s(100)), s(40)).as('seconds')).toBe(0);
  });
});

describe('makeRehearsalClock', () => {
  it('reads the segment start until started, then moves with the timer', () => {
    let real = s(0);
    const realClock: Clock = { now: () => DateTime.fromMillis(real) };
    const origin = schedule.segments[2]!.start;
    let timer: TimerState = idleTimer;
    const clock = makeRehearsalClock(realClock, () => ({ origin, timer }));
    expect(formatClock(clock.now(), schedule.zone)).toBe('11:15:00');
    timer = startTimer(timer, real);
    real = s(125);
    expect(formatClock(clock.now(), schedule.zone)).toBe('11:17:05');
    timer = pauseTimer(timer, real);
    real = s(3600);
    expect(formatClock(clock.now(), schedule.zone)).toBe('11:17:05');
  });

  it('a fixed clock stands still', () => {
    const instant = DateTime.fromMillis(T0);
    expect(makeFixedClock(instant).now()).toBe(instant);
  });
});

describe('rehearsal runs', () => {
  it('reset logs the run with its real start, end and rehearsed length', () => {
    let state = startRehearsal({ ...idleRehearsal, segmentId: 'overview' }, s(0));
    state = pauseRehearsal(state, s(60));
    state = resumeRehearsal(state, s(300));
    const { state: after, run } = resetRehearsal(state, s(585), 'opening');
    expect(after.timer.status).toBe('idle');
    expect(after.segmentId).toBe('overview');
    expect(run).toEqual({
      segmentId: 'overview',
      startedAt: s(0),
      endedAt: s(585),
      elapsedMs: 345_000,
    });
    expect(getRunOverrun(run!, schedule.segments[1]!).as('seconds')).toBe(45);
  });

  it('a reset before anything was rehearsed logs nothing', () => {
    expect(resetRehearsal(idleRehearsal, s(10), 'opening').run).toBeNull();
  });
});
