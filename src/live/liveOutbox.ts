/**
 * A page's outbox: the requests it asked the server for (a message, an acknowledgement, a
 * check-in) that the show's document does not show done yet. They go again on each reconnect,
 * since a stateless message sent while the line is down is lost and the server ignores
 * repeats, and they are kept in storage: a host who sends "Please wrap up" offline and reloads
 * must not lose it.
 */
import { formatAckKey, parseLiveRequest, type LiveRequest } from './liveMessages.ts';

/** The part of `Storage` the page's waiting requests need. */
export type PendingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A message this page sent that the server has not confirmed yet. */
export interface WaitingMessage {
  readonly id: string;
  readonly to: string;
  readonly text: string;
}

/** The requests that wait in a page's outbox until the document shows them done. */
export type OutboxRequest = Extract<LiveRequest, { readonly type: 'message' | 'ack' | 'checkin' }>;

/** The id a speaker's check-in waits under (one a page). */
export const CHECKIN_ID = 'checkin';

/** Options for `makeOutbox`. */
export interface OutboxOptions {
  /** Where the waiting requests are kept across reloads; `null` for nowhere. */
  readonly storage: PendingStorage | null;
  readonly storageKey: string;
  /** The page's speaker, whose acknowledgements and check-in wait under her name. */
  readonly speakerId: string | null;
  /** Whether the show's document shows the request waiting under `id` done. */
  readonly isDone: (id: string, request: OutboxRequest) => boolean;
  /** Sends a request to the server if the page is connected (else it waits for the next flush). */
  readonly send: (request: OutboxRequest) => void;
}

/** The requests a page waits on, as `connectLive` uses them. */
export interface Outbox {
  /** Adds a request under `id`, keeps it, and sends what waits. */
  readonly add: (id: string, request: OutboxRequest) => void;
  /** Drops what the document shows done; with `resend`, sends the rest again. */
  readonly flush: (resend: boolean) => void;
  /** Drops every waiting request (the server refused one: it would refuse it again). */
  readonly clear: () => void;
  /** The messages that wait, oldest first. */
  readonly waitingMessages: () => WaitingMessage[];
}

/** Makes the page's outbox, with what it left waiting before a reload. */
export function makeOutbox(options: OutboxOptions): Outbox {
  const { storage, storageKey } = options;
  const pending = loadPending(storage, storageKey, options.speakerId);
  const flush = (resend: boolean): void => {
    const before = pending.size;
    for (const [id, request] of pending) {
      if (options.isDone(id, request)) pending.delete(id);
      else if (resend) options.send(request);
    }
    if (pending.size !== before) savePending(storage, storageKey, pending);
  };
  return {
    add(id, request) {
      pending.set(id, request);
      savePending(storage, storageKey, pending);
      flush(true);
    },
    flush(resend) {
      if (pending.size > 0) flush(resend);
    },
    clear() {
      pending.clear();
      savePending(storage, storageKey, pending);
    },
    waitingMessages: () =>
      [...pending.values()].flatMap((r) =>
        r.type === 'message' ? [{ id: r.id, to: r.to, text: r.text }] : [],
      ),
  };
}

/** Whether `request` is one a page keeps in its outbox (a message, an acknowledgement, a check-in). */
function isOutboxRequest(request: LiveRequest): request is OutboxRequest {
  return request.type === 'message' || request.type === 'ack' || request.type === 'checkin';
}

/** The id a request waits under: the message's id, or the acknowledgement's key. */
function pendingId(request: OutboxRequest, speakerId: string | null): string | null {
  if (request.type === 'message') return request.id;
  if (request.type === 'checkin') return speakerId === null ? null : CHECKIN_ID;
  return speakerId === null ? null : formatAckKey(request.messageId, speakerId);
}

/**
 * The requests a page left waiting before a reload. Anything unreadable is dropped with a
 * warning: it is this page's own outbox, and a damaged entry must not stop the page.
 */
function loadPending(
  storage: PendingStorage | null,
  storageKey: string,
  speakerId: string | null,
): Map<string, OutboxRequest> {
  const pending = new Map<string, OutboxRequest>();
  let text: string | null = null;
  try {
    text = storage?.getItem(storageKey) ?? null;
  } catch {
    return pending; // Storage blocked: the page works, only without the outbox.
  }
  if (text === null) return pending;
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    values = null;
  }
  if (!Array.isArray(values)) {
    console.warn('[live] set aside an unreadable list of messages waiting to be sent:', text);
    return pending;
  }
  for (const value of values) {
    const parsed = parseLiveRequest(JSON.stringify(value));
    const request = parsed !== null && isOutboxRequest(parsed) ? parsed : null;
    const id = request ? pendingId(request, speakerId) : null;
    if (request && id !== null) pending.set(id, request);
    else console.warn('[live] dropped a waiting request that is not valid:', value);
  }
  return pending;
}

/** Keeps the waiting requests, or clears the entry when none wait. */
function savePending(
  storage: PendingStorage | null,
  storageKey: string,
  pending: ReadonlyMap<string, OutboxRequest>,
): void {
  try {
    if (pending.size === 0) storage?.removeItem(storageKey);
    else storage?.setItem(storageKey, JSON.stringify([...pending.values()]));
  } catch {
    // Full or blocked storage: the requests still wait in memory and go on reconnect.
  }
}
