/**
 * Each case copies the project, breaks one authored thing, runs the real `vite build` on the
 * copy, and asserts the exact message an author would read.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProjectCopy, type ProjectCopy } from './projectCopy.ts';

interface BuildResult {
  readonly code: number | null;
  readonly output: string;
}

function runBuild(copy: ProjectCopy): Promise<BuildResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [join(copy.root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      { cwd: copy.root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

interface Breakage {
  readonly name: string;
  readonly breakIt: (copy: ProjectCopy) => void;
  readonly message: string;
}

const replace =
  (file: string, from: string, to: string) =>
  (copy: ProjectCopy): void =>
    copy.replace(file, from, to);

const breakages: Breakage[] = [
  {
    name: 'overlapping segments',
    breakIt: replace('data/agenda.ts', "start: '11:10'", "start: '11:08'"),
    message:
      'At data/agenda.ts agenda[1]: starts 11:08, before agenda[0] ends 11:10. Move agenda[1] or shorten agenda[0].',
  },
  {
    name: "a segment past the event's end",
    breakIt: replace('data/agenda.ts', "end: '12:30'", "end: '12:40'"),
    message:
      'At data/agenda.ts agenda[3]: runs 12:25–12:40, outside the event 11:00–12:30. Move agenda[3] inside the event, or change the event’s times in data/event.ts.',
  },
  {
    name: 'a segment that ends before it starts',
    breakIt: replace('data/agenda.ts', "end: '11:15'", "end: '11:05'"),
    message:
      'At data/agenda.ts agenda[1]: ends 11:05, not after it starts 11:10. Make agenda[1].end later than its start.',
  },
  {
    name: 'an unknown speaker',
    breakIt: replace('data/agenda.ts', "speaker: 'leila-loupis'", "speaker: 'leila-lupis'"),
    message:
      'At data/agenda.ts agenda[1].participants[0].speaker: expected a speaker id from data/speakers.ts, got "leila-lupis". Use one of "marina-patrier", "leila-loupis", "nadia-starr", "joanna-wilson", or add the speaker.',
  },
  {
    name: 'an invalid IANA zone for a speaker',
    breakIt: replace('data/speakers.ts', "timeZone: 'Europe/Paris'", "timeZone: 'Europe/Pariss'"),
    message:
      'At data/speakers.ts speakers[1].timeZone: expected an IANA time zone, got "Europe/Pariss". Use a name from the tz database, such as "Europe/Paris".',
  },
  {
    name: 'an invalid IANA zone for the event',
    breakIt: replace('data/event.ts', "timeZone: 'Asia/Bangkok'", "timeZone: 'Asia/Bangkokk'"),
    message:
      'At data/event.ts event.timeZone: expected an IANA time zone, got "Asia/Bangkokk". Use a name from the tz database, such as "Europe/Paris".',
  },
  {
    name: 'a time in a bad format',
    breakIt: replace('data/agenda.ts', "start: '11:15'", "start: '11.15'"),
    message:
      'At data/agenda.ts agenda[2].start: expected "HH:mm" in Asia/Bangkok, got "11.15". Write a 24-hour Bangkok time such as "11:15".',
  },
  {
    name: 'an impossible event date',
    breakIt: replace('data/event.ts', "date: '2025-08-28'", "date: '2025-02-30'"),
    message:
      'At data/event.ts event.date: expected a date "YYYY-MM-DD", got "2025-02-30". Write the date such as "2025-08-28".',
  },
  {
    name: 'a duplicate segment id',
    breakIt: replace('data/agenda.ts', "id: 'wrap-up'", "id: 'panel'"),
    message:
      'At data/agenda.ts agenda[3].id: duplicate id "panel", already used by agenda[2]. Give each entry its own id.',
  },
  {
    name: 'an empty segment title',
    breakIt: replace('data/agenda.ts', "title: 'Opening and introduction'", "title: ''"),
    message:
      'At data/agenda.ts agenda[0].title: expected a non-empty title, got "". Write the title.',
  },
  {
    name: 'an empty speaker name',
    breakIt: replace('data/speakers.ts', "name: 'Nadia Starr'", "name: ''"),
    message:
      'At data/speakers.ts speakers[2].name: expected a non-empty name, got "". Write the name.',
  },
  {
    name: 'a series date in words',
    breakIt: replace('data/series.ts', "when: '2025-09'", "when: 'September 2025'"),
    message:
      'At data/series.ts series.entries[1].when: expected "YYYY-MM-DD", "YYYY-MM" or null, got "September 2025". Give the announced day or month.',
  },
  {
    name: 'a convention in force before its adoption',
    breakIt: replace('data/conventions.ts', 'inForceYear: 1999', 'inForceYear: 1990'),
    message:
      'At data/conventions.ts conventions[2]: in force 1990, before it was adopted 1997. Check both years against the sources.',
  },
  {
    name: 'a duplicate slide id',
    breakIt: replace('slides/12-questions.md', 'id: questions', 'id: panel-themes'),
    message:
      'slides/12-questions.md:2: duplicate slide id "panel-themes", already used in slides/11-panel-themes.md. Give each slide its own id.',
  },
  {
    name: 'an unknown segment in front matter',
    breakIt: replace('slides/11-panel-themes.md', 'segment: panel', 'segment: panle'),
    message:
      'slides/11-panel-themes.md:3: unknown segment "panle". Use one of "opening", "overview", "panel", "wrap-up", or leave segment out.',
  },
  {
    name: 'broken front matter YAML',
    breakIt: replace('slides/11-panel-themes.md', 'segment: panel', 'segment: [panel'),
    message:
      'slides/11-panel-themes.md:3: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Write one "key: value" per line.',
  },
  {
    name: 'a missing id',
    breakIt: replace('slides/14-series.md', 'id: series\n', ''),
    message:
      'slides/14-series.md:1: front matter has no id. Add "id: some-name" (kebab-case, used in links such as #/some-name).',
  },
  {
    name: 'an unknown layout',
    breakIt: replace('slides/14-series.md', 'layout: series', 'layout: timeline'),
    message:
      'slides/14-series.md:4: unknown layout "timeline". Use one of holding, title, programme, segment, objectives, gains, background, series, map, map-table, content, closing.',
  },
  {
    name: 'a misspelt front matter key',
    breakIt: replace('slides/13-wrap-up.md', 'minutes: 2', 'minuts: 2'),
    message:
      'slides/13-wrap-up.md:5: unknown front matter key "minuts". Use only id, segment, layout, minutes.',
  },
  {
    name: 'a slide with no heading',
    breakIt: replace('slides/11-panel-themes.md', '## Reflections', 'Reflections'),
    message:
      'slides/11-panel-themes.md:5: a content slide needs a heading. Start the body with "## Title".',
  },
  {
    name: "a missing notes section on a segment's opening slide",
    breakIt: replace(
      'slides/06-overview.md',
      'Note:\nUpdate on implementation of the Global Convention.',
      '',
    ),
    message:
      'slides/06-overview.md: the opening slide of segment "overview" has no speaker notes. Add a line "Note:" and what the speaker should say or do.',
  },
  {
    name: 'slides asking for more time than their segment has',
    breakIt: replace('slides/13-wrap-up.md', 'minutes: 2', 'minutes: 6'),
    message:
      'slides/13-wrap-up.md:3: segment "wrap-up": slides ask for 6 min, more than the segment\'s 5 min. Change the "minutes:" of its slides.',
  },
  {
    name: 'a segment with no slides',
    breakIt: (copy) => {
      for (const file of [
        'slides/06-overview.md',
        'slides/07-conventions.md',
        'slides/08-map.md',
        'slides/09-map-table.md',
      ])
        copy.remove(file);
    },
    message:
      'slides/: segment "overview" has no slides. Add a slide file with "segment: overview" and "layout: segment".',
  },
  {
    name: 'an empty slide file',
    breakIt: (copy) => copy.write('slides/12-questions.md', '\n'),
    message:
      'slides/12-questions.md: the file is empty. Add front matter and a body, or delete the file.',
  },
  {
    name: 'a badly named slide file',
    breakIt: (copy) => copy.write('slides/15_Extra.md', '---\nid: extra\n---\n# Extra\n'),
    message:
      'slides/15_Extra.md:1: slide files are named NN-kebab-name.md. Rename the file, e.g. "07-next-steps.md".',
  },
  {
    name: 'a States Party with an unknown ISO code',
    breakIt: replace('data/statesParties.ts', "isoNumeric: '578'", "isoNumeric: '999'"),
    message:
      'At data/statesParties.ts global.parties[0].isoNumeric: expected an ISO 3166-1 numeric code, got "999". Look the State up in data/isoCountries.ts.',
  },
  {
    name: 'a States Party without a source',
    breakIt: replace(
      'data/statesParties.ts',
      "entryIntoForce: { date: '2025-02-05' },\n        sources: [nicJapanTimeline],",
      "entryIntoForce: { date: '2025-02-05' },\n        sources: [],",
    ),
    message:
      "At data/statesParties.ts global.parties[26].sources: expected at least one source, got []. Cite where the State's membership is stated.",
  },
  {
    name: 'a deposit after the as-of date',
    breakIt: replace(
      'data/statesParties.ts',
      "deposit: { date: '2024-11-05' }",
      "deposit: { date: '2025-09-05' }",
    ),
    message:
      'At data/statesParties.ts global.parties[26].deposit.date: expected a date on or before the list\'s asOf (2025-08-28), got "2025-09-05". A State that deposited later was not a Party on 2025-08-28: remove it, or fix the date.',
  },
  {
    name: 'a stated count lower than the listed parties',
    breakIt: replace('data/conventions.ts', 'statedParties: 12,', 'statedParties: 11,'),
    message:
      'At data/statesParties.ts tokyo.parties: expected at most the 11 States Parties stated in data/conventions.ts, got 12. Look for a State that joined after asOf, or update statedParties.',
  },
  {
    name: 'an empty data list',
    breakIt: (copy) =>
      copy.write(
        'data/agenda.ts',
        "import type { AgendaItemInput } from './types.ts';\nexport const agenda = [] as const satisfies readonly AgendaItemInput[];\n",
      ),
    message:
      'At data/agenda.ts agenda: expected at least one segment, got []. Add the programme’s segments.',
  },
];

const copies: ProjectCopy[] = [];
afterAll(() => copies.forEach((c) => c.dispose()));

describe.concurrent('a broken data or slide file stops the build with its exact message', () => {
  it.each(breakages)('$name', async ({ breakIt, message }) => {
    const copy = makeProjectCopy();
    copies.push(copy);
    breakIt(copy);
    const { code, output } = await runBuild(copy);
    expect(code).not.toBe(0);
    expect(output).toContain(message);
  });
});

describe('warnings do not stop the build', () => {
  it('a gap between segments builds, with a warning naming it', async () => {
    const copy = makeProjectCopy();
    copies.push(copy);
    copy.replace('data/agenda.ts', "end: '11:15'", "end: '11:13'");
    const { code, output } = await runBuild(copy);
    expect(output).toContain(
      '[data] At data/agenda.ts agenda[2]: a gap of 2 min after agenda[1] (11:13–11:15). Fine if it is a planned break.',
    );
    expect(code).toBe(0);
  });
});
