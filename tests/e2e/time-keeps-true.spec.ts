/**
 * Displays are derived from the clock, never from counting ticks: a long run, a tab that
 * slept, and a system clock that jumps all show the right time.
 */
import type { Page } from '@playwright/test';
import { eventTime, justBefore } from './eventTime.ts';
import { expect, test } from './fixtures.ts';

/** Makes the page believe it was hidden or shown, as a sleeping or returning tab is. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
    Object.defineProperty(document, 'hidden', { value: s === 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('after 90 minutes of running, the time left is exact', async ({ runOfShow, page }) => {
  await page.clock.install({ time: justBefore(eventTime('11:00:00')) });
  await runOfShow.open();
  await page.clock.pauseAt(eventTime('11:00:00'));
  await page.keyboard.press('n');
  // Every second of the show runs its timers; the host starts each segment on time.
  await page.clock.runFor('10:00');
  await page.keyboard.press('n');
  await page.clock.runFor('05:00');
  await page.keyboard.press('n');
  await page.clock.runFor('01:10:00');
  await page.keyboard.press('n');
  await page.clock.runFor('04:29');
  await expect(runOfShow.clock).toHaveText('12:29:29');
  await expect(runOfShow.current).toHaveText('Wrap up');
  await expect(runOfShow.remaining).toHaveText('00:31 left');
  await expect(runOfShow.drift).toContainText('on time');
  await expect(runOfShow.projectedEnd).toContainText('12:30:00');
});

test('a tab hidden for 10 minutes shows the right time the moment it is visible', async ({
  runOfShow,
  page,
}) => {
  await page.clock.install({ time: justBefore(eventTime('11:00:00')) });
  await runOfShow.open();
  await page.clock.pauseAt(eventTime('11:00:00'));
  await page.keyboard.press('n');
  await expect(runOfShow.remaining).toHaveText('10:00 left');

  await setVisibility(page, 'hidden');
  // A sleeping tab runs no timers: the time moves on, the page is not told.
  await page.clock.setSystemTime(eventTime('11:10:00'));
  await expect(runOfShow.clock).toHaveText('11:00:00');
  await setVisibility(page, 'visible');
  await expect(runOfShow.clock).toHaveText('11:10:00');
  await expect(runOfShow.remaining).toHaveText('00:00 left');
  await expect(runOfShow.remaining).toHaveAttribute('data-warning', 'red');
});

test('the holding slide catches up as soon as its tab is visible again', async ({ deck, page }) => {
  await page.clock.install({ time: justBefore(eventTime('10:40:00')) });
  await deck.open();
  await page.clock.pauseAt(eventTime('10:40:00'));
  const countdown = page.getByTestId('deck.countdown');
  await expect(countdown).toContainText('20:00');
  await setVisibility(page, 'hidden');
  await page.clock.setSystemTime(eventTime('10:50:00'));
  await setVisibility(page, 'visible');
  await expect(countdown).toContainText('10:00');
});

test('a system clock that jumps forward or back is followed, never counted', async ({
  runOfShow,
  page,
}) => {
  await page.clock.install({ time: justBefore(eventTime('11:00:00')) });
  await runOfShow.open();
  await page.clock.pauseAt(eventTime('11:00:00'));
  await page.keyboard.press('n');
  await page.clock.runFor('01:00');
  await expect(runOfShow.remaining).toHaveText('09:00 left');

  // The laptop's clock is corrected forward by three minutes…
  await page.clock.setSystemTime(eventTime('11:04:00'));
  await page.clock.runFor(1000);
  await expect(runOfShow.clock).toHaveText('11:04:01');
  await expect(runOfShow.remaining).toHaveText('05:59 left');

  // …then back before the segment started: the page shows the plan again, no negative time.
  await page.clock.setSystemTime(eventTime('10:59:00'));
  await page.clock.runFor(1000);
  await expect(runOfShow.clock).toHaveText('10:59:01');
  await expect(runOfShow.remaining).not.toContainText('-');
  await expect(runOfShow.page.locator('body')).not.toContainText('NaN');
});

test('a rehearsal clock survives a clock jump back without going negative', async ({
  speakerPage,
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
  await speakerPage.open('leila-loupis');
  await page.getByRole('button', { name: /^Start/ }).click();
  await page.clock.runFor('01:00');
  const clock = speakerPage.rehearsalClock;
  // The rehearsal clock shows the segment's own times, starting at its scheduled start.
  await expect(clock).toContainText(/11:11:\d\d Bangkok/);
  // The laptop's clock goes back ten minutes, before the rehearsal started: it holds at the
  // segment's start rather than running backwards.
  await page.clock.setSystemTime(new Date('2026-03-01T08:50:00Z'));
  await page.clock.runFor(1000);
  await expect(clock).toContainText('11:10:00 Bangkok');
  await expect(clock).not.toContainText('NaN');
});
