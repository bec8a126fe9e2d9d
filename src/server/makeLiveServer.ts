/**
 * The live show's server: one HTTP server on loopback that serves the host build and, on
 * `/live`, the Hocuspocus sync endpoint for the show's Yjs document. It checks every key,
 * makes every page but the host's read-only, writes messages and acknowledgements itself,
 * keeps the document in SQLite, and shares it with other processes through Redis when asked.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { schema, SQLite } from '@hocuspocus/extension-sqlite';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { LIVE_PATH, type LiveKey } from '../live/liveKey.ts';
import type { LiveRefusal } from '../live/liveMessages.ts';
import { applyLiveRequest } from './applyLiveRequest.ts';
import { checkLiveKey } from './liveKeys.ts';

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
  /** Where the SQLite file lives. */
  readonly dataDir: string;
  readonly secret: Buffer;
  /** The show's id: the event's id, and the name of its document. */
  readonly showId: string;
  readonly speakerIds: readonly string[];
  /** Share rooms with other processes through this Redis. @defaultValue null */
  readonly redis?: RedisAddress | null;
  /** Most pages connected to the show at once. @defaultValue 100 */
  readonly maxConnections?: number;
  /** Most bytes the show's document may hold. @defaultValue 1 MiB */
  readonly maxDocumentBytes?: number;
}

/** The limits a server holds a show to, when its options don't say. */
export const liveLimits = {
  maxConnections: 100,
  maxDocumentBytes: 1024 * 1024,
  /** The largest single message on the socket: far above any real update of this document. */
  maxPayloadBytes: 256 * 1024,
} as const;

/** A running live server. */
export interface LiveServer {
  /** `http://host:port`, with the port actually bound. */
  readonly origin: string;
  /** Stops taking connections, saves the document, and closes everything. */
  close(): Promise<void>;
}

/** An error whose `reason` Hocuspocus sends to the refused page. */
function refusal(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

/** Hocuspocus message types that a page other than the host's may not send. */
const BROADCAST_STATELESS = 6;

/** Reads the message type after the document name (both varints/varstrings, y-protocols style). */
function readMessageType(data: Uint8Array): number | null {
  let offset = 0;
  const readVarUint = (): number | null => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = data[offset++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return null;
  };
  const nameLength = readVarUint();
  if (nameLength === null) return null;
  offset += nameLength;
  return readVarUint();
}

function contextKey(context: unknown): LiveKey | null {
  const key = (context as { key?: LiveKey } | null)?.key;
  return key ?? null;
}

function runSql(sqlite: SQLite, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!sqlite.db) {
      reject(new Error('[live] the SQLite extension did not open its database.'));
      return;
    }
    sqlite.db.run(sql, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/**
 * The engine's SQLite extension, but ready only once its table exists: the extension creates
 * the table without waiting, so a show asked for at once could be read before it exists.
 */
class DurableSQLite extends SQLite {
  private markReady: (result: Promise<void>) => void = () => undefined;
  /** Resolves once the database is open and its table exists. */
  readonly ready = new Promise<void>((resolve) => {
    this.markReady = (result) => resolve(result);
  });

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const ready = runSql(this, schema);
    this.markReady(ready);
    await ready;
  }
}

/** Starts the server and resolves once it listens. */
export async function makeLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const { secret, showId, speakerIds } = options;
  const maxConnections = options.maxConnections ?? liveLimits.maxConnections;
  const maxDocumentBytes = options.maxDocumentBytes ?? liveLimits.maxDocumentBytes;

  mkdirSync(options.dataDir, { recursive: true });
  const sqlite = new DurableSQLite({ database: join(options.dataDir, 'live.sqlite') });
  const extensions: Extension[] = [sqlite];
  if (options.redis) {
    extensions.push(
      new Redis({
        host: options.redis.host,
        port: options.redis.port,
        prefix: 'recognition-live',
      }),
    );
  }

  const hocuspocus = new Hocuspocus({
    quiet: true,
    // Save soon after each change: a server killed mid-show loses at most this much, and the
    // pages hold the rest and send it again when they reconnect.
    debounce: 200,
    maxDebounce: 1000,
    extensions,
    onAuthenticate({ token, documentName, connectionConfig, instance }) {
      if (documentName !== showId) {
        return Promise.reject(refusal('invalid-key'));
      }
      const key = checkLiveKey(secret, showId, token, speakerIds);
      if (!key) return Promise.reject(refusal('invalid-key'));
      const connected = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
      if (connected >= maxConnections) {
        return Promise.reject(refusal('too-many-connections'));
      }
      // Only the host's pages write the document; everyone else reads it and asks the
      // server (stateless messages) for the little they may add.
      connectionConfig.readOnly = key.role !== 'host';
      return Promise.resolve({ key });
    },
    beforeHandleMessage({ context, update, document }) {
      const key = contextKey(context);
      if (key?.role !== 'host' && readMessageType(update) === BROADCAST_STATELESS) {
        return Promise.reject(refusal('not-allowed'));
      }
      if (key?.role === 'host') {
        const size = Y.encodeStateAsUpdate(document).byteLength + update.byteLength;
        if (size > maxDocumentBytes) return Promise.reject(refusal('document-too-large'));
      }
      return Promise.resolve();
    },
    onStateless({ connection, document, payload }) {
      const key = contextKey(connection.context);
      if (!key) return Promise.resolve();
      const size = Y.encodeStateAsUpdate(document).byteLength;
      const result =
        size + payload.length > maxDocumentBytes
          ? { ok: false as const, reason: 'The show’s document is full: no more messages fit.' }
          : applyLiveRequest({ doc: document, sender: key, payload, speakerIds, now: Date.now() });
      if (!result.ok) {
        const answer: LiveRefusal = { type: 'refused', reason: result.reason };
        connection.sendStateless(JSON.stringify(answer));
      }
      return Promise.resolve();
    },
  });

  await sqlite.ready;

  const serveSite = sirv(options.siteDir, { etag: true, dotfiles: false });
  const http: Server = createServer((request, response) => {
    serveSite(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: liveLimits.maxPayloadBytes });
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== LIVE_PATH) {
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
    async close() {
      sockets.close();
      http.close();
      // Closing the connections unloads each document, which saves it first.
      hocuspocus.closeConnections();
      for (let i = 0; i < 100 && hocuspocus.getDocumentsCount() > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await new Promise<void>((resolve) => {
        if (sqlite.db) sqlite.db.close(() => resolve());
        else resolve();
      });
      http.closeAllConnections();
    },
  };
}
