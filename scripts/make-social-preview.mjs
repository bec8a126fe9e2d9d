#!/usr/bin/env node
// Renders the title slide of the built deck (dist/) to public/social-preview.png, the image a
// shared link shows (og:image). It is the real slide, in the event's own zone, so the image
// gives the announced times only; the small "read as one page" link is left out.
// Run `npm run social-preview` after changing the title slide or the event data, and commit
// the image.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, loadEventModel, say } from './browser.mjs';
import { serveStatic } from './serveStatic.mjs';

const OUT = resolve('public/social-preview.png');
/** Open Graph's usual size; the deck is letterboxed into it. Keep in step with vite.config.ts. */
const SIZE = { width: 1200, height: 630 };

if (!existsSync('dist/index.html')) {
  console.error('[social-preview] dist/index.html is missing. Run "npm run build" first.');
  process.exit(1);
}
const model = await loadEventModel();
const server = await serveStatic({ '/': 'dist' });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: SIZE,
    timezoneId: model.event.timeZone,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(
    server.url('/?transition=none&controls=false&progress=false&slideNumber=false#/title'),
  );
  await page.locator('html[data-deck-ready="1"]').waitFor({ state: 'attached' });
  await page.addStyleTag({ content: '.view-switch { visibility: hidden; }' });
  await page.evaluate(() => globalThis.document.fonts.ready);
  await page.screenshot({ path: OUT });
  say('social-preview', `wrote ${OUT} (${SIZE.width}×${SIZE.height})`);
} finally {
  await browser.close();
  await server.close();
}
