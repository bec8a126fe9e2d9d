import { expect, test } from './fixtures.ts';

// The notes plugin loads on demand (src/deck/makeLazyNotes.ts); these are the paths where
// it must still be there when the host needs it.
test.describe('the lazily loaded speaker view', () => {
  test('follows the deck, and reconnects when the deck is reloaded', async ({ deck, page }) => {
    await deck.open({ slide: 'objectives' });
    const popupPromise = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const popup = await popupPromise;
    const notes = popup.locator('.speaker-controls-notes .value');
    await expect(notes).toContainText('The five objectives, as announced.');

    await page.reload();
    await deck.ready();
    // The speaker view's heartbeat (once a second) brings the notes plugin back.
    await page.keyboard.press('ArrowRight');
    await expect(deck.present).toHaveId('why-attend');
    await expect(notes).toContainText('What participants will take away.');
  });

  test('?notes opens the speaker view with the deck', async ({ deck, page }) => {
    const popupPromise = page.waitForEvent('popup');
    await deck.open({ slide: 'objectives', query: 'notes' });
    const popup = await popupPromise;
    await expect(popup).toHaveTitle(/Speaker View/);
    await expect(popup.locator('.speaker-controls-notes .value')).toContainText(
      'The five objectives, as announced.',
    );
  });
});
