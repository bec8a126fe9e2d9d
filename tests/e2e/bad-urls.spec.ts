/** Bad links give a clear, kind message and a page that still works. */
import { expect, test } from './fixtures.ts';

test('a link to a slide the deck does not have says so and opens the deck', async ({
  deck,
  page,
}) => {
  await page.goto('./?transition=none#/programe');
  await deck.ready();
  const notice = page.getByTestId('deck.notice');
  await expect(notice).toHaveText(
    /There is no slide “programe” in this deck, so it opens at the start\. Slide links look like #\/programme\./,
  );
  await expect(deck.present).toHaveId('holding');
  // The deck works, and moving on clears the notice.
  await page.keyboard.press('ArrowRight');
  await expect(deck.present).toHaveId('title');
  await expect(notice).toHaveCount(0);
});

test('the notice also follows a bad link inside an open deck, and OK closes it', async ({
  deck,
  page,
}) => {
  await deck.open({ slide: 'programme' });
  await page.evaluate(() => (location.hash = '#/nowhere'));
  const notice = page.getByTestId('deck.notice');
  await expect(notice).toContainText('There is no slide “nowhere”');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link to a view the deck does not have says so and opens the slides', async ({
  deck,
  page,
}) => {
  await page.goto('./?transition=none&view=scrol#/programme');
  await deck.ready();
  await expect(page.getByTestId('deck.notice')).toHaveText(
    'There is no “scrol” view, so the deck opens as slides. Use ?view=scroll to read it as one page.OK',
  );
  await expect(deck.present).toHaveId('programme');
});

test('a known slide link shows no notice', async ({ deck, page }) => {
  await deck.open({ slide: 'objectives' });
  await expect(deck.present).toHaveId('objectives');
  await expect(page.getByTestId('deck.notice')).toHaveCount(0);
});

test('an unknown run-of-show mode says so and runs live', async ({ runOfShow, page }) => {
  await runOfShow.open({ query: 'mode=rehersal' });
  await expect(page.locator('body')).toContainText(
    'There is no “rehersal” mode, so this is the live run-of-show. Use ?mode=rehearsal to rehearse.',
  );
  await expect(runOfShow.clock).toHaveText(/^\d\d:\d\d:\d\d$/);
});

test('an unknown speaker gets the list of every speaker page', async ({ page }) => {
  await page.goto('./speaker.html?speaker=nobody');
  await expect(page.locator('html[data-page-ready="1"]')).toBeAttached();
  await expect(page.locator('body')).toContainText('nobody');
  await expect(page.locator('a[href*="speaker.html?speaker="]')).toHaveCount(4);
});
