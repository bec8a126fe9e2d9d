/**
 * A page's measurement of its machine's clock against the live server's, through timesync
 * (several round trips a sync, the slow ones left out, again every few minutes). The page
 * corrects every time it shows by this offset. The last offset is kept in the tab's storage,
 * so a page that reloads while the server is away starts from it rather than from nothing.
 */
// The bundled build, in the browser and in Node alike (see timesync.d.ts).
import { create, type Timesync } from 'timesync/dist/timesync.min.js';
import type { PendingStorage } from './connectLive.ts';
import { makeListeners } from '../lib/listeners.ts';

/** Options for `makeClockSync`. */
export interface ClockSyncOptions {
  /** The server's clock-sync endpoint, absolute (resolved against the page's own address). */
  readonly url: string;
  /** Where the last offset is kept; `null` for nowhere. */
  readonly storage: PendingStorage | null;
  readonly storageKey: string;
  /** How often to measure again. @defaultValue 5 minutes */
  readonly intervalMs?: number;
  /** The machine's clock, epoch ms. @defaultValue `Date.now` */
  readonly now?: () => number;
}

/** A running measurement. */
export interface ClockSync {
  /** The server's clock minus this machine's, in ms (0 until measured, unless kept). */
  offsetMs(): number;
  /** Whether an offset has been measured or kept from before. */
  isMeasured(): boolean;
  /** Calls `onChange` when the offset changes. */
  onChange(onChange: () => void): () => void;
  destroy(): void;
}

function loadOffset(storage: PendingStorage | null, key: string): number | null {
  try {
    const value = Number(storage?.getItem(key) ?? Number.NaN);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null; // Storage blocked: measure afresh.
  }
}

/** Starts measuring at once and returns the measurement. */
export function makeClockSync(options: ClockSyncOptions): ClockSync {
  const { storage, storageKey } = options;
  const kept = loadOffset(storage, storageKey);
  let offset = kept ?? 0;
  let measured = kept !== null;
  const listeners = makeListeners();
  const timesync: Timesync = create({
    server: options.url,
    interval: options.intervalMs ?? 5 * 60_000,
    // Five requests 0.3 s apart: a first figure within a second or two of the page opening.
    repeat: 5,
    delay: 300,
    timeout: 4000,
    now: options.now ?? (() => Date.now()),
  });
  // timesync's own HTTP transport swallows a failed request and leaves its sync waiting for
  // ever; its documented hook for a transport does the same request with fetch and lets a
  // failure count as a lost round trip, so an offline page keeps its last offset.
  timesync.send = async (to, data, timeout) => {
    const response = await fetch(to, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
      cache: 'no-store',
      signal: AbortSignal.timeout(timeout),
    });
    if (!response.ok) throw new Error(`[live] the clock endpoint answered ${response.status}`);
    timesync.receive(to, (await response.json()) as unknown);
  };
  timesync.on('error', () => undefined); // A lost round trip is expected offline.
  timesync.on('change', (value) => {
    if (!Number.isFinite(value)) return;
    offset = value;
    measured = true;
    try {
      storage?.setItem(storageKey, String(Math.round(value)));
    } catch {
      // Full or blocked storage: the offset still holds in memory.
    }
    listeners.notify();
  });
  return {
    offsetMs: () => offset,
    isMeasured: () => measured,
    onChange: listeners.add,
    destroy() {
      listeners.clear();
      timesync.destroy();
    },
  };
}
