/**
 * Accessibility: axe on every page with no serious or critical violation, a language on every
 * page, screen-reader structure in the deck, and the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadSlideSources } from '../../src/build/loadSlides.ts';
import { expect, SITE_FOLDERS, test } from './fixtures.ts';
import { SITE_PAGES } from './pages.ts';

const slideIds = loadSlideSources('slides').map((s) => s.id);

/** axe's serious and critical violations, one line each, for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const sitePage of SITE_PAGES) {
  test(`axe finds nothing serious on the ${sitePage.name}`, async ({ page }) => {
    await page.goto(sitePage.path);
    await expect(page.locator(sitePage.ready)).toHaveCount(1);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2}/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe finds nothing serious on the public build, nor with the key help open', async ({
  page,
  staticSite,
  guard,
}) => {
  const site = staticSite.url(SITE_FOLDERS.public);
  guard.allowUrls(site);
  await page.goto(`${site}?transition=none`);
  await expect(page.locator('html[data-deck-ready="1"]')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Shift+Slash');
  const help = page.locator('.r-overlay-help');
  await expect(help).toBeVisible();
  // reveal fades the overlay in, and axe judges contrast on what is painted: half-faded text
  // reads as low contrast, so axe looks once the overlay's own fade has ended.
  await help.evaluate((overlay) =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect instanceof KeyframeEffect && overlay.contains(a.effect.target))
        .map((a) => a.finished),
    ),
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('screen readers', () => {
  test('can browse the slide on screen, and only that one', async ({ deck, page }) => {
    await deck.open({ slide: 'programme' });
    const root = page.locator('.reveal');
    // No role=application: it would keep screen readers out of browse mode.
    await expect(root).not.toHaveAttribute('role', 'application');
    await expect(page.locator('main.reveal')).toHaveCount(1);
    await expect(deck.present).not.toHaveAttribute('aria-hidden', 'true');
    for (const id of ['holding', 'title', 'closing']) {
      await expect(deck.section(id)).toHaveAttribute('aria-hidden', 'true');
      await expect(deck.section(id)).toHaveAttribute('inert', '');
    }
  });

  test('hear each new slide through reveal’s live region', async ({ deck, page }) => {
    await deck.open({ slide: 'programme' });
    const status = page.locator('.reveal .aria-status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('ArrowRight');
    await expect(deck.present).toHaveId('objectives');
    await expect(status).toContainText('Objectives');
  });

  test('find one main heading on every slide', async ({ deck, page }) => {
    await deck.open();
    const headings = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
      sections.map((s) => {
        const top = s.querySelectorAll('h1, h2');
        return `${s.id}: ${top.length} ${top[0]?.textContent.trim() ? 'named' : 'empty'}`;
      }),
    );
    expect(headings).toEqual(slideIds.map((id) => `${id}: 1 named`));
  });
});

test.describe('the keyboard alone', () => {
  test('reaches the scroll view link on the title slide, and Tab stays on the slide on screen', async ({
    deck,
    page,
  }) => {
    await deck.open({ slide: 'title' });
    const link = deck.present.getByTestId('deck.view-switch');
    for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const section = document.activeElement?.closest('.slides > section');
        return section ? section.id : 'outside the slides';
      });
      expect(['title', 'outside the slides']).toContain(where);
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=scroll/);
    await deck.ready();
  });

  test('? lists our own keys with reveal’s', async ({ deck, page }) => {
    await deck.open();
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help');
    await expect(help).toBeVisible();
    const row = (key: string) =>
      help.locator('tr', { has: page.locator('td', { hasText: new RegExp(`^${key}$`) }) });
    await expect(row('W')).toContainText('Read the whole deck as one scrolling page');
    await expect(row('S')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });
});
