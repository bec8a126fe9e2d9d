/**
 * The host's desk: the show's record and plan, and what the host (or the deck) does to them:
 * start the next segment, undo, end the show, re-plan, mark the recording's start, and the
 * deck's slide changes. No DOM: the run-of-show's controller shows it and wires the keys.
 */
import { readShow, type ShowReading } from '../lib/followShow.ts';
import type { Store, StoreNotice } from '../store/makeStore.ts';
import type { DeckSlideMessage } from '../sync/makeShowChannel.ts';
import type { Clock } from '../time/clock.ts';
import { getShowStatus } from '../show/drift.ts';
import { getLastStarted, getNextToStart, getSlideStartAction } from '../show/segmentStart.ts';
import { applyReplans } from '../show/replan.ts';
import type { Schedule, ScheduledSegment } from '../show/schedule.ts';
import {
  foldShowLog,
  getUndoTarget,
  makeShowEvent,
  type ShowEvent,
  type ShowEventBody,
  type ShowRecord,
} from '../show/showLog.ts';

/** Options for `makeShowDesk`. */
export interface ShowDeskOptions {
  /** The announced schedule; the report reads it, every other part the plan. */
  readonly schedule: Schedule;
  /** The page's clock (the rehearsal clock in rehearsal mode). */
  readonly clock: Clock;
  readonly store: Store<readonly ShowEvent[]>;
  /** Where a notice from saving goes. */
  readonly onNotice: (notice: StoreNotice) => void;
}

/** The desk's state and actions. */
export interface ShowDesk {
  readonly reading: () => ShowReading;
  /** The segment offered for a start (its first slide shown early), while it has not started. */
  readonly offered: () => ScheduledSegment | null;
  /** What the deck in this browser last said it shows. */
  readonly deck: () => DeckSlideMessage | null;
  readonly startNext: () => void;
  readonly undo: () => void;
  readonly endShow: () => void;
  /** Gives the segment on now a minute more (or less), from or to the ones after it. */
  readonly replan: (minutes: number) => void;
  readonly markRecordingStart: () => void;
  readonly onDeck: (message: DeckSlideMessage) => void;
  /** Saves `log` as the whole record (a rehearsal's start and reset rewrite it). */
  readonly replaceLog: (log: readonly ShowEvent[]) => void;
  /** Takes the record another window saved. */
  readonly reload: () => void;
}

/** Makes the host's desk over the show's record store. */
export function makeShowDesk(options: ShowDeskOptions): ShowDesk {
  const { schedule, clock, store } = options;
  let reading = readShow(schedule, store.load().value);
  let offered: string | null = null;
  let deck: DeckSlideMessage | null = null;

  function setLog(log: readonly ShowEvent[]): void {
    reading = readShow(schedule, log, reading);
    if (offered !== null && reading.record.starts[offered] !== undefined) offered = null;
  }

  function replaceLog(log: readonly ShowEvent[]): void {
    setLog(log);
    const notice = store.save(log);
    if (notice) options.onNotice(notice);
  }

  /**
   * Appends events to the log as storage holds it now, not to this window's copy, so that
   * two run-of-show windows open at once both keep what the other recorded. `change` sees
   * the record folded from that log and returns what to append (nothing: no change); where
   * both windows start the same segment, the fold keeps the earliest start.
   */
  function change(make: (current: ShowRecord) => readonly ShowEventBody[]): void {
    const log = store.peek();
    const bodies = make(foldShowLog(schedule, log));
    if (bodies.length === 0) {
      setLog(log);
      return;
    }
    const at = clock.now().toMillis();
    replaceLog([...log, ...bodies.map((body) => makeShowEvent(body, at))]);
  }

  function onDeck(message: DeckSlideMessage): void {
    deck = message;
    const { record, plan } = reading;
    const slide: ShowEventBody = { kind: 'slide', slideId: message.slideId };
    if (!message.moved) {
      // The deck says where it is (it opened, or this page asked): the log should hold the
      // slide on screen, so that the recording's first chapter is known.
      if (record.end === null && record.slides.at(-1)?.slideId !== message.slideId) {
        change((current) => (current.slides.at(-1)?.slideId === message.slideId ? [] : [slide]));
      }
      return;
    }
    if (message.segmentId !== offered) offered = null;
    const segment = plan.segments.find((s) => s.id === message.segmentId);
    if (message.position === 'segment' && segment) {
      // The first move into a segment due to start starts it; a move to its first slide
      // before then only offers the start (the host may be moving off the holding slide
      // as people join).
      const actionOn = (current: ShowRecord) =>
        getSlideStartAction(plan, current, segment, message.isSegmentStart, clock.now().toMillis());
      if (actionOn(record) === 'offer') offered = segment.id;
      change((current) =>
        actionOn(current) === 'start' ? [slide, { kind: 'start', segmentId: segment.id }] : [slide],
      );
    } else if (message.position === 'after') {
      change((current) =>
        current.end === null && getLastStarted(schedule, current)
          ? [slide, { kind: 'end' }]
          : [slide],
      );
    } else {
      change(() => [slide]);
    }
  }

  return {
    reading: () => reading,
    offered() {
      if (offered === null || reading.record.starts[offered] !== undefined) return null;
      return reading.plan.segments.find((s) => s.id === offered) ?? null;
    },
    deck: () => deck,
    startNext() {
      offered = null;
      change((current) => {
        const plan = applyReplans(schedule, current.replans);
        const segment = getNextToStart(plan, current, clock.now());
        return segment ? [{ kind: 'start', segmentId: segment.id }] : [];
      });
    },
    undo() {
      change((current) => {
        const target = getUndoTarget(schedule, current);
        return target ? [{ kind: 'undo', target }] : [];
      });
    },
    endShow() {
      change((current) =>
        current.end === null && getLastStarted(schedule, current) ? [{ kind: 'end' }] : [],
      );
    },
    replan(minutes) {
      const { record, plan } = reading;
      const segment = getShowStatus(plan, record, clock.now()).current;
      if (!segment || record.end !== null) return;
      change(() => [{ kind: 'replan', segmentId: segment.id, minutes }]);
    },
    markRecordingStart() {
      change((current) => (current.end === null ? [{ kind: 'recording-start' }] : []));
    },
    onDeck,
    replaceLog,
    reload() {
      setLog(store.load().value);
    },
  };
}
