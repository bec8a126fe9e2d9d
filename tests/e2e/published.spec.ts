/**
 * The site as viewers get it: each build served by a plain static server from a subfolder,
 * the public build's contents, the scroll view, deep links and the tags for shared links.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../data/index.ts';
import { loadSlideSources } from '../../src/build/loadSlides.ts';
import { expect, SITE_FOLDERS, test as base } from './fixtures.ts';

const model = loadModel();
const slideSources = loadSlideSources('slides');

/** Every file under a folder, relative paths. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? listFiles(path, `${prefix}${name}/`)
      : [`${prefix}${name}`];
  });
}

for (const [build, folder] of [
  ['dist', SITE_FOLDERS.host],
  ['dist-public', SITE_FOLDERS.public],
] as const) {
  const test = base.extend({
    baseURL: async ({ staticSite }, use) => use(staticSite.url(folder)),
  });

  test.describe(`${build}/ served from ${folder}`, () => {
    test('every slide shows, with the bundled fonts, and nothing is asked of another origin', async ({
      deck,
      page,
    }) => {
      const fonts: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.woff2') && r.ok()) fonts.push(r.url());
      });
      await deck.open();
      expect(page.url()).toContain(folder);
      // The public build leaves out the holding slide, which is for the live session only.
      const shown = slideSources.filter((s) => build === 'dist' || s.layout !== 'holding');
      for (const { id } of shown) await deck.goTo(id);
      await page.evaluate(() => document.fonts.ready);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.includes(`${folder}assets/`))).toBe(true);
    });

    test('a shared link shows a title, a description and the title slide as preview', async ({
      page,
      request,
    }) => {
      await page.goto('./');
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('og:title')).toContain(model.event.title);
      expect(await meta('og:description')).toBe(model.event.summary);
      expect(await meta('description')).toBe(model.event.summary);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      const image = new URL((await meta('og:image')) ?? '', page.url()).href;
      const response = await request.get(image);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      // A PNG's IHDR chunk holds its width and height at bytes 16–23.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        Number(await meta('og:image:width')),
        Number(await meta('og:image:height')),
      ]);
    });
  });
}

const publicSite = base.extend({
  baseURL: async ({ staticSite }, use) => use(staticSite.url(SITE_FOLDERS.public)),
});

/** Sentences of the speaker notes, long enough not to appear by chance elsewhere. */
const noteSentences = slideSources
  .flatMap((s) => s.notes.split(/(?<=[.!?])\s+/))
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 30);

publicSite.describe('the public build', () => {
  publicSite('holds the deck only, with no speaker notes anywhere', () => {
    expect(noteSentences.length).toBeGreaterThan(3);
    const files = listFiles('dist-public');
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
    const text = files
      .filter((f) => /\.(html|js|css|json)$/.test(f))
      .map((f) => readFileSync(join('dist-public', f), 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    const leaked = noteSentences.filter((sentence) => text.includes(sentence));
    expect(leaked).toEqual([]);
    // reveal's speaker view (the notes plugin) is left out, not just empty.
    expect(text.includes('Speaker View'), 'the speaker view is in the build').toBe(false);
    // The host's build has them, so the check above can fail.
    const hostText = listFiles('dist')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join('dist', f), 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(hostText.includes(noteSentences[0]!), 'the host build has the notes').toBe(true);
  });

  publicSite(
    'opens on the title slide and carries no Zoom housekeeping',
    async ({ deck, page }) => {
      await deck.open();
      await expect(deck.present).toHaveId('title');
      await expect(page.locator('.reveal .slides section[data-layout="holding"]')).toHaveCount(0);
      const text = (await page.locator('.reveal .slides').textContent()) ?? '';
      expect(model.event.housekeeping.length).toBeGreaterThan(0);
      for (const line of model.event.housekeeping) expect(text).not.toContain(line);
      // The host's build opens on the holding slide, with the housekeeping, so this can fail.
      const host = readFileSync(join('dist', 'index.html'), 'utf8');
      expect(host).toContain(model.event.housekeeping[0]!);
    },
  );

  publicSite('has no notes in the page and offers no speaker view', async ({ deck, page }) => {
    await deck.open({ slide: 'overview' });
    await expect(page.locator('aside.notes')).toHaveCount(0);
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help');
    await expect(help).toContainText('Read the whole deck as one scrolling page');
    await expect(help.locator('td', { hasText: /^S$/ })).toHaveCount(0);
  });
});
