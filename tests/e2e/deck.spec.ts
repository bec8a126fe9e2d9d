import { loadModel } from '../../data/index.ts';
import { expect, test } from './fixtures.ts';

const model = loadModel();

test.describe('the deck', () => {
  test('loads on the holding slide with the session title', async ({ deck, page }) => {
    await deck.open();
    await expect(deck.present).toHaveId('holding');
    await expect(deck.present.locator('h1')).toHaveText(model.event.title);
    await expect(page).toHaveTitle(new RegExp(model.event.title.replace(/[?]/g, '\\?')));
  });

  test('ArrowRight and ArrowLeft move between slides, and the hash follows', async ({
    deck,
    page,
  }) => {
    await deck.open({ slide: 'title' });
    await page.keyboard.press('ArrowRight');
    await expect(deck.present).toHaveId('opening');
    await expect(page).toHaveURL(/#\/opening$/);
    await page.keyboard.press('ArrowRight');
    await expect(deck.present).toHaveId('programme');
    await page.keyboard.press('ArrowLeft');
    await expect(deck.present).toHaveId('opening');
  });

  test('every agenda segment has its opening slide with its speakers', async ({ deck }) => {
    await deck.open();
    for (const item of model.agenda) {
      const opening = deck.section(item.id);
      await expect(opening).toHaveAttribute('data-segment', item.id);
      await expect(opening).toHaveAttribute('data-layout', 'segment');
      for (const p of item.participants) {
        await expect(opening.locator(`[data-speaker="${p.speaker.id}"]`)).toContainText(
          p.speaker.name,
        );
      }
    }
  });

  test('a deep link opens the right slide', async ({ deck }) => {
    await deck.open({ slide: 'programme' });
    await expect(deck.present).toHaveId('programme');
    await expect(deck.present.locator('[data-segment]')).toHaveCount(model.agenda.length);
  });

  test('S opens the speaker view with the notes and timing header', async ({ deck, page }) => {
    await deck.open({ slide: 'overview' });
    const popupPromise = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const popup = await popupPromise;
    await expect(popup).toHaveTitle(/Speaker View/);
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect(notes).toContainText('11:10–11:15 Bangkok');
    await expect(notes).toContainText('hand over to Ms. Joanna Wilson, moderator');
    await expect(notes).toContainText('Update on implementation of the Global Convention');
  });

  test('screenshots of the first slides at 1280×720', async ({ deck, page }, testInfo) => {
    for (const id of ['holding', 'title', 'opening', 'programme', 'objectives']) {
      await deck.open({ slide: id });
      await expect(deck.present).toHaveId(id);
      await page.screenshot({ path: testInfo.outputPath(`deck-${id}-1280x720.png`) });
    }
  });
});

test('walking every slide makes no request outside the origin and logs no error', async ({
  deck,
  page,
}) => {
  // The guard fixture fails this test on any outside request or console error.
  await deck.open();
  const total = await page.locator('.reveal .slides > section').count();
  for (let i = 1; i < total; i++) {
    // A slide with fragments takes one press per fragment before the deck moves on.
    const fragments = await deck.present.locator('.fragment').count();
    for (let f = 0; f <= fragments; f++) await page.keyboard.press('ArrowRight');
    // Cover slides (the closing one) carry no footer; every other slide its number of the total.
    if ((await deck.present.locator('.slide-footer').count()) > 0) {
      await expect(deck.present.getByTestId('deck.slide-number')).toHaveText(`${i + 1} / ${total}`);
    }
  }
  await expect(deck.present).toHaveId('closing');
});
