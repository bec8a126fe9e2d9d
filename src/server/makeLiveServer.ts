/**
 * The live show's server: one HTTP server on loopback that serves the host build, answers
 * `/healthz`, and, on `/live`, runs the Hocuspocus sync endpoint for the show's Yjs document.
 * It checks every key (and that its link has not been replaced), holds each key to its own
 * number of pages and each connection to a message rate, makes every page but the host's
 * read-only, writes what the others may add itself, keeps the document in SQLite, and shares
 * it with other processes through Redis when asked. Pages may sit behind a proxy at any path:
 * the proxy strips its prefix, so the server itself only knows `/`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from '@hocuspocus/extension-redis';
import {
  Hocuspocus,
  IncomingMessage as EngineMessage,
  MessageType,
  type Connection,
  type Extension,
} from '@hocuspocus/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { LIVE_PATH, LIVE_ROLES, parseLinkName, type LiveKey } from '../live/liveKey.ts';
import { parseLiveRequest, type LiveNewLink, type LiveRefusal } from '../live/liveMessages.ts';
import { applyLiveRequest } from './applyLiveRequest.ts';
import { makeLinkVersions } from './linkVersions.ts';
import { checkLiveKey, makeLiveKey } from './liveKeys.ts';
import { makeFollowPart, type FollowPart } from './makeFollowPart.ts';
import { allSql, closeDb, makeShowDatabase } from './showDatabase.ts';
import { handleShowClockRequest, makeShowClock, type ShowClock } from './showClockRoutes.ts';

/** Where Redis runs, for several server processes sharing one show. */
export interface RedisAddress {
  readonly host: string;
  readonly port: number;
}

/** Options for `makeLiveServer`. Limits have defaults; see `liveLimits`. */
export interface LiveServerOptions {
  /** The address to listen on. @defaultValue '127.0.0.1' */
  readonly host?: string;
  /** The port; 0 picks a free one. @defaultValue 4174 */
  readonly port?: number;
  /** The host build to serve. */
  readonly siteDir: string;
  /** Where the SQLite file lives (the document and the link versions). */
  readonly dataDir: string;
  readonly secret: Buffer;
  /** The show's id: the event's id, and the name of its document. */
  readonly showId: string;
  readonly speakerIds: readonly string[];
  /** The deck's slide ids: the only slides the deck's key may record. @defaultValue any id */
  readonly slideIds?: readonly string[] | null;
  /** Share rooms with other processes through this Redis. @defaultValue null */
  readonly redis?: RedisAddress | null;
  /** Most pages connected to the show at once. @defaultValue 100 */
  readonly maxConnections?: number;
  /**
   * Most pages one key may hold at once, for every role (a load test's many pages on few keys).
   * @defaultValue each role's own, `LIVE_ROLES[role].maxConnections`
   */
  readonly maxConnectionsPerKey?: number;
  /** Most bytes the show's document may hold. @defaultValue 1 MiB */
  readonly maxDocumentBytes?: number;
  /** Most messages one connection may send in `liveLimits.messageWindowSeconds`. @defaultValue 200 */
  readonly maxMessagesPerWindow?: number;
  /** The show's clock (a dress rehearsal's with `--show-clock`). @defaultValue the real clock */
  readonly showClock?: ShowClock;
  /** The viewers' build (dist-public), served to followers under `/follow/`; none: no followers. */
  readonly publicSiteDir?: string | null;
  /** Most followers this process holds. @defaultValue 2000 */
  readonly maxFollowers?: number;
  /** The published deck, where a full live deck sends people. @defaultValue the viewers' build here, not following */
  readonly publishedUrl?: string | null;
}

/** The limits a server holds a show to, when its options don't say. */
export const liveLimits = {
  maxConnections: 100,
  maxDocumentBytes: 1024 * 1024,
  /** The largest single message on the socket: far above any real update of this document. */
  maxPayloadBytes: 256 * 1024,
  /**
   * Messages per connection per window: a page syncs, says it is there and sends a mark or a
   * message now and then, a few a second at most; a runaway or hostile page sends thousands.
   */
  maxMessagesPerWindow: 200,
  messageWindowSeconds: 10,
  /** How often each process reads the link versions again (another process may replace one). */
  linkCheckMs: 1000,
} as const;

/**
 * Why the server ends or refuses a page's connection: the reason travels to the page (which
 * says it in words, `makeLivePanel.ts`), the code is the socket's close code.
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

/** A running live server. */
export interface LiveServer {
  /** `http://host:port`, with the port actually bound. */
  readonly origin: string;
  /** The link's current version, for printing its current key. */
  readonly versionOf: (linkName: string) => number;
  /** Ends the link `linkName` (`deck`, `speaker:<id>`…) and returns its new key. */
  replaceLink(linkName: string): Promise<string>;
  /** The show's document: the show's id, or a dress rehearsal's own. */
  readonly documentName: string;
  /**
   * Tells every page the server is restarting, stops taking connections, saves the document,
   * and closes everything.
   */
  close(): Promise<void>;
}

/** What `/healthz` answers. */
export interface LiveHealth {
  readonly status: 'ok' | 'unavailable';
  readonly store: 'ok' | 'unreachable';
  readonly redis: 'ok' | 'unreachable' | 'off';
  readonly closing: boolean;
  readonly connections: number;
}

/** An error whose `reason` Hocuspocus sends to the refused page. */
function refusal(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

function contextKey(context: unknown): LiveKey | null {
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
function endConnection(connection: Connection, reason: LiveCloseReason): void {
  const code = liveCloseReasons[reason];
  connection.close({ code, reason });
  connection.webSocket.close(code, reason);
}

/** Resolves with `promise`'s value, or rejects after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Starts the server and resolves once it listens. */
export async function makeLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { secret, showId, speakerIds } = options;
  const maxConnections = options.maxConnections ?? liveLimits.maxConnections;
  const maxDocumentBytes = options.maxDocumentBytes ?? liveLimits.maxDocumentBytes;
  const messages = new RateLimiterMemory({
    points: options.maxMessagesPerWindow ?? liveLimits.maxMessagesPerWindow,
    duration: liveLimits.messageWindowSeconds,
  });
  const showClock = options.showClock ?? makeShowClock(showId, null);
  const documentId = showClock.info.document;

  const sqlite = makeShowDatabase(options.dataDir);
  const extensions: Extension[] = [sqlite];
  const redis = options.redis
    ? new Redis({ host: options.redis.host, port: options.redis.port, prefix: 'recognition-live' })
    : null;
  if (redis) extensions.push(redis);
  let closing = false;

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Save soon after each change: a server killed mid-show loses at most this much, and the
    // pages hold the rest and send it again when they reconnect.
    debounce: 200,
    maxDebounce: 1000,
    extensions,
    onAuthenticate({ token, documentName, connectionConfig, instance }) {
      if (documentName !== documentId || closing) {
        return Promise.reject(refusal(closing ? 'server-restarting' : 'invalid-key'));
      }
      const key = checkLiveKey(secret, showId, token, speakerIds, versions.versionOf);
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
    async beforeHandleMessage({ connection, context, update, document, documentName }) {
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
        if (size > maxDocumentBytes) return end('document-too-large');
      }
      return undefined;
    },
    connected({ connection }) {
      follow?.greet(connection);
      return Promise.resolve();
    },
    async onStateless({ connection, document, payload }) {
      const key = contextKey(connection.context);
      if (!key) return;
      const answer = (value: LiveRefusal | LiveNewLink): void =>
        connection.sendStateless(JSON.stringify(value));
      const request = parseLiveRequest(payload);
      if (request?.type === 'new-link') {
        if (key.role !== 'host') {
          answer({ type: 'refused', reason: 'Only the host’s link can make new links.' });
          return;
        }
        const parsed = parseLinkName(request.link, speakerIds, 'New link');
        if ('error' in parsed) {
          answer({ type: 'refused', reason: parsed.error });
          return;
        }
        answer({ type: 'new-link', link: request.link, key: await replaceLink(request.link) });
        return;
      }
      const size = Y.encodeStateAsUpdate(document).byteLength;
      const result =
        size + payload.length > maxDocumentBytes
          ? { ok: false as const, reason: 'The show’s document is full: no more messages fit.' }
          : applyLiveRequest({
              doc: document,
              sender: key,
              payload,
              speakerIds,
              slideIds: options.slideIds ?? null,
              now: showClock.nowMs(),
            });
      if (!result.ok) answer({ type: 'refused', reason: result.reason });
    },
  });

  await sqlite.ready;
  const db = sqlite.db;
  if (!db) throw new Error('[live] the SQLite extension did not open its database.');
  const versions = await makeLinkVersions({ db, showId, redis: redis?.pub ?? null });
  const follow: FollowPart | null = options.publicSiteDir
    ? await makeFollowPart({
        hocuspocus,
        showId,
        publicSiteDir: options.publicSiteDir,
        maxFollowers: options.maxFollowers,
        publishedUrl: options.publishedUrl ?? null,
        redis: options.redis ?? null,
        isFollowKey: (text) =>
          checkLiveKey(secret, showId, text, speakerIds, versions.versionOf)?.role === 'follow',
      })
    : null;

  /** Ends every page whose key no longer holds (its link was replaced). */
  const endReplaced = (): void => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const key = contextKey(connection.context);
        if (key && !checkLiveKey(secret, showId, key.text, speakerIds, versions.versionOf)) {
          endConnection(connection, 'invalid-key');
        }
      }
    }
    follow?.endReplaced();
  };
  const replaceLink = async (linkName: string): Promise<string> => {
    const parsed = parseLinkName(linkName, speakerIds);
    if ('error' in parsed) throw new Error(parsed.error);
    const version = await versions.replace(linkName);
    endReplaced();
    return makeLiveKey(secret, showId, parsed.role, parsed.speakerId, version);
  };
  // Another process (the `new-link` command, or a server beside this one) may replace a link.
  let checking = false;
  const linkCheck = setInterval(() => {
    if (checking) return;
    checking = true;
    versions
      .refresh()
      .then((changed) => changed && endReplaced())
      .catch((error: unknown) => console.error('[live] could not read the link versions:', error))
      .finally(() => (checking = false));
  }, liveLimits.linkCheckMs);

  const health = async (): Promise<LiveHealth> => {
    const store = await within(allSql(db, 'SELECT 1'), 2000).then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    );
    const redisState = redis
      ? await within(redis.pub.ping(), 2000).then(
          () => 'ok' as const,
          () => 'unreachable' as const,
        )
      : ('off' as const);
    const ok = store === 'ok' && redisState !== 'unreachable' && !closing;
    return {
      status: ok ? 'ok' : 'unavailable',
      store,
      redis: redisState,
      closing,
      connections: [...hocuspocus.documents.values()].reduce(
        (n, d) => n + d.getConnectionsCount(),
        0,
      ),
    };
  };
  const answerHealth = (response: ServerResponse): void => {
    void health().then((report) => {
      response.writeHead(report.status === 'ok' ? 200 : 503, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(`${JSON.stringify(report)}\n`);
    });
  };

  const serveSite = sirv(options.siteDir, { etag: true, dotfiles: false });
  const http: Server = createServer((request, response) => {
    if (handleShowClockRequest(showClock, request, response)) return;
    if (new URL(request.url ?? '/', 'http://localhost').pathname === '/healthz') {
      answerHealth(response);
      return;
    }
    if (follow?.handleRequest(request, response)) return;
    serveSite(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: liveLimits.maxPayloadBytes });
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!closing && follow?.handleUpgrade(path, request, socket, head)) return;
    if (path !== LIVE_PATH || closing) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => console.error('[live] socket error:', error.message));
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4174, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    origin: `http://${host}:${address.port}`,
    versionOf: (linkName) => versions.versionOf(linkName),
    replaceLink,
    documentName: documentId,
    async close() {
      closing = true;
      clearInterval(linkCheck);
      http.close();
      // Followers reconnect by themselves; the show's document is then free to unload.
      await follow?.close();
      // Each page hears why it lost the server, and reconnects by itself when it is back.
      // Closing the connections unloads each document, which saves it first.
      for (const document of hocuspocus.documents.values()) {
        for (const connection of document.getConnections()) {
          endConnection(connection, 'server-restarting');
        }
      }
      for (let i = 0; i < 100 && hocuspocus.getDocumentsCount() > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      sockets.close();
      await closeDb(sqlite.db);
      http.closeAllConnections();
    },
  };
}
