/**
 * Validation of the States Parties lists and the map's framing. Part of `validateModel()`;
 * messages follow `At <where>: expected <what>, got <value>. <fix>` like data/validate.ts.
 */
import { DateTime } from 'luxon';
import { isoCountries, type IsoCountryRow } from './isoCountries.ts';
import type {
  ConventionInput,
  MapViewInput,
  Membership,
  PartyDate,
  PartyDateInput,
  PartyState,
  StatesParties,
  StatesPartiesInput,
  StatesPartiesList,
  StatesParty,
  StatesPartyInput,
} from './types.ts';

/** Where validation reports problems; data/validate.ts's collector fits it. */
export interface ProblemSink {
  expected(where: string, what: string, got: unknown, fix: string): void;
  error(where: string, text: string): void;
  warn(where: string, text: string): void;
}

const FILE = 'data/statesParties.ts';
const CONVENTIONS_FILE = 'data/conventions.ts';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const NUMERIC = /^\d{3}$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

const byNumeric = new Map<string, IsoCountryRow>(isoCountries.map((row) => [row[1], row]));
const byAlpha3 = new Map<string, IsoCountryRow>(isoCountries.map((row) => [row[0], row]));

function quote(value: string): string {
  return JSON.stringify(value);
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** Parses a calendar date as midnight UTC; `null` when it is not a real date. */
function parseCalendarDate(text: string): DateTime | null {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  return date.isValid ? date : null;
}

function validateDate(
  p: ProblemSink,
  where: string,
  input: PartyDateInput,
  asOf: DateTime | null,
  asOfText: string,
  laterFix: string,
): PartyDate {
  const basis = input.basis ?? 'stated';
  const note = isBlank(input.note) ? null : (input.note ?? null);
  if (input.date === null) {
    if (note === null) {
      p.expected(
        `${where}.note`,
        'the reason the date is unknown',
        input.note,
        'Say what is known, e.g. "Exact date not found: deposited between Feb and Apr 2022."',
      );
    }
    return { date: null, precision: 'none', basis, note };
  }
  if (basis === 'inferred' && note === null) {
    p.expected(
      `${where}.note`,
      'how the date was inferred',
      input.note,
      'Name the stated date and the rule it was worked out from.',
    );
  }
  const precision = DAY.test(input.date) ? 'day' : MONTH.test(input.date) ? 'month' : null;
  const date = precision ? parseCalendarDate(input.date) : null;
  if (!precision || !date) {
    p.expected(
      `${where}.date`,
      '"YYYY-MM-DD", "YYYY-MM" or null',
      input.date,
      'Write the day, or the month when only the month is known, or null with a note.',
    );
    return { date: null, precision: 'none', basis, note };
  }
  if (asOf && date > asOf) {
    p.expected(
      `${where}.date`,
      `a date on or before the list's asOf (${asOfText})`,
      input.date,
      laterFix,
    );
  }
  return { date, precision, basis, note };
}

function validateParty(
  p: ProblemSink,
  where: string,
  input: StatesPartyInput,
  asOf: DateTime | null,
  asOfText: string,
): StatesParty {
  const numericRow =
    typeof input.isoNumeric === 'string' ? byNumeric.get(input.isoNumeric) : undefined;
  if (typeof input.isoNumeric !== 'string' || !NUMERIC.test(input.isoNumeric)) {
    p.expected(
      `${where}.isoNumeric`,
      'a 3-digit ISO 3166-1 numeric code as a string, such as "036"',
      input.isoNumeric,
      'Write it with its leading zeros, as world-atlas does.',
    );
  } else if (!numericRow) {
    p.expected(
      `${where}.isoNumeric`,
      'an ISO 3166-1 numeric code',
      input.isoNumeric,
      'Look the State up in data/isoCountries.ts.',
    );
  }
  if (numericRow) {
    if (input.iso3 !== numericRow[0]) {
      p.expected(
        `${where}.iso3`,
        `${quote(numericRow[0])}, the alpha-3 code of ${quote(numericRow[1])} (${numericRow[2]})`,
        input.iso3,
        'Fix iso3, or isoNumeric if that is the wrong one.',
      );
    }
  } else if (!byAlpha3.has(input.iso3)) {
    p.expected(
      `${where}.iso3`,
      'an ISO 3166-1 alpha-3 code',
      input.iso3,
      'Look the State up in data/isoCountries.ts.',
    );
  }
  const deposit = validateDate(
    p,
    `${where}.deposit`,
    input.deposit,
    asOf,
    asOfText,
    `A State that deposited later was not a Party on ${asOfText}: remove it, or fix the date.`,
  );
  const entryIntoForce = validateDate(
    p,
    `${where}.entryIntoForce`,
    input.entryIntoForce,
    asOf,
    asOfText,
    'If the convention enters into force for the State later, set the date to null and say so in the note.',
  );
  if (deposit.date && entryIntoForce.date && entryIntoForce.date < deposit.date) {
    p.expected(
      `${where}.entryIntoForce.date`,
      `a date on or after the deposit (${input.deposit.date ?? ''})`,
      input.entryIntoForce.date,
      'Check both dates against the sources.',
    );
  }
  input.sources.forEach((source, k) => {
    if (typeof source.url !== 'string' || !URL_PATTERN.test(source.url)) {
      p.expected(
        `${where}.sources[${k}].url`,
        'an http(s) URL',
        source.url,
        'Give the address of the page that states the fact.',
      );
    }
  });
  return { ...input, deposit, entryIntoForce };
}

function validateView(p: ProblemSink, view: MapViewInput): void {
  const where = `${FILE} mapView`;
  const inRange = (value: number, min: number, max: number): boolean =>
    Number.isFinite(value) && value >= min && value <= max;
  if (!inRange(view.centerLongitude, -180, 180)) {
    p.expected(
      `${where}.centerLongitude`,
      'a longitude from -180 to 180',
      view.centerLongitude,
      'Give degrees east, e.g. 150 for the western Pacific.',
    );
  }
  const { focus } = view;
  if (!inRange(focus.west, -180, 180)) {
    p.expected(
      `${where}.focus.west`,
      'a longitude from -180 to 180',
      focus.west,
      'Give degrees east.',
    );
  } else if (!inRange(focus.east, focus.west + 1, focus.west + 360)) {
    p.expected(
      `${where}.focus.east`,
      `a longitude east of west (${focus.west}) and within 360° of it`,
      focus.east,
      'Go past 180 to cross the antimeridian, e.g. 190 for 170° W.',
    );
  }
  if (!inRange(focus.south, -90, 90) || !inRange(focus.north, focus.south + 1, 90)) {
    p.expected(
      `${where}.focus`,
      'south and north latitudes from -90 to 90, south below north',
      [focus.south, focus.north],
      'Give the region’s southern and northern edges in degrees.',
    );
  }
}

/** Each label names a State Party the map draws, once (data/shapes.ts checks its fields). */
function validateLabels(p: ProblemSink, view: MapViewInput, states: readonly PartyState[]): void {
  const seen = new Set<string>();
  for (const label of view.labels ?? []) {
    const where = `${FILE} mapView.labels[${quote(label.isoNumeric)}]`;
    if (!states.some((s) => s.isoNumeric === label.isoNumeric)) {
      p.expected(
        `${where}.isoNumeric`,
        'the ISO 3166-1 numeric code of a State listed in this file',
        label.isoNumeric,
        'Label only States Parties the map draws, e.g. "392" for Japan.',
      );
    } else if (seen.has(label.isoNumeric)) {
      p.error(where, `duplicate label for ${quote(label.isoNumeric)}. Label each State once.`);
    }
    seen.add(label.isoNumeric);
  }
}

/**
 * Validates the States Parties lists against the conventions and the ISO 3166-1 table, and
 * merges them into one record per State. A list shorter than its convention's stated count
 * is a warning, not an error: the deck shows what is confirmed and says what is missing.
 */
export function validateStatesParties(
  p: ProblemSink,
  input: StatesPartiesInput,
  conventions: readonly ConventionInput[],
  view: MapViewInput,
): StatesParties {
  const lists: StatesPartiesList[] = [];
  for (const [key, listInput] of Object.entries(input)) {
    const convention = conventions.find((c) => c.id === key);
    if (!convention) {
      p.expected(
        `${FILE} statesParties.${key}`,
        `a convention id from ${CONVENTIONS_FILE}`,
        key,
        `Use one of ${conventions.map((c) => quote(c.id)).join(', ')}, or add the convention there.`,
      );
      continue;
    }
    const asOf = DAY.test(listInput.asOf) ? parseCalendarDate(listInput.asOf) : null;
    if (!asOf) {
      p.expected(
        `${FILE} statesParties.${key}.asOf`,
        'a date "YYYY-MM-DD"',
        listInput.asOf,
        'Give the date the list is true for, such as the event’s date.',
      );
    }
    const firstIndex = new Map<string, number>();
    const parties = listInput.parties.map((party, i) => {
      const where = `${FILE} statesParties.${key}.parties[${quote(party.iso3)}]`;
      const first = firstIndex.get(party.isoNumeric);
      if (first !== undefined) {
        const row = byNumeric.get(party.isoNumeric);
        p.error(
          where,
          `duplicate State ${quote(party.isoNumeric)}${row ? ` (${row[2]})` : ''}, listed as entries ${first + 1} and ${i + 1} of the list. List each State once.`,
        );
      } else {
        firstIndex.set(party.isoNumeric, i);
      }
      return validateParty(p, where, party, asOf, listInput.asOf);
    });
    const stated = convention.statedParties;
    if (stated !== null && parties.length > stated) {
      p.expected(
        `${FILE} statesParties.${key}.parties`,
        `at most the ${stated} States Parties stated in ${CONVENTIONS_FILE}`,
        parties.length,
        'Look for a State that joined after asOf, or update statedParties.',
      );
    } else if (stated !== null && parties.length < stated) {
      p.warn(
        `${FILE} statesParties.${key}.parties`,
        `${parties.length} of the ${stated} States Parties stated in ${CONVENTIONS_FILE} are listed; ${stated - parties.length} are not. The deck says so. Add each missing State when a source confirms it.`,
      );
    }
    lists.push({
      convention,
      asOf: asOf ?? DateTime.invalid('bad asOf'),
      gapNote: isBlank(listInput.gapNote) ? null : (listInput.gapNote ?? null),
      parties,
      missing: stated === null ? 0 : Math.max(0, stated - parties.length),
    });
  }
  validateView(p, view);
  const states = mergeStates(p, lists);
  validateLabels(p, view, states);
  return { lists, states, view };
}

/** One record per State across the lists, checking that each list names it the same way. */
function mergeStates(p: ProblemSink, lists: readonly StatesPartiesList[]): PartyState[] {
  const states = new Map<
    string,
    { first: string; name: string; iso3: string; memberships: Membership[] }
  >();
  for (const list of lists) {
    const key = list.convention.id;
    list.parties.forEach((party) => {
      const known = states.get(party.isoNumeric);
      if (!known) {
        states.set(party.isoNumeric, {
          first: `statesParties.${key}.parties[${quote(party.iso3)}]`,
          name: party.name,
          iso3: party.iso3,
          memberships: [{ convention: list.convention, party }],
        });
        return;
      }
      if (known.memberships.some((m) => m.convention.id === key)) return;
      if (party.name !== known.name) {
        p.expected(
          `${FILE} statesParties.${key}.parties[${quote(party.iso3)}].name`,
          `${quote(known.name)}, as in ${known.first}`,
          party.name,
          "Write a State's name the same way in every list.",
        );
      }
      known.memberships.push({ convention: list.convention, party });
    });
  }
  return [...states.entries()]
    .map(([isoNumeric, s]): PartyState => {
      const row = byNumeric.get(isoNumeric);
      const point = row && row.length === 5 ? ([row[3], row[4]] as const) : null;
      return { isoNumeric, iso3: s.iso3, name: s.name, memberships: s.memberships, point };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
