/**
 * Legibility in a Zoom share: every slide fits the 16:9 frame at both sizes, nothing runs into
 * the organisers along a cover slide's foot, and body text is at least 28 CSS px on a
 * 1920×1080 screen.
 */
import type { Page } from '@playwright/test';
import { eventTime } from './eventTime.ts';
import { expect, test } from './fixtures.ts';

// Los Angeles is a day behind Bangkok: its times carry a date, the longest text we show.
test.use({ timezoneId: 'America/Los_Angeles' });

/**
 * What one slide measures: text smaller than the minimum, boxes outside the frame, and text
 * that runs into the organisers along the foot of a cover slide (they are placed there, out of
 * the flow, so nothing else keeps the slide's words off them).
 */
interface SlideMeasure {
  readonly smallText: string[];
  readonly outside: string[];
  readonly overOrganisers: string[];
}

/**
 * Measures the present slide: every text node's rendered size and every box's edges.
 *
 * Text size counts everywhere. Inside an `<svg>` that clips its content (map.css says
 * `overflow: hidden`), a shape paints only within the svg's box: an SVG descendant is measured
 * clipped to its nearest `<svg>`. The `<svg>` itself is an HTML box like any other. (A shape
 * clipped away entirely, such as a State drawn off the map's edge, is not a frame problem:
 * map.spec.ts checks the drawing.) Everything else, HTML boxes and text above all, must lie
 * inside the frame, and nothing may scroll: Zoom viewers cannot scroll a shared screen.
 */
function measurePresentSlide(page: Page, minPx: number): Promise<SlideMeasure> {
  return page.evaluate((min) => {
    const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
    const section = slides.querySelector<HTMLElement>(':scope > section.present')!;
    const frame = slides.getBoundingClientRect();
    // reveal scales the 1280-px-wide slide to the window; the rendered size is CSS size × scale.
    const scale = frame.width / parseFloat(slides.style.width);
    const smallText: string[] = [];
    const outside: string[] = [];
    const overOrganisers: string[] = [];
    const organisers = section.querySelector(':scope ul.organisers');
    const organisersTop = organisers?.getBoundingClientRect().top ?? Infinity;
    const label = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}"`;
    const scrolls = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return (
        (/auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
      );
    };
    /** The part of `r` that `el` can paint: clipped to its `<svg>` when that clips. */
    const painted = (el: Element, r: DOMRect): DOMRect | null => {
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      if (!svg || getComputedStyle(svg).overflow === 'visible') return r;
      const c = svg.getBoundingClientRect();
      const [left, top] = [Math.max(r.left, c.left), Math.max(r.top, c.top)];
      const [right, bottom] = [Math.min(r.right, c.right), Math.min(r.bottom, c.bottom)];
      return right > left && bottom > top
        ? new DOMRect(left, top, right - left, bottom - top)
        : null;
    };
    const isOutside = (r: DOMRect): boolean =>
      r.left < frame.left - 1 ||
      r.right > frame.right + 1 ||
      r.top < frame.top - 1 ||
      r.bottom > frame.bottom + 1;
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('aside.notes') || !el.checkVisibility()) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < min - 0.05) smallText.push(`${label(el)}: ${px.toFixed(1)}px`);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const seen = painted(el, r);
        if (seen && isOutside(seen)) {
          outside.push(`text of ${label(el)}`);
          break;
        }
      }
      const rects = [...range.getClientRects()];
      if (!organisers?.contains(el) && rects.some((r) => r.bottom > organisersTop + 1)) {
        overOrganisers.push(`text of ${label(el)}`);
      }
    }
    for (const el of section.querySelectorAll('*')) {
      if (el.closest('aside.notes') || !el.checkVisibility()) continue;
      if (scrolls(el)) outside.push(`scrolls inside the slide: ${label(el)}`);
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const seen = painted(el, r);
      if (seen && isOutside(seen)) outside.push(`box of ${label(el)}`);
    }
    return { smallText, outside, overOrganisers };
  }, minPx);
}

const SIZES = [
  { width: 1920, height: 1080, minTextPx: 28 },
  // The same slides scaled by 2/3: 28 px at 1080p is 18.7 px here.
  { width: 1280, height: 720, minTextPx: (28 * 720) / 1080 },
] as const;

for (const size of SIZES) {
  test(`every slide fits the frame, with legible text and nothing that scrolls, at ${size.width}×${size.height}`, async ({
    deck,
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Ten minutes before the start, as the host shares it: the holding slide's countdown is
    // at its largest ("Starts in 9:56"), and the viewer's times are added.
    await page.clock.install({ time: eventTime('10:50:00') });
    await deck.open();
    // Fonts change line breaks: measure with the real font, not a fallback.
    await page.evaluate(() => document.fonts.ready);
    const problems: string[] = [];
    for (const id of await deck.slideIds()) {
      await deck.goTo(id);
      const fragments = deck.present.locator('.fragment');
      const steps = await fragments.count();
      // Each fragment step changes the slide (the map zooms, a step turns bold): measure them all.
      for (let step = 0; step <= steps; step++) {
        if (step > 0) {
          await page.keyboard.press('ArrowRight');
          await expect(deck.present.locator('.fragment.visible')).toHaveCount(step);
        }
        const where = step > 0 ? `${id} (step ${step})` : id;
        const { smallText, outside, overOrganisers } = await measurePresentSlide(
          page,
          size.minTextPx,
        );
        problems.push(...smallText.map((p) => `${where}: small ${p}`));
        problems.push(...outside.map((p) => `${where}: outside the frame: ${p}`));
        problems.push(...overOrganisers.map((p) => `${where}: runs into the organisers: ${p}`));
      }
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
