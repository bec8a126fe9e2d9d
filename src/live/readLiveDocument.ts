/**
 * The show's Yjs document as a page reads it: the log, the messages, the acknowledgements
 * and the check-ins, every value checked on the way out (the document is shared, so a bad
 * entry from anywhere is dropped with a warning, never shown). The host's page also adds
 * to the log here; the other roles ask the server.
 */
import type * as Y from 'yjs';
import type { LiveKey } from './liveKey.ts';
import {
  parseLiveAck,
  parseLiveCheckin,
  parseLiveMessage,
  type LiveAck,
  type LiveCheckin,
  type LiveMessage,
} from './liveMessages.ts';
import type { OutboxRequest } from './liveOutbox.ts';

/** The document's checked reads, and the host's one write. */
export interface LiveDocumentReads {
  /** The show's log entries that `parse` accepts; others are dropped with a warning. */
  readonly readLog: <T>(parse: (value: unknown) => T | null) => T[];
  /** Adds entries (each with a unique `id`) not in the log yet, on the host's page only. */
  readonly appendLog: (entries: readonly { readonly id: string }[]) => void;
  readonly readMessages: () => LiveMessage[];
  readonly readAcks: () => LiveAck[];
  readonly readCheckins: () => LiveCheckin[];
  /** Whether the document shows a request of the outbox (waiting under `id`) done. */
  readonly isDone: (id: string, request: OutboxRequest) => boolean;
}

/** Reads `doc` for the page whose key is `key`. */
export function readLiveDocument(doc: Y.Doc, key: LiveKey): LiveDocumentReads {
  const log = doc.getArray<unknown>('log');
  const messages = doc.getArray<unknown>('messages');
  const acks = doc.getMap<unknown>('acks');
  const checkins = doc.getMap<unknown>('checkins');
  const warned = new Set<unknown>();
  return {
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
    readCheckins: () =>
      [...checkins.values()].map(parseLiveCheckin).filter((c): c is LiveCheckin => c !== null),
    isDone: (id, request) =>
      request.type === 'message'
        ? messages.toArray().some((m) => parseLiveMessage(m)?.id === id)
        : request.type === 'checkin'
          ? checkins.has(key.speakerId ?? '')
          : acks.has(id),
  };
}
