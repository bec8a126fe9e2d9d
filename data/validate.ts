/**
 * Validation of authored data into the resolved model. This is the one edge where authored
 * input is checked: everything after `validateModel()` trusts the model.
 *
 * Messages follow `At <where>: expected <what>, got <value>. <fix>` because authors read them
 * in a failed build, and tests assert them word for word.
 */
import { DateTime, IANAZone, Interval } from 'luxon';
import type {
  AgendaItem,
  AgendaItemInput,
  ConventionInput,
  Event,
  EventInput,
  ValidatedModel,
  ModelInput,
  SeriesEntry,
  SeriesInput,
  Speaker,
  SpeakerInput,
} from './types.ts';
import { validateStatesParties } from './validateStatesParties.ts';

/** Thrown when authored data is invalid; `problems` holds one message per problem found. */
export class DataError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Where each part of the model is authored, so that messages name the file. */
export const dataFiles = {
  event: 'data/event.ts',
  speakers: 'data/speakers.ts',
  agenda: 'data/agenda.ts',
  content: 'data/content.ts',
  conventions: 'data/conventions.ts',
  series: 'data/series.ts',
  statesParties: 'data/statesParties.ts',
} as const;

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^\d{4}-\d{2}$/;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

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

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify returns undefined for functions and symbols, despite its declared type.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? typeof value;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function checkText(p: Problems, where: string, value: unknown, what: string): void {
  if (isBlank(value)) p.expected(where, `a non-empty ${what}`, value, `Write the ${what}.`);
}

function checkId(p: Problems, where: string, value: unknown): void {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    p.expected(
      where,
      'a kebab-case id',
      value,
      'Use lower-case words joined by "-", such as "wrap-up".',
    );
  }
}

function checkZone(p: Problems, where: string, zone: unknown): boolean {
  if (typeof zone === 'string' && IANAZone.isValidZone(zone)) return true;
  p.expected(
    where,
    'an IANA time zone',
    zone,
    'Use a name from the tz database, such as "Europe/Paris".',
  );
  return false;
}

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
        `${file} ${list}[${i}].id`,
        `duplicate id ${show(item.id)}, already used by ${list}[${first}]. Give each entry its own id.`,
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
  value: unknown,
  date: string,
  zone: string,
  zoneLabel: string,
): DateTime | null {
  if (typeof value !== 'string' || !TIME_PATTERN.test(value)) {
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
  checkId(p, `${file} event.id`, input.id);
  checkText(p, `${file} event.title`, input.title, 'title');
  checkText(p, `${file} event.series`, input.series, 'series name');
  checkText(p, `${file} event.format`, input.format, 'format');
  checkText(p, `${file} event.audience`, input.audience, 'audience');
  if (!Number.isInteger(input.session) || input.session < 1) {
    p.expected(
      `${file} event.session`,
      'a session number from 1',
      input.session,
      'Number sessions 1, 2, 3…',
    );
  }
  if (input.languages.length === 0) {
    p.expected(
      `${file} event.languages`,
      'at least one language',
      input.languages,
      'List the languages, such as ["English"].',
    );
  }
  const zoneOk = checkZone(p, `${file} event.timeZone`, input.timeZone);
  const day = DateTime.fromISO(input.date, { zone: zoneOk ? input.timeZone : 'utc' });
  if (!DATE_PATTERN.test(input.date) || !day.isValid) {
    p.expected(
      `${file} event.date`,
      'a date "YYYY-MM-DD"',
      input.date,
      'Write the date such as "2025-08-28".',
    );
    return null;
  }
  if (!zoneOk) return null;
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
  return { ...rest, start, end, interval: Interval.fromDateTimes(start, end) };
}

function validateSpeakers(p: Problems, speakers: readonly SpeakerInput[]): void {
  const file = dataFiles.speakers;
  checkUnique(p, file, 'speakers', speakers);
  speakers.forEach((s, i) => {
    const where = `${file} speakers[${i}]`;
    checkId(p, `${where}.id`, s.id);
    checkText(p, `${where}.name`, s.name, 'name');
    checkText(p, `${where}.role`, s.role, 'role');
    checkText(p, `${where}.organisation`, s.organisation, 'organisation');
    checkText(p, `${where}.timeZoneEvidence`, s.timeZoneEvidence, 'evidence for the time zone');
    checkZone(p, `${where}.timeZone`, s.timeZone);
  });
}

function validateAgenda(
  p: Problems,
  agenda: readonly AgendaItemInput[],
  event: EventInput,
  eventModel: Event | null,
  speakers: readonly Speaker[],
): AgendaItem[] {
  const file = dataFiles.agenda;
  if (agenda.length === 0) {
    p.expected(`${file} agenda`, 'at least one segment', agenda, 'Add the programme’s segments.');
    return [];
  }
  checkUnique(p, file, 'agenda', agenda);
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const items: AgendaItem[] = [];
  let previous: { index: number; item: AgendaItemInput; interval: Interval } | null = null;
  agenda.forEach((item, i) => {
    const where = `${file} agenda[${i}]`;
    checkId(p, `${where}.id`, item.id);
    checkText(p, `${where}.title`, item.title, 'title');
    checkText(p, `${where}.label`, item.label, 'label');
    const participants = item.participants.flatMap((part, j) => {
      const speaker = speakerById.get(part.speaker);
      if (!speaker) {
        p.expected(
          `${where}.participants[${j}].speaker`,
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
        `ends ${item.end}, not after it starts ${item.start}. Make agenda[${i}].end later than its start.`,
      );
      return;
    }
    if (start < eventModel.start || end > eventModel.end) {
      p.error(
        where,
        `runs ${item.start}–${item.end}, outside the event ${event.start}–${event.end}. Move agenda[${i}] inside the event, or change the event’s times in ${dataFiles.event}.`,
      );
      return;
    }
    const interval = Interval.fromDateTimes(start, end);
    if (previous) {
      const prevEnd = previous.interval.end;
      if (prevEnd && start < prevEnd) {
        const problem = start < previous.interval.start! ? 'is out of order: it starts' : 'starts';
        p.error(
          where,
          `${problem} ${item.start}, before agenda[${previous.index}] ends ${previous.item.end}. Move agenda[${i}] or shorten agenda[${previous.index}].`,
        );
        return;
      }
      if (prevEnd && start > prevEnd) {
        p.warn(
          where,
          `a gap of ${start.diff(prevEnd, 'minutes').minutes} min after agenda[${previous.index}] (${previous.item.end}–${item.start}). Fine if it is a planned break.`,
        );
      }
    }
    previous = { index: i, item, interval };
    const { start: _s, end: _e, participants: _p, ...rest } = item;
    items.push({ ...rest, index: items.length, interval, participants });
  });
  return items;
}

function validateConventions(p: Problems, conventions: readonly ConventionInput[]): void {
  const file = dataFiles.conventions;
  checkUnique(p, file, 'conventions', conventions);
  conventions.forEach((c, i) => {
    const where = `${file} conventions[${i}]`;
    checkId(p, `${where}.id`, c.id);
    checkText(p, `${where}.title`, c.title, 'title');
    checkText(p, `${where}.shortName`, c.shortName, 'short name');
    if (c.inForceYear !== null && c.inForceYear < c.adoptedYear) {
      p.error(
        where,
        `in force ${c.inForceYear}, before it was adopted ${c.adoptedYear}. Check both years against the sources.`,
      );
    }
    if (c.sources.length === 0) {
      p.expected(
        `${where}.sources`,
        'at least one source',
        c.sources,
        'Cite where the years and counts come from.',
      );
    }
  });
}

/** Validates the series; `zone` is `null` when the event's zone is already reported bad. */
function validateSeries(p: Problems, series: SeriesInput, zone: string | null): SeriesEntry[] {
  const file = dataFiles.series;
  checkUnique(p, file, 'series.entries', series.entries);
  return series.entries.flatMap((entry, i): SeriesEntry[] => {
    const where = `${file} series.entries[${i}]`;
    checkText(p, `${where}.title`, entry.title, 'title');
    if (entry.when === null) return [{ ...entry, when: null, precision: 'none' as const }];
    const precision = DATE_PATTERN.test(entry.when)
      ? ('day' as const)
      : MONTH_PATTERN.test(entry.when)
        ? ('month' as const)
        : null;
    if (precision && zone === null) return [];
    const when = precision ? DateTime.fromISO(entry.when, { zone: zone ?? undefined }) : null;
    if (!precision || !when?.isValid) {
      p.expected(
        `${where}.when`,
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
 * Validates authored data into the resolved model.
 * @throws DataError listing every problem found, each naming the file, the entry and the fix.
 */
export function validateModel(input: ModelInput): ValidatedModel {
  const p = new Problems();
  const event = validateEvent(p, input.event);
  validateSpeakers(p, input.speakers);
  const agenda = validateAgenda(p, input.agenda, input.event, event, input.speakers);
  if (input.content.objectives.length === 0) {
    p.expected(
      `${dataFiles.content} content.objectives`,
      'at least one objective',
      [],
      'List the objectives.',
    );
  }
  validateConventions(p, input.conventions);
  const series = validateSeries(p, input.series, event ? event.timeZone : null);
  const statesParties = validateStatesParties(
    p,
    input.statesParties,
    input.conventions,
    input.mapView,
  );
  if (p.errors.length > 0 || !event) throw new DataError(p.errors);
  return {
    event,
    speakers: input.speakers,
    agenda,
    content: input.content,
    conventions: input.conventions,
    series: { ...input.series, entries: series },
    statesParties,
    warnings: p.warnings,
  };
}
