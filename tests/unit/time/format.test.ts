import { DateTime, Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatCountdown,
  formatDrift,
  formatIso,
  formatLateness,
  formatLongDate,
  formatOffset,
  formatOverrun,
  formatTime,
  formatTimeOnDay,
  formatTimer,
  formatTimeRange,
  formatTimeUntil,
  formatWindow,
  formatZoneCity,
} from '../../../src/time/format.ts';

const start = DateTime.fromISO('2025-08-28T11:00', { zone: 'Asia/Bangkok' });
const end = DateTime.fromISO('2025-08-28T12:30', { zone: 'Asia/Bangkok' });
const bangkok = { instant: start, zone: 'Asia/Bangkok' };

describe('formatTime across zones', () => {
  it.each([
    ['Asia/Bangkok', '11:00', 'UTC+7'],
    ['Europe/Paris', '06:00', 'UTC+2'],
    ['Africa/Johannesburg', '06:00', 'UTC+2'],
    ['Australia/Sydney', '14:00', 'UTC+10'],
    ['Asia/Kathmandu', '09:45', 'UTC+5:45'],
    ['Asia/Kolkata', '09:30', 'UTC+5:30'],
    ['America/Los_Angeles', '21:00', 'UTC−7'],
    ['Pacific/Chatham', '16:45', 'UTC+12:45'],
  ])('at the start in %s it is %s (%s)', (zone, time, offset) => {
    expect(formatTime(start, zone)).toBe(time);
    expect(formatOffset(start, zone)).toBe(offset);
  });

  it('follows daylight saving time: Paris is UTC+1 in winter', () => {
    const winter = DateTime.fromISO('2025-12-04T11:00', { zone: 'Asia/Bangkok' });
    expect(formatTime(winter, 'Europe/Paris')).toBe('05:00');
    expect(formatOffset(winter, 'Europe/Paris')).toBe('UTC+1');
  });
});

describe('formatTimeOnDay', () => {
  it('gives the day when it differs from the event day, from an instant in milliseconds', () => {
    const join = start.toMillis() - 30 * 60_000;
    expect(formatTimeOnDay(join, 'America/Los_Angeles', bangkok)).toBe('20:30 Wed 27 Aug');
    expect(formatTimeOnDay(join, 'Australia/Sydney', bangkok)).toBe('13:30');
  });
});

describe('formatTimeRange', () => {
  it('gives the day when it differs from the event day: Wednesday on the US West Coast', () => {
    expect(formatTimeRange(start, end, 'America/Los_Angeles', bangkok)).toBe(
      '21:00–22:30 Wed 27 Aug',
    );
  });

  it('leaves the day out when it is the same', () => {
    expect(formatTimeRange(start, end, 'Europe/Paris', bangkok)).toBe('06:00–07:30');
  });

  it('says when a range crosses midnight', () => {
    expect(formatTimeRange(start, end, 'Pacific/Honolulu', bangkok)).toBe('18:00–19:30 Wed 27 Aug');
    const late = DateTime.fromISO('2025-08-28T23:30', { zone: 'Asia/Bangkok' });
    expect(formatTimeRange(late, late.plus({ hours: 1 }), 'Asia/Bangkok')).toBe(
      '23:30–00:30 Thu 28 Aug (ends Fri 29 Aug)',
    );
  });
});

describe('durations', () => {
  it('formats countdowns as m:ss and h:mm:ss', () => {
    expect(formatCountdown(Duration.fromObject({ seconds: 95 }))).toBe('1:35');
    expect(formatCountdown(Duration.fromObject({ seconds: -95 }))).toBe('1:35');
    expect(formatCountdown(Duration.fromObject({ minutes: 70 }))).toBe('1:10:00');
  });

  it('formats far countdowns in words', () => {
    expect(formatTimeUntil(Duration.fromObject({ days: 3, hours: 4, minutes: 5 }))).toBe(
      '3 days 4 h',
    );
    expect(formatTimeUntil(Duration.fromObject({ hours: 2, minutes: 5 }))).toBe('2 h 05 min');
    expect(formatTimeUntil(Duration.fromObject({ minutes: 4, seconds: 2 }))).toBe('4:02');
  });

  it('gives the long date in the event zone', () => {
    expect(formatLongDate(start, 'Asia/Bangkok')).toBe('Thursday 28 August 2025');
  });
});

describe('formatCalendarDate', () => {
  const date = DateTime.fromISO('2022-01-17', { zone: 'utc' });

  it('shows the day, or only the month when that is all that is known', () => {
    expect(formatCalendarDate(date, 'day')).toBe('17 Jan 2022');
    expect(formatCalendarDate(date, 'month')).toBe('Jan 2022');
    expect(formatCalendarDate(date, 'day', 'long')).toBe('17 January 2022');
    expect(formatCalendarDate(date, 'month', 'long')).toBe('January 2022');
  });

  it('does not shift the day in a zone west of UTC', () => {
    expect(formatCalendarDate(date.setZone('America/Los_Angeles'), 'day')).toBe('17 Jan 2022');
  });
});

describe('the date line and fractional offsets', () => {
  it('at the event’s start it is still Wednesday 27 August on the US West Coast', () => {
    expect(formatLongDate(start, 'America/Los_Angeles')).toBe('Wednesday 27 August 2025');
    expect(formatLongDate(start, 'Pacific/Pago_Pago')).toBe('Wednesday 27 August 2025');
    expect(formatTime(start, 'Pacific/Pago_Pago')).toBe('17:00');
  });

  it('across the date line, Kiritimati is already in the evening of the same Thursday', () => {
    expect(formatLongDate(start, 'Pacific/Kiritimati')).toBe('Thursday 28 August 2025');
    expect(formatTime(start, 'Pacific/Kiritimati')).toBe('18:00');
    expect(formatOffset(start, 'Pacific/Kiritimati')).toBe('UTC+14');
  });

  it.each([
    ['Australia/Adelaide', '13:30', 'UTC+9:30'],
    ['Australia/Lord_Howe', '14:30', 'UTC+10:30'],
    ['Asia/Yangon', '10:30', 'UTC+6:30'],
    ['America/St_Johns', '01:30', 'UTC−2:30'],
  ])('half-hour zones: in %s the start is %s (%s)', (zone, time, offset) => {
    expect(formatTime(start, zone)).toBe(time);
    expect(formatOffset(start, zone)).toBe(offset);
  });

  it('southern daylight saving: Sydney is UTC+10 in August and UTC+11 in December', () => {
    const december = DateTime.fromISO('2025-12-04T11:00', { zone: 'Asia/Bangkok' });
    expect(formatTime(start, 'Australia/Sydney')).toBe('14:00');
    expect(formatTime(december, 'Australia/Sydney')).toBe('15:00');
  });

  it('ISO exports carry the zone’s offset', () => {
    expect(formatIso(start, 'Asia/Bangkok')).toBe('2025-08-28T11:00:00+07:00');
    expect(formatIso(start, 'Asia/Kathmandu')).toBe('2025-08-28T09:45:00+05:45');
    expect(formatIso(start, 'America/Los_Angeles')).toBe('2025-08-27T21:00:00-07:00');
  });

  it('names renamed cities by their current names', () => {
    expect(formatZoneCity('Asia/Calcutta')).toBe('Kolkata');
    expect(formatZoneCity('America/Los_Angeles')).toBe('Los Angeles');
  });
});

describe('timers, drift and windows', () => {
  const secs = (seconds: number): Duration => Duration.fromObject({ seconds });

  it('a countdown reads mm:ss, minutes past the hour included', () => {
    expect(formatTimer(secs(4200))).toBe('70:00');
    expect(formatTimer(secs(95))).toBe('01:35');
  });

  it('time left rounds up, and reads 00:00 only once time is up', () => {
    expect(formatTimer(Duration.fromMillis(299_800))).toBe('05:00');
    expect(formatTimer(Duration.fromMillis(200))).toBe('00:01');
    expect(formatTimer(secs(0))).toBe('00:00');
    expect(formatTimer(Duration.fromMillis(-1_500))).toBe('00:01');
  });

  it('drift, lateness and overrun in words', () => {
    expect(formatDrift(secs(80))).toBe('1:20 behind');
    expect(formatDrift(secs(-45))).toBe('0:45 ahead');
    expect(formatDrift(Duration.fromMillis(400))).toBe('on time');
    expect(formatLateness(secs(9))).toBe('0:09 late');
    expect(formatLateness(secs(-115))).toBe('1:55 early');
    expect(formatOverrun(secs(-30))).toBe('0:30 under');
  });

  it('a slide window shows seconds only when it needs them', () => {
    expect(formatWindow(start, start.plus({ minutes: 1 }), 'Asia/Bangkok')).toBe('11:00–11:01');
    expect(formatWindow(start, start.plus({ seconds: 43 }), 'Asia/Bangkok')).toBe(
      '11:00:00–11:00:43',
    );
  });
});
