/**
 * Calendar files (`.ics`, RFC 5545) for the programme and for each speaker, made with
 * ical-generator, the only importer of it. Pages load this module lazily, on the click
 * that asks for a file, so the library never weighs on a page that does not need it.
 *
 * What Google Calendar, Outlook and Apple Calendar need to import a file cleanly: VERSION
 * and PRODID on the calendar, METHOD:PUBLISH (a file to add, not an invitation to answer),
 * and on each event a stable UID, DTSTAMP, DTSTART and DTEND as UTC instants (so no
 * VTIMEZONE is needed and no client guesses a zone), SUMMARY and DESCRIPTION; X-WR-CALNAME for
 * the calendar's name; CRLF after every line and lines folded at 75 octets. The unit tests
 * read the files back with Mozilla's ical.js to check all of it.
 */
import icalGenerator, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';

/** One calendar entry, with its instants as epoch milliseconds. */
export interface CalendarEntry {
  /** Stable across downloads, so a second import updates rather than duplicates. */
  readonly uid: string;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly description: string;
  /** A reminder this many minutes before the start (a VALARM that displays `summary`). */
  readonly reminderMinutes?: number;
}

/** What a calendar file holds. */
export interface CalendarOptions {
  readonly name: string;
  /** Who makes the file, for its PRODID: the event's host (data/, not code). */
  readonly producer: string;
  /** The instant written as DTSTAMP: when the file was made. */
  readonly stamp: number;
  readonly entries: readonly CalendarEntry[];
}

/** The calendar as `.ics` text. */
export function buildCalendar(options: CalendarOptions): string {
  const calendar = icalGenerator({
    name: options.name,
    prodId: {
      company: options.producer,
      product: 'Recognition Conventions webinar',
      language: 'EN',
    },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of options.entries) {
    const event = calendar.createEvent({
      id: entry.uid,
      start: new Date(entry.start),
      end: new Date(entry.end),
      stamp: new Date(options.stamp),
      summary: entry.summary,
      description: entry.description,
    });
    // A display alarm with its own text: RFC 5545 §3.6.6 requires DESCRIPTION on one, and
    // Outlook and Apple Calendar show it as the reminder's words.
    if (entry.reminderMinutes !== undefined) {
      event.createAlarm({
        type: ICalAlarmType.display,
        triggerBefore: entry.reminderMinutes * 60,
        description: entry.summary,
      });
    }
  }
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too; ical-generator
  // leaves the final END:VCALENDAR without it, which strict importers read as truncated.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
