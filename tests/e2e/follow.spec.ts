// Follow along: attendees open the follow link that `npm run live` prints and their own deck
// follows the host's. A real live server process (and Redis, for two processes), one browser
// context per person; every process is stopped by its pid in a finally block.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, type Browser, type Page } from '@playwright/test';
import { eventTime } from './eventTime.ts';
import { expect, LiveShowPage } from './fixtures.ts';
import { link, startLiveServer, startRedis, type TestProcess } from './liveProcesses.ts';
import { testPort } from './ports.ts';

const PORTS = {
  track: testPort(34),
  redisA: testPort(35),
  redisB: testPort(36),
  redis: testPort(37),
  full: testPort(38),
} as const;

/** Runs `body` with everything it starts stopped afterwards, by pid, even when it fails. */
async function withProcesses(
  body: (track: <T extends TestProcess>(p: T) => T, dir: string) => Promise<void>,
): Promise<void> {
  const started: TestProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'follow-e2e-'));
  try {
    await body((p) => {
      started.push(p);
      return p;
    }, dir);
  } finally {
    for (const p of started.reverse()) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page in a context of its own, at 11:02 on the event's day; page errors are collected. */
async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  await page.clock.setFixedTime(eventTime('11:02:00'));
  await page.goto(url);
  await expect(page.locator('html[data-deck-ready="1"], html[data-page-ready="1"]')).toHaveCount(1);
  return page;
}

/** A follower's page, with every WebSocket frame it receives kept in `frames`. */
interface Follower {
  readonly page: Page;
  readonly frames: string[];
}

async function openFollower(browser: Browser, url: string, errors: string[]): Promise<Follower> {
  const context = await browser.newContext({
    timezoneId: 'America/New_York',
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  const frames: string[] = [];
  page.on('pageerror', (error) => errors.push(`follower: ${error.message}`));
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => frames.push(String(payload)));
    socket.on('framesent', ({ payload }) => frames.push(String(payload)));
  });
  await page.goto(url);
  await expect(page.getByTestId('follow.status')).toHaveText('live', { timeout: 15_000 });
  return { page, frames };
}

const present = (page: Page): ReturnType<Page['locator']> =>
  page.locator('.reveal .slides > section.present');

/** The number of map steps shown on the present slide. */
function shownSteps(page: Page): Promise<number> {
  return present(page).locator('.fragment.visible').count();
}

/** Where a deck is: the present slide's id and its step. */
async function where(page: Page): Promise<string> {
  return `${await present(page).getAttribute('id')}@${await shownSteps(page)}`;
}

/** Presses → on the host's deck until it shows `slideId` (at most 30 presses). */
async function hostGoesTo(deck: Page, slideId: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const before = await where(deck);
    if (before.startsWith(`${slideId}@`)) return;
    await deck.keyboard.press('ArrowRight');
    await expect.poll(() => where(deck)).not.toBe(before);
  }
  throw new Error(`The host's deck did not reach "${slideId}".`);
}

test.describe('follow along', () => {
  test.describe.configure({ timeout: 120_000 });

  test('three followers track the host’s deck, one steps away and comes back; they get nothing else', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(
        await startLiveServer({
          port: PORTS.track,
          dataDir: dir,
          secretFile: join(dir, 'secret'),
        }),
      );
      const followLink = link(server, 'follow');
      expect(followLink).toMatch(
        new RegExp(`^http://127.0.0.1:${PORTS.track}/follow/#live=follow\\.`),
      );
      const runOfShow = new LiveShowPage(await openPage(browser, link(server, 'host'), errors));
      await runOfShow.connected();
      const deck = await openPage(browser, link(server, 'deck'), errors);
      await expect(deck.getByTestId('live.status')).toContainText('connected');
      await hostGoesTo(deck, 'opening');

      const followers = [
        await openFollower(browser, followLink, errors),
        await openFollower(browser, followLink, errors),
        await openFollower(browser, followLink, errors),
      ];
      for (const { page } of followers) {
        // The key left the address bar as soon as the page read it.
        expect(page.url()).not.toContain('live=');
        await expect(present(page)).toHaveAttribute('id', 'opening');
      }
      await expect(runOfShow.page.getByTestId('run-of-show.followers')).toContainText('3');

      // Slides and the map's steps.
      await hostGoesTo(deck, 'map');
      for (const { page } of followers) {
        await expect(present(page)).toHaveAttribute('id', 'map');
        const announce = page.getByTestId('follow.announce');
        await expect(announce).toHaveAttribute('aria-live', 'polite');
        await expect(announce).toHaveText('Slide 9 of 16: Where the conventions are in force');
      }
      for (const step of [1, 2]) {
        await deck.keyboard.press('ArrowRight');
        await expect.poll(() => shownSteps(deck)).toBe(step);
        for (const { page } of followers) await expect.poll(() => shownSteps(page)).toBe(step);
      }

      // One steps away: the others follow on, she stays where she went until she comes back.
      const [first, second, away] = followers as [Follower, Follower, Follower];
      await away.page.keyboard.press('ArrowLeft');
      await expect(away.page.getByTestId('follow.status')).toHaveText('paused');
      const back = away.page.getByTestId('follow.back');
      await expect(back).toBeVisible();
      await expect.poll(() => shownSteps(away.page)).toBe(1);
      await hostGoesTo(deck, 'map-table');
      await expect(present(first.page)).toHaveAttribute('id', 'map-table');
      await expect(present(second.page)).toHaveAttribute('id', 'map-table');
      await expect(present(away.page)).toHaveAttribute('id', 'map');
      await expect(away.page.getByTestId('follow.status')).toHaveText('paused');
      await back.click();
      await expect(present(away.page)).toHaveAttribute('id', 'map-table');
      await expect(away.page.getByTestId('follow.status')).toHaveText('live');
      await expect(back).toBeHidden();

      // A message to a speaker reaches her, never a follower.
      const secret = 'Please wrap up: follow-e2e-7f3a';
      await runOfShow.sendMessage('nadia-starr', secret);
      await expect(runOfShow.sentMessage(secret)).toBeVisible();
      await hostGoesTo(deck, 'panel');
      for (const { page } of followers) await expect(present(page)).toHaveAttribute('id', 'panel');
      for (const { frames } of followers) {
        expect(frames.length).toBeGreaterThan(0);
        const all = frames.join('\n');
        expect(all).not.toContain('follow-e2e-7f3a');
        expect(all).not.toMatch(/host\.|moderator\.|speaker\./);
        for (const frame of frames) expect(frame).toMatch(/^\{"type":"(hello|position)"/);
      }

      // A follower cannot write: the server closes a socket that tries.
      const key = new URL(followLink).hash.slice('#live='.length);
      const closeCode = await first.page.evaluate(
        (followKey) =>
          new Promise<number>((resolve) => {
            const socket = new WebSocket(
              new URL('socket', location.href).href.replace('http', 'ws'),
            );
            socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', key: followKey }));
            socket.onmessage = () =>
              socket.send(JSON.stringify({ type: 'position', slideId: 'title' }));
            socket.onclose = (event) => resolve(event.code);
          }),
        key,
      );
      expect(closeCode).toBe(1008);
      await hostGoesTo(deck, 'panel-themes');
      await expect(present(first.page)).toHaveAttribute('id', 'panel-themes');
    });
    expect(errors).toEqual([]);
  });

  test('followers on a second process behind Redis follow the host on the first', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      track(await startRedis(PORTS.redis));
      const redis = `redis://127.0.0.1:${PORTS.redis}`;
      const secretFile = join(dir, 'secret');
      const a = track(
        await startLiveServer({ port: PORTS.redisA, dataDir: join(dir, 'a'), secretFile, redis }),
      );
      const b = track(
        await startLiveServer({ port: PORTS.redisB, dataDir: join(dir, 'b'), secretFile, redis }),
      );
      const deck = await openPage(browser, link(a, 'deck'), errors);
      await expect(deck.getByTestId('live.status')).toContainText('connected');
      await hostGoesTo(deck, 'programme');
      const onB = await openFollower(browser, link(b, 'follow'), errors);
      await expect(present(onB.page)).toHaveAttribute('id', 'programme');
      await hostGoesTo(deck, 'objectives');
      await expect(present(onB.page)).toHaveAttribute('id', 'objectives', { timeout: 1000 });
      // The host's run-of-show on the first process counts the follower on the second.
      const runOfShow = await openPage(browser, link(a, 'host'), errors);
      await expect(runOfShow.getByTestId('run-of-show.followers')).toContainText('1');
    });
    expect(errors).toEqual([]);
  });

  test('the follow page passes axe, and a full live deck says where the published deck is', async ({
    browser,
  }) => {
    const errors: string[] = [];
    await withProcesses(async (track, dir) => {
      const server = track(
        await startLiveServer({
          port: PORTS.full,
          dataDir: dir,
          secretFile: join(dir, 'secret'),
          maxFollowers: 1,
        }),
      );
      const deck = await openPage(browser, link(server, 'deck'), errors);
      await hostGoesTo(deck, 'title');
      const follower = await openFollower(browser, link(server, 'follow'), errors);
      const results = await new AxeBuilder({ page: follower.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);

      const context = await browser.newContext();
      const late = await context.newPage();
      const response = await late.goto(link(server, 'follow'));
      expect(response?.status()).toBe(503);
      await expect(late.getByTestId('follow.full')).toContainText(
        'This live deck is full; the published deck is here',
      );
      await late.getByRole('link').click();
      await expect(late.locator('html[data-deck-ready="1"]')).toHaveCount(1);
      await expect(late.getByTestId('follow.status')).toHaveCount(0);
    });
    expect(errors).toEqual([]);
  });
});
