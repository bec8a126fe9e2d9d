/**
 * `npm run bench:live`'s follow-along figures, on this machine, on loopback only:
 * - the time from the host's deck changing slide (its deck key's request, as the deck page
 *   sends it) to the new position's arrival at each follower: median, p95 and max, with 100
 *   and 1,000 followers spread over two live server processes that share Redis, and with
 *   1,000 and 2,000 (the default cap) on one process;
 * - each server process's resident memory and CPU while it holds them;
 * - how long the follow page takes to show its first slide on a simulated slow 4G line
 *   (Chrome's network throttling through the DevTools protocol), cold, three times.
 * Followers are the page's own follow client (`connectFollow`) over `ws`, in this Node
 * process: 1,000 browsers would not fit this machine. Timings are printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { loadModel } from '../data/index.ts';
import {
  connectFollow,
  type FollowConnection,
  type FollowSocket,
} from '../src/live/connectFollow.ts';
import { connectLive, type LiveShow } from '../src/live/connectLive.ts';
import { parseLiveKey } from '../src/live/liveKey.ts';
import {
  startLiveServer,
  startRedis,
  type LiveProcess,
  type TestProcess,
} from '../tests/e2e/liveProcesses.ts';

/** Ports in the bench's range (bench/live.ts takes 4390). */
const PORTS = { redis: 4391, a: 4392, b: 4393, single: 4394 } as const;
/** Slide changes measured per round (after one warm-up change). */
const CHANGES = Number(process.env.FOLLOW_BENCH_CHANGES ?? 15);
/** Followers connect this many at a time, as a crowd arriving, not all in one instant. */
const BATCH = 100;
/** Slides the host moves between (ids the deck has). */
const SLIDES = ['title', 'opening', 'programme', 'objectives', 'map'] as const;

/** Chrome DevTools' "Slow 4G" preset (Lighthouse's mobileSlow4G, as DevTools applies it). */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
} as const;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, at)]!;
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

/** CPU time (user + system) of a process, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name; in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (let waited = 0; waited < ms; waited += 10) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`[bench:live] timed out waiting for ${what}`);
}

const keyOf = (link: string): string => new URL(link).hash.slice('#live='.length);

/** The host's deck, as the deck page is to the server: a provider with the deck's key. */
async function openDeck(server: LiveProcess): Promise<LiveShow> {
  const key = parseLiveKey(keyOf(server.links.deck ?? ''));
  if (!key) throw new Error('[bench:live] the server printed no deck link.');
  const origin = new URL(server.links.deck ?? '').origin;
  const deck = connectLive({
    url: `${origin.replace('http', 'ws')}/live`,
    showId: loadModel().event.id,
    key,
    persist: false,
    WebSocketPolyfill: WebSocket,
  });
  await until(() => deck.status() === 'connected', 'the deck to connect');
  return deck;
}

/** One follower, with the time each slide arrived. */
interface BenchFollower {
  readonly connection: FollowConnection;
  readonly arrived: Map<string, number>;
}

async function addFollowers(
  into: BenchFollower[],
  servers: readonly LiveProcess[],
  count: number,
): Promise<void> {
  while (into.length < count) {
    const batch: BenchFollower[] = [];
    for (let i = 0; i < BATCH && into.length + batch.length < count; i++) {
      const server = servers[(into.length + batch.length) % servers.length]!;
      const link = server.links.follow ?? '';
      const arrived = new Map<string, number>();
      const connection = connectFollow({
        url: new URL('socket', link.replace(/#.*$/, '')).href.replace('http', 'ws'),
        key: keyOf(link),
        makeSocket: (url) => new WebSocket(url) as unknown as FollowSocket,
      });
      connection.onChange(() => {
        const position = connection.position();
        if (position && !arrived.has(position.slideId)) {
          arrived.set(position.slideId, performance.now());
        }
      });
      batch.push({ connection, arrived });
    }
    into.push(...batch);
    await until(
      () => batch.every((f) => f.connection.status() === 'connected'),
      `${into.length} followers to connect`,
    );
  }
}

/** Changes made so far, over every round, so that no round starts where the last one ended. */
let changesMade = 0;

/** Figures of one round. */
interface Round {
  readonly label: string;
  readonly followers: number;
  readonly latencies: number[];
  readonly rssKiB: number[];
  readonly idleKiB: number[];
  readonly cpuPercent: number[];
}

/** Moves the deck `CHANGES` times and times each change's arrival at every follower. */
async function measureChanges(
  label: string,
  deck: LiveShow,
  followers: readonly BenchFollower[],
  servers: readonly LiveProcess[],
  idleKiB: number[],
): Promise<Round> {
  const latencies: number[] = [];
  const cpuBefore = servers.map((s) => cpuMs(s.pid));
  const wallBefore = performance.now();
  for (let i = 0; i <= CHANGES; i++) {
    // The next of the slides, round after round: each change is a new position for everyone.
    const slideId = SLIDES[changesMade++ % SLIDES.length]!;
    for (const f of followers) f.arrived.delete(slideId);
    const sentAt = performance.now();
    deck.recordSlide(slideId, 0);
    await until(() => followers.every((f) => f.arrived.has(slideId)), `change ${i} to arrive`);
    if (i > 0) for (const f of followers) latencies.push(f.arrived.get(slideId)! - sentAt);
    // The next change comes after a pause, as a speaker's would (and lets the tally settle).
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const wall = performance.now() - wallBefore;
  return {
    label,
    followers: followers.length,
    latencies,
    idleKiB,
    rssKiB: servers.map((s) => rssKiB(s.pid)),
    cpuPercent: servers.map((s, i) => ((cpuMs(s.pid) - cpuBefore[i]!) / wall) * 100),
  };
}

/** The follow page's first slide on slow 4G: ms from navigation to the slide on screen. */
async function measureSlow4G(server: LiveProcess, runs = 3): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const start = performance.now();
      await page.goto(server.links.follow ?? '', { waitUntil: 'commit' });
      await page
        .locator('.reveal .slides > section.present h1, .reveal .slides > section.present h2')
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 });
      times.push(performance.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

function formatRound(round: Round): string {
  const ms = (n: number): string => `${Math.round(n)} ms`;
  const perFollower =
    round.rssKiB.reduce((n, kib, i) => n + kib - round.idleKiB[i]!, 0) / round.followers;
  return [
    `${round.label}: ${round.latencies.length} arrivals (${CHANGES} changes × ${round.followers} followers)`,
    `  change → follower: median ${ms(quantile(round.latencies, 0.5))}, p95 ${ms(quantile(round.latencies, 0.95))}, max ${ms(Math.max(...round.latencies))}`,
    `  server RSS: ${round.rssKiB.map((k) => `${(k / 1024).toFixed(1)} MiB`).join(' + ')} (idle ${round.idleKiB.map((k) => (k / 1024).toFixed(1)).join(' + ')} MiB): ${perFollower.toFixed(1)} KiB per follower`,
    `  server CPU while changing slides: ${round.cpuPercent.map((p) => `${p.toFixed(1)} %`).join(' + ')} of one core`,
  ].join('\n');
}

/** Runs the follow-along figures and prints them. */
export async function benchFollowers(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'follow-bench-'));
  const started: TestProcess[] = [];
  const followers: BenchFollower[] = [];
  const decks: LiveShow[] = [];
  const lines: string[] = [];
  try {
    const secretFile = join(dir, 'secret');
    started.push(await startRedis(PORTS.redis));
    const redis = `redis://127.0.0.1:${PORTS.redis}`;
    const a = await startLiveServer({ port: PORTS.a, dataDir: join(dir, 'a'), secretFile, redis });
    started.push(a);
    const b = await startLiveServer({ port: PORTS.b, dataDir: join(dir, 'b'), secretFile, redis });
    started.push(b);
    const pair = [a, b] as const;
    const deck = await openDeck(a);
    decks.push(deck);
    const idle = pair.map((s) => rssKiB(s.pid));
    for (const count of [100, 1000]) {
      await addFollowers(followers, pair, count);
      lines.push(
        formatRound(
          await measureChanges(
            `${count} followers over two processes + Redis`,
            deck,
            followers,
            pair,
            idle,
          ),
        ),
      );
    }
    for (const f of followers.splice(0)) f.connection.destroy();

    const single = await startLiveServer({
      port: PORTS.single,
      dataDir: join(dir, 's'),
      secretFile,
    });
    started.push(single);
    const singleDeck = await openDeck(single);
    decks.push(singleDeck);
    const singleIdle = [rssKiB(single.pid)];
    // One process up to its default cap (--max-followers 2000): how far one goes.
    for (const count of [1000, 2000]) {
      await addFollowers(followers, [single], count);
      lines.push(
        formatRound(
          await measureChanges(
            `${count} followers on one process, no Redis`,
            singleDeck,
            followers,
            [single],
            singleIdle,
          ),
        ),
      );
    }
    for (const f of followers.splice(0)) f.connection.destroy();

    const slow = await measureSlow4G(a);
    lines.push(
      `follow page, slow 4G (562.5 ms latency, 1.44 Mbit/s down), cold: first slide on screen after ${slow.map((t) => `${Math.round(t)} ms`).join(', ')}`,
    );
    console.log(
      `[bench:live] follow along · ${new Date().toISOString()} · Node ${process.version}`,
    );
    console.log(lines.join('\n'));
  } finally {
    for (const f of followers) f.connection.destroy();
    for (const d of decks) d.destroy();
    for (const p of started.reverse()) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
