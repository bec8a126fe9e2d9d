/**
 * The page's side of a live show: the show's Yjs document, kept in IndexedDB so a page that
 * loses the network (or reloads without it) keeps its copy, and synced through Hocuspocus
 * with the live server whenever it can reach it. This is the only module that imports the
 * sync engine's client; pages load it with `import()` only when their URL carries a key.
 */
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { parseFollowerCount } from './followMessages.ts';
import type { LiveKey } from './liveKey.ts';
import { parsePresenceState, type PresenceState } from './livePresence.ts';
import {
  checkMessageText,
  formatAckKey,
  normaliseMessageText,
  parseLiveAck,
  parseLiveCheckin,
  parseLiveMessage,
  parseLiveNewLink,
  parseLiveRefusal,
  parseLiveRequest,
  type LiveAck,
  type LiveCheckin,
  type LiveMessage,
  type LiveRequest,
} from './liveMessages.ts';

/**
 * Where the page stands with the server: `connecting` before the first answer, `connected`,
 * `offline` (working from its own copy until the server answers again), or `refused` (the
 * server turned the key down; the page goes on without the live show).
 */
export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/**
 * Why the server ended this page's connection, as it said it (`makeLiveServer.ts`): the page
 * says it in words until it is connected again (a replaced link never is).
 */
const SERVER_CLOSE_REASONS: ReadonlySet<string> = new Set([
  'invalid-key',
  'rate-limited',
  'not-allowed',
  'document-too-large',
  'server-restarting',
]);

/** Options for `connectLive`. */
export interface LiveOptions {
  /** The sync endpoint, `ws://host/…/live` (see `buildLiveUrl`). */
  readonly url: string;
  /** The name of the show's document (the real show's, or a dress rehearsal's). */
  readonly showId: string;
  /** What this page announces to the others (awareness); its clock correction is added. */
  readonly presence?: Omit<PresenceState, 'offsetMs'>;
  readonly key: LiveKey;
  /** Keep a copy in IndexedDB (pages); tools in Node go without. @defaultValue true */
  readonly persist?: boolean;
  /** A WebSocket class, for Node. @defaultValue the browser's */
  readonly WebSocketPolyfill?: unknown;
  /**
   * Where requests not yet confirmed by the server are kept, so that a message sent offline
   * survives a reload. @defaultValue `localStorage` when `persist` is not false, else none
   */
  readonly storage?: PendingStorage | null;
}

/** The part of `Storage` the page's waiting requests need. */
export type PendingStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A message this page sent that the server has not confirmed yet. */
export interface WaitingMessage {
  readonly id: string;
  readonly to: string;
  readonly text: string;
}

/** A page's live show. Every read returns checked values; `onChange` says when to look again. */
export interface LiveShow {
  readonly key: LiveKey;
  status(): LiveStatus;
  /** Why the server refused the key or the last request, as it said; `null` if it did not. */
  refusal(): string | null;
  /** The show's log entries that `parse` accepts; others are dropped with a warning. */
  readLog<T>(parse: (value: unknown) => T | null): T[];
  /** Adds entries (each with a unique `id`) not in the log yet. Only the host's writes count. */
  appendLog(entries: readonly { readonly id: string }[]): void;
  readMessages(): LiveMessage[];
  readAcks(): LiveAck[];
  /** The speakers' check-ins, as the server recorded them. */
  readCheckins(): LiveCheckin[];
  /** Asks the server to record that this speaker is here and ready. */
  checkIn(): void;
  /** What the pages on the show now announce (this one included), through the engine. */
  readPresence(): PresenceState[];
  /** Tells the others this page's clock correction (server minus machine, ms). */
  announceClockOffset(offsetMs: number | null): void;
  /** Messages this page sent that the server has not confirmed yet (kept across reloads). */
  waitingMessages(): WaitingMessage[];
  /** Asks the server to send a message; returns why it cannot, or `null` once asked. */
  sendMessage(to: string, text: string): string | null;
  /** Asks the server to record this speaker's acknowledgement of a message. */
  acknowledge(messageId: string): void;
  /**
   * The deck: asks the server to record that it shows `slideId` (the latest one is sent
   * again on each reconnect; older ones no longer matter).
   */
  recordSlide(slideId: string, step?: number): void;
  /** The host: asks the server for a new link for `linkName`, ending the old one. */
  requestNewLink(linkName: string): void;
  /** The key of the last new link the server made for `linkName` here, or `null`. */
  newLinkKey(linkName: string): string | null;
  /** How many people follow the deck now, as the server last said (host and moderator). */
  followers(): number | null;
  /** Calls `onChange` after any change of the document, the status or a refusal. */
  onChange(onChange: () => void): () => void;
  /** Disconnects and stops keeping the copy up to date (the copy stays in IndexedDB). */
  destroy(): void;
}

/**
 * An HTTP endpoint of the live server beside the page (`path` relative to the page's own
 * address, as `buildLiveUrl` finds the sync endpoint), so the same build works at `/` and at a
 * sub-path behind a proxy.
 * @example buildLiveHttpUrl('live-time', 'https://x.org/webinar/speaker.html?speaker=a') // "https://x.org/webinar/live-time"
 */
export function buildLiveHttpUrl(path: string, pageUrl: string): string {
  const url = new URL(path, pageUrl);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Connects to the live show and returns it at once; the status says when it is connected. */
export function connectLive(options: LiveOptions): LiveShow {
  const { key, showId } = options;
  const doc = new Y.Doc();
  const log = doc.getArray<unknown>('log');
  const messages = doc.getArray<unknown>('messages');
  const acks = doc.getMap<unknown>('acks');
  const checkins = doc.getMap<unknown>('checkins');
  const listeners = new Set<() => void>();
  const warned = new Set<unknown>();
  let status: LiveStatus = 'connecting';
  let refusal: string | null = null;
  let followers: number | null = null;
  let slideToRecord: { readonly slideId: string; readonly step: number } | null = null;
  const newLinks = new Map<string, string>();
  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  const setStatus = (next: LiveStatus): void => {
    if (status === next || status === 'refused') return;
    status = next;
    notify();
  };

  const copyName = `${showId}:live:${key.role}${key.speakerId ? `:${key.speakerId}` : ''}`;
  const persistence = options.persist === false ? null : new IndexeddbPersistence(copyName, doc);
  const storage =
    options.storage !== undefined
      ? options.storage
      : options.persist === false
        ? null
        : globalThis.localStorage;
  const pendingKey = `${copyName}:waiting`;
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    // A page whose server went away retries every few seconds, not ever more slowly: the
    // show is short and a restarted server should be picked up at once.
    delay: 500,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 3000,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: showId,
    document: doc,
    token: key.text,
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason;
      if (reason === 'server-restarting') {
        // Not a refusal of the key: the server is going, and the socket with it; the page
        // connects again once it is back.
        setStatus('offline');
        notify();
        return;
      }
      setStatus('refused');
      status = 'refused';
      provider.destroy();
      socket.destroy();
      notify();
    },
    onSynced: () => {
      // Back with the server: whatever it said when it last ended the line is over.
      if (refusal !== null && SERVER_CLOSE_REASONS.has(refusal)) refusal = null;
      setStatus('connected');
      flush(true);
      sendSlide();
      notify();
    },
    onClose: ({ event }) => {
      if (!SERVER_CLOSE_REASONS.has(event.reason) || status === 'refused') return;
      refusal = event.reason;
      setStatus('offline');
      notify();
    },
    onStatus: ({ status: socketStatus }) => {
      if (socketStatus === WebSocketStatus.Connected) return; // Connected means synced, which onSynced says.
      if (status !== 'connecting' || socketStatus === WebSocketStatus.Disconnected)
        setStatus('offline');
    },
    onStateless: ({ payload }) => {
      const count = parseFollowerCount(payload);
      if (count !== null) {
        followers = count;
        notify();
        return;
      }
      const made = parseLiveNewLink(payload);
      if (made) {
        newLinks.set(made.link, made.key);
        notify();
        return;
      }
      const answer = parseLiveRefusal(payload);
      if (answer) {
        // A refused request would be refused again: drop what waits.
        pending.clear();
        savePending(storage, pendingKey, pending);
        refusal = answer.reason;
        notify();
      }
    },
  });
  // A provider given its socket leaves connecting to us.
  provider.attach();
  let announced: PresenceState | null = options.presence
    ? { ...options.presence, offsetMs: null }
    : null;
  if (announced) provider.setAwarenessField('presence', announced);
  // Someone arrived, left, or re-measured their clock: the roster may change.
  provider.awareness?.on('change', () => notify());
  doc.on('update', () => {
    if (pending.size > 0) flush(false);
    notify();
  });

  // Requests wait here until the document shows them done, and go again on each reconnect:
  // a stateless message sent while the line is down is lost, and the server ignores repeats.
  // They are also kept in storage: a host who sends "Please wrap up" offline and reloads
  // must not lose it.
  const pending = loadPending(storage, pendingKey, key.speakerId);
  const isDone = (id: string, request: OutboxRequest): boolean =>
    request.type === 'message'
      ? messages.toArray().some((m) => parseLiveMessage(m)?.id === id)
      : request.type === 'checkin'
        ? checkins.has(key.speakerId ?? '')
        : acks.has(id);
  const flush = (resend: boolean): void => {
    const before = pending.size;
    for (const [id, request] of pending) {
      if (isDone(id, request)) pending.delete(id);
      else if (resend && status === 'connected') provider.sendStateless(JSON.stringify(request));
    }
    if (pending.size !== before) savePending(storage, pendingKey, pending);
  };
  const sendSlide = (): void => {
    if (slideToRecord !== null && status === 'connected') {
      provider.sendStateless(JSON.stringify({ type: 'slide', ...slideToRecord }));
    }
  };
  const send = (id: string, request: OutboxRequest): void => {
    pending.set(id, request);
    savePending(storage, pendingKey, pending);
    flush(true);
    notify(); // Offline nothing else changes: the page must still show what waits.
  };

  return {
    key,
    status: () => status,
    refusal: () => refusal,
    followers: () => followers,
    readLog(parse) {
      const entries: ReturnType<typeof parse>[] = [];
      for (const value of log.toArray()) {
        const entry = parse(value);
        if (entry !== null) entries.push(entry);
        else if (!warned.has(value)) {
          warned.add(value);
          console.warn(
            '[live] dropped an entry of the show’s log that is not a valid event:',
            value,
          );
        }
      }
      return entries.filter((e): e is NonNullable<typeof e> => e !== null);
    },
    appendLog(entries) {
      if (key.role !== 'host') return;
      const known = new Set(log.toArray().map((v) => (v as { id?: unknown } | null)?.id));
      const fresh = entries.filter((e) => !known.has(e.id));
      if (fresh.length > 0) log.push(fresh.map((e) => ({ ...e })));
    },
    readMessages: () =>
      messages
        .toArray()
        .map(parseLiveMessage)
        .filter((m): m is LiveMessage => m !== null),
    readAcks: () => [...acks.values()].map(parseLiveAck).filter((a): a is LiveAck => a !== null),
    waitingMessages: () =>
      [...pending.values()].flatMap((r) =>
        r.type === 'message' ? [{ id: r.id, to: r.to, text: r.text }] : [],
      ),
    readCheckins: () =>
      [...checkins.values()].map(parseLiveCheckin).filter((c): c is LiveCheckin => c !== null),
    checkIn() {
      if (key.speakerId === null) return;
      send(CHECKIN_ID, { type: 'checkin' });
    },
    readPresence() {
      const states = provider.awareness?.getStates() ?? new Map<number, unknown>();
      return [...states.values()].flatMap((state) => {
        const presence = parsePresenceState((state as { presence?: unknown }).presence);
        return presence ? [presence] : [];
      });
    },
    announceClockOffset(offsetMs) {
      if (!announced || announced.offsetMs === offsetMs) return;
      announced = { ...announced, offsetMs };
      provider.setAwarenessField('presence', announced);
    },
    sendMessage(to, text) {
      const tidy = normaliseMessageText(text);
      const problem = checkMessageText(tidy);
      if (problem) return problem;
      const id = crypto.randomUUID();
      send(id, { type: 'message', id, to, text: tidy });
      return null;
    },
    acknowledge(messageId) {
      if (key.speakerId === null) return;
      send(formatAckKey(messageId, key.speakerId), { type: 'ack', messageId });
    },
    recordSlide(slideId, step = 0) {
      if (slideId === slideToRecord?.slideId && step === slideToRecord.step) return;
      slideToRecord = { slideId, step };
      sendSlide();
    },
    requestNewLink(linkName) {
      if (status !== 'connected') {
        refusal = 'offline-new-link';
        notify();
        return;
      }
      provider.sendStateless(JSON.stringify({ type: 'new-link', link: linkName }));
    },
    newLinkKey: (linkName) => newLinks.get(linkName) ?? null,
    onChange(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    destroy() {
      listeners.clear();
      provider.destroy();
      socket.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}

/** The requests that wait in a page's outbox until the document shows them done. */
type OutboxRequest = Extract<LiveRequest, { readonly type: 'message' | 'ack' | 'checkin' }>;

/** The id a speaker's check-in waits under (one a page). */
const CHECKIN_ID = 'checkin';

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
    const request = parsed?.type === 'message' || parsed?.type === 'ack' ? parsed : null;
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
