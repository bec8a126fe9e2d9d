import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../../fixtures/model.ts';
import { buildSchedule } from '../../../src/show/schedule.ts';
import {
  emptyShowRecord,
  foldShowLog,
  getUndoTarget,
  makeShowEvent,
  parseShowEvent,
  parseShowLog,
  type ShowEvent,
  type ShowEventBody,
} from '../../../src/show/showLog.ts';
import { makeShowRecordStore } from '../../../src/store/showStores.ts';

const schedule = buildSchedule(fixtureModel);
const ms = (time: string): number =>
  DateTime.fromISO(`2025-08-28T${time}`, { zone: schedule.zone }).toMillis();
let counter = 0;
const ev = (body: ShowEventBody, time: string, id = `e${String(++counter).padStart(3, '0')}`) =>
  makeShowEvent(body, ms(time), id);

/** Every ordering of a short list, to show the fold does not depend on arrival order. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('parseShowEvent', () => {
  it('accepts each kind with its fields', () => {
    const at = ms('11:00');
    for (const event of [
      { id: 'a', at, kind: 'start', segmentId: 'opening' },
      { id: 'a', at, kind: 'end' },
      { id: 'a', at, kind: 'undo', target: 'b' },
      { id: 'a', at, kind: 'replan', segmentId: 'panel', minutes: -1 },
      { id: 'a', at, kind: 'slide', slideId: 'title' },
      { id: 'a', at, kind: 'recording-start' },
    ]) {
      expect(parseShowEvent(event)).toEqual(event);
    }
  });

  it('keeps a fragment step and a re-plan at the ends of their bounds, and refuses one past them', () => {
    const at = ms('11:00');
    const step = (n: number) => ({ id: 'a', at, kind: 'step', slideId: 'map', step: n });
    const replan = (n: number) => ({ id: 'a', at, kind: 'replan', segmentId: 'panel', minutes: n });
    for (const event of [step(0), step(100), replan(24 * 60), replan(-24 * 60)]) {
      expect(parseShowEvent(event)).toEqual(event);
    }
    for (const event of [
      step(-1),
      step(101),
      step(1.5),
      replan(24 * 60 + 1),
      replan(-24 * 60 - 1),
    ]) {
      expect(parseShowEvent(event)).toBeNull();
    }
  });

  it('drops extra fields, so nothing unchecked travels on', () => {
    expect(
      parseShowEvent({ id: 'a', at: ms('11:00'), kind: 'end', html: '<img onerror=x>' }),
    ).toEqual({ id: 'a', at: ms('11:00'), kind: 'end' });
  });

  it.each([
    ['a string', 'start'],
    ['no id', { at: ms('11:00'), kind: 'end' }],
    ['an empty id', { id: '', at: ms('11:00'), kind: 'end' }],
    ['a time that is not finite', { id: 'a', at: Number.POSITIVE_INFINITY, kind: 'end' }],
    ['a time as text', { id: 'a', at: '11:00', kind: 'end' }],
    ['a time in 1970', { id: 'a', at: 5, kind: 'end' }],
    ['a time in 2200', { id: 'a', at: Date.UTC(2200, 0, 1), kind: 'end' }],
    ['an unknown kind', { id: 'a', at: ms('11:00'), kind: 'pause' }],
    ['a start without a segment', { id: 'a', at: ms('11:00'), kind: 'start', segmentId: '' }],
    ['an undo without a target', { id: 'a', at: ms('11:00'), kind: 'undo' }],
    [
      'half a minute',
      { id: 'a', at: ms('11:00'), kind: 'replan', segmentId: 'panel', minutes: 0.5 },
    ],
    ['zero minutes', { id: 'a', at: ms('11:00'), kind: 'replan', segmentId: 'panel', minutes: 0 }],
    ['a slide without an id', { id: 'a', at: ms('11:00'), kind: 'slide', slideId: 3 }],
  ])('refuses %s', (_what, value) => {
    expect(parseShowEvent(value)).toBeNull();
  });

  it('a saved log with one bad entry is refused as a whole, naming the entry', () => {
    expect(() => parseShowLog([{ id: 'a', at: ms('11:00'), kind: 'end' }, { id: 'b' }])).toThrow(
      'events[1] is not a show event',
    );
    expect(() => parseShowLog({ starts: {}, end: null })).toThrow('should be a list');
  });
});

describe('foldShowLog', () => {
  it('an empty log is an empty record', () => {
    expect(foldShowLog(schedule, [])).toEqual(emptyShowRecord);
  });

  it('keeps an end recorded in the same millisecond as the start, whatever the ids', () => {
    for (const [startId, endId] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      const record = foldShowLog(schedule, [
        ev({ kind: 'end' }, '11:01', endId),
        ev({ kind: 'start', segmentId: 'opening' }, '11:01', startId),
      ]);
      expect(record.end).toBe(ms('11:01'));
    }
  });

  it('gives the same record for the same events in any order', () => {
    const events: ShowEvent[] = [
      ev({ kind: 'start', segmentId: 'opening' }, '11:00:05'),
      ev({ kind: 'slide', slideId: 'title' }, '11:00:05'),
      ev({ kind: 'start', segmentId: 'overview' }, '11:10:30'),
      ev({ kind: 'replan', segmentId: 'overview', minutes: 1 }, '11:11'),
      ev({ kind: 'start', segmentId: 'opening' }, '10:59:58'),
      ev({ kind: 'end' }, '12:30'),
    ];
    const expected = foldShowLog(schedule, events);
    expect(expected.starts).toEqual({ opening: ms('10:59:58'), overview: ms('11:10:30') });
    for (const order of permutations(events)) {
      expect(foldShowLog(schedule, order)).toEqual(expected);
    }
  });

  it('the earliest start of a segment stands, whichever machine sent it first', () => {
    const late = ev({ kind: 'start', segmentId: 'panel' }, '11:15:40');
    const early = ev({ kind: 'start', segmentId: 'panel' }, '11:15:10');
    expect(foldShowLog(schedule, [late, early]).starts.panel).toBe(ms('11:15:10'));
    expect(foldShowLog(schedule, [early, late]).starts.panel).toBe(ms('11:15:10'));
    expect(foldShowLog(schedule, [late, early]).startIds.panel).toBe(early.id);
  });

  it('breaks a tie in time by id, so two machines agree on which event stands', () => {
    const b = ev({ kind: 'start', segmentId: 'panel' }, '11:15', 'b');
    const a = ev({ kind: 'start', segmentId: 'panel' }, '11:15', 'a');
    expect(foldShowLog(schedule, [b, a]).startIds.panel).toBe('a');
  });

  it('counts an event received twice once', () => {
    const start = ev({ kind: 'start', segmentId: 'opening' }, '11:00');
    const replan = ev({ kind: 'replan', segmentId: 'opening', minutes: 1 }, '11:05');
    expect(foldShowLog(schedule, [start, replan, replan, start]).replans).toHaveLength(1);
  });

  it('never starts an earlier segment after a later one, nor anything after the end', () => {
    const record = foldShowLog(schedule, [
      ev({ kind: 'start', segmentId: 'overview' }, '11:10'),
      ev({ kind: 'start', segmentId: 'opening' }, '11:12'),
      ev({ kind: 'start', segmentId: 'nope' }, '11:13'),
      ev({ kind: 'end' }, '11:14'),
      ev({ kind: 'start', segmentId: 'panel' }, '11:15'),
    ]);
    expect(record.starts).toEqual({ overview: ms('11:10') });
    expect(record.end).toBe(ms('11:14'));
  });

  it('ends only a show that started', () => {
    expect(foldShowLog(schedule, [ev({ kind: 'end' }, '11:00')]).end).toBeNull();
  });

  it('undo takes back its target, and undoing the undo restores it', () => {
    const start = ev({ kind: 'start', segmentId: 'opening' }, '11:00');
    const undo = ev({ kind: 'undo', target: start.id }, '11:01');
    expect(foldShowLog(schedule, [start, undo]).starts).toEqual({});
    const redo = ev({ kind: 'undo', target: undo.id }, '11:02');
    expect(foldShowLog(schedule, [start, undo, redo]).starts).toEqual({ opening: ms('11:00') });
  });

  it('an undone start lets a later start of the same segment stand', () => {
    const first = ev({ kind: 'start', segmentId: 'opening' }, '10:55');
    const again = ev({ kind: 'start', segmentId: 'opening' }, '11:00');
    const undo = ev({ kind: 'undo', target: first.id }, '10:56');
    expect(foldShowLog(schedule, [first, undo, again]).starts.opening).toBe(ms('11:00'));
  });

  it('undo targets the end first, then the last start', () => {
    const a = ev({ kind: 'start', segmentId: 'opening' }, '11:00');
    const b = ev({ kind: 'start', segmentId: 'overview' }, '11:10');
    const end = ev({ kind: 'end' }, '12:30');
    expect(getUndoTarget(schedule, foldShowLog(schedule, [a, b, end]))).toBe(end.id);
    expect(getUndoTarget(schedule, foldShowLog(schedule, [a, b]))).toBe(b.id);
    expect(getUndoTarget(schedule, emptyShowRecord)).toBeNull();
  });

  it('keeps slide changes in time order and the latest recording start', () => {
    const record = foldShowLog(schedule, [
      ev({ kind: 'slide', slideId: 'map' }, '11:12'),
      ev({ kind: 'recording-start' }, '10:58'),
      ev({ kind: 'slide', slideId: 'title' }, '11:00'),
      ev({ kind: 'recording-start' }, '10:59'),
    ]);
    expect(record.slides.map((s) => s.slideId)).toEqual(['title', 'map']);
    expect(record.recordingStart).toBe(ms('10:59'));
  });

  it('ignores re-plans of unknown segments', () => {
    const record = foldShowLog(schedule, [
      ev({ kind: 'replan', segmentId: 'gone', minutes: 2 }, '11:00'),
    ]);
    expect(record.replans).toEqual([]);
  });
});

describe('the saved log', () => {
  it('sets a version 1 record aside with a notice, and reads the log back', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      key: (i: number) => [...map.keys()][i] ?? null,
      clear: () => map.clear(),
      get length() {
        return map.size;
      },
    } satisfies Storage;
    map.set(
      'ev:run-of-show:record',
      JSON.stringify({ version: 1, data: { starts: { opening: 1 }, end: null } }),
    );
    const store = makeShowRecordStore('ev', 'live', storage);
    const { value, notice } = store.load();
    expect(value).toEqual([]);
    expect(notice?.kind).toBe('unknown-version');
    expect(notice?.message).toContain('Saved show records could not be read');
    const event = ev({ kind: 'start', segmentId: 'opening' }, '11:00');
    store.save([event]);
    expect(makeShowRecordStore('ev', 'live', storage).load().value).toEqual([event]);
  });
});
