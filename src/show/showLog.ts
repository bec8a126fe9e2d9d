/**
 * The show's record as an append-only event log. Copies of the log on several machines
 * merge by taking the union of their events (it maps onto a Yjs array), and every page
 * derives what happened by folding the log: the fold sorts first, so the same set of
 * events gives the same record on every machine, whatever order they arrived in.
 */
import type { Schedule } from './schedule.ts';

/** Who may write what is enforced by the live server; in one browser everything is the host. */
export type ShowEventBase = {
  /** Unique across machines: `crypto.randomUUID()`. */
  readonly id: string;
  /** When it happened, epoch milliseconds. */
  readonly at: number;
};

/** One thing that happened in the show. */
export type ShowEvent = ShowEventBase &
  (
    | { readonly kind: 'start'; readonly segmentId: string } // a segment actually started
    | { readonly kind: 'end' } // the show ended
    | { readonly kind: 'undo'; readonly target: string } // takes back event `target`
    | { readonly kind: 'replan'; readonly segmentId: string; readonly minutes: number } // ±whole minutes on that segment, taken from / given to the following ones before the hard stop
    | { readonly kind: 'slide'; readonly slideId: string } // the deck showed this slide
    | { readonly kind: 'step'; readonly slideId: string; readonly step: number } // the deck showed this fragment step (0: none yet) of a stepped slide (the map); followers' decks take it, the record does not
    | { readonly kind: 'recording-start' } // the host set the recording's start
  );

/** The kinds of show event. */
export type ShowEventKind = ShowEvent['kind'];

/** A show event without its id and time, as code asks for one. */
export type ShowEventBody = ShowEvent extends infer E
  ? E extends ShowEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

/** A re-plan that counts: `minutes` more (or fewer) for `segmentId`, in log order. */
export interface Replan {
  readonly id: string;
  readonly at: number;
  readonly segmentId: string;
  readonly minutes: number;
}

/** A slide the deck showed, and when. */
export interface SlideChange {
  readonly id: string;
  readonly at: number;
  readonly slideId: string;
}

/**
 * What has happened in a show, derived from its log: times are epoch milliseconds, and each
 * recorded fact keeps the id of the event that made it, so that it can be undone.
 */
export interface ShowRecord {
  /** The actual start of each segment that has started. */
  readonly starts: Readonly<Record<string, number>>;
  /** The event behind each start. */
  readonly startIds: Readonly<Record<string, string>>;
  /** When the show ended; `null` while it runs or before it starts. */
  readonly end: number | null;
  /** The event behind `end`. */
  readonly endId: string | null;
  /** Re-plans in the order they apply. */
  readonly replans: readonly Replan[];
  /** Every slide change, in time order. */
  readonly slides: readonly SlideChange[];
  /** When the recording started, as the host last set it; `null` when never set. */
  readonly recordingStart: number | null;
}

/** A show with nothing recorded yet. */
export const emptyShowRecord: ShowRecord = {
  starts: {},
  startIds: {},
  end: null,
  endId: null,
  replans: [],
  slides: [],
  recordingStart: null,
};

/** The earliest and latest instants an event may carry: 2000-01-01 and 2100-01-01 UTC. */
const MIN_AT = Date.UTC(2000, 0, 1);
const MAX_AT = Date.UTC(2100, 0, 1);
/** A re-plan larger than the longest sane show is a typo or an attack, not a re-plan. */
const MAX_REPLAN_MINUTES = 24 * 60;
const MAX_ID_LENGTH = 200;
/** More fragment steps than any slide has: a bound, not a count. */
const MAX_STEP = 100;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** Whether `value` is a whole number from `min` to `max`. */
function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Checks one event from storage or the network: shape and values (a finite time between
 * 2000 and 2100, a known kind, non-empty ids, whole non-zero minutes). Returns `null` for
 * anything else, so a bad event is dropped rather than trusted.
 */
export function parseShowEvent(value: unknown): ShowEvent | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Readonly<Record<string, unknown>>;
  const { id, at, kind } = v;
  if (!isId(id)) return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < MIN_AT || at > MAX_AT) return null;
  switch (kind) {
    case 'start':
      return isId(v.segmentId) ? { id, at, kind, segmentId: v.segmentId } : null;
    case 'end':
    case 'recording-start':
      return { id, at, kind };
    case 'undo':
      return isId(v.target) ? { id, at, kind, target: v.target } : null;
    case 'replan': {
      const { minutes, segmentId } = v;
      return isId(segmentId) &&
        isWholeIn(minutes, -MAX_REPLAN_MINUTES, MAX_REPLAN_MINUTES) &&
        minutes !== 0
        ? { id, at, kind, segmentId, minutes }
        : null;
    }
    case 'slide':
      return isId(v.slideId) ? { id, at, kind, slideId: v.slideId } : null;
    case 'step': {
      const { slideId, step } = v;
      return isId(slideId) && isWholeIn(step, 0, MAX_STEP) ? { id, at, kind, slideId, step } : null;
    }
    default:
      return null;
  }
}

/** Makes an event with a fresh id. */
export function makeShowEvent(body: ShowEventBody, at: number, id?: string): ShowEvent {
  return { ...body, id: id ?? crypto.randomUUID(), at };
}

/**
 * Where an event of each kind falls among events of the same millisecond: a start before
 * the end the host (or a paused test clock) recorded in the same instant, so that the end
 * is not dropped as coming before anything started.
 */
const KIND_ORDER: Readonly<Record<ShowEventKind, number>> = {
  slide: 0,
  step: 0,
  'recording-start': 0,
  start: 1,
  replan: 2,
  end: 3,
  undo: 4,
};

/** Orders events by time, then kind, then id, so that every machine walks them the same way. */
export function compareShowEvents(a: ShowEvent, b: ShowEvent): number {
  return (
    a.at - b.at ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The ids of events that count: an undo takes back its target, unless the undo is itself
 * taken back (which restores the target). Cycles, which only a forged log can hold, count
 * as taken back.
 */
function findUndone(events: readonly ShowEvent[]): Set<string> {
  const undoersOf = new Map<string, string[]>();
  for (const e of events) {
    if (e.kind !== 'undo') continue;
    const list = undoersOf.get(e.target) ?? [];
    list.push(e.id);
    undoersOf.set(e.target, list);
  }
  const memo = new Map<string, boolean>();
  const isUndone = (id: string, visiting: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return true;
    visiting.add(id);
    const result = (undoersOf.get(id) ?? []).some((u) => !isUndone(u, visiting));
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };
  const undone = new Set<string>();
  for (const e of events) if (isUndone(e.id, new Set())) undone.add(e.id);
  return undone;
}

/**
 * Derives the record from the log. Pure and order-independent: events are sorted by
 * (`at`, `id`) first, and duplicates (the same id twice) count once. A segment starts once
 * (the earliest start stands), never after a later segment has started or after the show
 * ended; the show ends once, after something started; the latest recording start stands.
 */
export function foldShowLog(schedule: Schedule, events: readonly ShowEvent[]): ShowRecord {
  const unique = new Map<string, ShowEvent>();
  for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
  const sorted = [...unique.values()].sort(compareShowEvents);
  const undone = findUndone(sorted);
  const indexOf = new Map(schedule.segments.map((s) => [s.id, s.index]));

  const starts: Record<string, number> = {};
  const startIds: Record<string, string> = {};
  let lastIndex = -1;
  let end: number | null = null;
  let endId: string | null = null;
  const replans: Replan[] = [];
  const slides: SlideChange[] = [];
  let recordingStart: number | null = null;

  for (const e of sorted) {
    if (undone.has(e.id)) continue;
    switch (e.kind) {
      case 'start': {
        const index = indexOf.get(e.segmentId);
        if (index === undefined || end !== null || index <= lastIndex) break;
        if (starts[e.segmentId] !== undefined) break;
        starts[e.segmentId] = e.at;
        startIds[e.segmentId] = e.id;
        lastIndex = index;
        break;
      }
      case 'end':
        if (end === null && lastIndex >= 0) {
          end = e.at;
          endId = e.id;
        }
        break;
      case 'replan':
        if (indexOf.has(e.segmentId)) {
          replans.push({ id: e.id, at: e.at, segmentId: e.segmentId, minutes: e.minutes });
        }
        break;
      case 'slide':
        slides.push({ id: e.id, at: e.at, slideId: e.slideId });
        break;
      case 'recording-start':
        recordingStart = e.at;
        break;
      case 'undo':
      case 'step':
        break;
    }
  }
  return { starts, startIds, end, endId, replans, slides, recordingStart };
}

/** The event "undo" would take back: the show's end, else the last segment start. */
export function getUndoTarget(schedule: Schedule, record: ShowRecord): string | null {
  if (record.endId !== null) return record.endId;
  const last = schedule.segments.findLast((s) => record.startIds[s.id] !== undefined);
  return last ? (record.startIds[last.id] ?? null) : null;
}

/**
 * Checks a saved log: a list of events. @throws Error naming the first entry that is not
 * a show event, so the store can set the saved text aside rather than drop part of it.
 */
export function parseShowLog(data: unknown): ShowEvent[] {
  if (!Array.isArray(data)) throw new Error('the show log should be a list of events');
  return data.map((value: unknown, i) => {
    const event = parseShowEvent(value);
    if (!event) throw new Error(`events[${i}] is not a show event: ${JSON.stringify(value)}`);
    return event;
  });
}
