/**
 * Text from data is never read as HTML. A build whose data holds markup in a speaker's name
 * and a segment's title shows that markup as text on every page, runs none of it, and
 * adds no element.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/serveStatic.mjs';
import { makeProjectCopy, type ProjectCopy } from '../build/projectCopy.ts';
import { expect, test as base } from './fixtures.ts';

const NAME = '<img src=x onerror=alert(1)>';
const TITLE = '<script>alert(2)</script><b>Wrap</b> up';

interface XssFixtures {
  xssSite: { readonly server: StaticServer; readonly copy: ProjectCopy };
}

const test = base.extend<object, XssFixtures>({
  xssSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even when empty
    async ({}, use) => {
      const copy = makeProjectCopy();
      copy.replace('data/speakers.ts', "name: 'Leila Loupis'", `name: '${NAME}'`);
      copy.replace('data/agenda.ts', "title: 'Wrap up'", `title: '${TITLE}'`);
      copy.replace('data/agenda.ts', "label: 'Wrap up'", `label: '${TITLE}'`);
      const build = spawnSync(
        process.execPath,
        [join(copy.root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
        { cwd: copy.root, encoding: 'utf8' },
      );
      if (build.status !== 0)
        throw new Error(`the build with markup in data failed:\n${build.stderr}`);
      const server = await serveStatic({ '/xss/': join(copy.root, 'dist') });
      await use({ server, copy });
      await server.close();
      copy.dispose();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ xssSite }, use) => use(xssSite.server.url('/xss/')),
});

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

/** Fails if the markup became elements anywhere in the page. */
async function expectNoInjectedElements(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: /^Wrap$/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
}

test('the deck shows the markup as text on its slides and in the speaker view', async ({
  page,
}) => {
  await page.goto('./?transition=none#/overview');
  await expect(page.locator('html[data-deck-ready="1"]')).toBeAttached();
  const present = page.locator('.reveal .slides > section.present');
  await expect(present.locator('.person-name')).toHaveText(`Ms. ${NAME}`);
  await expect(page.locator('section#programme')).toContainText(NAME);
  await expect(page.locator('section#programme')).toContainText(TITLE);
  await expect(page.locator('section#wrap-up h2')).toHaveText(TITLE);
  await expectNoInjectedElements(page);

  await page.goto('./?transition=none#/opening');
  await expect(page.locator('html[data-deck-ready="1"]')).toBeAttached();
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText(`hand over to Ms. ${NAME}, speaker`);
  await expect(popup.locator('img[src="x"]')).toHaveCount(0);
});

test('the run-of-show shows the markup as text', async ({ page }) => {
  await page.goto('./run-of-show.html');
  await expect(page.locator('html[data-page-ready="1"]')).toBeAttached();
  const overview = page.locator('[data-testid="run-of-show.cue"][data-segment="overview"]');
  await expect(overview).toContainText(NAME);
  const wrapUp = page.locator('[data-testid="run-of-show.cue"][data-segment="wrap-up"]');
  await expect(wrapUp).toContainText(TITLE);
  await expectNoInjectedElements(page);
});

test('the speaker page and the list of speakers show the markup as text', async ({ page }) => {
  await page.goto('./speaker.html?speaker=leila-loupis');
  await expect(page.locator('html[data-page-ready="1"]')).toBeAttached();
  await expect(page.locator('h1')).toContainText(NAME);
  await expectNoInjectedElements(page);

  await page.goto('./speaker.html');
  await expect(page.locator('html[data-page-ready="1"]')).toBeAttached();
  await expect(page.locator('body')).toContainText(NAME);
  await expectNoInjectedElements(page);
});

test('the page title and link-preview tags carry the markup escaped', async ({ xssSite }) => {
  const html = (await import('node:fs')).readFileSync(
    join(xssSite.copy.root, 'dist/speaker.html'),
    'utf8',
  );
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<script>alert');
});
