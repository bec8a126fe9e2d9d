/**
 * Display formats for instants and durations. Every time shown on any page goes through
 * here, so that one rule decides how a time looks.
 */
import { DateTime, Duration } from 'luxon';
import { inMillis, type InstantLike } from './clock.ts';

/** Locale for all formatting: 24-hour clock, day before month. */
const LOCALE = 'en-GB';

/**
 * Formats made once per zone and minute. A page may repaint every second, and moving an
 * instant into a zone (luxon asks Intl for the offset) is most of what a repaint costs;
 * what reads the same for a whole minute (the time to the minute, the date, the offset) is
 * kept. Bounded: cleared when it grows past a few hundred entries.
 */
const perMinute = new Map<string, string>();

export type { InstantLike };

/** A length of time as a Duration or in milliseconds. */
export type DurationLike = Duration | number;

function formatPerMinute(
  kind: string,
  instant: InstantLike,
  zone: string,
  make: (local: DateTime) => string,
): string {
  const ms = inMillis(instant);
  const key = `${kind} ${zone} ${Math.floor(ms / 60_000)}`;
  let text = perMinute.get(key);
  if (text === undefined) {
    if (perMinute.size > 500) perMinute.clear();
    text = make(DateTime.fromMillis(ms, { zone, locale: LOCALE }));
    perMinute.set(key, text);
  }
  return text;
}

/**
 * Formats an instant as a 24-hour wall-clock time in `zone`.
 * @example formatTime(start, 'Europe/Paris') // "06:00"
 */
export function formatTime(instant: InstantLike, zone: string): string {
  return formatPerMinute('time', instant, zone, (local) => local.toFormat('HH:mm'));
}

/**
 * Like `formatTime` with seconds: "11:04:09". Every zone's offset is whole minutes, so the
 * seconds are the instant's own.
 */
export function formatClock(instant: InstantLike, zone: string): string {
  const seconds = ((Math.floor(inMillis(instant) / 1000) % 60) + 60) % 60;
  return `${formatTime(instant, zone)}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Formats a start and end in `zone`, with the weekday and date when they differ from
 * `reference`'s calendar day in `referenceZone`, so a viewer can't mistake the day.
 * @example formatTimeRange(s, e, 'America/Los_Angeles', { instant: s, zone: 'Asia/Tokyo' }) // "19:00–20:30 Wed 27 Aug"
 */
export function formatTimeRange(
  start: DateTime,
  end: DateTime,
  zone: string,
  reference?: { readonly instant: DateTime; readonly zone: string },
): string {
  const range = `${formatTime(start, zone)}–${formatTime(end, zone)}`;
  const local = start.setZone(zone);
  const endsNextDay = !end.setZone(zone).hasSame(local, 'day');
  const dayDiffers =
    reference !== undefined &&
    local.toISODate() !== reference.instant.setZone(reference.zone).toISODate();
  if (!dayDiffers && !endsNextDay) return range;
  return `${range} ${formatShortDate(start, zone)}${endsNextDay ? ` (ends ${formatShortDate(end, zone)})` : ''}`;
}

/**
 * Formats an instant as `formatTime` does, with the weekday and date when its day in `zone`
 * is not `reference`'s day in `reference.zone`, so a reader can't mistake the day.
 * @example formatTimeOnDay(t, 'America/Los_Angeles', { instant: t, zone: 'Asia/Tokyo' }) // "18:30 Wed 13 Mar" (t: 10:30 Thu 14 Mar 2030 in Tokyo)
 */
export function formatTimeOnDay(
  instant: InstantLike,
  zone: string,
  reference: { readonly instant: InstantLike; readonly zone: string },
): string {
  const day = (at: InstantLike, z: string): string | null =>
    DateTime.fromMillis(inMillis(at), { zone: z }).toISODate();
  const time = formatTime(instant, zone);
  return day(instant, zone) === day(reference.instant, reference.zone)
    ? time
    : `${time} ${formatShortDate(instant, zone)}`;
}

/** "Wed 27 Aug" in `zone`. */
export function formatShortDate(instant: InstantLike, zone: string): string {
  return formatPerMinute('date', instant, zone, (local) => local.toFormat('ccc d LLL'));
}

/**
 * The full date in `zone`.
 * @example formatLongDate(start, 'Europe/Lisbon') // "Thursday 14 March 2030"
 */
export function formatLongDate(instant: DateTime, zone: string): string {
  return instant.setZone(zone).setLocale(LOCALE).toFormat('cccc d LLLL yyyy');
}

/**
 * "March 2030" for month-precision dates, the long date otherwise.
 */
export function formatAnnouncedDate(
  instant: DateTime,
  zone: string,
  precision: 'day' | 'month',
): string {
  return precision === 'month'
    ? instant.setZone(zone).setLocale(LOCALE).toFormat('LLLL yyyy')
    : formatLongDate(instant, zone);
}

/**
 * The UTC offset of `zone` at `instant`, which differs with daylight saving time.
 * @example formatOffset(start, 'Asia/Kathmandu') // "UTC+5:45"
 */
export function formatOffset(instant: InstantLike, zone: string): string {
  return formatPerMinute('offset', instant, zone, (local) => formatOffsetMinutes(local.offset));
}

function formatOffsetMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * A duration as m:ss (or h:mm:ss from an hour), never negative: callers say "over" or
 * "behind" in words.
 * @example formatCountdown(Duration.fromObject({ seconds: 95 })) // "1:35"
 */
export function formatCountdown(duration: DurationLike): string {
  const totalSeconds = Math.floor(Math.abs(inMillis(duration) / 1000));
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The one rounding of every countdown to a moment (the holding slide's, the run-of-show's,
 * a speaker's): time left in whole seconds, rounded up as a stage timer does, so that every
 * page reads the same at every instant, 15:00 at a quarter to, and 0:00 only once time is
 * up. Never negative.
 * @example countdownSeconds(899_996) // 900
 */
export function countdownSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/**
 * Time left to a moment in words: "3 days 4 h", "2 h 05 min", or m:ss below an hour, from
 * `countdownSeconds`.
 * @example formatTimeUntil(Duration.fromObject({ minutes: 4, seconds: 1.5 })) // "4:02"
 */
export function formatTimeUntil(duration: DurationLike): string {
  const totalSeconds = countdownSeconds(inMillis(duration));
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} ${hours} h`;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  return formatCountdown(totalSeconds * 1000);
}

/**
 * Time until something, in whole minutes rounded up, so that it changes once a minute (a
 * list of times to come need not tick every second).
 * @example formatMinutesUntil(Duration.fromObject({ seconds: 61 })) // "2 min"
 * @example formatMinutesUntil(Duration.fromObject({ minutes: 65 })) // "1 h 05 min"
 */
export function formatMinutesUntil(duration: DurationLike): string {
  const total = Math.max(0, Math.ceil(inMillis(duration) / 60_000));
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** A length of time in minutes for humans: "5 min", "1 h 10 min". */
export function formatMinutes(duration: Duration): string {
  const total = Math.round(duration.as('minutes'));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The zone the browser runs in. */
export function viewerZone(): string {
  return DateTime.local().zoneName;
}

/**
 * Cities whose IANA names were changed, but whose old names browsers still report
 * (Chromium gives "Asia/Calcutta" for India).
 */
const RENAMED_CITIES: Readonly<Record<string, string>> = {
  Calcutta: 'Kolkata',
  Katmandu: 'Kathmandu',
  Saigon: 'Ho Chi Minh',
  Rangoon: 'Yangon',
  Kiev: 'Kyiv',
  Godthab: 'Nuuk',
};

/** The last part of an IANA name, readable: "America/Los_Angeles" → "Los Angeles". */
export function formatZoneCity(zone: string): string {
  const city = zone.split('/').pop() ?? zone;
  return RENAMED_CITIES[city] ?? city.replace(/_/g, ' ');
}

/**
 * A countdown's reading as mm:ss, minutes not rolled into hours, never negative: callers
 * say "over" in words. Like a stage timer, time left is rounded up to the second, so it
 * reads 00:00 only once time is up; overtime is rounded down.
 * @example formatTimer(Duration.fromObject({ minutes: 70 })) // "70:00"
 * @example formatTimer(Duration.fromObject({ milliseconds: 200 })) // "00:01"
 */
export function formatTimer(duration: DurationLike): string {
  const ms = inMillis(duration);
  const totalSeconds = ms > 0 ? countdownSeconds(ms) : Math.floor(-ms / 1000);
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Whole seconds as m:ss. @example formatSeconds(95) // "1:35" */
export function formatSeconds(seconds: number): string {
  return formatCountdown(Duration.fromObject({ seconds }));
}

/**
 * How far ahead or behind the plan, in words.
 * @example formatDrift(Duration.fromObject({ seconds: 80 })) // "1:20 behind"
 */
export function formatDrift(drift: DurationLike): string {
  const seconds = Math.trunc(inMillis(drift) / 1000);
  if (seconds === 0) return 'on time';
  return `${formatCountdown(seconds * 1000)} ${seconds > 0 ? 'behind' : 'ahead'}`;
}

/**
 * A signed difference in words, for reports.
 * @example formatOverrun(Duration.fromObject({ seconds: -30 })) // "0:30 under"
 */
export function formatOverrun(difference: DurationLike): string {
  const seconds = Math.trunc(inMillis(difference) / 1000);
  if (seconds === 0) return 'on time';
  return `${formatCountdown(seconds * 1000)} ${seconds > 0 ? 'over' : 'under'}`;
}

/**
 * An instant as ISO 8601 in `zone`, to the second, for exports.
 * @example formatIso(start, 'Europe/Paris') // "2031-05-14T06:00:00+02:00"
 */
export function formatIso(instant: DateTime, zone: string): string {
  return instant.setZone(zone).toISO({ suppressMilliseconds: true }) ?? '';
}

/**
 * A short date and time in `zone`, for logs of when something was done.
 * @example formatDateTime(start, 'Europe/Paris') // "Wed 14 May 06:00"
 */
export function formatDateTime(instant: DateTime, zone: string): string {
  return instant.setZone(zone).setLocale(LOCALE).toFormat('ccc d LLL HH:mm');
}

/** The instant of an epoch-milliseconds timestamp, for values read from storage. */
export function fromMillis(ms: number): DateTime {
  return DateTime.fromMillis(ms);
}

/**
 * How late something started, in words.
 * @example formatLateness(Duration.fromObject({ seconds: 9 })) // "0:09 late"
 */
export function formatLateness(difference: DurationLike): string {
  const seconds = Math.trunc(inMillis(difference) / 1000);
  if (seconds === 0) return 'on time';
  return `${formatCountdown(seconds * 1000)} ${seconds > 0 ? 'late' : 'early'}`;
}

/**
 * A start and end in `zone`, to the minute when both fall on one, else to the second.
 * @example formatWindow(start, start.plus({ seconds: 43 }), 'Asia/Tokyo') // "09:00:00–09:00:43"
 */
export function formatWindow(start: DateTime, end: DateTime, zone: string): string {
  const whole = start.second === 0 && end.second === 0;
  const f = whole ? formatTime : formatClock;
  return `${f(start, zone)}–${f(end, zone)}`;
}

/**
 * A calendar date (the model keeps these at midnight UTC) at the precision it is known,
 * with no zone conversion, so that it never shifts by a day.
 * @example formatCalendarDate(date, 'day') // "3 Mar 2031"; 'month' gives "Mar 2031"
 * @example formatCalendarDate(date, 'day', 'long') // "3 March 2031"
 */
export function formatCalendarDate(
  date: DateTime,
  precision: 'day' | 'month',
  style: 'short' | 'long' = 'short',
): string {
  const month = style === 'long' ? 'LLLL' : 'LLL';
  const pattern = precision === 'day' ? `d ${month} yyyy` : `${month} yyyy`;
  return date.setZone('utc').setLocale(LOCALE).toFormat(pattern);
}

/*
 * When a text changes. A page that knows the next instant any text it shows can change
 * sleeps until then instead of waking every second; each function below belongs to the
 * formatter it names and follows its rounding exactly. Instants are epoch milliseconds.
 */

/**
 * The first instant after `nowMs` at which `targetMs − t` is a whole number of `stepMs`:
 * where a reading of the time to or from `targetMs`, in steps of `stepMs`, turns.
 * @example nextStep(0, 1_500, 1000) // 2000
 */
export function nextStep(targetMs: number, nowMs: number, stepMs: number): number {
  const wait = (((targetMs - nowMs) % stepMs) + stepMs) % stepMs;
  return nowMs + (wait === 0 ? stepMs : wait);
}

/** When `formatClock` of the clock's time next changes: the next second's turn. */
export function nextClockChange(nowMs: number): number {
  return nextStep(0, nowMs, 1000);
}

/** When `formatTime` (or a date or offset) of the clock's time can next change: the next minute's turn. */
export function nextMinuteChange(nowMs: number): number {
  return nextStep(0, nowMs, 60_000);
}

/**
 * When `formatTimer(targetMs − now)` next changes: it rounds time left up and overtime
 * down, so both turn as `targetMs − now` crosses a whole second.
 */
export function nextTimerChange(targetMs: number, nowMs: number): number {
  return nextStep(targetMs, nowMs, 1000);
}

/**
 * When `formatTimeUntil(targetMs − now)` next changes. `countdownSeconds` rounds up, so the
 * seconds turn as `targetMs − now` crosses a whole second; from an hour on, the reading
 * shows whole minutes (hours from a day) of that count, which turn a second earlier than
 * the whole minute (hour). It reads 0:00 from `targetMs` on and never changes after.
 */
export function nextTimeUntilChange(targetMs: number, nowMs: number): number {
  const left = countdownSeconds(targetMs - nowMs);
  if (left === 0) return Infinity;
  if (left < 3600) return nextStep(targetMs, nowMs, 1000);
  return nextStep(targetMs + 1000, nowMs, left < 86_400 ? 60_000 : 3_600_000);
}

/**
 * When `formatMinutesUntil(targetMs − now)` next changes: it rounds up, so it turns as
 * `targetMs − now` crosses a whole minute, and at `targetMs` itself (callers say
 * "passed" from then on); never after.
 */
export function nextMinutesUntilChange(targetMs: number, nowMs: number): number {
  return nowMs >= targetMs ? Infinity : nextStep(targetMs, nowMs, 60_000);
}

/**
 * An instant as UTC ISO 8601 to its second, for a `<time datetime>` that ticks: made from
 * epoch milliseconds without a luxon object.
 * @example formatUtcSecond(Date.UTC(2031, 4, 14, 4, 0, 9, 500)) // "2031-05-14T04:00:09Z"
 */
export function formatUtcSecond(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
