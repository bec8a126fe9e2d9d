/**
 * Validation of authored data, on the fixture event: the resolved model, and the exact
 * message an author reads for each kind of mistake (messages are part of the interface).
 */
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../data/validate.ts';
import { problemsOf } from '../../fixtures/problemsOf.ts';
import { fixtureInput } from '../../fixtures/model.ts';

const GLOBAL_LIST_SHORT =
  'At data/statesParties.ts statesParties.global.parties: 5 of the 6 States Parties stated in data/conventions.ts are listed; 1 are not. The deck says so. Add each missing State when a source confirms it.';

type Path = readonly (string | number)[];

/** A copy of the fixture input with the value at each path replaced (`undefined` removes it). */
function withEdits(...edits: readonly (readonly [Path, unknown])[]): unknown {
  const copy = structuredClone(fixtureInput) as unknown;
  for (const [path, value] of edits) {
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (value === undefined) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
  }
  return copy;
}

describe('validateModel on the fixture event', () => {
  const model = validateModel(fixtureInput);

  it('resolves the event to instants in its zone', () => {
    expect(model.event.start.toISO()).toBe('2025-08-28T11:00:00.000+07:00');
    expect(model.event.end.toISO()).toBe('2025-08-28T12:30:00.000+07:00');
  });

  it('resolves every segment with its speakers', () => {
    expect(model.agenda.map((a) => a.id)).toEqual(['opening', 'overview', 'panel', 'wrap-up']);
    const panel = model.agenda[2]!;
    expect(panel.interval.toDuration('minutes').minutes).toBe(70);
    expect(panel.participants.map((p) => [p.speaker.name, p.role])).toEqual([
      ['Katherine Johnson', 'panellist'],
      ['Mary Jackson', 'moderator'],
    ]);
  });

  it('warns only that a States Parties list is short, since the programme has no gaps', () => {
    expect(model.warnings).toEqual([GLOBAL_LIST_SHORT]);
  });

  it('keeps series dates at the precision announced', () => {
    expect(model.series.entries.map((e) => [e.id, e.precision])).toEqual([
      ['webinar-1', 'day'],
      ['webinar-2', 'month'],
      ['committee', 'none'],
    ]);
  });
});

describe('validateModel names each mistake by file, entry id and fix', () => {
  const cases: readonly (readonly [string, readonly (readonly [Path, unknown])[], string])[] = [
    [
      'overlapping segments',
      [[['agenda', 1, 'start'], '11:08']],
      'At data/agenda.ts agenda["overview"]: starts 11:08, before agenda["opening"] ends 11:10. Move agenda["overview"] or shorten agenda["opening"].',
    ],
    [
      "a segment past the event's end",
      [[['agenda', 3, 'end'], '12:40']],
      'At data/agenda.ts agenda["wrap-up"]: runs 12:25–12:40, outside the event 11:00–12:30. Move agenda["wrap-up"] inside the event, or change the event’s times in data/event.ts.',
    ],
    [
      'a segment that ends before it starts',
      [[['agenda', 1, 'end'], '11:05']],
      'At data/agenda.ts agenda["overview"]: ends 11:05, not after it starts 11:10. Make its end later than its start.',
    ],
    [
      'a time in a bad format',
      [[['agenda', 2, 'start'], '11.15']],
      'At data/agenda.ts agenda["panel"].start: expected "HH:mm" in Asia/Bangkok, got "11.15". Write a 24-hour Bangkok time such as "11:15".',
    ],
    [
      'an unknown speaker',
      [[['agenda', 1, 'participants', 0, 'speaker'], 'grace-hoper']],
      'At data/agenda.ts agenda["overview"].participants["grace-hoper"].speaker: expected a speaker id from data/speakers.ts, got "grace-hoper". Use one of "ada-lovelace", "grace-hopper", "katherine-johnson", "mary-jackson", or add the speaker.',
    ],
    [
      'a misspelt participant role',
      [[['agenda', 2, 'participants', 0, 'role'], 'panelist']],
      'At data/agenda.ts agenda["panel"].participants["katherine-johnson"].role: expected one of "speaker", "panellist", "moderator", got "panelist". Use one of these words, spelt as shown.',
    ],
    [
      'a checkpoint outside its segment',
      [[['agenda', 2, 'checkpoints'], [{ at: '12:26', label: 'Last question' }]]],
      'At data/agenda.ts agenda["panel"].checkpoints[0].at: expected a time inside the segment, 11:15–12:25, got "12:26". Move the checkpoint inside the segment, or into the segment it belongs to.',
    ],
    [
      'checkpoints out of order',
      [
        [
          ['agenda', 2, 'checkpoints'],
          [
            { at: '12:18', label: 'Last question' },
            { at: '11:55', label: 'Audience Q&A opens' },
          ],
        ],
      ],
      'At data/agenda.ts agenda["panel"].checkpoints[1].at: expected a time after checkpoints[0] (12:18), got "11:55". List the checkpoints in time order.',
    ],
    [
      'a checkpoint without a label',
      [[['agenda', 2, 'checkpoints'], [{ at: '12:00', label: ' ' }]]],
      'At data/agenda.ts agenda["panel"].checkpoints[0].label: expected a non-empty checkpoint label, got " ". Say what happens then, such as "Audience Q&A opens".',
    ],
    [
      'a misspelt segment kind',
      [[['agenda', 3, 'kind'], 'wrapup']],
      'At data/agenda.ts agenda["wrap-up"].kind: expected one of "opening", "overview", "panel", "wrap-up", "break", got "wrapup". Use one of these words, spelt as shown.',
    ],
    [
      'a segment without participants',
      [[['agenda', 2, 'participants'], undefined]],
      'At data/agenda.ts agenda["panel"].participants: expected a list [ … ], got nothing. Write the entries between [ and ].',
    ],
    [
      'a misspelt field name',
      [[['conventions', 1, 'notes'], 'The regional one.']],
      'At data/conventions.ts conventions["tokyo"]: expected only the fields id, shortName, title, region, scope, adoptedYear, inForceYear, statedParties, note, sources, got "notes". Remove "notes" or correct its spelling.',
    ],
    [
      'an invalid IANA zone for a speaker',
      [[['speakers', 1, 'timeZone'], 'Europe/Pariss']],
      'At data/speakers.ts speakers["grace-hopper"].timeZone: expected an IANA time zone, got "Europe/Pariss". Use a name from the tz database, such as "Europe/Paris".',
    ],
    [
      'an invalid IANA zone for the event',
      [[['event', 'timeZone'], 'Asia/Bangkokk']],
      'At data/event.ts event.timeZone: expected an IANA time zone, got "Asia/Bangkokk". Use a name from the tz database, such as "Europe/Paris".',
    ],
    [
      'an impossible event date',
      [[['event', 'date'], '2025-02-30']],
      'At data/event.ts event.date: expected a date "YYYY-MM-DD", got "2025-02-30". Write the date such as "2025-08-28".',
    ],
    [
      'a session that is not a number',
      [[['event', 'session'], '1']],
      'At data/event.ts event.session: expected a whole number from 1 to 999, got "1". Number sessions 1, 2, 3…',
    ],
    [
      'a sound check joined in hours instead of minutes',
      [[['event', 'speakerJoin', 'minutesBefore'], 0.5]],
      'At data/event.ts event.speakerJoin.minutesBefore: expected a whole number from 5 to 120, got 0.5. Give the minutes before their segment that speakers join for the sound check, such as 30.',
    ],
    [
      'a missing reminder',
      [[['event', 'speakerJoin', 'reminderMinutes'], undefined]],
      'At data/event.ts event.speakerJoin.reminderMinutes: expected a whole number from 0 to 120, got nothing. Give the minutes before that join time that their calendar reminds them, such as 15 (0 reminds at the time).',
    ],
    [
      'an organiser with an unknown role',
      [[['event', 'organisers', 1, 'role'], 'sponsor']],
      'At data/event.ts event.organisers[1].role: expected one of "host", "partner", got "sponsor". Say whether the organiser hosts or partners.',
    ],
    [
      'a duplicate segment id',
      [[['agenda', 3, 'id'], 'panel']],
      'At data/agenda.ts agenda["panel"]: the id "panel" is used by entries 3 and 4 of the list. Give each entry its own id.',
    ],
    [
      'an empty segment title',
      [[['agenda', 0, 'title'], '  ']],
      'At data/agenda.ts agenda["opening"].title: expected a non-empty title, got "  ". Write the title.',
    ],
    [
      'an empty speaker name',
      [[['speakers', 2, 'name'], '']],
      'At data/speakers.ts speakers["katherine-johnson"].name: expected a non-empty name, got "". Write the name.',
    ],
    [
      'a blank objective',
      [[['content', 'objectives', 1], '']],
      'At data/content.ts content.objectives[1]: expected a non-empty objective, got "". Write the objective, or remove the empty entry.',
    ],
    [
      'a blank housekeeping line',
      [[['event', 'housekeeping', 0], ' ']],
      'At data/event.ts event.housekeeping[0]: expected a non-empty housekeeping line, got " ". Write the line, or remove the empty entry.',
    ],
    [
      'no objectives',
      [[['content', 'objectives'], []]],
      'At data/content.ts content.objectives: expected at least one objective, got []. List the objectives.',
    ],
    [
      'a series date in words',
      [[['series', 'entries', 1, 'when'], 'September 2025']],
      'At data/series.ts series.entries["webinar-2"].when: expected "YYYY-MM-DD", "YYYY-MM" or null, got "September 2025". Give the announced day or month.',
    ],
    [
      'a series entry of an unknown kind',
      [[['series', 'entries', 2, 'kind'], 'conference']],
      'At data/series.ts series.entries["committee"].kind: expected one of "webinar", "meeting", got "conference". Use one of these words, spelt as shown.',
    ],
    [
      'a convention in force before its adoption',
      [[['conventions', 1, 'inForceYear'], 2010]],
      'At data/conventions.ts conventions["tokyo"]: in force 2010, before it was adopted 2011. Check both years against the sources.',
    ],
    [
      'a convention of an unknown scope',
      [[['conventions', 0, 'scope'], 'worldwide']],
      'At data/conventions.ts conventions["global"].scope: expected one of "global", "regional", got "worldwide". Use one of these words, spelt as shown.',
    ],
    [
      'a year written as text',
      [[['conventions', 0, 'adoptedYear'], '2019']],
      'At data/conventions.ts conventions["global"].adoptedYear: expected a whole number from 1900 to 2100, got "2019". Write the year with four digits.',
    ],
    [
      'a convention without sources',
      [[['conventions', 0, 'sources'], []]],
      'At data/conventions.ts conventions["global"].sources: expected at least one source, got []. Cite where the years and counts come from.',
    ],
    [
      'an empty data list',
      [[['agenda'], []]],
      'At data/agenda.ts agenda: expected at least one segment, got []. Add the programme’s segments.',
    ],
    [
      'a misspelt instrument',
      [[['statesParties', 'global', 'parties', 1, 'instrument'], 'acception']],
      'At data/statesParties.ts statesParties.global.parties["JPN"].instrument: expected one of "ratification", "acceptance", "approval", "accession", got "acception". Use the depositary’s word, or null when it is not confirmed.',
    ],
    [
      'a map longitude that is not a number',
      [[['mapView', 'centerLongitude'], '150']],
      'At data/statesParties.ts mapView.centerLongitude: expected a number from -180 to 360, got "150". Give degrees east.',
    ],
  ];

  it.each(cases)('%s', (_name, edits, message) => {
    expect(problemsOf(withEdits(...edits))).toEqual([message]);
  });

  it('reports every problem at once', () => {
    const input = withEdits([['agenda', 0, 'title'], ''], [['agenda', 2, 'kind'], 'panell']);
    expect(problemsOf(input)).toHaveLength(2);
  });
});

describe('validateModel warns, without failing, about time the programme leaves empty', () => {
  it('a gap between segments', () => {
    const model = validateModel(withEdits([['agenda', 1, 'end'], '11:13']));
    expect(model.warnings).toEqual([
      'At data/agenda.ts agenda["panel"]: a gap of 2 min after agenda["overview"] (11:13–11:15). Fine if it is a planned break.',
      GLOBAL_LIST_SHORT,
    ]);
  });

  it('a programme that ends before the event does', () => {
    const model = validateModel(withEdits([['agenda', 3, 'end'], '12:28']));
    expect(model.warnings).toEqual([
      'At data/agenda.ts agenda["wrap-up"]: the programme ends 12:28, 2 min before the event (12:30). Fine if the last minutes are a planned break; otherwise end agenda["wrap-up"] at 12:30.',
      GLOBAL_LIST_SHORT,
    ]);
  });

  it('a programme that starts after the event does', () => {
    const model = validateModel(withEdits([['agenda', 0, 'start'], '11:05']));
    expect(model.warnings).toEqual([
      'At data/agenda.ts agenda["opening"]: the programme starts 11:05, 5 min after the event (11:00). Fine if the first minutes are a planned wait; otherwise start agenda["opening"] at 11:00.',
      GLOBAL_LIST_SHORT,
    ]);
  });
});
