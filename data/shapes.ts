/**
 * The shape of every authored input type, field by field. `checkModelShape()` runs before
 * the rest of validation, so that validation and everything after it can trust the types.
 */
import {
  dictionary,
  ianaZone,
  integer,
  kebabId,
  list,
  nullable,
  numberIn,
  oneOf,
  optional,
  record,
  text,
  type Rule,
  type Shape,
  type ShapeSink,
} from './checkShape.ts';
import type {
  AgendaItemInput,
  ContactInput,
  FollowUpInput,
  CheckpointInput,
  ContentInput,
  ConventionInput,
  EventInput,
  Instrument,
  MapLabelInput,
  MapRegionInput,
  MapViewInput,
  ModelInput,
  OrganiserInput,
  ParticipantInput,
  ParticipantRole,
  PartyDateInput,
  SegmentKind,
  SeriesEntryInput,
  SeriesInput,
  SourceInput,
  SpeakerInput,
  SpeakerJoinInput,
  StatesPartiesListInput,
  StatesPartyInput,
  ThemeFillsInput,
  ThemeInput,
} from './types.ts';

/** Where each part of the model is authored, so that messages name the file. */
export const dataFiles = {
  event: 'data/event.ts',
  speakers: 'data/speakers.ts',
  agenda: 'data/agenda.ts',
  content: 'data/content.ts',
  conventions: 'data/conventions.ts',
  series: 'data/series.ts',
  statesParties: 'data/statesParties.ts',
  mapView: 'data/statesParties.ts',
  theme: 'data/theme.ts',
} as const satisfies Record<keyof ModelInput, string>;

/** Every participant role, for checks and for lists in messages. */
export const participantRoles = {
  speaker: true,
  panellist: true,
  moderator: true,
} as const satisfies Record<ParticipantRole, true>;

/** Every kind of segment. */
export const segmentKinds = {
  opening: true,
  overview: true,
  panel: true,
  'wrap-up': true,
  break: true,
} as const satisfies Record<SegmentKind, true>;

/** Every kind of instrument a depositary records. */
export const instruments = {
  ratification: true,
  acceptance: true,
  approval: true,
  accession: true,
} as const satisfies Record<Instrument, true>;

const source = record<SourceInput>({
  url: text('URL', 'Give the address of the page that states the fact.'),
  note: optional(text('note', 'Write the note, or leave the field out.')),
});
const sources = list(source, {
  min: 1,
  what: 'source',
  fix: 'Cite where the facts come from.',
});
const texts = (what: string, fix: string): Rule =>
  list(text(what, `Write the ${what}, or remove the empty entry.`), { min: 1, what, fix });

const organiser = record<OrganiserInput>({
  name: text('name'),
  shortName: optional(text('short name', 'Write the short name, or leave the field out.')),
  role: oneOf({ host: true, partner: true }, 'Say whether the organiser hosts or partners.'),
  logo: optional(text('logo file in public/', 'Name a file in public/, or leave the field out.')),
});

const link = (what: string): Rule =>
  optional(text(`${what} address`, 'Give the https address, or leave the field out.'));

const followUp = record<FollowUpInput>({
  recordingUrl: link('recording'),
  slidesUrl: link('slides'),
  feedbackUrl: link('feedback survey'),
  contacts: optional(
    list(record<ContactInput>({ name: text('name'), email: text('email address') }), {
      what: 'contact',
    }),
  ),
});

const speakerJoin = record<SpeakerJoinInput>({
  minutesBefore: integer(
    5,
    120,
    'Give the minutes before their segment that speakers join for the sound check, such as 30.',
  ),
  reminderMinutes: integer(
    0,
    120,
    'Give the minutes before that join time that their calendar reminds them, such as 15 (0 reminds at the time).',
  ),
});

const event = record<EventInput>({
  id: kebabId,
  series: text('series name'),
  session: integer(1, 999, 'Number sessions 1, 2, 3…'),
  title: text('title'),
  fullTitle: text('full title'),
  // Formats and order of dates and times are checked with the zone, in validate.ts.
  date: text('date', 'Write the date such as "2025-08-28".'),
  start: text('start time', 'Write a 24-hour time such as "11:00".'),
  end: text('end time', 'Write a 24-hour time such as "12:30".'),
  timeZone: ianaZone,
  timeZoneLabel: text('zone label', 'Name the zone as people say it, such as "Bangkok".'),
  format: text('format'),
  joinNote: text(
    'join note',
    'Say how people join, such as "Join with the Zoom link in your invitation."',
  ),
  speakerJoin,
  audience: text('audience'),
  languages: texts('language', 'List the languages, such as ["English"].'),
  organisers: list(organiser, { min: 1, what: 'organiser', fix: 'Name who hosts the event.' }),
  summary: text('summary'),
  housekeeping: list(text('housekeeping line', 'Write the line, or remove the empty entry.')),
  followUp: optional(followUp),
  sources,
});

const speaker = record<SpeakerInput>({
  id: kebabId,
  honorific: text('honorific', 'Write the honorific as announced, such as "Ms." or "Dr".'),
  name: text('name'),
  role: text('role'),
  organisation: text('organisation'),
  country: text('country'),
  timeZone: ianaZone,
  timeZoneLabel: text('zone label', 'Name the zone as people say it, such as "Paris".'),
  timeZoneEvidence: text('evidence for the time zone'),
});

const participant = record<ParticipantInput>({
  speaker: text('speaker id', 'Use an id from data/speakers.ts.'),
  role: oneOf(participantRoles, 'Use one of these words, spelt as shown.'),
});

const checkpoint = record<CheckpointInput>({
  at: text('checkpoint time', 'Write a 24-hour time such as "11:55".'),
  label: text('checkpoint label', 'Say what happens then, such as "Audience Q&A opens".'),
});

const agendaItem = record<AgendaItemInput>({
  id: kebabId,
  start: text('start time', 'Write a 24-hour time such as "11:15".'),
  end: text('end time', 'Write a 24-hour time such as "11:15".'),
  kind: oneOf(segmentKinds, 'Use one of these words, spelt as shown.'),
  label: text('label'),
  title: text('title'),
  participants: list(participant, { key: 'speaker' }),
  checkpoints: optional(list(checkpoint)),
});

const content = record<ContentInput>({
  objectives: texts('objective', 'List the objectives.'),
  objectiveHeadlines: texts('objective headline', 'Say each objective in a few words.'),
  whyAttend: text('text on why to attend'),
  whyAttendHeadline: text('line on why to attend, for the slide'),
  gains: texts('gain', 'List what participants gain.'),
  sources,
});

const year = integer(1900, 2100, 'Write the year with four digits.');

const convention = record<ConventionInput>({
  id: kebabId,
  shortName: text('short name'),
  title: text('title'),
  region: text('region'),
  scope: oneOf({ global: true, regional: true }, 'Use one of these words, spelt as shown.'),
  adoptedYear: year,
  inForceYear: nullable(year),
  statedParties: nullable(
    integer(0, 250, 'Write the count as announced, or null when none is stated.'),
  ),
  note: optional(text('note', 'Write the note, or leave the field out.')),
  sources: list(source, {
    min: 1,
    what: 'source',
    fix: 'Cite where the years and counts come from.',
  }),
});

const seriesEntry = record<SeriesEntryInput>({
  id: kebabId,
  kind: oneOf({ webinar: true, meeting: true }, 'Use one of these words, spelt as shown.'),
  title: text('title'),
  when: nullable(text('date', 'Write "YYYY-MM-DD" or "YYYY-MM", or null when unannounced.')),
  note: optional(text('note', 'Write the note, or leave the field out.')),
});

const series = record<SeriesInput>({
  title: text('title'),
  entries: list(seriesEntry, { key: 'id' }),
  sources,
});

const partyDate = record<PartyDateInput>({
  date: nullable(text('date', 'Write "YYYY-MM-DD" or "YYYY-MM", or null with a note.')),
  basis: optional(
    oneOf({ stated: true, inferred: true }, 'Use one of these words, or leave basis out.'),
  ),
  note: optional(text('note', 'Write the note, or leave the field out.')),
});

const statesParty = record<StatesPartyInput>({
  name: text('name', "Write the State's name as UNESCO writes it."),
  iso3: text('ISO 3166-1 alpha-3 code', 'Look the State up in data/isoCountries.ts.'),
  isoNumeric: text(
    'ISO 3166-1 numeric code as a string',
    'Write it with its leading zeros, as world-atlas does, such as "036".',
  ),
  instrument: nullable(
    oneOf(instruments, 'Use the depositary’s word, or null when it is not confirmed.'),
  ),
  deposit: partyDate,
  entryIntoForce: partyDate,
  sources: list(source, {
    min: 1,
    what: 'source',
    fix: "Cite where the State's membership is stated.",
  }),
});

const statesPartiesList = record<StatesPartiesListInput>({
  asOf: text('date', 'Give the date the list is true for, such as the event’s date.'),
  gapNote: optional(text('note', 'Write the note, or leave the field out.')),
  parties: list(statesParty, {
    min: 1,
    what: 'State Party',
    fix: 'List the confirmed States Parties, or remove the convention from this file.',
    key: 'iso3',
  }),
});

const longitude = numberIn(-180, 360, 'Give degrees east.');
const latitude = numberIn(-90, 90, 'Give degrees north, negative for south.');

const mapRegion = record<MapRegionInput>({
  label: text('label', 'Name the region.'),
  west: longitude,
  east: longitude,
  south: latitude,
  north: latitude,
});

const mapLabel = record<MapLabelInput>({
  isoNumeric: text(
    'ISO 3166-1 numeric code as a string',
    'Use the code of a State listed in this file, such as "392" for Japan.',
  ),
  side: oneOf(
    { n: true, s: true, e: true, w: true },
    'Say on which side of the State its name goes.',
  ),
  text: optional(text('name', 'Give a shorter name for the map, or leave text out.')),
});

const mapView = record<MapViewInput>({
  centerLongitude: longitude,
  focus: mapRegion,
  labels: optional(
    list(mapLabel, {
      what: 'label',
      fix: 'List the States to name on the map.',
      key: 'isoNumeric',
    }),
  ),
});

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A colour as `#rrggbb`, the one form the contrast checks and CSS both read. */
const hexColour: Rule = (p, where, value) => {
  if (typeof value === 'string' && HEX_COLOUR.test(value)) return true;
  p.expected(where, 'a colour as "#rrggbb"', value, 'Write the colour in hex, such as "#0b3a66".');
  return false;
};

const themeFills = record<ThemeFillsInput>({
  first: hexColour,
  second: hexColour,
  both: hexColour,
  land: hexColour,
});

const theme = record<ThemeInput>({
  brand: hexColour,
  onBrand: hexColour,
  accent: hexColour,
  text: hexColour,
  muted: hexColour,
  background: hexColour,
  surface: hexColour,
  rule: hexColour,
  fills: themeFills,
});

const modelShape: Shape<ModelInput> = {
  event,
  speakers: list(speaker, { min: 1, what: 'speaker', fix: 'Add the speakers.', key: 'id' }),
  agenda: list(agendaItem, {
    min: 1,
    what: 'segment',
    fix: 'Add the programme’s segments.',
    key: 'id',
  }),
  content,
  conventions: list(convention, { key: 'id' }),
  series,
  statesParties: dictionary(kebabId, statesPartiesList),
  mapView,
  theme,
};

/**
 * Checks every field of the authored data against its input type, reporting each problem
 * with its file. Returns whether all of it is well formed.
 */
export function checkModelShape(p: ShapeSink, input: unknown): input is ModelInput {
  if (typeof input !== 'object' || input === null) {
    p.expected('data/index.ts modelInput', 'an object', input, 'Export every part of the data.');
    return false;
  }
  const parts = input as Record<string, unknown>;
  let ok = true;
  for (const [key, rule] of Object.entries(modelShape) as [keyof ModelInput, Rule][]) {
    ok = rule(p, `${dataFiles[key]} ${key}`, parts[key]) && ok;
  }
  return ok;
}
