import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/calendar/buildCalendar.ts';
import { buildProgrammeEntries, buildSpeakerEntries } from '../../../src/time/calendarEntries.ts';
import { buildSchedule } from '../../../src/time/schedule.ts';
import { fixtureModel } from '../../fixtures/model.ts';

const model = fixtureModel;
const schedule = buildSchedule(model);
const stamp = Date.UTC(2025, 7, 1, 9, 30);
/** The calendar's lines with folded lines joined back (RFC 5545 §3.1). */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('calendar files', () => {
  it('have the fields Google, Outlook and Apple need, with UTC instants', () => {
    const speaker = model.speakers.find((s) => s.timeZone !== schedule.zone)!;
    const lines = unfold(
      buildCalendar({ name: 'x', stamp, entries: buildSpeakerEntries(model, schedule, speaker) }),
    );
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
      buildCalendar({ name: 'x', stamp, entries: buildProgrammeEntries(model, schedule) }),
    );
    const utc = (d: { toUTC(): { toFormat(f: string): string } }): string =>
      d.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
    expect(lines).toContain(`DTSTART:${utc(schedule.start)}`);
    expect(lines).toContain(`DTEND:${utc(schedule.end)}`);
  });
});
