/**
 * The holding slide's countdown, driven by Playwright's clock, seen from two viewer zones.
 * The count is the same everywhere (it is an instant); the times beside it are local.
 */
import { eventTime } from './eventTime.ts';
import { expect, test } from './fixtures.ts';

/** The announced start, 11:00 in Bangkok, as an instant. */
const START = Date.parse('2025-08-28T04:00:00Z');
const END = Date.parse('2025-08-28T05:30:00Z');
const MINUTE = 60_000;

const ZONES = [
  { zone: 'America/Los_Angeles', viewer: '21:00–22:30 Wed 27 Aug your time (Los Angeles)' },
  { zone: 'Europe/Paris', viewer: '06:00–07:30 your time (Paris)' },
] as const;

for (const { zone, viewer } of ZONES) {
  test.describe(`seen from ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('counts down to the start, then says the session started, then when it took place', async ({
      deck,
      page,
    }) => {
      await page.clock.install({ time: START - 15 * MINUTE - 5000 });
      await deck.open();
      const countdown = page.getByTestId('deck.countdown');
      const when = page.getByTestId('deck.holding-when');
      await expect(when).toContainText('Thursday 28 August 2025 · 11:00–12:30 Bangkok');
      await expect(when).toContainText(viewer);

      // A second after a quarter to the start, and one minute later: the count turns as
      // each second does (it used to wake 10 ms late and read 15:00 for those 10 ms).
      await page.clock.pauseAt(START - 15 * MINUTE);
      await page.clock.runFor(1000);
      await expect(countdown).toHaveText('Starts in 14:59');
      await page.clock.runFor(MINUTE);
      await expect(countdown).toHaveText('Starts in 13:59');

      await page.clock.pauseAt(START + 5000);
      await page.clock.runFor(1000);
      await expect(countdown).toHaveText('The session has started');

      await page.clock.pauseAt(END + MINUTE);
      await page.clock.runFor(1000);
      await expect(countdown).toHaveText('This session took place on Thursday 28 August 2025');
    });
  });
}

test('a day ahead it counts in days and hours', async ({ deck, page }) => {
  await page.clock.install({ time: START - (26 * 60 + 30) * MINUTE });
  await deck.open();
  await expect(page.getByTestId('deck.countdown')).toHaveText('Starts in 1 day 2 h');
});

test('the count rests while the holding slide is off screen, and catches up on return', async ({
  deck,
  page,
}) => {
  await page.clock.install({ time: START - 10 * MINUTE - 5000 });
  await deck.open();
  await page.clock.pauseAt(START - 10 * MINUTE);
  await page.clock.runFor(1000);
  const countdown = page.getByTestId('deck.countdown');
  await expect(countdown).toHaveText('Starts in 9:59');

  await page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('title');
  await page.clock.runFor(2 * MINUTE);
  await expect(countdown).toHaveText('Starts in 9:59');

  // Back at 7 min 59 s before the start: the count shows it at once.
  await page.keyboard.press('ArrowLeft');
  await expect(deck.present).toHaveId('holding');
  await expect(countdown).toHaveText('Starts in 7:59');
});

test('the speaker view previews show no live count', async ({ deck, page }) => {
  await page.clock.install({ time: START - 10 * MINUTE });
  // reveal's speaker view loads the deck in its preview frames with ?receiver.
  await deck.open({ query: 'receiver' });
  await expect(deck.present).toHaveId('holding');
  await expect(page.getByTestId('deck.countdown')).toBeHidden();
  await expect(page.getByTestId('deck.holding-when')).toBeVisible();
});

test('the holding slide, the run-of-show and a speaker page show one count at a sub-second instant', async ({
  deck,
  runOfShow,
  speakerPage,
  page,
}) => {
  // 4 ms past a quarter to eleven in Bangkok, held there while every page's timers run:
  // 899.996 s before the start, which every page rounds up, as a stage timer does.
  await page.clock.setFixedTime(new Date(eventTime('10:45:00').getTime() + 4));
  await deck.open();
  await expect(page.getByTestId('deck.countdown')).toHaveText('Starts in 15:00');
  await runOfShow.open();
  await expect(runOfShow.countdown).toHaveText('15:00');
  // The opening's speaker, whose turn is the show's start.
  await speakerPage.open('marina-patrier');
  await expect(speakerPage.countdown).toHaveText('15:00');
});
