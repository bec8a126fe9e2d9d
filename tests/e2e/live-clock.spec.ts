// One clock for the show, and everyone accounted for: a real live server process started on a
// dress rehearsal's show clock (`--show-clock`), one browser context per person, and no page
// clock faked except the one whose machine is meant to be wrong. Every process is stopped by
// its pid in a finally block.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Browser, type Locator } from '@playwright/test';
import { loadModel } from '../../data/index.ts';
import { expect, LiveShowPage } from './fixtures.ts';
import { link, startLiveServer, type LiveProcess } from './liveProcesses.ts';
import { testPort } from './ports.ts';

const PORTS = { rehearsal: testPort(30), real: testPort(31) } as const;

const { event } = loadModel();
const day = event.start.setZone(event.timeZone).toISODate() ?? '';
/** Four and a half minutes before the opening: Marina Patrier's turn is within five. */
const SHOW_CLOCK = `${day}T10:55:30+07:00`;

/** Opens `url` in a context of its own in `zone`; `aheadMs` sets that machine's clock wrong. */
async function openAs(
  browser: Browser,
  url: string,
  zone: string,
  errors: string[],
  aheadMs = 0,
): Promise<LiveShowPage> {
  const context = await browser.newContext({ timezoneId: zone });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  // A machine whose clock is wrong, running at the real pace: only its offset is fake.
  if (aheadMs !== 0) await page.clock.install({ time: Date.now() + aheadMs });
  const live = new LiveShowPage(page);
  await live.open(url);
  return live;
}

/**
 * Reads `a`, `b`, then `a` again until both readings of `a` agree (all three fell within one
 * second of the show), and returns that pair: the same countdown "to the second" is then
 * a fair demand.
 */
async function readTogether(a: Locator, b: Locator): Promise<[string, string]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await a.innerText();
    const other = await b.innerText();
    if ((await a.innerText()) === first) return [first, other];
  }
  throw new Error('The countdown never held still for one reading.');
}

test.describe('one clock for the show', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a rehearsal on the show clock: a 2-minute-fast machine shows the host’s countdown, presence, check-in and the flag', async ({
    browser,
  }) => {
    const errors: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'live-clock-e2e-'));
    const started: LiveProcess[] = [];
    try {
      const options = { port: PORTS.rehearsal, dataDir: dir, secretFile: join(dir, 'secret') };
      const server = await startLiveServer({ ...options, showClock: SHOW_CLOCK });
      started.push(server);
      const host = await openAs(browser, link(server, 'host'), 'Asia/Bangkok', errors);
      await host.connected();
      await expect(host.page.getByTestId('live.rehearsal')).toContainText(
        "Rehearsal on the show's clock",
      );
      await expect(host.page.getByTestId('run-of-show.clock')).toHaveText(/^10:5[5-9]:\d\d$/);
      await expect(host.page.getByTestId('live.clock-offset')).toHaveCount(0);

      const marinaUrl = link(server, 'speaker marina-patrier');
      const marina = await openAs(browser, marinaUrl, 'Europe/Paris', errors, 120_000);
      await marina.connected();
      await expect(marina.page.getByTestId('live.clock-offset')).toHaveText(
        "This computer's clock is 2 min fast; times here are corrected.",
      );
      await expect(marina.page.getByTestId('live.rehearsal')).toBeVisible();
      // Her countdown to the opening and the host's, read within one second of the show.
      const [hostCount, marinaCount] = await readTogether(
        host.page.getByTestId('run-of-show.countdown'),
        marina.page.getByTestId('speaker.countdown'),
      );
      expect(hostCount).toMatch(/^[0-4]:\d\d$/);
      expect(marinaCount).toBe(hostCount);
      // The corrections each page measured (the host's machine is right; Marina's is 2 min
      // fast, give or take Playwright's own delay in setting her clock): figures, not a test.
      const kept = (page: LiveShowPage): Promise<string | null> =>
        page.page.evaluate(() => localStorage.getItem('live:clock-offset'));
      test.info().annotations.push({
        type: 'measure',
        description: `clock offsets measured: host ${await kept(host)} ms (truth 0), Marina ${await kept(marina)} ms (truth about -120000)`,
      });

      // The host sees her: connected, her clock's correction, not checked in, and flagged.
      const entry = host.page.locator(
        '[data-testid="run-of-show.presence"][data-speaker="marina-patrier"]',
      );
      await expect(entry).toHaveAttribute('data-role', 'speaker');
      await expect(entry).toContainText('connected');
      await expect(entry).toContainText('clock 2 min fast, corrected');
      await expect(entry).not.toContainText('ready');
      const hostEntry = host.page.locator('[data-testid="run-of-show.presence"][data-role="host"]');
      await expect(hostEntry).toContainText('connected · clock right');
      const flag = host.page.locator(
        '[data-testid="run-of-show.presence-flag"][data-speaker="marina-patrier"]',
      );
      await expect(flag).toContainText('has not checked in');
      await expect(flag).not.toContainText('is not connected');
      // Leila speaks at 11:10: not within five minutes, so not flagged.
      await expect(
        host.page.locator('[data-testid="run-of-show.presence-flag"][data-speaker="leila-loupis"]'),
      ).toHaveCount(0);

      // She checks in: the server records it on the show's clock; the host sees it in both zones.
      await marina.page.getByTestId('speaker.ready').click();
      await expect(marina.page.getByTestId('speaker.checked-in')).toContainText(
        /^Checked in at 10:5\d Bangkok:/,
      );
      await expect(entry).toContainText(/ready, checked in at 10:5\d Bangkok$/);
      await expect(flag).toHaveCount(0);
      // Leila, in Paris, checks in too: the host reads it in Bangkok's time and hers.
      const leila = await openAs(
        browser,
        link(server, 'speaker leila-loupis'),
        'Europe/Paris',
        errors,
      );
      await leila.connected();
      await leila.page.getByTestId('speaker.ready').click();
      await expect(
        host.page.locator('[data-testid="run-of-show.presence"][data-speaker="leila-loupis"]'),
      ).toContainText(
        /connected · clock right · ready, checked in at 10:5\d Bangkok, 05:5\d Paris/,
      );

      // She closes her page: gone, when last seen, and flagged again with a one-click message.
      await marina.page.context().close();
      await expect(entry).toContainText(/gone, last seen 10:5\d:\d\d/);
      await expect(entry).not.toContainText('connected');
      await expect(flag).toContainText('is not connected');
      await flag.getByTestId('run-of-show.presence-message').click();
      await expect(host.sentMessage('The host is looking for you')).toContainText(
        '→ Marina Patrier',
      );
      // A mark in the rehearsal, for the check below.
      await host.page.getByTestId('run-of-show.start-next').click();
      await expect(host.cue('opening')).toContainText(/Started 10:5\d:\d\d/);
      await server.stop();

      // The same data folder on the real show's clock: the rehearsal's record is not there.
      const real = await startLiveServer(options);
      started.push(real);
      const later = await openAs(browser, link(real, 'moderator'), 'Asia/Bangkok', errors);
      await later.connected();
      await expect(later.page.getByTestId('live.rehearsal')).toHaveCount(0);
      await expect(later.cue('opening')).not.toContainText('Started');
      await expect(later.sentMessage('The host is looking for you')).toHaveCount(0);
    } finally {
      for (const p of started.reverse()) await p.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
  });
});
