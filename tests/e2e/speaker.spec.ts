import { readFile } from 'node:fs/promises';
import { loadModel } from '../../data/index.ts';
import { eventTime, justBefore } from './eventTime.ts';
import { expect, test, type SpeakerPage } from './fixtures.ts';

const model = loadModel();

/** Opens a speaker's page with the fake clock stopped at `at`. */
async function openAt(speakerPage: SpeakerPage, speakerId: string, at: Date): Promise<void> {
  await speakerPage.page.clock.install({ time: justBefore(at) });
  await speakerPage.open(speakerId);
  await speakerPage.page.clock.pauseAt(at);
}

const viewers = [
  { zone: 'Europe/Paris', viewer: null, city: '' },
  { zone: 'Asia/Bangkok', viewer: null, city: '' },
  { zone: 'America/Los_Angeles', viewer: '21:10–21:15 Wed 27 Aug', city: 'Los Angeles' },
  { zone: 'Asia/Kolkata', viewer: '09:40–09:45', city: 'Kolkata' },
] as const;

for (const { zone, viewer, city } of viewers) {
  test.describe(`the speaker page seen from ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('times in the speaker’s zone, Bangkok, and the browser’s where it differs', async ({
      speakerPage,
    }) => {
      await openAt(speakerPage, 'leila-loupis', eventTime('09:00:00'));
      const segment = speakerPage.segment('overview');
      await expect(speakerPage.segments).toHaveCount(1);
      await expect(segment.getByTestId('speaker.local-time')).toContainText('Paris');
      await expect(segment.getByTestId('speaker.local-time')).toContainText('06:10–06:15');
      await expect(segment.getByTestId('speaker.event-time')).toContainText('Bangkok');
      await expect(segment.getByTestId('speaker.event-time')).toContainText('11:10–11:15');
      if (viewer === null) {
        await expect(segment.getByTestId('speaker.viewer-time')).toHaveCount(0);
      } else {
        await expect(segment.getByTestId('speaker.viewer-time')).toContainText(viewer);
        await expect(segment.getByTestId('speaker.viewer-time')).toContainText(city);
      }
    });
  });
}

test('notes, cues and a countdown on the live clock', async ({ speakerPage, page }) => {
  await openAt(speakerPage, 'leila-loupis', eventTime('11:05:00'));
  await expect(speakerPage.byId('name')).toHaveText('Ms. Leila Loupis');
  const segment = speakerPage.segment('overview');
  await expect(segment.getByTestId('speaker.cue-in')).toContainText(
    '06:10 Paris (11:10 Bangkok) Ms. Marina Patrier hands over to Ms. Leila Loupis, speaker',
  );
  await expect(segment.getByTestId('speaker.cue-out')).toContainText(
    '06:15 Paris (11:15 Bangkok) hand over to Ms. Joanna Wilson, moderator',
  );
  // Every slide window says its zones, the speaker's first.
  await expect(segment.getByTestId('speaker.slide').first()).toContainText(
    '06:10–06:11 Paris (11:10–11:11 Bangkok)',
  );
  // Notes are the slides' own, rendered from markdown at build time.
  await expect(segment.getByTestId('speaker.slide')).toHaveCount(5);
  const notes = segment.getByTestId('speaker.notes');
  await expect(notes.first().locator('p')).toContainText('Update on implementation');
  await expect(notes.nth(1)).toContainText('first UN treaty on higher education');

  await expect(speakerPage.countdown).toHaveText('5:00');
  await page.clock.fastForward('07:00');
  await expect(speakerPage.countdown).toHaveText('03:00 left');
  await page.clock.fastForward('02:00');
  await expect(speakerPage.countdown).toHaveText('01:00 left');
  await expect(speakerPage.countdown).toHaveAttribute('data-warning', 'amber');
  await page.clock.fastForward('01:00');
  await expect(speakerPage.countdown).toHaveText('Done: your part is over');
  await expect(speakerPage.page.locator('.sp-countdown')).toHaveAttribute('data-state', 'done');
  await expect(speakerPage.page.locator('.sp-countdown')).toContainText(
    '“Overview” ended at 06:15 Paris (11:15 Bangkok). Thank you!',
  );
});

test('the moderator sees both segments and the hand-over cues', async ({ speakerPage }) => {
  await openAt(speakerPage, 'joanna-wilson', eventTime('09:00:00'));
  await expect(speakerPage.segments).toHaveCount(2);
  await expect(speakerPage.segment('panel').getByTestId('speaker.local-time')).toContainText(
    '14:15–15:25',
  );
  await expect(speakerPage.segment('panel').getByTestId('speaker.cue-in')).toContainText(
    '14:15 Canberra (11:15 Bangkok) Ms. Leila Loupis hands over to Ms. Joanna Wilson, moderator',
  );
  await expect(speakerPage.segment('wrap-up').getByTestId('speaker.cue-out')).toContainText(
    '15:30 Canberra (12:30 Bangkok) close the session',
  );
  await expect(speakerPage.countdown).toHaveText('2 h 15 min');
  // The panel plan: start, checkpoints and hand-over, with the time to each.
  await expect(speakerPage.byId('plan-row')).toHaveText([
    /^Interactive panel.* starts14:15 Canberra \(11:15 Bangkok\)in 2 h 15 min$/,
    'Audience Q&A opens14:55 Canberra (11:55 Bangkok)in 2 h 55 min',
    'Last question15:18 Canberra (12:18 Bangkok)in 3 h 18 min',
    'Hand over15:25 Canberra (12:25 Bangkok)in 3 h 25 min',
  ]);
});

test('a speaker in Bangkok gets one box of times, and every page offers a calendar file', async ({
  speakerPage,
  page,
}, testInfo) => {
  // Ms. Patrier joins from Bangkok (data/speakers.ts).
  await openAt(speakerPage, 'marina-patrier', eventTime('10:30:00'));
  const segment = speakerPage.segment('opening');
  await expect(segment.getByTestId('speaker.local-time')).toHaveCount(0);
  await expect(segment.getByTestId('speaker.event-time')).toHaveText(
    'Your time and the event’s · Bangkok11:00–11:10',
  );
  await page.screenshot({ path: testInfo.outputPath('speaker-1280x720.png') });
  const download = page.waitForEvent('download');
  await speakerPage.byId('calendar').click();
  const ics = (await readFile(await (await download).path(), 'utf8')).replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('METHOD:PUBLISH');
  expect(ics).toMatch(/DTSTART:20250828T040000Z/);
  expect(ics).toMatch(/DTEND:20250828T041000Z/);
  // The join time for the sound check, 30 minutes before (data/event.ts), with its reminder.
  expect(ics).toMatch(/DTSTART:20250828T033000Z\r\nDTEND:20250828T040000Z/);
  expect(ics).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M/);
  expect(ics).toMatch(/UID:.+/);
  expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  expect(ics).toContain('Zoom link');
});

test('rehearsal: start, pause, resume, reload, then reset logs the run', async ({
  speakerPage,
  page,
}) => {
  // A rehearsal at home, days before the event.
  const real = new Date(eventTime('18:00:00').getTime() - 3 * 24 * 3600_000);
  await openAt(speakerPage, 'leila-loupis', real);
  const remaining = speakerPage.byId('rehearsal-remaining');
  await expect(speakerPage.rehearsalClock).toContainText('11:10:00 Bangkok');
  await expect(speakerPage.rehearsalClock).toContainText('06:10:00 Paris');
  await expect(remaining).toHaveText('05:00 left');

  await speakerPage.byId('rehearsal-start').click();
  await page.clock.fastForward('02:30');
  await expect(speakerPage.rehearsalClock).toContainText('11:12:30 Bangkok');
  await expect(remaining).toHaveText('02:30 left');
  await expect(remaining).toHaveAttribute('data-warning', 'normal');

  await speakerPage.byId('rehearsal-pause').click();
  await page.clock.fastForward('10:00');
  await expect(speakerPage.rehearsalClock).toContainText('11:12:30 Bangkok');

  await page.reload();
  await speakerPage.ready();
  await expect(speakerPage.byId('rehearsal-status')).toHaveAttribute('data-status', 'paused');
  await expect(remaining).toHaveText('02:30 left');

  await speakerPage.byId('rehearsal-resume').click();
  await page.clock.fastForward('01:00');
  await expect(remaining).toHaveText('01:30 left');
  await expect(remaining).toHaveAttribute('data-warning', 'amber');
  await page.clock.fastForward('01:30');
  await expect(remaining).toHaveText('00:00 left');
  await expect(remaining).toHaveAttribute('data-warning', 'red');
  await page.clock.fastForward('00:45');
  await expect(remaining).toHaveText('+00:45 over');

  await page.reload();
  await speakerPage.ready();
  await expect(speakerPage.byId('rehearsal-status')).toHaveAttribute('data-status', 'running');
  await expect(remaining).toHaveText('+00:45 over');

  await speakerPage.byId('rehearsal-reset').click();
  await expect(remaining).toHaveText('05:00 left');
  const runs = speakerPage.byId('rehearsal-run');
  await expect(runs).toHaveCount(1);
  await expect(runs.first()).toContainText('05:45');
  await expect(runs.first()).toContainText('0:45 over');

  const download = page.waitForEvent('download');
  await speakerPage.byId('export-csv').click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'speaker,segment,startedAt,endedAt,rehearsedSeconds,plannedSeconds,overrunSeconds',
  );
  expect(csv).toContain(',overview,');
  expect(csv).toContain(',345,300,45');

  await page.reload();
  await speakerPage.ready();
  await expect(speakerPage.byId('rehearsal-run')).toHaveCount(1);
});

test('an unknown or missing speaker gets a friendly list of every speaker’s page', async ({
  speakerPage,
}) => {
  await speakerPage.open('no-such-person');
  await expect(speakerPage.byId('notice')).toContainText('no-such-person');
  const links = speakerPage.byId('link');
  await expect(links).toHaveCount(model.speakers.length);
  await links.filter({ hasText: 'Nadia Starr' }).click();
  await speakerPage.ready();
  await expect(speakerPage.byId('name')).toHaveText('Ms. Nadia Starr');

  await speakerPage.open();
  await expect(speakerPage.byId('index')).toBeVisible();
  await expect(speakerPage.byId('notice')).toHaveCount(0);
  await expect(speakerPage.byId('link')).toHaveCount(model.speakers.length);
});

test.describe('screenshot', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('a speaker page at 1280×720', async ({ speakerPage, page }, testInfo) => {
    const real = new Date(eventTime('18:00:00').getTime() - 3 * 24 * 3600_000);
    await openAt(speakerPage, 'leila-loupis', real);
    await speakerPage.byId('rehearsal-start').click();
    await page.clock.fastForward('04:10');
    await expect(speakerPage.byId('rehearsal-remaining')).toHaveText('00:50 left');
    await page.screenshot({ path: testInfo.outputPath('speaker-page-1280x720.png') });
  });
});

test('the countdowns tick in one-line boxes that contain their layout, as wide as their text', async ({
  speakerPage,
}) => {
  await openAt(speakerPage, 'marina-patrier', eventTime('11:04:30'));
  await expect(speakerPage.countdown).toHaveText('05:30 left');
  for (const box of [
    speakerPage.countdown,
    speakerPage.page.getByTestId('speaker.rehearsal-remaining'),
  ]) {
    const style = await box.evaluate((el) => ({
      contain: getComputedStyle(el).contain,
      // One line as wide as the text needs (the height is the line's, by design).
      fits: el.scrollWidth <= el.clientWidth + 1,
    }));
    expect(style).toEqual({ contain: 'strict', fits: true });
  }
});
