/**
 * The build renders the deck in the event's zone and the page adds the viewer's times after
 * the first paint. Seen from zones a day behind and ahead of Bangkok, no moment shows a time
 * under the wrong zone: every state the page passes through is recorded from the first
 * parsed byte, and each is either the event's time alone or the event's with the viewer's.
 */
import { expect, test } from './fixtures.ts';

/** An hour before the start: the viewer's date differs from Bangkok's in both zones. */
const NOW = Date.parse('2025-08-28T03:00:00Z');

const ZONES = [
  // UTC−10: the session is on the evening before, by the viewer's calendar.
  { zone: 'Pacific/Honolulu', viewer: '18:00–19:30 Wed 27 Aug your time (Honolulu)' },
  // UTC+14: the same session in the viewer's evening.
  { zone: 'Pacific/Kiritimati', viewer: '18:00–19:30 your time (Kiritimati)' },
] as const;

const EVENT = '11:00–12:30 Bangkok';

/** Records every distinct [event time, viewer time] pair the title slide shows, from the start. */
function recordTitleTimes(): void {
  const seen = new Set<string>();
  const record = (): void => {
    const times = document.querySelector('#title .times');
    if (!times) return;
    const pair = [
      times.querySelector('[data-testid="deck.event-time"]')?.textContent ?? null,
      times.querySelector('[data-testid="deck.viewer-time"]')?.textContent ?? null,
    ];
    seen.add(JSON.stringify(pair));
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  (window as unknown as { titleTimesSeen: () => string[] }).titleTimesSeen = () => {
    record();
    return [...seen];
  };
}

for (const { zone, viewer } of ZONES) {
  test.describe(`seen from ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('the title slide shows Bangkok time, then adds the viewer’s, never a wrong zone', async ({
      deck,
      page,
    }) => {
      await page.clock.install({ time: NOW });
      await page.addInitScript(recordTitleTimes);
      await deck.open({ slide: 'title' });
      await expect(page.locator('#title [data-testid="deck.viewer-time"]')).toHaveText(viewer);
      const seen = await page.evaluate(() =>
        (window as unknown as { titleTimesSeen: () => string[] }).titleTimesSeen(),
      );
      const pairs = seen.map((s) => JSON.parse(s) as [string | null, string | null]);
      // Before the viewer's parts: Bangkok time alone, labelled. After: both, each labelled.
      expect(pairs).toEqual([
        [EVENT, null],
        [EVENT, viewer],
      ]);
    });

    test('the programme names the viewer’s zone and gives every segment in it', async ({
      deck,
      page,
    }) => {
      await page.clock.install({ time: NOW });
      await deck.open({ slide: 'programme' });
      const caption = page.locator('#programme .programme-caption');
      await expect(caption).toHaveText(
        `Times in Bangkok time, with your time (${zone.split('/')[1]}) below`,
      );
      const rows = page.locator('#programme .programme-item');
      const count = await rows.count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < count; i += 1) {
        await expect(rows.nth(i).getByTestId('deck.viewer-time')).toHaveCount(1);
      }
    });
  });
}
