/**
 * Validation of authored data into the resolved model. This is the one edge where authored
 * input is checked: everything after `validateModel()` trusts the model.
 *
 * Messages follow `At <where>: expected <what>, got <value>. <fix>` because authors read them
 * in a failed build, and tests assert them word for word.
 */
import { DateTime, Interval } from 'luxon';
import { show } from './checkShape.ts';
import { checkModelShape, dataFiles } from './shapes.ts';
import type {
  AgendaItem,
  AgendaItemInput,
  Checkpoint,
  ConventionInput,
  Event,
  EventInput,
  ValidatedModel,
  SeriesEntry,
  SeriesInput,
  Speaker,
} from './types.ts';
import { validateStatesParties } from './validateStatesParties.ts';
import { validateTheme } from './validateTheme.ts';

/** Thrown when authored data is invalid; `problems` holds one message per problem found. */
export class DataError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

export { dataFiles };

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^\d{4}-\d{2}$/;

/** Collects problems so that one build run reports all of them, not just the first. */
class Problems {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  expected(where: string, what: string, got: unknown, fix: string): void {
    this.errors.push(`At ${where}: expected ${what}, got ${show(got)}. ${fix}`);
  }
  error(where: string, text: string): void {
    this.errors.push(`At ${where}: ${text}`);
  }
  warn(where: string, text: string): void {
    this.warnings.push(`At ${where}: ${text}`);
  }
}

/** Reports ids used twice in a list, naming both entries by their place in it. */
function checkUnique(
  p: Problems,
  file: string,
  list: string,
  items: readonly { readonly id: string }[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      p.error(
        `${file} ${list}[${show(item.id)}]`,
        `the id ${show(item.id)} is used by entries ${first + 1} and ${i + 1} of the list. Give each entry its own id.`,
      );
    } else {
      seen.set(item.id, i);
    }
  });
}

/** Parses `HH:mm` on the event's date in the event's zone, or records why it can't. */
function parseLocalTime(
  p: Problems,
  where: string,
  value: string,
  date: string,
  zone: string,
  zoneLabel: string,
): DateTime | null {
  if (!TIME_PATTERN.test(value)) {
    p.expected(
      where,
      `"HH:mm" in ${zone}`,
      value,
      `Write a 24-hour ${zoneLabel} time such as "11:15".`,
    );
    return null;
  }
  const instant = DateTime.fromISO(`${date}T${value}`, { zone });
  return instant.isValid ? instant : null;
}

function validateEvent(p: Problems, input: EventInput): ValidatedModel['event'] | null {
  const file = dataFiles.event;
  const day = DateTime.fromISO(input.date, { zone: input.timeZone });
  if (!DATE_PATTERN.test(input.date) || !day.isValid) {
    p.expected(
      `${file} event.date`,
      'a date "YYYY-MM-DD"',
      input.date,
      'Write the date such as "2025-08-28".',
    );
    return null;
  }
  const where = `${file} event`;
  const start = parseLocalTime(
    p,
    `${where}.start`,
    input.start,
    input.date,
    input.timeZone,
    input.timeZoneLabel,
  );
  const end = parseLocalTime(
    p,
    `${where}.end`,
    input.end,
    input.date,
    input.timeZone,
    input.timeZoneLabel,
  );
  if (!start || !end) return null;
  if (end <= start) {
    p.error(
      where,
      `ends ${input.end}, not after it starts ${input.start}. Make event.end later than event.start.`,
    );
    return null;
  }
  const { date: _date, start: _start, end: _end, ...rest } = input;
  return {
    ...rest,
    sessionLabel: formatSessionLabel(input),
    start,
    end,
    interval: Interval.fromDateTimes(start, end),
  };
}

/** A segment as messages name it: by its id, which an author can search the file for. */
function segmentName(item: AgendaItemInput): string {
  return `agenda[${show(item.id)}]`;
}

function validateAgenda(
  p: Problems,
  agenda: readonly AgendaItemInput[],
  event: EventInput,
  eventModel: Event | null,
  speakers: readonly Speaker[],
): AgendaItem[] {
  const file = dataFiles.agenda;
  checkUnique(p, file, 'agenda', agenda);
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const items: AgendaItem[] = [];
  let previous: { item: AgendaItemInput; interval: Interval } | null = null;
  agenda.forEach((item) => {
    const name = segmentName(item);
    const where = `${file} ${name}`;
    const participants = item.participants.flatMap((part) => {
      const speaker = speakerById.get(part.speaker);
      if (!speaker) {
        p.expected(
          `${where}.participants[${show(part.speaker)}].speaker`,
          `a speaker id from ${dataFiles.speakers}`,
          part.speaker,
          `Use one of ${speakers.map((s) => show(s.id)).join(', ')}, or add the speaker.`,
        );
        return [];
      }
      return [{ speaker, role: part.role }];
    });
    if (!eventModel) return;
    const zone = event.timeZone;
    const start = parseLocalTime(
      p,
      `${where}.start`,
      item.start,
      event.date,
      zone,
      event.timeZoneLabel,
    );
    const end = parseLocalTime(p, `${where}.end`, item.end, event.date, zone, event.timeZoneLabel);
    if (!start || !end) return;
    if (end <= start) {
      p.error(
        where,
        `ends ${item.end}, not after it starts ${item.start}. Make its end later than its start.`,
      );
      return;
    }
    if (start < eventModel.start || end > eventModel.end) {
      p.error(
        where,
        `runs ${item.start}–${item.end}, outside the event ${event.start}–${event.end}. Move ${name} inside the event, or change the event’s times in ${dataFiles.event}.`,
      );
      return;
    }
    const interval = Interval.fromDateTimes(start, end);
    if (previous) {
      const prevEnd = previous.interval.end;
      const prevName = segmentName(previous.item);
      if (prevEnd && start < prevEnd) {
        const problem = start < previous.interval.start! ? 'is out of order: it starts' : 'starts';
        p.error(
          where,
          `${problem} ${item.start}, before ${prevName} ends ${previous.item.end}. Move ${name} or shorten ${prevName}.`,
        );
        return;
      }
      if (prevEnd && start > prevEnd) {
        p.warn(
          where,
          `a gap of ${start.diff(prevEnd, 'minutes').minutes} min after ${prevName} (${previous.item.end}–${item.start}). Fine if it is a planned break.`,
        );
      }
    } else if (start > eventModel.start) {
      p.warn(
        where,
        `the programme starts ${item.start}, ${start.diff(eventModel.start, 'minutes').minutes} min after the event (${event.start}). Fine if the first minutes are a planned wait; otherwise start ${name} at ${event.start}.`,
      );
    }
    previous = { item, interval };
    const checkpoints = validateCheckpoints(p, where, item, interval, event);
    const { start: _s, end: _e, participants: _p, checkpoints: _c, ...rest } = item;
    items.push({ ...rest, index: items.length, interval, participants, checkpoints });
  });
  // TypeScript can't see the assignments inside the callback above.
  const last = previous as { item: AgendaItemInput; interval: Interval } | null;
  if (last && eventModel && last.interval.end && last.interval.end < eventModel.end) {
    const gap = eventModel.end.diff(last.interval.end, 'minutes').minutes;
    p.warn(
      `${file} ${segmentName(last.item)}`,
      `the programme ends ${last.item.end}, ${gap} min before the event (${event.end}). Fine if the last minutes are a planned break; otherwise end ${segmentName(last.item)} at ${event.end}.`,
    );
  }
  return items;
}

/** Each checkpoint inside its segment, after the one before it, with a label. */
function validateCheckpoints(
  p: Problems,
  where: string,
  item: AgendaItemInput,
  interval: Interval,
  event: EventInput,
): Checkpoint[] {
  const checkpoints: Checkpoint[] = [];
  (item.checkpoints ?? []).forEach((c, k) => {
    const at = `${where}.checkpoints[${k}]`;
    const instant = parseLocalTime(
      p,
      `${at}.at`,
      c.at,
      event.date,
      event.timeZone,
      event.timeZoneLabel,
    );
    if (!instant) return;
    if (!interval.contains(instant)) {
      p.expected(
        `${at}.at`,
        `a time inside the segment, ${item.start}–${item.end}`,
        c.at,
        `Move the checkpoint inside the segment, or into the segment it belongs to.`,
      );
      return;
    }
    const before = checkpoints.at(-1);
    if (before && instant <= before.at) {
      p.expected(
        `${at}.at`,
        `a time after checkpoints[${k - 1}] (${before.at.toFormat('HH:mm')})`,
        c.at,
        'List the checkpoints in time order.',
      );
      return;
    }
    checkpoints.push({ at: instant, label: c.label });
  });
  return checkpoints;
}

function validateConventions(p: Problems, conventions: readonly ConventionInput[]): void {
  const file = dataFiles.conventions;
  checkUnique(p, file, 'conventions', conventions);
  conventions.forEach((c) => {
    if (c.inForceYear !== null && c.inForceYear < c.adoptedYear) {
      p.error(
        `${file} conventions[${show(c.id)}]`,
        `in force ${c.inForceYear}, before it was adopted ${c.adoptedYear}. Check both years against the sources.`,
      );
    }
  });
}

/** Validates the series' dates in the event's zone. */
function validateSeries(p: Problems, series: SeriesInput, zone: string): SeriesEntry[] {
  const file = dataFiles.series;
  checkUnique(p, file, 'series.entries', series.entries);
  return series.entries.flatMap((entry): SeriesEntry[] => {
    if (entry.when === null) return [{ ...entry, when: null, precision: 'none' as const }];
    const precision = DATE_PATTERN.test(entry.when)
      ? ('day' as const)
      : MONTH_PATTERN.test(entry.when)
        ? ('month' as const)
        : null;
    const when = precision ? DateTime.fromISO(entry.when, { zone }) : null;
    if (!precision || !when?.isValid) {
      p.expected(
        `${file} series.entries[${show(entry.id)}].when`,
        '"YYYY-MM-DD", "YYYY-MM" or null',
        entry.when,
        'Give the announced day or month.',
      );
      return [];
    }
    return [{ ...entry, when, precision }];
  });
}

/**

 * The series and session as every page labels them, formatted here once.
 * @example formatSessionLabel({ series: 'Asia-Pacific Webinar Series', session: 2 }) // "Asia-Pacific Webinar Series · Session 2"
 */
export function formatSessionLabel(event: Pick<EventInput, 'series' | 'session'>): string {
  return `${event.series} · Session ${event.session}`;
}

/**
 * Validates authored data into the resolved model: first the shape of every field, then
 * times, order and references.
 * @throws DataError listing every problem found, each naming the file, the entry and the fix.
 */
export function validateModel(input: unknown): ValidatedModel {
  const p = new Problems();
  // Later checks read fields as their types say; a badly shaped input would make them throw
  // "Cannot read properties of undefined" instead of naming the file and the fix.
  if (!checkModelShape(p, input)) throw new DataError(p.errors);
  const event = validateEvent(p, input.event);
  checkUnique(p, dataFiles.speakers, 'speakers', input.speakers);
  const agenda = validateAgenda(p, input.agenda, input.event, event, input.speakers);
  validateConventions(p, input.conventions);
  const { objectives, objectiveHeadlines } = input.content;
  if (objectiveHeadlines.length !== objectives.length) {
    p.expected(
      `${dataFiles.content} content.objectiveHeadlines`,
      `one headline per objective (${objectives.length})`,
      objectiveHeadlines.length,
      'Give each objective its short wording for the slide, in the same order.',
    );
  }
  const series = validateSeries(p, input.series, input.event.timeZone);
  const statesParties = validateStatesParties(
    p,
    input.statesParties,
    input.conventions,
    input.mapView,
  );
  validateTheme(p, input.theme, dataFiles.theme);
  if (p.errors.length > 0 || !event) throw new DataError(p.errors);
  return {
    event,
    speakers: input.speakers,
    agenda,
    content: input.content,
    conventions: input.conventions,
    series: { ...input.series, entries: series },
    statesParties,
    theme: input.theme,
    warnings: p.warnings,
  };
}
