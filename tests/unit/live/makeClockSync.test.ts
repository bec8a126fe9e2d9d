// A page's clock correction while the server is away: it starts from the offset it kept, and
// a failed measurement leaves it as it was. Real requests to a port nothing listens on.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { PendingStorage } from '../../../src/live/connectLive.ts';
import { makeClockSync } from '../../../src/live/makeClockSync.ts';

function makeMemoryStorage(entries: Record<string, string>): PendingStorage {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** A loopback port that was free a moment ago: requests to it are refused at once. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('makeClockSync offline', () => {
  it('keeps the last offset when the server cannot be reached', async () => {
    const storage = makeMemoryStorage({ offset: '-120000' });
    const url = `http://127.0.0.1:${await freePort()}/live-time`;
    const sync = makeClockSync({ url, storage, storageKey: 'offset' });
    try {
      expect(sync.offsetMs()).toBe(-120_000);
      expect(sync.isMeasured()).toBe(true);
      // Long enough for the first sync's five refused requests (0.3 s apart) to come back.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(sync.offsetMs()).toBe(-120_000);
      expect(storage.getItem('offset')).toBe('-120000');
    } finally {
      sync.destroy();
    }
  });

  it('without a kept offset, says it has not measured yet and corrects nothing', () => {
    const sync = makeClockSync({
      url: 'http://127.0.0.1:1/live-time',
      storage: makeMemoryStorage({ offset: 'not a number' }),
      storageKey: 'offset',
    });
    try {
      expect(sync.isMeasured()).toBe(false);
      expect(sync.offsetMs()).toBe(0);
    } finally {
      sync.destroy();
    }
  });
});
