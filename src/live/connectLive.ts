/**
 * The page's side of a live show: the show's Yjs document, kept in IndexedDB so a page that
 * loses the network (or reloads without it) keeps its copy, and synced through Hocuspocus
 * with the live server whenever it can reach it. This is the only module that connects the
 * sync engine's client; pages load it with `import()` only when their URL carries a key. Its
 * pieces are in files of their own: the document's reads (`readLiveDocument.ts`), the status
 * and what the server said (`makeLiveState.ts`), the outbox (`liveOutbox.ts`) and the
 * presence (`makePresenceField.ts`).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { LiveKey } from './liveKey.ts';
import type { PresenceState } from './livePresence.ts';
import {
  checkMessageText,
  formatAckKey,
  normaliseMessageText,
  type LiveAck,
  type LiveCheckin,
  type LiveMessage,
} from './liveMessages.ts';
import { CHECKIN_ID, makeOutbox, type PendingStorage, type WaitingMessage } from './liveOutbox.ts';
import { makeLiveState, type LiveState, type LiveStatus } from './makeLiveState.ts';
import { makePresenceField } from './makePresenceField.ts';
import { readLiveDocument } from './readLiveDocument.ts';

// The client's types, named where the pages have always found them.
export type { LiveStatus } from './makeLiveState.ts';
export type { PendingStorage, WaitingMessage } from './liveOutbox.ts';

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
  const reads = readLiveDocument(doc, key);
  const copyName = `${showId}:live:${key.role}${key.speakerId ? `:${key.speakerId}` : ''}`;
  const persistence = options.persist === false ? null : new IndexeddbPersistence(copyName, doc);
  const storage =
    options.storage !== undefined
      ? options.storage
      : options.persist === false
        ? null
        : globalThis.localStorage;
  const state = makeLiveState(() => outbox.clear());
  const outbox = makeOutbox({
    storage,
    storageKey: `${copyName}:waiting`,
    speakerId: key.speakerId,
    isDone: reads.isDone,
    send: (request) => {
      if (state.status() === 'connected') provider.sendStateless(JSON.stringify(request));
    },
  });
  let slideToRecord: { readonly slideId: string; readonly step: number } | null = null;
  const sendSlide = (): void => {
    if (slideToRecord !== null && state.status() === 'connected') {
      provider.sendStateless(JSON.stringify({ type: 'slide', ...slideToRecord }));
    }
  };
  const { socket, provider } = openProvider(options, doc, state, () => {
    outbox.flush(true);
    sendSlide();
    state.notify();
  });
  const presence = makePresenceField(provider, options.presence, state.notify);
  doc.on('update', () => {
    outbox.flush(false);
    state.notify();
  });
  // Requests wait in the outbox until the document shows them done.
  const send: typeof outbox.add = (id, request) => {
    outbox.add(id, request);
    state.notify(); // Offline nothing else changes: the page must still show what waits.
  };

  return {
    key,
    status: state.status,
    refusal: state.refusal,
    followers: state.followers,
    readLog: reads.readLog,
    appendLog: reads.appendLog,
    readMessages: reads.readMessages,
    readAcks: reads.readAcks,
    waitingMessages: outbox.waitingMessages,
    readCheckins: reads.readCheckins,
    checkIn() {
      if (key.speakerId === null) return;
      send(CHECKIN_ID, { type: 'checkin' });
    },
    readPresence: presence.read,
    announceClockOffset: presence.announceClockOffset,
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
      if (state.status() !== 'connected') {
        state.refuse('offline-new-link');
        return;
      }
      provider.sendStateless(JSON.stringify({ type: 'new-link', link: linkName }));
    },
    newLinkKey: state.newLinkKey,
    onChange: state.onChange,
    destroy() {
      state.clear();
      provider.destroy();
      socket.destroy();
      void persistence?.destroy();
      doc.destroy();
    },
  };
}

/**
 * The page's line to the server: a socket that retries every few seconds, the provider that
 * syncs `doc` over it (with the key as its token), attached at once. Its events go to `state`;
 * `onSynced` runs once the page has the server's copy again.
 */
function openProvider(
  options: LiveOptions,
  doc: Y.Doc,
  state: LiveState,
  onSynced: () => void,
): { readonly socket: HocuspocusProviderWebsocket; readonly provider: HocuspocusProvider } {
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
    name: options.showId,
    document: doc,
    token: options.key.text,
    onAuthenticationFailed: ({ reason }) =>
      state.onAuthenticationFailed(reason, () => {
        provider.destroy();
        socket.destroy();
      }),
    onSynced: () => {
      state.onSynced();
      onSynced();
    },
    onClose: ({ event }) => state.onClose(event.reason),
    onStatus: ({ status }) => state.onSocketStatus(status),
    onStateless: ({ payload }) => state.onStateless(payload),
  });
  // A provider given its socket leaves connecting to us.
  provider.attach();
  return { socket, provider };
}
