import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/calendar/buildCalendar.ts';
import {
  buildProgrammeEntries,
  buildSpeakerEntries,
  getCalendarProducer,
} from '../../../src/show/calendarEntries.ts';
import { formatTime } from '../../../src/time/format.ts';
import { buildSchedule, getSpeakerSegments } from '../../../src/show/schedule.ts';
import { fixtureModel } from '../../fixtures/model.ts';

const model = fixtureModel;
const schedule = buildSchedule(model);
const stamp = Date.UTC(2025, 7, 1, 9, 30);
/** The maker a calendar file names: the event's host, from data/. */
const producer = getCalendarProducer(model);
/** The calendar's lines with folded lines joined back (RFC 5545 §3.1). */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('calendar files', () => {
  it('have the fields Google, Outlook and Apple need, with UTC instants', () => {
    const speaker = model.speakers.find((s) => s.timeZone !== schedule.zone)!;
    const all = unfold(
      buildCalendar({
        name: 'x',
        producer,
        stamp,
        entries: buildSpeakerEntries(model, schedule, speaker),
      }),
    );
    // The events' own lines: a reminder (VALARM) has a DESCRIPTION of its own.
    const lines = all.filter((_, i) => {
      const before = all.slice(0, i + 1);
      return before.lastIndexOf('BEGIN:VALARM') <= before.lastIndexOf('END:VALARM');
    });
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain('METHOD:PUBLISH');
    const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBeGreaterThan(0);
    for (const field of ['UID:', 'DTSTAMP:', 'DTSTART:', 'DTEND:', 'SUMMARY:', 'DESCRIPTION:']) {
      expect(
        lines.filter((l) => l.startsWith(field)),
        field,
      ).toHaveLength(events);
    }
    for (const l of lines.filter((l) => /^DT(START|END|STAMP):/.test(l))) {
      expect(l).toMatch(/:\d{8}T\d{6}Z$/);
    }
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain(`${speaker.timeZoneLabel} time`);
    expect(description).toContain(`${schedule.zoneLabel} time`);
    expect(description).toContain('Zoom link');
  });

  it('the programme is one entry from the first start to the hard stop', () => {
    const lines = unfold(
      buildCalendar({
        name: 'x',
        producer,
        stamp,
        entries: buildProgrammeEntries(model, schedule),
      }),
    );
    const utc = (d: { toUTC(): { toFormat(f: string): string } }): string =>
      d.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
    expect(lines).toContain(`DTSTART:${utc(schedule.start)}`);
    expect(lines).toContain(`DTEND:${utc(schedule.end)}`);
  });
});

/**
 * The files read back by an independent parser (Mozilla's ical.js, the one Thunderbird uses)
 * and checked for what Google Calendar, Outlook and Apple Calendar need to import them.
 */
describe('calendar files read back by ical.js', () => {
  const files = [
    { what: 'the programme', entries: buildProgrammeEntries(model, schedule) },
    ...model.speakers.map((s) => ({
      what: s.id,
      entries: buildSpeakerEntries(model, schedule, s),
    })),
  ].map(({ what, entries }) => ({
    what,
    entries,
    ics: buildCalendar({ name: `Calendar of ${what}`, producer, stamp, entries }),
  }));

  it.each(files)('$what: CRLF line ends, lines folded at 75 octets', ({ ics }) => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line, line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
  });

  it.each(files)(
    '$what: the calendar and each event have what importers need',
    ({ what, entries, ics }) => {
      const calendar = ICAL.Component.fromString(ics);
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(String(calendar.getFirstPropertyValue('prodid')).startsWith(`-//${producer}//`)).toBe(
        true,
      );
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Calendar of ${what}`);
      // Times are UTC only, consistently: no VTIMEZONE, no TZID anywhere.
      expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
      expect(ics).not.toContain('TZID');

      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events).toHaveLength(entries.length);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      events.forEach((event, i) => {
        const entry = entries[i]!;
        expect(event.uid).toBe(entry.uid);
        expect(event.summary).toBe(entry.summary);
        expect(event.description).toBe(entry.description);
        expect(event.description).toContain(model.event.joinNote);
        for (const [name, ms] of [
          ['dtstart', entry.start],
          ['dtend', entry.end],
          ['dtstamp', stamp],
        ] as const) {
          const time = event.component.getFirstPropertyValue(name);
          expect(time, name).toBeInstanceOf(ICAL.Time);
          const t = time as ICAL.Time;
          expect(t.zone.tzid, name).toBe('UTC');
          expect(t.toJSDate().getTime(), name).toBe(ms);
        }
      });
    },
  );
});

/**
 * A speaker's file holds when to join for the sound check, before the slot, with a reminder:
 * read back by ical.js, as a calendar app would show it.
 */
describe('a speaker’s calendar file', () => {
  const { minutesBefore, reminderMinutes } = model.event.speakerJoin;

  it.each(model.speakers)(
    '$id: joins $minutesBefore minutes before the first segment, reminded before that',
    (speaker) => {
      const ics = buildCalendar({
        name: 'x',
        producer,
        stamp,
        entries: buildSpeakerEntries(model, schedule, speaker),
      });
      const [join, slot] = ICAL.Component.fromString(ics)
        .getAllSubcomponents('vevent')
        .map((c) => new ICAL.Event(c));
      const first = getSpeakerSegments(schedule, speaker.id)[0]!;
      expect(join!.summary).toMatch(/^Join for the sound check/);
      expect(join!.startDate.toJSDate().getTime()).toBe(
        first.start.toMillis() - minutesBefore * 60_000,
      );
      expect(join!.endDate.toJSDate().getTime()).toBe(first.start.toMillis());
      expect(slot!.startDate.toJSDate().getTime()).toBe(first.start.toMillis());
      const joinTime = first.start.minus({ minutes: minutesBefore });
      expect(join!.description).toContain(
        `${formatTime(joinTime, speaker.timeZone)} ${speaker.timeZoneLabel} time`,
      );
      expect(join!.description).toContain(model.event.joinNote);

      const [alarm, ...more] = join!.component.getAllSubcomponents('valarm');
      expect(more).toHaveLength(0);
      expect(alarm!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm!.getFirstPropertyValue('description')).toBe(join!.summary);
      const trigger = alarm!.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      expect(trigger.toSeconds()).toBe(-reminderMinutes * 60);
    },
  );

  it('the programme file carries no join time and no reminder', () => {
    const ics = buildCalendar({
      name: 'x',
      producer,
      stamp,
      entries: buildProgrammeEntries(model, schedule),
    });
    expect(ics).not.toContain('BEGIN:VALARM');
    expect(ics).not.toContain('sound check');
  });
});
