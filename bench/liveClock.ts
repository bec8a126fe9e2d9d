/**
 * `npx tsx bench/liveClock.ts`: how close a page's clock correction comes to a known error.
 * A live server on loopback (a dress rehearsal's show clock, so the shift is in play too) and
 * the pages' own measurement (src/live/makeClockSync.ts, timesync over real HTTP) from a
 * machine clock set wrong by a known amount: the error is the measured offset minus the truth.
 * Prints one line per known offset, then the spread over all runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClockSync } from '../src/live/makeClockSync.ts';
import { makeLiveServer } from '../src/server/makeLiveServer.ts';
import { makeShowClock } from '../src/server/showClockRoutes.ts';

const OFFSETS_MS = [120_000, -120_000, 37_500, -2_000, 0];
const RUNS = 5;

/** One measurement: a sync of five round trips from a machine `errorMs` off. */
function measure(url: string, errorMs: number): Promise<number> {
  return new Promise((resolve) => {
    let changes = 0;
    const sync = makeClockSync({
      url,
      storage: null,
      storageKey: 'offset',
      now: () => Date.now() + errorMs,
    });
    // The first change is the first round trip alone; the second is the sync's filtered figure.
    sync.onChange(() => {
      if (++changes < 2) return;
      sync.destroy();
      resolve(sync.offsetMs() + errorMs);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'bench-clock-'));
const server = await makeLiveServer({
  port: 0,
  siteDir: dir,
  dataDir: dir,
  secret: Buffer.alloc(32, 1),
  showId: 'bench-show',
  speakerIds: [],
  showClock: makeShowClock('bench-show', Date.parse('2025-08-28T03:50:00Z')),
});
const all: number[] = [];
try {
  for (const offset of OFFSETS_MS) {
    const errors: number[] = [];
    for (let i = 0; i < RUNS; i++) errors.push(await measure(`${server.origin}/live-time`, offset));
    all.push(...errors);
    console.log(
      `machine ${offset >= 0 ? '+' : ''}${offset / 1000} s: errors ${errors.map((e) => e.toFixed(1)).join(', ')} ms`,
    );
  }
  const abs = all.map(Math.abs).sort((a, b) => a - b);
  const median = abs[Math.floor(abs.length / 2)] ?? 0;
  console.log(
    `${all.length} syncs: |error| median ${median.toFixed(1)} ms, max ${(abs.at(-1) ?? 0).toFixed(1)} ms`,
  );
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
