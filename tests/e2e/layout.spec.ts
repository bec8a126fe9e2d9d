/**
 * Legibility in a Zoom share: every slide fits the 16:9 frame at both sizes, and body text is
 * at least 28 CSS px on a 1920×1080 screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Los Angeles is a day behind Bangkok: its times carry a date, the longest text we show.
test.use({ timezoneId: 'America/Los_Angeles' });

/** What one slide measures: text smaller than the minimum, and boxes outside the frame. */
interface SlideMeasure {
  readonly smallText: string[];
  readonly outside: string[];
}

/** Measures the present slide: every text node's rendered size and every box's edges. */
function measurePresentSlide(page: Page, minPx: number): Promise<SlideMeasure> {
  return page.evaluate((min) => {
    const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
    const section = slides.querySelector<HTMLElement>(':scope > section.present')!;
    const frame = slides.getBoundingClientRect();
    // reveal scales the 1280-px-wide slide to the window; the rendered size is CSS size × scale.
    const scale = frame.width / parseFloat(slides.style.width);
    const smallText: string[] = [];
    const outside: string[] = [];
    const label = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}"`;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('aside.notes') || !el.checkVisibility()) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < min - 0.05) smallText.push(`${label(el)}: ${px.toFixed(1)}px`);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (
          r.left < frame.left - 1 ||
          r.right > frame.right + 1 ||
          r.top < frame.top - 1 ||
          r.bottom > frame.bottom + 1
        ) {
          outside.push(`text of ${label(el)}`);
          break;
        }
      }
    }
    for (const el of section.querySelectorAll('*')) {
      if (el.closest('aside.notes') || !el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > frame.right + 1 || r.bottom > frame.bottom + 1 || r.left < frame.left - 1) {
        outside.push(`box of ${label(el)}`);
      }
    }
    return { smallText, outside };
  }, minPx);
}

const SIZES = [
  { width: 1920, height: 1080, minTextPx: 28 },
  // The same slides scaled by 2/3: 28 px at 1080p is 18.7 px here.
  { width: 1280, height: 720, minTextPx: (28 * 720) / 1080 },
] as const;

for (const size of SIZES) {
  test(`every slide fits the frame with legible text at ${size.width}×${size.height}`, async ({
    deck,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await deck.open();
    // Fonts change line breaks: measure with the real font, not a fallback.
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    for (const id of await deck.slideIds()) {
      await deck.goTo(id);
      const { smallText, outside } = await measurePresentSlide(page, size.minTextPx);
      problems.push(...smallText.map((p) => `${id}: small ${p}`));
      problems.push(...outside.map((p) => `${id}: outside the frame: ${p}`));
      if (size.width === 1920) {
        await page.screenshot({ path: testInfo.outputPath(`slide-${id}-1920x1080.png`) });
      }
    }
    expect(problems).toEqual([]);
  });
}

test('transitions are short, can be turned off, and follow prefers-reduced-motion', async ({
  deck,
  page,
}) => {
  await page.goto('./');
  await deck.ready();
  const root = page.locator('.reveal');
  await expect(root).toHaveClass(/\bfade\b/);
  await expect(root).toHaveAttribute('data-transition-speed', 'fast');

  await deck.open();
  await expect(root).toHaveClass(/\bnone\b/);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await deck.ready();
  await expect(root).toHaveClass(/\bnone\b/);
  await expect(root).not.toHaveClass(/\bfade\b/);
});
