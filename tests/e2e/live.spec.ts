// The live show across machines: a real live server process (the program `npm run live`
// runs) on loopback, and one browser context per person, so nothing is shared but the
// server: no storage, and no BroadcastChannel. Every process a test starts is stopped by its
// pid, in a finally block.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { test, type Browser, type Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { loadModel } from '../../data/index.ts';
import { eventTime, SHOW_DAY } from './eventTime.ts';
import { expect, LiveShowPage } from './fixtures.ts';
import {
  link,
  runNewLink,
  startCaddy,
  startLiveServer,
  startRedis,
  type LiveProcess,
  type TestProcess,
} from './liveProcesses.ts';
import { testPort } from './ports.ts';

/** Ports of this spec's servers; one per test, so tests may run at once. */
const PORTS = {
  marks: testPort(10),
  messages: testPort(11),
  restart: testPort(12),
  redisA: testPort(13),
  redisB: testPort(14),
  roles: testPort(15),
  badKey: testPort(16),
  noKey: testPort(17),
  redis: testPort(20),
  proxied: testPort(21),
  caddy: testPort(22),
  caddyHttp: testPort(23),
} as const;

const INVALID = 'This link is not valid for this show: ask the host for a new one';

/** A folder for one test's data and secret, removed afterwards. */
function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens `url` in a context of its own in Bangkok. Page errors
 * fail the test; socket errors while a server is down are expected, so console errors don't.
 */
async function openAs(
  browser: Browser,
  url: string,
  errors: string[],
  ignoreHTTPSErrors = false,
): Promise<LiveShowPage> {
  const context = await browser.newContext({ timezoneId: 'Asia/Bangkok', ignoreHTTPSErrors });
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const live = new LiveShowPage(page);
  await live.open(url);
  return live;
}

/** Runs `body` with everything it starts stopped afterwards, by pid, even when it fails. */
async function withProcesses(
  body: (track: <T extends TestProcess>(p: T) => T, dir: string) => Promise<void>,
): Promise<void> {
  const started: TestProcess[] = [];
  const temp = makeTempDir();
  try {
    await body((p) => {
      started.push(p);
      return p;
    }, temp.dir);
  } finally {
    for (const p of started.reverse()) await p.stop();
    temp.remove();
  }
}

/**
 * The show's clock for these tests: a dress rehearsal that starts at 11:02 on the event's day
 * in Bangkok, which every page follows (no page's own clock is faked).
 */
const SHOW_CLOCK = `${SHOW_DAY}T11:02:00+07:00`;

/** A mark made in the first seconds of the show clock. */
const STARTED = /Started 11:02:\d\d/;

/** Starts one live server on `port` on the show clock, keeping its data and secret in `dir`. */
function startIn(dir: string, port: number): Promise<LiveProcess> {
  return startLiveServer({
    port,
    dataDir: dir,
    secretFile: join(dir, 'secret'),
    showClock: SHOW_CLOCK,
  });
}

test.describe('a live show across machines', () => {
  test.describe.configure({ timeout: 90_000 });

  test('npm run live prints one link per role; the host marks, the moderator sees', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(await startIn(dir, PORTS.marks));
      const ids = loadModel().speakers.map((s) => `speaker ${s.id}`);
      expect(Object.keys(server.links)).toEqual(['host', 'deck', 'moderator', ...ids, 'follow']);
      for (const url of Object.values(server.links)) {
        expect(url.startsWith(`http://127.0.0.1:${PORTS.marks}/`)).toBe(true);
      }

      const host = await openAs(browser, link(server, 'host'), errors);
      const moderator = await openAs(browser, link(server, 'moderator'), errors);
      await host.connected();
      await moderator.connected();
      await expect(moderator.cue('opening')).not.toContainText('Started');

      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(host.cue('opening')).toContainText(STARTED);
      await expect(moderator.cue('opening')).toContainText(STARTED);
      // The moderator has no marking buttons; the host's deck position reaches her too.
      await expect(moderator.page.getByTestId('run-of-show.start-next')).toBeHidden();
      // The deck, in the host's browser (the window she shares).
      const hostContext = host.page.context();
      const deck = new LiveShowPage(await hostContext.newPage());
      await deck.open(link(server, 'deck'));
      await deck.connected();
      await deck.page.keyboard.press('ArrowRight');
      await expect(moderator.deckPosition).toHaveText(/^On screen: slide 2 of \d+, /);
      // The deck shared in Zoom offers no link to the one-page view: no viewer could click it.
      const title = deck.page.locator('.reveal .slides > section#title.present');
      await expect(title.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(deck.page.getByTestId('deck.view-switch')).toHaveCount(2);
      for (const link of await deck.page.getByTestId('deck.view-switch').all()) {
        await expect(link).toBeHidden();
      }
      await expect(title.getByRole('link')).toHaveCount(0);
      // R on the live deck: the host's live run-of-show, lent the key by her open page, with
      // no key in its address.
      const [popup] = await Promise.all([
        hostContext.waitForEvent('page'),
        deck.page.keyboard.press('r'),
      ]);
      const fromDeck = new LiveShowPage(popup);
      await expect(fromDeck.status).toContainText('connected as host', { timeout: 15_000 });
      await expect(fromDeck.cue('opening')).toContainText('Started 11:02');
      expect(popup.url()).not.toContain('live=');
      expect(deck.page.url()).not.toContain('live=');
    });
    expect(errors).toEqual([]);
  });

  test('the host messages Nadia Starr, her page shows it, the host sees her acknowledgement', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(await startIn(dir, PORTS.messages));
      const host = await openAs(browser, link(server, 'host'), errors);
      const nadia = await openAs(browser, link(server, 'speaker nadia-starr'), errors);
      const leila = await openAs(browser, link(server, 'speaker leila-loupis'), errors);
      await host.connected();
      await nadia.connected();
      await leila.connected();

      await host.sendMessage('nadia-starr', 'Please wrap up <b>now</b>');
      const message = nadia.page.getByTestId('speaker.message');
      // Text, never HTML: the tags show as typed and make no element.
      await expect(message.getByTestId('speaker.message-text')).toHaveText(
        'Please wrap up <b>now</b>',
      );
      await expect(message.locator('b')).toHaveCount(0);
      await expect(leila.page.getByTestId('speaker.message')).toHaveCount(0);
      await expect(
        host.sentMessage('Please wrap up').getByTestId('run-of-show.message-ack'),
      ).toHaveText('Not seen yet by Nadia Starr');

      await nadia.page.getByTestId('speaker.message-ack').click();
      await expect(message).toHaveCount(0);
      await expect(
        host.sentMessage('Please wrap up').getByTestId('run-of-show.message-ack'),
      ).toHaveText(/^Acknowledged by Nadia Starr at /);

      // A ready-made message to all reaches every speaker.
      await host.page.getByTestId('run-of-show.message-to').selectOption('all');
      await host.page
        .getByTestId('run-of-show.message-ready')
        .filter({ hasText: '2 minutes' })
        .click();
      await expect(nadia.page.getByTestId('speaker.message-text')).toHaveText('2 minutes');
      await expect(leila.page.getByTestId('speaker.message-text')).toHaveText('2 minutes');
    });
    expect(errors).toEqual([]);
  });

  test('the server is killed mid-show and restarted: nothing is lost and the pages catch up', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const options = {
        port: PORTS.restart,
        dataDir: dir,
        secretFile: join(dir, 'secret'),
        showClock: SHOW_CLOCK,
      };
      const first = track(await startLiveServer(options));
      const host = await openAs(browser, link(first, 'host'), errors);
      const moderator = await openAs(browser, link(first, 'moderator'), errors);
      await host.connected();
      await moderator.connected();
      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(moderator.cue('opening')).toContainText(STARTED);

      await first.stop('SIGKILL');
      await expect(host.status).toContainText('offline');
      await expect(moderator.status).toContainText('offline');
      // The host goes on while the server is down; the mark waits in her page.
      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(host.cue('overview')).toContainText(STARTED);
      // A message sent now waits, says so, and survives the host closing her tab.
      await host.sendMessage('all', 'Please wrap up');
      await expect(host.sentMessage('Please wrap up')).toHaveAttribute('data-waiting', 'true');
      await expect(host.sentMessage('Please wrap up')).toContainText('Waiting to send');
      const hostContext = host.page.context();
      await host.page.close();

      const second = track(await startLiveServer(options));
      const reopened = new LiveShowPage(await hostContext.newPage());
      await reopened.open(link(second, 'host'));
      await reopened.connected();
      await moderator.connected();
      await expect(moderator.sentMessage('Please wrap up')).not.toHaveAttribute('data-waiting');
      await expect(reopened.sentMessage('Please wrap up')).toHaveCount(1);
      await expect(reopened.sentMessage('Please wrap up')).not.toHaveAttribute('data-waiting');
      await expect(moderator.cue('overview')).toContainText(STARTED);
      await expect(moderator.cue('opening')).toHaveAttribute('data-state', 'done');
      // A page that opens now gets both marks from the server.
      const late = await openAs(browser, link(second, 'moderator'), errors);
      await late.connected();
      await expect(late.cue('overview')).toContainText(STARTED);
      await expect(late.cue('opening')).toHaveAttribute('data-state', 'done');
    });
    expect(errors).toEqual([]);
  });

  test('two server processes share one show, and its link versions, through Redis', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      track(await startRedis(PORTS.redis));
      const redis = `redis://127.0.0.1:${PORTS.redis}`;
      const secretFile = join(dir, 'secret');
      const a = track(
        await startLiveServer({
          port: PORTS.redisA,
          dataDir: join(dir, 'a'),
          secretFile,
          redis,
          showClock: SHOW_CLOCK,
        }),
      );
      const b = track(
        await startLiveServer({
          port: PORTS.redisB,
          dataDir: join(dir, 'b'),
          secretFile,
          redis,
          showClock: SHOW_CLOCK,
        }),
      );
      const host = await openAs(browser, link(a, 'host'), errors);
      const moderator = await openAs(browser, link(b, 'moderator'), errors);
      const nadia = await openAs(browser, link(a, 'speaker nadia-starr'), errors);
      await host.connected();
      await moderator.connected();
      await nadia.connected();

      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(moderator.cue('opening')).toContainText(STARTED);
      await moderator.sendMessage('nadia-starr', 'Next question from the audience');
      await expect(nadia.page.getByTestId('speaker.message-text')).toHaveText(
        'Next question from the audience',
      );
      await nadia.page.getByTestId('speaker.message-ack').click();
      await expect(
        moderator.sentMessage('Next question').getByTestId('run-of-show.message-ack'),
      ).toHaveText(/^Acknowledged by Nadia Starr/);

      // The moderator's link replaced at process A's data folder: the page on process B
      // (another folder) is refused too, through Redis, and the new link works on B.
      const printed = await runNewLink(
        { port: PORTS.redisA, dataDir: join(dir, 'a'), secretFile },
        'moderator',
      );
      await expect(moderator.page.getByTestId('live.notice')).toContainText(INVALID);
      const renewed = printed
        .trim()
        .slice('moderator: '.length)
        .replace(`:${PORTS.redisA}/`, `:${PORTS.redisB}/`);
      const newModerator = await openAs(browser, renewed, errors);
      await newModerator.connected();
    });
    expect(errors).toEqual([]);
  });

  test('a speaker’s key and the deck’s cannot mark, on the page or past it', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(await startIn(dir, PORTS.roles));
      const nadiaUrl = link(server, 'speaker nadia-starr');
      const key = new URL(nadiaUrl).hash.slice('#live='.length);
      // Her key on the run-of-show: refused by the page, which goes on from the clock.
      const onRunOfShow = await openAs(
        browser,
        `http://127.0.0.1:${PORTS.roles}/run-of-show.html#live=${key}`,
        errors,
      );
      await expect(onRunOfShow.page.getByTestId('live.notice')).toContainText(INVALID);
      // A link that does not fit the page is not the show's: that page keeps its own clock.
      await expect(onRunOfShow.page.getByTestId('run-of-show.clock')).toHaveText(
        /^\d\d:\d\d:\d\d$/,
      );

      // Her key, and the deck's, writing the document directly: the server keeps it unchanged,
      // and refuses what each asks beyond its role. The show's document is the rehearsal's, as
      // the server tells every page.
      const showInfo = (await (
        await fetch(`http://127.0.0.1:${PORTS.roles}/live-show.json`)
      ).json()) as { document: string };
      const deckKey = new URL(link(server, 'deck')).hash.slice('#live='.length);
      for (const [rawKey, request, refusal] of [
        [key, { type: 'ack', messageId: 'none' }, 'That message is not in this show.'],
        [
          deckKey,
          { type: 'message', id: 'from-deck', to: 'all', text: 'Hello' },
          'A deck’s link cannot send messages.',
        ],
      ] as const) {
        const doc = new Y.Doc();
        const socket = new HocuspocusProviderWebsocket({
          url: `ws://127.0.0.1:${PORTS.roles}/live`,
          WebSocketPolyfill: WebSocket,
        });
        const raw = new HocuspocusProvider({
          websocketProvider: socket,
          name: showInfo.document,
          document: doc,
          token: rawKey,
        });
        raw.attach();
        try {
          await expect.poll(() => raw.isSynced).toBe(true);
          const answered = new Promise<string>((resolve) => {
            raw.on('stateless', ({ payload }: { payload: string }) => resolve(payload));
          });
          doc.getArray('log').push([
            {
              id: `forged-${rawKey.slice(0, 4)}`,
              at: eventTime('11:01:00').getTime(),
              kind: 'start',
              segmentId: 'opening',
            },
          ]);
          // The server handles a page's messages in order: its answer comes after the write.
          raw.sendStateless(JSON.stringify(request));
          expect(await answered).toContain(refusal);
        } finally {
          raw.destroy();
          socket.destroy();
        }
      }
      const host = await openAs(browser, link(server, 'host'), errors);
      await host.connected();
      await expect(host.cue('opening')).not.toContainText('Started');
      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(host.cue('opening')).toContainText(STARTED);
    });
    expect(errors).toEqual([]);
  });

  test('a bad key gets the message, and the page works from the clock', async ({ browser }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(await startIn(dir, PORTS.badKey));
      const base = `http://127.0.0.1:${PORTS.badKey}`;
      // A forged key (the server refuses it) and a malformed one (the page does).
      const forged = `${base}/run-of-show.html#live=host.${'A'.repeat(24)}`;
      const malformed = `${base}/speaker.html?speaker=nadia-starr#live=not-a-key`;
      for (const url of [forged, malformed]) {
        const page = await openAs(browser, url, errors);
        await expect(page.page.getByTestId('live.notice')).toContainText(INVALID);
        await expect(page.status).toContainText('offline');
      }
      const forgedPage = await openAs(browser, forged, errors);
      await expect(forgedPage.page.getByTestId('live.notice')).toContainText(INVALID);
      await expect(forgedPage.page.getByTestId('run-of-show.clock')).toHaveText(/^11:0\d:\d\d$/);
      await forgedPage.page.getByTestId('run-of-show.start-next').click();
      await expect(forgedPage.cue('opening')).toContainText(STARTED);
      // An old link with the (valid) host key in its query: cleared from the address, refused.
      const hostKey = new URL(link(server, 'host')).hash.slice('#live='.length);
      const old = await openAs(browser, `${base}/run-of-show.html?live=${hostKey}`, errors);
      await expect(old.page.getByTestId('live.notice')).toContainText(
        'This is an old kind of link',
      );
      expect(old.page.url()).toBe(`${base}/run-of-show.html`);
    });
    expect(errors).toEqual([]);
  });

  test('pages without a key load no live code, and the public build has none', async ({
    browser,
  }) => {
    for (const folder of ['dist-public/assets']) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.js'))) {
        const text = readFileSync(join(folder, file), 'utf8');
        expect(text, file).not.toMatch(/hocuspocus|y-indexeddb|livePage/i);
      }
    }
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(await startIn(dir, PORTS.noKey));
      const plain = link(server, 'host').replace(/#.*$/, '');
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      await page.goto(plain);
      await expect(page.locator('html[data-page-ready="1"]')).toHaveCount(1);
      expect(scripts.filter((u) => /livePage/.test(u))).toEqual([]);
      await expect(page.getByTestId('live.status')).toHaveCount(0);
      await context.close();
    });
    expect(errors).toEqual([]);
  });

  test('behind Caddy at /webinar/ over TLS: every role connects, no key stays in an address, links are replaced from the page and the command line, and a SIGTERM restart loses nothing', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const publicUrl = `https://127.0.0.1:${PORTS.caddy}/webinar/`;
      const options = {
        port: PORTS.proxied,
        dataDir: join(dir, 'data'),
        secretFile: join(dir, 'secret'),
        publicUrl,
        showClock: SHOW_CLOCK,
      };
      const first = track(await startLiveServer(options));
      track(await startCaddy(PORTS.caddy, PORTS.caddyHttp, PORTS.proxied, join(dir, 'caddy')));
      for (const url of Object.values(first.links)) expect(url.startsWith(publicUrl)).toBe(true);

      const open = (url: string): Promise<LiveShowPage> => openAs(browser, url, errors, true);
      const host = await open(link(first, 'host'));
      const moderator = await open(link(first, 'moderator'));
      const nadia = await open(link(first, 'speaker nadia-starr'));
      const deck = await open(link(first, 'deck'));
      for (const page of [host, moderator, nadia, deck]) {
        await page.connected();
        // The key left the address bar as the page started: a screenshot shows none.
        expect(page.page.url()).not.toContain('live=');
        expect(page.page.url().startsWith(publicUrl)).toBe(true);
      }
      // On the shared screen, the deck's status is a dot, not a sentence.
      const dot = await deck.status.boundingBox();
      expect(dot && dot.width <= 12 && dot.height <= 12).toBe(true);
      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(moderator.cue('opening')).toContainText(STARTED);
      await deck.page.keyboard.press('ArrowRight');
      await expect(moderator.deckPosition).toHaveText(/^On screen: slide 2 of \d+, /);

      const health = await host.page.request.get(`${publicUrl}healthz`);
      expect(health.status()).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', store: 'ok', redis: 'off' });

      // "New link" for Nadia Starr on the host's page: her old page is refused, the new works.
      await host.page.locator('[data-testid="run-of-show.links"] summary').click();
      const row = '[data-link="speaker:nadia-starr"]';
      await host.page.locator(`[data-testid="run-of-show.new-link"]${row}`).click();
      const asked = Date.now();
      await host.page.locator(`[data-testid="run-of-show.new-link-confirm"]${row}`).click();
      await expect(nadia.page.getByTestId('live.notice')).toContainText(INVALID);
      test.info().annotations.push({
        type: 'measure',
        description: `New link (page) → the old page's refusal: ${Date.now() - asked} ms`,
      });
      const newNadiaUrl = await host.page
        .locator(`[data-testid="run-of-show.new-link-url"]${row}`)
        .inputValue();
      expect(newNadiaUrl.startsWith(`${publicUrl}speaker.html?speaker=nadia-starr#live=`)).toBe(
        true,
      );
      const newNadia = await open(newNadiaUrl);
      await newNadia.connected();
      await expect(moderator.status).toContainText('connected');

      // The same from the command line, while the server runs.
      const printed = (await runNewLink(options, 'moderator')).trim().split('\n');
      const stored = Date.now();
      expect(printed).toHaveLength(1);
      const [line = ''] = printed;
      expect(line).toMatch(
        /^moderator: https:\/\/127\.0\.0\.1:\d+\/webinar\/run-of-show\.html#live=moderator\./,
      );
      await expect(moderator.page.getByTestId('live.notice')).toContainText(INVALID);
      test.info().annotations.push({
        type: 'measure',
        description: `new-link (command line) done → the old page's refusal: ${Date.now() - stored} ms`,
      });
      const newModerator = await open(line.slice('moderator: '.length));
      await newModerator.connected();

      // SIGTERM: the pages hear the server is restarting, and come back by themselves.
      await first.stop('SIGTERM');
      await expect(host.page.getByTestId('live.notice')).toContainText('The server is restarting');
      await expect(host.status).toContainText('offline');
      track(await startLiveServer(options));
      for (const page of [host, newModerator, newNadia]) await page.connected();
      await expect(host.page.getByTestId('live.notice')).toHaveCount(0);
      await expect(newModerator.cue('opening')).toContainText(STARTED);
      await expect(newModerator.deckPosition).toHaveText(/^On screen: slide 2 of \d+, /);
      // Replaced links stay replaced after the restart.
      const stale = await open(link(first, 'speaker nadia-starr'));
      await expect(stale.page.getByTestId('live.notice')).toContainText(INVALID);
    });
    expect(errors).toEqual([]);
  });
});
