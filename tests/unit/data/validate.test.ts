import { describe, expect, it } from 'vitest';
import { modelInput } from '../../../data/index.ts';
import type { AgendaItemInput, ModelInput, SpeakerInput } from '../../../data/types.ts';
import { DataError, validateModel } from '../../../data/validate.ts';

const GLOBAL_LIST_SHORT =
  'At data/statesParties.ts global.parties: 29 of the 38 States Parties stated in data/conventions.ts are listed; 9 are not. The deck says so. Add each missing State when a source confirms it.';

function withAgenda(edit: (agenda: AgendaItemInput[]) => AgendaItemInput[]): ModelInput {
  return { ...modelInput, agenda: edit(modelInput.agenda.map((a) => ({ ...a }))) };
}

function withSpeakers(edit: (speakers: SpeakerInput[]) => SpeakerInput[]): ModelInput {
  return { ...modelInput, speakers: edit(modelInput.speakers.map((s) => ({ ...s }))) };
}

function problemsOf(input: ModelInput): readonly string[] {
  try {
    validateModel(input);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected validateModel to throw');
}

describe('validateModel on the real data', () => {
  const model = validateModel(modelInput);

  it('resolves the event to instants in its zone', () => {
    expect(model.event.start.toISO()).toBe('2025-08-28T11:00:00.000+07:00');
    expect(model.event.end.toISO()).toBe('2025-08-28T12:30:00.000+07:00');
  });

  it('resolves every segment with its speakers', () => {
    expect(model.agenda.map((a) => a.id)).toEqual(['opening', 'overview', 'panel', 'wrap-up']);
    const panel = model.agenda[2]!;
    expect(panel.interval.toDuration('minutes').minutes).toBe(70);
    expect(panel.participants.map((p) => [p.speaker.name, p.role])).toEqual([
      ['Nadia Starr', 'panellist'],
      ['Joanna Wilson', 'moderator'],
    ]);
  });

  it('warns only that the Global Convention list is short, since the programme has no gaps', () => {
    expect(model.warnings).toEqual([GLOBAL_LIST_SHORT]);
  });

  it('keeps series dates at the precision announced', () => {
    expect(model.series.entries.map((e) => [e.id, e.precision])).toEqual([
      ['webinar-1', 'day'],
      ['webinar-2', 'month'],
      ['webinar-3', 'month'],
      ['tokyo-committee-6', 'none'],
      ['apnnic-plenary-4', 'none'],
    ]);
  });
});

describe('validateModel error messages', () => {
  it('rejects overlapping segments', () => {
    const input = withAgenda((a) => {
      a[1] = { ...a[1]!, start: '11:08' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[1]: starts 11:08, before agenda[0] ends 11:10. Move agenda[1] or shorten agenda[0].',
    ]);
  });

  it('rejects segments out of order', () => {
    const input = withAgenda((a) => [a[1]!, a[0]!, a[2]!, a[3]!]);
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[1]: is out of order: it starts 11:00, before agenda[0] ends 11:15. Move agenda[1] or shorten agenda[0].',
    ]);
  });

  it('rejects a segment outside the event window', () => {
    const input = withAgenda((a) => {
      a[3] = { ...a[3]!, end: '12:40' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[3]: runs 12:25–12:40, outside the event 11:00–12:30. Move agenda[3] inside the event, or change the event’s times in data/event.ts.',
    ]);
  });

  it('rejects a segment that ends before it starts', () => {
    const input = withAgenda((a) => {
      a[1] = { ...a[1]!, end: '11:05' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[1]: ends 11:05, not after it starts 11:10. Make agenda[1].end later than its start.',
    ]);
  });

  it('rejects a time in a bad format', () => {
    const input = withAgenda((a) => {
      a[2] = { ...a[2]!, start: '11.15' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[2].start: expected "HH:mm" in Asia/Bangkok, got "11.15". Write a 24-hour Bangkok time such as "11:15".',
    ]);
  });

  it('rejects an unknown speaker id', () => {
    const input = withAgenda((a) => {
      a[1] = { ...a[1]!, participants: [{ speaker: 'leila-lupis', role: 'speaker' }] };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[1].participants[0].speaker: expected a speaker id from data/speakers.ts, got "leila-lupis". Use one of "marina-patrier", "leila-loupis", "nadia-starr", "joanna-wilson", or add the speaker.',
    ]);
  });

  it('rejects an invalid IANA zone', () => {
    const input = withSpeakers((s) => {
      s[1] = { ...s[1]!, timeZone: 'Europe/Pariss' };
      return s;
    });
    expect(problemsOf(input)).toEqual([
      'At data/speakers.ts speakers[1].timeZone: expected an IANA time zone, got "Europe/Pariss". Use a name from the tz database, such as "Europe/Paris".',
    ]);
  });

  it('rejects duplicate ids', () => {
    const input = withAgenda((a) => {
      a[3] = { ...a[3]!, id: 'panel' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[3].id: duplicate id "panel", already used by agenda[2]. Give each entry its own id.',
    ]);
  });

  it('rejects an empty title', () => {
    const input = withAgenda((a) => {
      a[0] = { ...a[0]!, title: '  ' };
      return a;
    });
    expect(problemsOf(input)).toEqual([
      'At data/agenda.ts agenda[0].title: expected a non-empty title, got "  ". Write the title.',
    ]);
  });

  it('rejects an event with an invalid zone', () => {
    const input = { ...modelInput, event: { ...modelInput.event, timeZone: 'Bangkok' } };
    expect(problemsOf(input)).toEqual([
      'At data/event.ts event.timeZone: expected an IANA time zone, got "Bangkok". Use a name from the tz database, such as "Europe/Paris".',
    ]);
  });

  it('reports every problem at once', () => {
    const input = withAgenda((a) => {
      a[0] = { ...a[0]!, title: '' };
      a[3] = { ...a[3]!, id: 'panel' };
      return a;
    });
    expect(problemsOf(input)).toHaveLength(2);
  });

  it('warns about, but allows, a gap between segments', () => {
    const input = withAgenda((a) => {
      a[1] = { ...a[1]!, end: '11:13' };
      return a;
    });
    expect(validateModel(input).warnings).toEqual([
      'At data/agenda.ts agenda[2]: a gap of 2 min after agenda[1] (11:13–11:15). Fine if it is a planned break.',
      GLOBAL_LIST_SHORT,
    ]);
  });
});
