// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { makeStore } from '../../../src/store/makeStore.ts';
import { parseSpeakerRehearsal } from '../../../src/store/parseSaved.ts';
import { makeShowRecordStore, makeSpeakerRehearsalStore } from '../../../src/store/showStores.ts';

/** A time on the event's day, as a rehearsal would save it. */
const T = Date.UTC(2025, 7, 28, 4, 0);

/** A Storage whose setItem can be made to throw, as a full or disabled one does. */
class FakeStorage implements Storage {
  readonly map = new Map<string, string>();
  full = false;
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

/** A small saved shape for the store's own tests: `{ starts, end }`. */
function parseStarts(data: unknown): { starts: Record<string, number>; end: number | null } {
  const d = data as { starts?: unknown; end?: unknown } | null;
  if (typeof d !== 'object' || d === null || typeof d.starts !== 'object' || d.starts === null) {
    throw new Error('starts should be an object');
  }
  for (const [id, ms] of Object.entries(d.starts)) {
    if (typeof ms !== 'number') {
      throw new Error(`starts.${id} should be a timestamp, got ${JSON.stringify(ms)}`);
    }
  }
  if (d.end !== null && typeof d.end !== 'number') throw new Error('end should be a timestamp');
  return { starts: d.starts as Record<string, number>, end: d.end };
}

const options = (storage: Storage | null) => ({
  key: 'ev:test',
  version: 1,
  label: 'actual start times',
  parse: parseStarts,
  initial: { starts: {}, end: null },
  storage,
});

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
});

describe('makeStore', () => {
  it('saves a versioned envelope and reads it back', () => {
    const store = makeStore(options(storage));
    expect(store.save({ starts: { opening: 1000 }, end: null })).toBeNull();
    expect(JSON.parse(storage.getItem('ev:test')!)).toEqual({
      version: 1,
      data: { starts: { opening: 1000 }, end: null },
    });
    expect(makeStore(options(storage)).load()).toEqual({
      value: { starts: { opening: 1000 }, end: null },
      notice: null,
    });
  });

  it('sets corrupt text aside under a backup key, says so, and starts clean', () => {
    storage.setItem('ev:test', '{"version":1,"data":{"starts":');
    const { value, notice } = makeStore(options(storage)).load();
    expect(value).toEqual({ starts: {}, end: null });
    expect(notice?.kind).toBe('corrupt');
    expect(notice?.message).toMatch(
      /^Saved actual start times could not be read \(it is not valid JSON\)/,
    );
    expect(notice?.backupKey).toMatch(/^ev:test:backup:\d+$/);
    expect(storage.getItem(notice!.backupKey!)).toBe('{"version":1,"data":{"starts":');
    expect(storage.getItem('ev:test')).toBeNull();
    expect(notice?.raw).toBe('{"version":1,"data":{"starts":');
  });

  it('sets aside JSON that has no version, and peek reads the initial value for it', () => {
    storage.setItem('ev:test', '{"starts":{"opening":1000},"end":null}');
    expect(makeStore(options(storage)).peek()).toEqual({ starts: {}, end: null });
    expect(storage.getItem('ev:test')).toBe('{"starts":{"opening":1000},"end":null}');
    const { notice } = makeStore(options(storage)).load();
    expect(notice?.kind).toBe('corrupt');
    expect(notice?.message).toMatch(
      /^Saved actual start times could not be read \(it has no version\)/,
    );
    expect(storage.getItem(notice!.backupKey!)).toBe('{"starts":{"opening":1000},"end":null}');
  });

  it('keeps unreadable text too large to copy aside, and writes nothing over it until it is downloaded', () => {
    storage.setItem('ev:test', 'not json, and large');
    storage.full = true;
    const store = makeStore(options(storage));
    const { value, notice } = store.load();
    expect(value).toEqual({ starts: {}, end: null });
    expect(notice?.message).toBe(
      "Saved actual start times could not be read (it is not valid JSON), so the page starts clean. The saved text is too large to copy aside in this browser's storage, so it is left as it was and nothing is saved over it: changes stay in this window until you download the saved text here.",
    );
    expect(notice?.raw).toBe('not json, and large');
    storage.full = false;
    expect(store.save({ starts: { a: 5 }, end: null })).toBeNull();
    expect(storage.getItem('ev:test')).toBe('not json, and large');
    expect(store.load()).toEqual({ value: { starts: { a: 5 }, end: null }, notice: null });
    notice?.release?.();
    expect(JSON.parse(storage.getItem('ev:test')!)).toEqual({
      version: 1,
      data: { starts: { a: 5 }, end: null },
    });
  });

  it('says which field fails its check', () => {
    storage.setItem(
      'ev:test',
      JSON.stringify({ version: 1, data: { starts: { a: 'soon' }, end: null } }),
    );
    const { notice } = makeStore(options(storage)).load();
    expect(notice?.message).toContain('starts.a should be a timestamp, got "soon"');
  });

  it('sets aside data of an unknown version', () => {
    storage.setItem('ev:test', JSON.stringify({ version: 2, data: {} }));
    const { notice } = makeStore(options(storage)).load();
    expect(notice?.kind).toBe('unknown-version');
    expect(notice?.message).toContain('it is version 2, and this page reads version 1');
  });

  it('keeps working in memory when storage is off, and says so once', () => {
    const store = makeStore(options(null));
    expect(store.load().notice?.kind).toBe('unavailable');
    expect(store.save({ starts: { a: 5 }, end: null })).toBeNull();
    expect(store.load().value).toEqual({ starts: { a: 5 }, end: null });
  });

  it('keeps working in memory when storage is full', () => {
    const store = makeStore(options(storage));
    storage.full = true;
    const notice = store.save({ starts: { a: 5 }, end: null });
    expect(notice?.kind).toBe('full');
    expect(store.load().value).toEqual({ starts: { a: 5 }, end: null });
  });

  it('peek reads without setting anything aside', () => {
    storage.setItem('ev:test', 'not json');
    expect(makeStore(options(storage)).peek()).toEqual({ starts: {}, end: null });
    expect(storage.getItem('ev:test')).toBe('not json');
  });
});

describe('saved shapes', () => {
  it('a speaker rehearsal must have timestamps that fit its status', () => {
    expect(() =>
      parseSpeakerRehearsal({
        segmentId: 'overview',
        timer: { status: 'paused', startedAt: T, pausedAt: null },
        runStartedAt: T,
        log: [],
      }),
    ).toThrow('a paused timer needs pausedAt');
    expect(() =>
      parseSpeakerRehearsal({
        segmentId: null,
        timer: { status: 'idle', startedAt: null, pausedAt: null },
        runStartedAt: null,
        log: [{ segmentId: 'overview', startedAt: T, endedAt: T + 1000 }],
      }),
    ).toThrow('log[0].elapsedMs should be a duration from 0 to 24 hours, got undefined');
  });

  const run = (fields: Record<string, unknown>): unknown => ({
    segmentId: null,
    timer: { status: 'idle', startedAt: null, pausedAt: null },
    runStartedAt: null,
    log: [
      { segmentId: 'overview', startedAt: T, endedAt: T + 60_000, elapsedMs: 60_000, ...fields },
    ],
  });

  it.each([
    [
      'a timestamp out of range',
      { startedAt: 1e20 },
      'log[0].startedAt should be a time between 2000 and 2100, got 100000000000000000000',
    ],
    [
      'a negative duration',
      { elapsedMs: -5 },
      'log[0].elapsedMs should be a duration from 0 to 24 hours, got -5',
    ],
    ['an end before the start', { endedAt: T - 1 }, 'log[0].endedAt is before log[0].startedAt'],
    [
      'more time run than passed',
      { elapsedMs: 61_000 },
      'log[0].elapsedMs is longer than the time from its start to its end',
    ],
  ])('a rehearsal run with %s is refused', (_name, fields, message) => {
    expect(() => parseSpeakerRehearsal(run(fields))).toThrow(message);
  });

  it('a paused timer cannot pause before it started', () => {
    expect(() =>
      parseSpeakerRehearsal({
        segmentId: 'overview',
        timer: { status: 'paused', startedAt: T, pausedAt: T - 1 },
        runStartedAt: T,
        log: [],
      }),
    ).toThrow('timer.pausedAt is before timer.startedAt');
  });

  it('a store sets aside saved state whose values are impossible, with the notice', () => {
    const store = makeSpeakerRehearsalStore('ev-1', 'grace-hopper', storage);
    const raw = JSON.stringify({ version: 1, data: run({ elapsedMs: -5 }) });
    storage.setItem(store.key, raw);
    const { value, notice } = store.load();
    expect(value.log).toEqual([]);
    expect(notice?.kind).toBe('corrupt');
    expect(notice?.message).toContain(
      'log[0].elapsedMs should be a duration from 0 to 24 hours, got -5',
    );
    expect(notice?.backupKey && storage.getItem(notice.backupKey)).toBe(raw);
    expect(storage.getItem(store.key)).toBeNull();
  });

  it('the stores are namespaced by event', () => {
    expect(makeShowRecordStore('ev-1', 'live', storage).key).toBe('ev-1:run-of-show:record');
    expect(makeShowRecordStore('ev-1', 'rehearsal', storage).key).toBe(
      'ev-1:run-of-show:rehearsal-record',
    );
  });
});
