/** Instants on the event's day, for Playwright's fake clock. */
import { DateTime } from 'luxon';
import { loadModel } from '../../data/index.ts';

const { event } = loadModel();
const day = event.start.setZone(event.timeZone).toISODate() ?? '';

/** The event's day in its zone, `YYYY-MM-DD`, e.g. for a `--show-clock` instant. */
export const SHOW_DAY = day;

/**
 * The instant of a wall-clock time on the event's day in the event's zone.
 * @example eventTime('11:04:30')
 */
export function eventTime(time: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone: event.timeZone }).toJSDate();
}

/** Half a minute before `at`: install the fake clock here, load the page, then `pauseAt(at)`. */
export function justBefore(at: Date): Date {
  return new Date(at.getTime() - 30_000);
}
