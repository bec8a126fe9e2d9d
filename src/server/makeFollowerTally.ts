/**
 * How many people follow the deck now, over every process of a show: each process writes its
 * own count into one Redis hash (with the time it wrote it) every few seconds and adds up the
 * fresh entries, so a process that died drops out of the total within seconds. Without Redis,
 * the total is this process's count.
 */
import { randomUUID } from 'node:crypto';
import { Redis as RedisClient } from 'ioredis';
import type { RedisAddress } from './makeLiveServer.ts';

/** Options for `makeFollowerTally`. */
export interface FollowerTallyOptions {
  readonly showId: string;
  /** Share counts with the other processes through this Redis; `null` for one process. */
  readonly redis: RedisAddress | null;
  /** Called with the new total whenever it changes. */
  readonly onTotal: (total: number) => void;
  /** How often each process writes and reads. @defaultValue 2000 */
  readonly intervalMs?: number;
}

/** The running tally. */
export interface FollowerTally {
  /** This process's count changed. */
  setLocal(count: number): void;
  /** The total as last added up. */
  total(): number;
  close(): Promise<void>;
}

interface Entry {
  readonly count: number;
  readonly at: number;
}

function parseEntry(text: string): Entry | null {
  try {
    const value = JSON.parse(text) as Partial<Entry> | null;
    return typeof value?.count === 'number' && typeof value.at === 'number'
      ? { count: value.count, at: value.at }
      : null;
  } catch {
    return null;
  }
}

/** Starts the tally. */
export function makeFollowerTally(options: FollowerTallyOptions): FollowerTally {
  const intervalMs = options.intervalMs ?? 2000;
  // Entries older than a few rounds are from processes that stopped without saying so.
  const staleMs = intervalMs * 4;
  let local = 0;
  let total = 0;
  const report = (next: number): void => {
    if (next === total) return;
    total = next;
    options.onTotal(total);
  };
  if (!options.redis) {
    // One process: its own count, told at the same pace as with Redis, so that a thousand
    // followers arriving at once make one message to the host's page, not a thousand.
    const timer = setInterval(() => report(local), intervalMs);
    return {
      setLocal(count) {
        local = count;
      },
      total: () => total,
      close() {
        clearInterval(timer);
        return Promise.resolve();
      },
    };
  }

  const client = new RedisClient({
    host: options.redis.host,
    port: options.redis.port,
    lazyConnect: false,
    maxRetriesPerRequest: 1,
  });
  client.on('error', (error: Error) => console.error('[live] follower tally:', error.message));
  const hash = `recognition-live:followers:${options.showId}`;
  const me = randomUUID();
  let busy = false;
  const round = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      const now = Date.now();
      await client.hset(hash, me, JSON.stringify({ count: local, at: now } satisfies Entry));
      const entries = await client.hgetall(hash);
      let sum = 0;
      for (const [field, text] of Object.entries(entries)) {
        const entry = parseEntry(text);
        if (entry && now - entry.at <= staleMs) sum += entry.count;
        else await client.hdel(hash, field);
      }
      report(sum);
    } catch {
      // Redis is away: the error handler said so; the next round tries again.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void round(), intervalMs);
  void round();
  return {
    setLocal(count) {
      local = count;
    },
    total: () => total,
    async close() {
      clearInterval(timer);
      try {
        await client.hdel(hash, me);
      } finally {
        client.disconnect();
      }
    },
  };
}
