/**
 * The line between the deck and the run-of-show in one browser: a BroadcastChannel on which
 * the deck says which slide (and so which segment) it shows, and the run-of-show asks for
 * it when it opens. Messages are checked when they arrive; anything else is ignored.
 */

/** Where a slide stands in the programme. */
export type DeckPosition = 'before' | 'segment' | 'after';

/** The deck's current slide. */
export interface DeckSlideMessage {
  readonly type: 'deck-slide';
  readonly slideId: string;
  /** The segment the slide belongs to, if any. */
  readonly segmentId: string | null;
  /** Before the first segment's slides, inside a segment, or after the last one. */
  readonly position: DeckPosition;
  /** Whether this is the first slide of its segment: moving here early offers the segment. */
  readonly isSegmentStart: boolean;
  /** `true` when the host moved here; `false` when the deck only answers a question. */
  readonly moved: boolean;
  /** 1-based slide number and the slide count, for display. */
  readonly number: number;
  readonly total: number;
}

/** A page asking the deck where it is. */
export interface DeckQueryMessage {
  readonly type: 'deck-query';
}

export type ShowMessage = DeckSlideMessage | DeckQueryMessage;

/** A typed channel; `close()` when the page goes. */
export interface ShowChannel {
  post(message: ShowMessage): void;
  listen(onMessage: (message: ShowMessage) => void): () => void;
  close(): void;
}

const POSITIONS: readonly string[] = ['before', 'segment', 'after'];

/** Checks a message from the channel; `null` for anything that is not ours. */
export function parseShowMessage(data: unknown): ShowMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Readonly<Record<string, unknown>>;
  if (m.type === 'deck-query') return { type: 'deck-query' };
  if (m.type !== 'deck-slide') return null;
  const { slideId, segmentId, position, isSegmentStart, moved, number, total } = m;
  if (
    typeof slideId !== 'string' ||
    !(segmentId === null || typeof segmentId === 'string') ||
    typeof position !== 'string' ||
    !POSITIONS.includes(position) ||
    typeof isSegmentStart !== 'boolean' ||
    typeof moved !== 'boolean' ||
    typeof number !== 'number' ||
    typeof total !== 'number'
  ) {
    return null;
  }
  return {
    type: 'deck-slide',
    slideId,
    segmentId,
    position: position as DeckPosition,
    isSegmentStart,
    moved,
    number,
    total,
  };
}

/** Whether this browser has BroadcastChannel. */
export function isBroadcastSupported(): boolean {
  return typeof globalThis.BroadcastChannel === 'function';
}

/**
 * Opens the channel `name`, or returns `null` when the browser has no BroadcastChannel (the
 * pages then work on their own, with segments marked by hand).
 */
export function makeShowChannel(name: string): ShowChannel | null {
  if (!isBroadcastSupported()) return null;
  const channel = new BroadcastChannel(name);
  return {
    post(message) {
      channel.postMessage(message);
    },
    listen(onMessage) {
      const listener = (event: MessageEvent): void => {
        const message = parseShowMessage(event.data);
        if (message) onMessage(message);
      };
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
    close() {
      channel.close();
    },
  };
}

/** The channel's name for an event, so that two sessions open at once never cross. */
export function buildChannelName(eventId: string): string {
  return `${eventId}:show`;
}
