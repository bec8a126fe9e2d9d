/**
 * `npm run bench:live`: the live show's two figures, on this machine, against a real live
 * server process on loopback (port 4390, our range):
 * - how long a mark on the host's run-of-show takes to appear on the moderator's page (two
 *   browser contexts, nothing shared but the server): median and spread of N marks;
 * - the server's resident memory idle, and with 50 pages connected (Hocuspocus providers in
 *   Node, as 50 browsers would not fit this machine), after a few marks and messages.
 * Timings are printed here, never asserted in a test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { connectLive, type LiveShow } from '../src/live/connectLive.ts';
import { parseLiveKey } from '../src/live/liveKey.ts';
import { loadModel } from '../data/index.ts';
import { makeShowEvent } from '../src/show/showLog.ts';
import { eventTime } from '../tests/e2e/eventTime.ts';
import { startLiveServer, type LiveProcess } from '../tests/e2e/liveProcesses.ts';
import { benchFollowers } from './followers.ts';

const PORT = 4390;
const MARKS = Number(process.env.LIVE_BENCH_MARKS ?? 21);
const PAGES = 50;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 25) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`[bench:live] timed out waiting for ${what}`);
}

/** Mark → moderator's page, `MARKS` times: Start next and Undo in turn on the opening. */
async function measureMarks(server: LiveProcess): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    let seenAt = 0;
    const open = async (url: string, watch = false): Promise<Page> => {
      const context = await browser.newContext({ timezoneId: 'Asia/Bangkok' });
      const page = await context.newPage();
      if (watch) {
        await page.exposeBinding('liveBenchSeen', () => {
          seenAt = performance.now();
        });
      }
      // 11:02 on the event's day, so that the run-of-show takes marks; timers keep running,
      // and the timing is taken in Node, not from the page's clock.
      await page.clock.setFixedTime(eventTime('11:02:00'));
      await page.goto(url);
      await page.getByTestId('live.status').filter({ hasText: 'connected' }).waitFor();
      return page;
    };
    const host = await open(server.links.host!);
    const moderator = await open(server.links.moderator!, true);
    // Called on the moderator's page whenever the opening's cue changes.
    // A string, not a function: tsx would add helpers to a function that the page lacks. The
    // cue may be redrawn or morphed, so this looks at its text ("Started 11:02:00" comes and
    // goes) after any change of the page.
    await moderator.evaluate(`
      const state = () => document
        .querySelector('[data-testid="run-of-show.cue"][data-segment="opening"]')
        ?.textContent;
      let last = state();
      new MutationObserver(() => {
        const now = state();
        if (now !== last) {
          last = now;
          window.liveBenchSeen();
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    `);
    const samples: number[] = [];
    for (let i = 0; i < MARKS + 1; i++) {
      const button = i % 2 === 0 ? 'run-of-show.start-next' : 'run-of-show.undo';
      seenAt = 0;
      const sentAt = performance.now();
      await host.getByTestId(button).click();
      await until(() => seenAt > 0, `the moderator to see mark ${i} (${button})`);
      // The first mark also loads what the page needs once; it is a warm-up.
      if (i > 0) samples.push(seenAt - sentAt);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

/** Connects `PAGES` providers (host, moderator, speakers), writes a little, reads the RSS. */
async function measureMemory(server: LiveProcess): Promise<{ idle: number; connected: number }> {
  const idle = rssMiB(server.pid);
  const { event, speakers } = loadModel();
  const url = `ws://127.0.0.1:${PORT}/live`;
  const keyOf = (link: string): string =>
    new URL(link).hash.slice('#live='.length) || new URL(link).searchParams.get('live') || '';
  const roles = ['host', 'moderator', ...speakers.map((s) => `speaker ${s.id}`)];
  const shows: LiveShow[] = [];
  try {
    for (let i = 0; i < PAGES; i++) {
      const key = parseLiveKey(keyOf(server.links[roles[i % roles.length]!]!));
      if (!key) throw new Error('[bench:live] the server printed a link without a key.');
      shows.push(
        connectLive({ url, showId: event.id, key, persist: false, WebSocketPolyfill: WebSocket }),
      );
    }
    await until(() => shows.every((s) => s.status() === 'connected'), `${PAGES} pages`);
    const host = shows[0]!;
    for (let i = 0; i < 10; i++) {
      host.appendLog([makeShowEvent({ kind: 'slide', slideId: 'title' }, Date.now())]);
      host.sendMessage('all', `Bench message ${i}`);
    }
    await until(() => shows.every((s) => s.readMessages().length === 10), 'the messages');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { idle, connected: rssMiB(server.pid) };
  } finally {
    for (const show of shows) show.destroy();
  }
}

async function main(): Promise<void> {
  // `npm run bench:live -- --follow-only`: the follow-along figures alone (about 2 minutes).
  if (!process.argv.includes('--follow-only')) await benchShow();
  await benchFollowers();
}

/** The show's own figures: marks between two browsers, and the server's memory. */
async function benchShow(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'live-bench-'));
  let server: LiveProcess | null = null;
  try {
    server = await startLiveServer({
      port: PORT,
      dataDir: dir,
      secretFile: join(dir, 'secret'),
      // PAGES pages on a handful of keys: past each role's own limit, which guards a real show.
      maxConnectionsPerKey: PAGES,
    });
    const memory = await measureMemory(server);
    const samples = await measureMarks(server);
    const sorted = [...samples].sort((a, b) => a - b);
    const ms = (n: number): string => `${n.toFixed(1)} ms`;
    console.log(`[bench:live] ${new Date().toISOString()} · Node ${process.version}`);
    console.log(
      `mark → moderator's page: median ${ms(median(samples))} over ${samples.length} marks (min ${ms(sorted[0]!)}, max ${ms(sorted.at(-1)!)})`,
    );
    console.log(
      `server RSS: ${memory.idle} MiB idle, ${memory.connected} MiB with ${PAGES} pages connected`,
    );
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
