// The server's show clock and the pages' measurement against it, end to end in Node: a real
// live server on loopback, timesync's requests over real HTTP, a machine clock set wrong by a
// known amount. Each test stops what it starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseLiveKey, type LiveKey } from '../../../src/live/liveKey.ts';
import { parseLiveCheckin } from '../../../src/live/liveMessages.ts';
import { parseLiveShowInfo } from '../../../src/live/liveShowInfo.ts';
import { makeClockSync } from '../../../src/live/makeClockSync.ts';
import { applyLiveRequest } from '../../../src/server/applyLiveRequest.ts';
import { makeLiveKey } from '../../../src/server/liveKeys.ts';
import { makeLiveServer } from '../../../src/server/makeLiveServer.ts';
import { makeShowClock } from '../../../src/server/showClockRoutes.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const secret = Buffer.alloc(32, 7);
const key = (role: 'host' | 'speaker', id: string | null = null): LiveKey => {
  const parsed = parseLiveKey(makeLiveKey(secret, 'test-show', role, id));
  if (!parsed) throw new Error('bad key');
  return parsed;
};

describe('makeShowClock', () => {
  it('on the real day: the real clock, on the show’s own document', () => {
    const clock = makeShowClock('test-show', null, () => 5000);
    expect(clock.nowMs()).toBe(5000);
    expect(clock.info).toEqual({ document: 'test-show', rehearsal: null });
  });

  it('in a rehearsal: reads the start instant at once, runs on, on a document of its own', () => {
    let real = 1_000_000;
    const start = Date.parse('2025-08-28T03:50:00Z');
    const clock = makeShowClock('test-show', start, () => real);
    expect(clock.nowMs()).toBe(start);
    real += 90_000;
    expect(clock.nowMs()).toBe(start + 90_000);
    expect(clock.info.document).toBe('test-show:rehearsal:2025-08-28T03:50:00.000Z');
    expect(parseLiveShowInfo(JSON.parse(JSON.stringify(clock.info)))).toEqual(clock.info);
  });
});

describe('check-ins', () => {
  it('a speaker checks in once, at the show clock’s time; nobody else can', () => {
    const doc = new Y.Doc();
    const base = { doc, speakerIds: ['nadia-starr'], payload: '{"type":"checkin"}' };
    expect(applyLiveRequest({ ...base, sender: key('host'), now: 5 })).toEqual({
      ok: false,
      reason: 'Only a speaker’s link can check in.',
    });
    const nadia = key('speaker', 'nadia-starr');
    expect(applyLiveRequest({ ...base, sender: nadia, now: 1000 })).toEqual({ ok: true });
    expect(applyLiveRequest({ ...base, sender: nadia, now: 2000 })).toEqual({ ok: true });
    const checkins = doc.getMap('checkins');
    expect(parseLiveCheckin(checkins.get('nadia-starr'))).toEqual({ by: 'nadia-starr', at: 1000 });
  });
});

describe('the clock endpoint', () => {
  it('tells the pages the rehearsal, and measures a machine 2 minutes fast to within 25 ms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'live-clock-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const start = Date.parse('2025-08-28T03:50:00Z');
    const server = await makeLiveServer({
      port: 0,
      siteDir: dir,
      dataDir: dir,
      secret,
      showId: 'test-show',
      speakerIds: [],
      showClock: makeShowClock('test-show', start),
    });
    cleanups.push(() => server.close());
    const info = parseLiveShowInfo(await (await fetch(`${server.origin}/live-show.json`)).json());
    expect(info?.rehearsal?.startedAt).toBe(start);
    expect(info?.document).toBe(server.documentName);

    const sync = makeClockSync({
      url: `${server.origin}/live-time`,
      storage: null,
      storageKey: 'offset',
      now: () => Date.now() + 120_000,
    });
    cleanups.push(() => sync.destroy());
    // The first round trip gives a first figure; the sync's five give the filtered one.
    const settled = new Promise<void>((resolve) => {
      let changes = 0;
      sync.onChange(() => {
        if (++changes === 2) resolve();
      });
    });
    await settled;
    // The endpoint answers with the real time: the rehearsal's shift is not the machine's error.
    expect(Math.abs(sync.offsetMs() + 120_000)).toBeLessThan(25);
  });
});
