/**
 * The live server's gate: who may join the show's document and what a joined page may send.
 * A page needs a key that holds (its link not replaced), room under the show's and its key's
 * limits, and then keeps to a message rate; only the host's pages write the document, and
 * only they may broadcast. Kept apart from the server's wiring so that every refusal and its
 * reason read in one place.
 */
import {
  IncomingMessage as EngineMessage,
  MessageType,
  type beforeHandleMessagePayload,
  type Connection,
  type onAuthenticatePayload,
} from '@hocuspocus/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import * as Y from 'yjs';
import { LIVE_ROLES, type LiveKey } from '../live/liveKey.ts';
import { checkLiveKey } from './liveKeys.ts';

/**
 * Why the server ends or refuses a page's connection: the reason travels to the page (which
 * says it in words, `src/live/livePanelParts.ts`), the code is the socket's close code.
 */
export const liveCloseReasons = {
  'invalid-key': 4403,
  'rate-limited': 4429,
  'not-allowed': 4405,
  'document-too-large': 4413,
  'server-restarting': 4503,
} as const;

/** A reason the server gives when it ends a connection. */
export type LiveCloseReason = keyof typeof liveCloseReasons;

/** An error whose `reason` Hocuspocus sends to the refused page. */
function refusal(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

/** The key a connection was let in with (its context), or `null`. */
export function contextKey(context: unknown): LiveKey | null {
  const key = (context as { key?: LiveKey } | null)?.key;
  return key ?? null;
}

/** The engine's message type that relays a page's words to every page unchecked. */
const BROADCAST_STATELESS: number = MessageType.BroadcastStateless;
const UNKNOWN: number = MessageType.Unknown;

/** The engine's type of one incoming message, read through its own message reader. */
function readMessageType(update: Uint8Array): number {
  try {
    const message = new EngineMessage(update);
    message.readVarString(); // the document's name comes first
    return message.readVarUint();
  } catch {
    return UNKNOWN;
  }
}

/**
 * Ends one page's connection: the engine's close message carries the reason to the page,
 * then the socket goes, so the page reconnects and asks again (and is refused again when its
 * key no longer holds).
 */
export function endConnection(connection: Connection, reason: LiveCloseReason): void {
  const code = liveCloseReasons[reason];
  connection.close({ code, reason });
  connection.webSocket.close(code, reason);
}

/** What the gate checks against: the show, its keys, and its limits (defaults resolved). */
export interface LiveGateOptions {
  readonly secret: Buffer;
  readonly showId: string;
  readonly speakerIds: readonly string[];
  /** The document pages may join (the show's, or a dress rehearsal's). */
  readonly documentId: string;
  /** A link's current version, for refusing replaced keys. */
  readonly versionOf: (linkName: string) => number;
  /** Whether the server is shutting down, when it takes no one new. */
  readonly isClosing: () => boolean;
  readonly maxConnections: number;
  /** Most pages one key may hold at once; `undefined`: each role's own. */
  readonly maxConnectionsPerKey: number | undefined;
  readonly maxDocumentBytes: number;
  readonly maxMessagesPerWindow: number;
  readonly messageWindowSeconds: number;
}

/** The gate's two hooks, as the engine calls them. */
export interface LiveGate {
  /** Lets a page in with its key as context, or refuses it with a reason the page says. */
  authenticate(payload: onAuthenticatePayload): Promise<{ key: LiveKey }>;
  /** Lets a message through, or ends the connection that sent it. */
  checkMessage(payload: beforeHandleMessagePayload): Promise<undefined>;
}

/** Makes the gate for one server. */
export function makeLiveGate(options: LiveGateOptions): LiveGate {
  const { secret, showId, speakerIds, maxConnections } = options;
  const messages = new RateLimiterMemory({
    points: options.maxMessagesPerWindow,
    duration: options.messageWindowSeconds,
  });
  return {
    authenticate({ token, documentName, connectionConfig, instance }) {
      const closing = options.isClosing();
      if (documentName !== options.documentId || closing) {
        return Promise.reject(refusal(closing ? 'server-restarting' : 'invalid-key'));
      }
      const key = checkLiveKey(secret, showId, token, speakerIds, options.versionOf);
      // Followers never get the show's document: theirs is the follow socket.
      if (!key || key.role === 'follow') return Promise.reject(refusal('invalid-key'));
      const connections = instance.documents.get(documentName)?.getConnections() ?? [];
      if (connections.length >= maxConnections) {
        return Promise.reject(refusal('too-many-connections'));
      }
      const sameKey = connections.filter((c) => contextKey(c.context)?.text === key.text);
      const perKey = options.maxConnectionsPerKey ?? LIVE_ROLES[key.role].maxConnections;
      if (sameKey.length >= perKey) {
        return Promise.reject(refusal('too-many-for-link'));
      }
      // Only the host's pages write the document; everyone else reads it and asks the
      // server (stateless messages) for the little they may add.
      connectionConfig.readOnly = key.role !== 'host';
      return Promise.resolve({ key });
    },
    async checkMessage({ connection, context, update, document, documentName }) {
      const key = contextKey(context);
      const end = (reason: LiveCloseReason): Promise<never> => {
        endConnection(connection, reason);
        return Promise.reject(refusal(reason));
      };
      try {
        await messages.consume(`${connection.socketId}/${documentName}`);
      } catch {
        return end('rate-limited');
      }
      // Broadcast stateless messages go to every page unchecked: only the host may send them.
      if (key?.role !== 'host' && readMessageType(update) === BROADCAST_STATELESS) {
        return end('not-allowed');
      }
      if (key?.role === 'host') {
        const size = Y.encodeStateAsUpdate(document).byteLength + update.byteLength;
        if (size > options.maxDocumentBytes) return end('document-too-large');
      }
      return undefined;
    },
  };
}
