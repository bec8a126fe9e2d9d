/**
 * Playwright fixtures: page objects for the deck, the run-of-show and the speaker page, and a guard, on in every test, that fails
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

/** The run-of-show page (`run-of-show.html`). */
export class RunOfShowPage {
  constructor(readonly page: Page) {}

  /** Opens the page, live or in rehearsal mode, and waits until it has painted. */
  async open(options: { mode?: 'live' | 'rehearsal'; query?: string } = {}): Promise<void> {
    const query = [options.mode === 'rehearsal' ? 'mode=rehearsal' : '', options.query ?? '']
      .filter(Boolean)
      .join('&');
    await this.page.goto(`./run-of-show.html${query ? `?${query}` : ''}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.locator('html[data-page-ready="1"]')).toHaveCount(1);
  }

  byId(part: string): Locator {
    return this.page.getByTestId(`run-of-show.${part}`);
  }

  get clock(): Locator {
    return this.byId('clock');
  }
  get countdown(): Locator {
    return this.byId('countdown');
  }
  get current(): Locator {
    return this.byId('current');
  }
  get remaining(): Locator {
    return this.byId('remaining');
  }
  get next(): Locator {
    return this.byId('next');
  }
  get drift(): Locator {
    return this.byId('drift');
  }
  get projectedEnd(): Locator {
    return this.byId('projected-end');
  }
  get cues(): Locator {
    return this.byId('cue');
  }

  /** The cue of one segment. */
  cue(segmentId: string): Locator {
    return this.page.locator(`[data-testid="run-of-show.cue"][data-segment="${segmentId}"]`);
  }
}

/** A speaker's page (`speaker.html?speaker=<id>`). */
export class SpeakerPage {
  constructor(readonly page: Page) {}

  /** Opens the page for `speakerId` (none: the list of speakers) and waits until it has painted. */
  async open(speakerId?: string, query = ''): Promise<void> {
    const params = [
      speakerId === undefined ? '' : `speaker=${encodeURIComponent(speakerId)}`,
      query,
    ]
      .filter(Boolean)
      .join('&');
    await this.page.goto(`./speaker.html${params ? `?${params}` : ''}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.locator('html[data-page-ready="1"]')).toHaveCount(1);
  }

  byId(part: string): Locator {
    return this.page.getByTestId(`speaker.${part}`);
  }

  /** One of the speaker's segments. */
  segment(segmentId: string): Locator {
    return this.page.locator(`[data-testid="speaker.segment"][data-segment="${segmentId}"]`);
  }

  get segments(): Locator {
    return this.byId('segment');
  }
  get countdown(): Locator {
    return this.byId('countdown');
  }
  get rehearsalClock(): Locator {
    return this.byId('rehearsal-clock');
  }
}

interface Fixtures {
  deck: DeckPage;
  runOfShow: RunOfShowPage;
  speakerPage: SpeakerPage;
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
  runOfShow: async ({ page }, use) => {
    await use(new RunOfShowPage(page));
  },
  speakerPage: async ({ page }, use) => {
    await use(new SpeakerPage(page));
  },
});

export { expect };
