/**
 * Playwright fixtures: page objects for the deck, the run-of-show and the speaker page, and a guard, on in every test, that fails
 * the test on any console error, page error, or request leaving the site's origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/serveStatic.mjs';

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

  /** Goes to a slide by its id through the hash, as a deep link would, and waits for it. */
  async goTo(id: string): Promise<void> {
    await this.page.evaluate((hash) => {
      location.hash = hash;
    }, `#/${id}`);
    await expect(this.present).toHaveId(id);
    // The map arrives after the slide (lazy d3) and changes its layout: whoever measures or
    // looks at the slide next needs it drawn, not "Loading the map…".
    await expect(this.present.locator('[data-testid="map"][data-state="loading"]')).toHaveCount(0);
  }

  /** The ids of all slides, in order. */
  async slideIds(): Promise<string[]> {
    return this.page
      .locator('.reveal .slides section')
      .evaluateAll((sections) => sections.map((s) => s.id));
  }

  get present(): Locator {
    return this.page.locator('.reveal .slides > section.present');
  }

  /** A slide by id; in the scroll view reveal wraps each slide in its own page element. */
  section(id: string): Locator {
    return this.page.locator(`.reveal .slides section#${id}`);
  }
}

/** The States Parties map slide and its table slide. */
export class MapPage {
  constructor(
    readonly page: Page,
    readonly deck: DeckPage,
  ) {}

  /** Opens the deck on the map slide and waits until the map is drawn. */
  async open(options: { query?: string } = {}): Promise<void> {
    await this.deck.open({ slide: 'map', ...options });
    await this.drawn();
  }

  async drawn(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', 'ready');
  }

  /** The map's root element. */
  get root(): Locator {
    return this.page.locator('section#map [data-testid="map"]');
  }

  /** The element that holds the step classes (`shows-0`, `zoomed`…). */
  get layout(): Locator {
    return this.page.locator('section#map [data-testid="map.layout"]');
  }

  /** Shapes and markers of every Party, or of the Parties with exactly these treaties. */
  parties(treaties?: string): Locator {
    return treaties === undefined
      ? this.root.locator('[data-iso]:not([data-treaties=""])')
      : this.root.locator(`[data-iso][data-treaties="${treaties}"]`);
  }

  /** The shape or marker of one State, by ISO numeric code. */
  state(iso: string): Locator {
    return this.root.locator(`[data-iso="${iso}"]`);
  }

  get tooltip(): Locator {
    return this.root.locator('.map-tooltip');
  }

  /** Presses → (or ←) and waits until the map shows the expected state. */
  async step(key: 'ArrowRight' | 'ArrowLeft', expected: string): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.layout).toHaveAttribute('data-map-state', expected);
  }

  get table(): Locator {
    return this.page.locator('section#map-table [data-testid="map-table"]');
  }

  /** The State names of the table's rows, in order. */
  async tableNames(): Promise<string[]> {
    return this.table.locator('tbody th[scope="row"]').allTextContents();
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
  map: MapPage;
  runOfShow: RunOfShowPage;
  speakerPage: SpeakerPage;
  guard: {
    allowConsoleErrors: (pattern: RegExp) => void;
    /** Allows requests to URLs that start with `prefix` (e.g. the folder of a file:// page). */
    allowUrls: (prefix: string) => void;
  };
}

interface WorkerFixtures {
  /**
   * The builds served by a plain static server from subfolders, as a static host would:
   * dist/ under /some/sub/folder/ and dist-public/ under /viewers/sub/folder/.
   */
  staticSite: StaticServer;
}

/** Where `staticSite` serves each build. */
export const SITE_FOLDERS = {
  host: '/some/sub/folder/',
  public: '/viewers/sub/folder/',
} as const;

export const test = base.extend<Fixtures, WorkerFixtures>({
  staticSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even when empty
    async ({}, use) => {
      const server = await serveStatic({
        [SITE_FOLDERS.host]: 'dist',
        [SITE_FOLDERS.public]: 'dist-public',
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const allowedUrls: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((a) => a.test(text))) problems.push(`console error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.context().on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (allowedUrls.some((prefix) => url.startsWith(prefix))) return;
        if (new URL(url).origin !== origin) problems.push(`request outside the origin: ${url}`);
      });
      await use({
        allowConsoleErrors: (pattern) => allowed.push(pattern),
        allowUrls: (prefix) => allowedUrls.push(prefix),
      });
      expect(problems, 'console errors and outside requests').toEqual([]);
    },
    { auto: true },
  ],
  deck: async ({ page }, use) => {
    await use(new DeckPage(page));
  },
  map: async ({ page, deck }, use) => {
    await use(new MapPage(page, deck));
  },
  runOfShow: async ({ page }, use) => {
    await use(new RunOfShowPage(page));
  },
  speakerPage: async ({ page }, use) => {
    await use(new SpeakerPage(page));
  },
});

export { expect };

/** Any page of a live show (run-of-show, speaker page or deck), opened from its link. */
export class LiveShowPage {
  constructor(readonly page: Page) {}

  /** Opens the page at `url` (a link `npm run live` printed) and waits until it has painted. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(
      this.page.locator('html[data-page-ready="1"], html[data-deck-ready="1"]'),
    ).toHaveCount(1);
  }

  get status(): Locator {
    return this.page.getByTestId('live.status');
  }

  /** Waits until the page says it is connected (reconnecting takes up to a few seconds). */
  async connected(): Promise<void> {
    await expect(this.status).toContainText('connected', { timeout: 15_000 });
  }

  get deckPosition(): Locator {
    return this.page.getByTestId('live.deck');
  }

  /** A segment's row in the run-of-show's cue list. */
  cue(segmentId: string): Locator {
    return this.page.locator(`[data-testid="run-of-show.cue"][data-segment="${segmentId}"]`);
  }

  /** Sends `text` to `to` (a speaker's id or `all`) from the run-of-show. */
  async sendMessage(to: string, text: string): Promise<void> {
    await this.page.getByTestId('run-of-show.message-to').selectOption(to);
    await this.page.getByTestId('run-of-show.message-text').fill(text);
    await this.page.getByTestId('run-of-show.message-send').click();
  }

  /** The run-of-show's log entry of the message with this text. */
  sentMessage(text: string): Locator {
    return this.page.getByTestId('run-of-show.sent').filter({ hasText: text });
  }
}
