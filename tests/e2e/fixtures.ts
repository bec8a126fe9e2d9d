/**
 * Playwright fixtures: page objects for the deck, and a guard, on in every test, that fails
 * the test on any console error, page error, or request leaving the site's origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The deck page. */
export class DeckPage {
  constructor(readonly page: Page) {}

  /** Opens the deck with transitions off, at a slide id if given, and waits until ready. */
  async open(options: { slide?: string; query?: string } = {}): Promise<void> {
    const query = ['transition=none', options.query].filter(Boolean).join('&');
    await this.page.goto(`./?${query}${options.slide ? `#/${options.slide}` : ''}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.locator('html[data-deck-ready="1"]')).toHaveCount(1);
  }

  get present(): Locator {
    return this.page.locator('.reveal .slides > section.present');
  }

  section(id: string): Locator {
    return this.page.locator(`.reveal .slides > section#${id}`);
  }
}

interface Fixtures {
  deck: DeckPage;
  guard: { allowConsoleErrors: (pattern: RegExp) => void };
}

export const test = base.extend<Fixtures>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((a) => a.test(text))) problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.context().on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`request outside the origin: ${url}`);
      });
      await use({ allowConsoleErrors: (pattern) => allowed.push(pattern) });
      expect(problems, 'console errors and outside requests').toEqual([]);
    },
    { auto: true },
  ],
  deck: async ({ page }, use) => {
    await use(new DeckPage(page));
  },
});

export { expect };
