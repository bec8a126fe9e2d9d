/**
 * The live show's server: one HTTP server on loopback that serves the host build, answers
 * `/healthz`, and, on `/live`, runs the Hocuspocus sync endpoint for the show's Yjs document.
 * It checks every key (and that its link has not been replaced), holds each key to its own
 * number of pages and each connection to a message rate, makes every page but the host's
 * read-only, writes what the others may add itself, keeps the document in SQLite, and shares
 * it with other processes through Redis when asked. Pages may sit behind a proxy at any path:
 * the proxy strips its prefix, so the server itself only knows `/`. This file wires the
 * pieces, each in a file of its own: the gate (`liveGate.ts`), the pages' requests
 * (`answerPageRequest.ts`), the links (`makeLinkKeeper.ts`), the HTTP side
 * (`makeLiveHttp.ts`) and the followers (`makeFollowPart.ts`).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import type { WebSocketServer } from 'ws';
import { answerPageRequest } from './answerPageRequest.ts';
import { makeLinkVersions } from './linkVersions.ts';
import { endConnection, makeLiveGate } from './liveGate.ts';
import { checkLiveKey } from './liveKeys.ts';
import { makeFollowPart, type FollowPart } from './makeFollowPart.ts';
import { makeLinkKeeper, type LinkKeeper } from './makeLinkKeeper.ts';
import { checkLiveHealth, makeLiveHttp } from './makeLiveHttp.ts';
import { allSql, closeDb, makeShowDatabase, type ShowDb } from './showDatabase.ts';
import { makeShowClock, type ShowClock } from './showClockRoutes.ts';

export { liveCloseReasons, type LiveCloseReason } from './liveGate.ts';
export type { LiveHealth } from './makeLiveHttp.ts';

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

/** Starts the server and resolves once it listens. */
export async function makeLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { secret, showId, speakerIds } = options;
  const maxDocumentBytes = options.maxDocumentBytes ?? liveLimits.maxDocumentBytes;
  const showClock = options.showClock ?? makeShowClock(showId, null);
  const documentId = showClock.info.document;

  const sqlite = makeShowDatabase(options.dataDir);
  const extensions: Extension[] = [sqlite];
  const redis = options.redis
    ? new Redis({ host: options.redis.host, port: options.redis.port, prefix: 'recognition-live' })
    : null;
  if (redis) extensions.push(redis);
  let closing = false;
  const isClosing = (): boolean => closing;
  const gate = makeLiveGate({
    secret,
    showId,
    speakerIds,
    documentId,
    versionOf: (linkName) => versions.versionOf(linkName),
    isClosing,
    maxConnections: options.maxConnections ?? liveLimits.maxConnections,
    maxConnectionsPerKey: options.maxConnectionsPerKey,
    maxDocumentBytes,
    maxMessagesPerWindow: options.maxMessagesPerWindow ?? liveLimits.maxMessagesPerWindow,
    messageWindowSeconds: liveLimits.messageWindowSeconds,
  });

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Save soon after each change: a server killed mid-show loses at most this much, and the
    // pages hold the rest and send it again when they reconnect.
    debounce: 200,
    maxDebounce: 1000,
    extensions,
    onAuthenticate: (payload) => gate.authenticate(payload),
    beforeHandleMessage: (payload) => gate.checkMessage(payload),
    connected({ connection }) {
      follow?.greet(connection);
      return Promise.resolve();
    },
    onStateless: (payload) =>
      answerPageRequest(payload, {
        speakerIds,
        slideIds: options.slideIds ?? null,
        maxDocumentBytes,
        nowMs: () => showClock.nowMs(),
        replaceLink: (linkName) => links.replaceLink(linkName),
      }),
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
  const links = makeLinkKeeper({
    hocuspocus,
    versions,
    follow,
    secret,
    showId,
    speakerIds,
    checkMs: liveLimits.linkCheckMs,
  });
  const { http, sockets } = makeLiveHttp({
    hocuspocus,
    siteDir: options.siteDir,
    showClock,
    follow,
    health: () =>
      checkLiveHealth({
        hocuspocus,
        pingStore: () => allSql(db, 'SELECT 1'),
        pingRedis: redis ? () => redis.pub.ping() : null,
        isClosing,
      }),
    isClosing,
    maxPayloadBytes: liveLimits.maxPayloadBytes,
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
    replaceLink: (linkName) => links.replaceLink(linkName),
    documentName: documentId,
    close() {
      closing = true;
      return closeLiveServer({ hocuspocus, http, sockets, follow, links, db: sqlite.db });
    },
  };
}

/** What a running server holds that closing it stops. */
interface RunningParts {
  readonly hocuspocus: Hocuspocus;
  readonly http: Server;
  readonly sockets: WebSocketServer;
  readonly follow: FollowPart | null;
  readonly links: LinkKeeper;
  readonly db: ShowDb | undefined;
}

/**
 * Shuts the server down in order, once it takes no one new: every page hears why it lost the
 * server (and reconnects by itself when it is back), the documents are saved as they unload,
 * then the sockets, the database and the HTTP connections close.
 */
async function closeLiveServer(parts: RunningParts): Promise<void> {
  const { hocuspocus, http } = parts;
  parts.links.stop();
  http.close();
  // Followers reconnect by themselves; the show's document is then free to unload.
  await parts.follow?.close();
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
  parts.sockets.close();
  await closeDb(parts.db);
  http.closeAllConnections();
}
