// The review's show day, live, end to end: a real `npm run live` on the show clock (a dress
// rehearsal just before 11:00 in Bangkok), one browser context per person (the host with her
// deck and run-of-show, the moderator, Nadia Starr), nothing shared but the server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { SHOW_DAY } from './eventTime.ts';
import { expect, LiveShowPage } from './fixtures.ts';
import { link, startLiveServer, type LiveProcess } from './liveProcesses.ts';
import { testPort } from './ports.ts';

const PORT = testPort(26);

/** The show clock: 10:59:30 when the server starts, so the title goes up before 11:00. */
const SHOW_CLOCK = `${SHOW_DAY}T10:59:30+07:00`;

/** Opens `url` in a context of its own at `size`; page errors are collected. */
async function openAs(
  browser: Browser,
  url: string,
  errors: string[],
  size = { width: 1280, height: 720 },
): Promise<LiveShowPage> {
  const context = await browser.newContext({ timezoneId: 'Asia/Bangkok', viewport: size });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const live = new LiveShowPage(page);
  await live.open(url);
  return live;
}

/** Whether the element with `testId` lies wholly inside the viewport, without scrolling. */
async function isInView(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

test('the review’s scenario: title before 11:00, the opening recorded, two messages to Nadia Starr', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'show-day-live-'));
  let server: LiveProcess | null = null;
  try {
    server = await startLiveServer({
      port: PORT,
      dataDir: dir,
      secretFile: join(dir, 'secret'),
      showClock: SHOW_CLOCK,
    });
    const host = await openAs(browser, link(server, 'host'), errors);
    const moderator = await openAs(browser, link(server, 'moderator'), errors, {
      width: 960,
      height: 600,
    });
    const nadia = await openAs(browser, link(server, 'speaker nadia-starr'), errors);
    // Nadia's browser lets the page notify; the chime and the notifications are counted as
    // they are made (a test cannot hear).
    await nadia.page.context().grantPermissions(['notifications']);
    await nadia.page.addInitScript(() => {
      const counts = { chimes: 0, notes: [] as string[] };
      Object.assign(window, { alerts: counts });
      // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with its own `this` below
      const make = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        counts.chimes += 1;
        return make.call(this);
      };
      // Headless Chromium keeps every page "visible" and focused: the test says when Nadia's
      // page is behind another window, as a page behind Zoom is.
      const state = { background: false };
      Object.assign(window, { background: state });
      Object.defineProperty(Document.prototype, 'hidden', { get: () => state.background });
      Document.prototype.hasFocus = () => !state.background;
      const Base = window.Notification;
      window.Notification = class extends Base {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          counts.notes.push(`${title}: ${options?.body ?? ''}`);
        }
      };
    });
    await nadia.page.reload();
    await host.connected();
    await moderator.connected();
    await nadia.connected();

    // The host's deck runs in her browser beside her run-of-show.
    const deck = new LiveShowPage(await host.page.context().newPage());
    await deck.open(link(server, 'deck'));
    await deck.connected();
    const present = deck.page.locator('.reveal .slides > section.present');
    await expect(present).toHaveId('holding');
    await deck.page.keyboard.press('ArrowRight');
    await expect(present).toHaveId('title');
    const offer = host.page.getByTestId('run-of-show.offer');
    await expect(offer).toContainText('before its planned start (11:00)');
    // Past 11:00 the prompt says "after", and nothing is recorded yet.
    await expect(offer).toContainText('after its planned start (11:00)', { timeout: 45_000 });
    await expect(host.cue('opening')).not.toContainText('Started');

    await deck.page.keyboard.press('ArrowRight');
    await expect(present).toHaveId('opening');
    await expect(host.cue('opening')).toContainText(/Started 11:00:\d\d/);
    await expect(moderator.cue('opening')).toContainText(/Started 11:00:\d\d/);
    await expect(host.page.getByTestId('run-of-show.offer')).toHaveCount(0);
    // "On screen" names the segment's opening slide by the segment and its lead.
    await expect(moderator.deckPosition).toContainText('Opening · Ms. Marina Patrier');

    // Two messages to Nadia Starr, the moderator's first, then the host's, while her page is
    // behind another window.
    const setBackground = (background: boolean) =>
      nadia.page.evaluate((value) => {
        (window as unknown as { background: { background: boolean } }).background.background =
          value;
        document.dispatchEvent(new Event('visibilitychange'));
        window.dispatchEvent(new Event(value ? 'blur' : 'focus'));
      }, background);
    await setBackground(true);
    await moderator.sendMessage('nadia-starr', 'Joanna here: your first question comes next');
    await host.sendMessage('nadia-starr', 'You are muted');
    const messages = nadia.page.getByTestId('speaker.message');
    await expect(messages).toHaveCount(2);
    // Newest first, each with its own "Got it".
    await expect(messages.getByTestId('speaker.message-text')).toHaveText([
      'You are muted',
      'Joanna here: your first question comes next',
    ]);
    await expect(messages.nth(0).getByTestId('speaker.message-ack')).toHaveCount(1);
    await expect(messages.nth(1).getByTestId('speaker.message-ack')).toHaveCount(1);
    await expect(nadia.page).toHaveTitle(/^\(2\) New message · /);
    const alerts = await nadia.page.evaluate(
      () => (window as unknown as { alerts: { chimes: number; notes: string[] } }).alerts,
    );
    expect(alerts.chimes).toBeGreaterThanOrEqual(2);
    expect(alerts.notes).toEqual([
      'Message from the moderator: Joanna here: your first question comes next',
      'Message from the host: You are muted',
    ]);

    await setBackground(false);
    await expect(nadia.page).not.toHaveTitle(/New message/);
    await nadia.page.setViewportSize({ width: 1280, height: 720 });
    await nadia.page.screenshot({ path: testInfo.outputPath('speaker-two-messages-1280x720.png') });

    // She acknowledges the moderator's (the older) one only.
    await messages.nth(1).getByTestId('speaker.message-ack').click();
    await expect(messages).toHaveCount(1);
    await expect(messages.getByTestId('speaker.message-text')).toHaveText('You are muted');

    for (const sender of [host, moderator]) {
      await expect(sender.page.getByTestId('run-of-show.sent')).toHaveCount(2);
      await expect(sender.sentMessage('Joanna here')).toContainText(
        /Acknowledged by Nadia Starr at \d\d:\d\d/,
      );
      await expect(sender.sentMessage('You are muted')).not.toContainText('cknowledged');
      await expect(sender.sentMessage('You are muted')).toContainText(
        'Not seen yet by Nadia Starr',
      );
    }
    await expect(host.sentMessage('You are muted')).toContainText('you → Nadia Starr');
    await expect(moderator.sentMessage('You are muted')).toContainText('the host → Nadia Starr');

    // The time, what is on and next, and the host's controls, without scrolling, at both sizes.
    for (const [page, name] of [
      [host.page, 'host'],
      [moderator.page, 'moderator'],
    ] as const) {
      for (const size of [
        { width: 1280, height: 720 },
        { width: 960, height: 600 },
      ]) {
        await page.setViewportSize(size);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: testInfo.outputPath(`run-of-show-${name}-${size.width}x${size.height}.png`),
        });
        const ids = ['run-of-show.remaining', 'run-of-show.current', 'run-of-show.next'];
        if (name === 'host')
          ids.push('run-of-show.start-next', 'run-of-show.undo', 'run-of-show.end');
        for (const id of ids) {
          expect(await isInView(page, id), `${name} ${size.width}×${size.height}: ${id}`).toBe(
            true,
          );
        }
        await expect(page.getByTestId('run-of-show.message-text')).toBeAttached();
      }
    }
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});
