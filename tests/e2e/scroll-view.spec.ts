/**
 * The scroll view (`?view=scroll`): every slide on one readable page, linked from the deck,
 * reachable with the W key and with deep links.
 */
import { loadSlideSources } from '../../src/build/loadSlides.ts';
import { expect, test } from './fixtures.ts';

const slideIds = loadSlideSources('slides').map((s) => s.id);

test('the title slide links to the scroll view, which shows every slide in order', async ({
  deck,
  page,
}, testInfo) => {
  await deck.open({ slide: 'title' });
  await deck.present.getByTestId('deck.view-switch').click();
  await deck.ready();
  await expect(page).toHaveURL(/[?&]view=scroll/);
  await expect(page.locator('.reveal-viewport.reveal-scroll')).toHaveCount(1);
  expect(await deck.slideIds()).toEqual(slideIds);
  // Every slide is readable: none is hidden from screen readers as in the slide view.
  await expect(page.locator('.reveal .slides section[aria-hidden="true"]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('scroll-view-top-1280x720.png') });
  await deck.section('programme').scrollIntoViewIfNeeded();
  await expect(deck.section('programme')).toBeInViewport({ ratio: 0.9 });
  await page.screenshot({ path: testInfo.outputPath('scroll-view-scrolled-1280x720.png') });
});

test('on a wide screen each cover slide is whole: the organisers sit below its words', async ({
  deck,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?view=scroll&transition=none#/title');
  await deck.ready();
  for (const id of ['title', 'closing']) {
    const section = deck.section(id);
    const words = (await section.getByTestId('deck.view-switch').boundingBox())!;
    const organisers = (await section.getByTestId('deck.organisers').boundingBox())!;
    expect(organisers.y, id).toBeGreaterThan(words.y + words.height);
  }
});

test('a deep link opens the scroll view at that slide, and W goes back to it as a slide', async ({
  deck,
  page,
}) => {
  // Late in the deck, where reveal 6.0.2 alone lands one slide short (reveal.js #3815).
  await deck.open({ slide: 'questions', query: 'view=scroll' });
  await expect(deck.section('questions')).toBeInViewport({ ratio: 0.9 });
  await expect(deck.section('holding')).not.toBeInViewport();
  await page.keyboard.press('w');
  await page.waitForURL((url) => !url.search.includes('view=scroll'));
  await deck.ready();
  await expect(page).toHaveURL(/transition=none/);
  await expect(deck.present).toHaveId('questions');
});

test('W in the slides opens the same slide in the scroll view', async ({ deck, page }) => {
  await deck.open({ slide: 'series' });
  await page.keyboard.press('w');
  await page.waitForURL(/view=scroll.*#\/series$/);
  await deck.ready();
  await expect(deck.section('series')).toBeInViewport({ ratio: 0.9 });
});

test('on a phone, the scroll view reflows: text of 16 px or more, the map full width, the table a list', async ({
  deck,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=scroll&transition=none');
  await deck.ready();
  await expect(page.locator('section#map [data-testid="map"]')).toHaveAttribute(
    'data-state',
    'ready',
  );
  const measured = await page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(
      document.querySelector('.reveal .slides')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('aside.notes, svg') || !el.checkVisibility()) {
        continue;
      }
      // Rendered size: the font size times any scale between the element and the page.
      const box = el.getBoundingClientRect();
      const scale = el.offsetWidth ? box.width / el.offsetWidth : 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < 15.95) small.push(`${el.className || el.tagName}: ${px.toFixed(1)}px`);
    }
    const svg = document.querySelector('section#map svg.map-svg')!.getBoundingClientRect();
    const row = document.querySelector('section#map-table tbody tr')!;
    // The reading view shows every convention at once: one fill for each category.
    const fills = (selector: string): string[] => [
      ...new Set(
        [...document.querySelectorAll(`section#map ${selector}`)].map(
          (el) => getComputedStyle(el).fill,
        ),
      ),
    ];
    return {
      partyFills: [
        fills('.map-party.in-0:not(.in-1)'),
        fills('.map-party.in-1:not(.in-0)'),
        fills('.map-party.in-0.in-1'),
      ],
      landFill: fills('.map-country:not(.map-party)'),
      small: [...new Set(small)],
      pageWidth: document.scrollingElement!.scrollWidth,
      mapWidth: svg.width,
      rowDisplay: getComputedStyle(row).display,
    };
  });
  expect(measured.small).toEqual([]);
  expect(measured.pageWidth).toBeLessThanOrEqual(390);
  // Nothing is cut: no element reaches past the box that clips it (the page, which hides
  // what overflows sideways, or any other), unless that box is a region that scrolls and the
  // keyboard can reach.
  const cut = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('.reveal .slides *')) {
      if (el.closest('aside.notes, svg') || !el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let clip = el.parentElement;
      while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
      if (!clip) continue;
      const frame = clip.getBoundingClientRect();
      if (box.left >= frame.left - 1 && box.right <= frame.right + 1) continue;
      const scrolls = /auto|scroll/.test(getComputedStyle(clip).overflowX);
      if (scrolls && clip.tabIndex >= 0 && clip.hasAttribute('aria-label')) {
        continue;
      }
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      found.push(`${name} "${el.textContent.trim().slice(0, 30)}": ${box.left}–${box.right}`);
    }
    return found;
  });
  expect(cut).toEqual([]);
  // The conventions table reads as cards: each count with its header, on the screen.
  const globalRow = page.locator('section#conventions tr[data-convention="global"]');
  await expect(globalRow).toContainText(/States Parties\s*38/);
  const count = globalRow.locator('td').filter({ hasText: 'States Parties' });
  await count.scrollIntoViewIfNeeded();
  await expect(count).toBeInViewport({ ratio: 1 });
  const countBox = (await count.boundingBox())!;
  expect(countBox.x + countBox.width).toBeLessThanOrEqual(390);
  // Every speaker's card is whole.
  for (const person of await page.locator('.reveal .person').all()) {
    const personBox = (await person.boundingBox())!;
    expect(personBox.x).toBeGreaterThanOrEqual(0);
    expect(personBox.x + personBox.width).toBeLessThanOrEqual(390);
  }
  expect(measured.mapWidth).toBeGreaterThan(390 * 0.85);
  expect(measured.rowDisplay).toBe('block');
  const [first, second, both] = measured.partyFills;
  expect([first, second, both].map((f) => f?.length)).toEqual([1, 1, 1]);
  expect(new Set([...first!, ...second!, ...both!, ...measured.landFill]).size).toBe(4);
  await expect(page.locator('section#map .map-legend')).toBeVisible();
  // In the list the column headers are gone: each State's dates say which convention they are.
  const japan = page
    .locator('section#map-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'Japan', exact: true }) });
  await expect(japan.locator('.parties-table-dates').first()).toContainText(
    /^Global Convention\s*Deposited/,
    { useInnerText: true },
  );
  await expect(japan.locator('.parties-table-dates').nth(1)).toContainText(
    /^Tokyo Convention\s*Deposited/,
    { useInnerText: true },
  );
  await deck.section('map-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('scroll-view-phone-390x844.png') });
});
