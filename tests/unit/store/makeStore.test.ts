// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { makeStore } from '../../../src/store/makeStore.ts';
import { parseSpeakerRehearsal } from '../../../src/store/parseSaved.ts';
import { makeShowRecordStore } from '../../../src/store/showStores.ts';

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
        timer: { status: 'paused', startedAt: 5, pausedAt: null },
        runStartedAt: 5,
        log: [],
      }),
    ).toThrow('a paused timer needs pausedAt');
    expect(() =>
      parseSpeakerRehearsal({
        segmentId: null,
        timer: { status: 'idle', startedAt: null, pausedAt: null },
        runStartedAt: null,
        log: [{ segmentId: 'overview', startedAt: 1, endedAt: 2 }],
      }),
    ).toThrow('log[0].elapsedMs should be a timestamp');
  });

  it('the stores are namespaced by event', () => {
    expect(makeShowRecordStore('ev-1', 'live', storage).key).toBe('ev-1:run-of-show:record');
    expect(makeShowRecordStore('ev-1', 'rehearsal', storage).key).toBe(
      'ev-1:run-of-show:rehearsal-record',
    );
  });
});
