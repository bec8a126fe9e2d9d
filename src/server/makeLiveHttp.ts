/**
 * The live server's HTTP side, on one port: the show clock's routes, `/healthz`, the
 * followers' pages, the host build, and the socket upgrades (the follow socket, and the sync
 * endpoint at `LIVE_PATH`, handed to Hocuspocus). Kept apart from the server's wiring so that
 * every route reads in one place.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { LIVE_PATH } from '../live/liveKey.ts';
import type { FollowPart } from './makeFollowPart.ts';
import { handleShowClockRequest, type ShowClock } from './showClockRoutes.ts';

/** What `/healthz` answers. */
export interface LiveHealth {
  readonly status: 'ok' | 'unavailable';
  readonly store: 'ok' | 'unreachable';
  readonly redis: 'ok' | 'unreachable' | 'off';
  readonly closing: boolean;
  readonly connections: number;
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

/** What the health check asks. */
export interface LiveHealthOptions {
  readonly hocuspocus: Hocuspocus;
  /** Asks the store something trivial. */
  readonly pingStore: () => Promise<unknown>;
  /** Asks Redis, or `null` when the server runs without it. */
  readonly pingRedis: (() => Promise<unknown>) | null;
  readonly isClosing: () => boolean;
}

/** The server's health now: each store answers within two seconds, and it is not closing. */
export async function checkLiveHealth(options: LiveHealthOptions): Promise<LiveHealth> {
  const store = await within(options.pingStore(), 2000).then(
    () => 'ok' as const,
    () => 'unreachable' as const,
  );
  const redisState = options.pingRedis
    ? await within(options.pingRedis(), 2000).then(
        () => 'ok' as const,
        () => 'unreachable' as const,
      )
    : ('off' as const);
  const closing = options.isClosing();
  const ok = store === 'ok' && redisState !== 'unreachable' && !closing;
  return {
    status: ok ? 'ok' : 'unavailable',
    store,
    redis: redisState,
    closing,
    connections: [...options.hocuspocus.documents.values()].reduce(
      (n, d) => n + d.getConnectionsCount(),
      0,
    ),
  };
}

function answerHealth(response: ServerResponse, health: () => Promise<LiveHealth>): void {
  void health().then((report) => {
    response.writeHead(report.status === 'ok' ? 200 : 503, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(`${JSON.stringify(report)}\n`);
  });
}

/** What the HTTP side serves. */
export interface LiveHttpOptions {
  readonly hocuspocus: Hocuspocus;
  /** The host build. */
  readonly siteDir: string;
  readonly showClock: ShowClock;
  readonly follow: FollowPart | null;
  readonly health: () => Promise<LiveHealth>;
  /** Whether the server is shutting down, when it takes no new socket. */
  readonly isClosing: () => boolean;
  /** The largest single message on a socket. */
  readonly maxPayloadBytes: number;
}

/** The HTTP server (not listening yet) and the sockets it hands to the engine. */
export interface LiveHttp {
  readonly http: Server;
  readonly sockets: WebSocketServer;
}

/** Makes the HTTP server with its routes and upgrades. */
export function makeLiveHttp(options: LiveHttpOptions): LiveHttp {
  const { follow, hocuspocus } = options;
  const serveSite = sirv(options.siteDir, { etag: true, dotfiles: false });
  const http: Server = createServer((request, response) => {
    if (handleShowClockRequest(options.showClock, request, response)) return;
    if (new URL(request.url ?? '/', 'http://localhost').pathname === '/healthz') {
      answerHealth(response, options.health);
      return;
    }
    if (follow?.handleRequest(request, response)) return;
    serveSite(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const closing = options.isClosing();
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
  return { http, sockets };
}
