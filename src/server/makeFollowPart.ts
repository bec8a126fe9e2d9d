/**
 * Everything the live server does for followers, in one part it plugs in: it serves the
 * viewers' build (dist-public) under `/follow/`, or a "full" page once this process holds its
 * most followers; it keeps the show's document open on this process (a direct connection of
 * the engine's own, which through the Redis extension also receives every change made on the
 * other processes) and, from its log, tells the followers where the host's deck is; and it
 * tells the host's and moderator's pages how many people follow now, over every process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Connection, DirectConnection, Hocuspocus } from '@hocuspocus/server';
import sirv from 'sirv';
import { findDeckPosition } from '../live/findDeckPosition.ts';
import {
  FOLLOW_FOLDER,
  FOLLOW_SOCKET_NAME,
  type FollowerCountMessage,
} from '../live/followMessages.ts';
import type { LiveKey } from '../live/liveKey.ts';
import { parseShowEvent, type ShowEvent } from '../show/showLog.ts';
import { makeFollowers, DEFAULT_MAX_FOLLOWERS } from './makeFollowers.ts';
import { makeFollowerTally } from './makeFollowerTally.ts';
import type { RedisAddress } from './makeLiveServer.ts';

/** Options for `makeFollowPart`. */
export interface FollowPartOptions {
  readonly hocuspocus: Hocuspocus;
  readonly showId: string;
  /** The viewers' build. */
  readonly publicSiteDir: string;
  /** @defaultValue 2000 */
  readonly maxFollowers?: number | undefined;
  /** Where the "full" page sends people; `null`: the viewers' build here, not following. */
  readonly publishedUrl: string | null;
  readonly redis: RedisAddress | null;
  readonly isFollowKey: (key: string) => boolean;
}

/** The part, as the live server uses it. */
export interface FollowPart {
  /** Serves `/follow/…`; false for any other path. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** Takes the follow socket's upgrade; false for any other path. */
  handleUpgrade(path: string, request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Tells a page that just connected how many follow, when it is the host's or moderator's. */
  greet(connection: Connection): void;
  /** Ends followers whose link was replaced ("New link"). */
  endReplaced(): void;
  close(): Promise<void>;
}

const PREFIX = `/${FOLLOW_FOLDER}/`;
const SOCKET_PATH = `${PREFIX}${FOLLOW_SOCKET_NAME}`;
/** Where the full page sends people when no published deck is known: this deck, unfollowed. */
const UNFOLLOWED = 'index.html?published';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The page a follower gets when this process holds its most followers. */
export function renderFullPage(publishedUrl: string): string {
  const href = escapeHtml(publishedUrl);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This live deck is full</title>
<style>body{font:1.25rem/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1.5rem;color:#1b1b1b}a{color:#0b5394}</style>
</head><body><main>
<h1>This live deck is full</h1>
<p data-testid="follow.full">This live deck is full; the published deck is here: <a href="${href}">${href === UNFOLLOWED ? 'the slides, to read on your own' : href}</a>.</p>
<p>Keep following the webinar in Zoom; try this link again in a few minutes.</p>
</main></body></html>`;
}

/** Whether a connection is the host's or moderator's page, the ones that show the count. */
function showsCount(connection: Connection): boolean {
  const key = (connection.context as { key?: LiveKey } | null)?.key;
  return key?.role === 'host' || key?.role === 'moderator';
}

/** Starts the part: opens the show's document on this process and starts counting. */
export async function makeFollowPart(options: FollowPartOptions): Promise<FollowPart> {
  const { hocuspocus, showId } = options;
  const serveFollow = sirv(options.publicSiteDir, { etag: true, dotfiles: false });
  const countText = (count: number): string =>
    JSON.stringify({ type: 'followers', count } satisfies FollowerCountMessage);
  const tally = makeFollowerTally({
    showId,
    redis: options.redis,
    onTotal: (total) => {
      const text = countText(total);
      for (const document of hocuspocus.documents.values()) {
        for (const connection of document.getConnections()) {
          if (showsCount(connection)) connection.sendStateless(text);
        }
      }
    },
  });
  const followers = makeFollowers({
    maxFollowers: options.maxFollowers ?? DEFAULT_MAX_FOLLOWERS,
    isFollowKey: options.isFollowKey,
    onCountChange: (count) => tally.setLocal(count),
  });

  let direct: DirectConnection | null = await hocuspocus.openDirectConnection(showId, {
    server: true,
  });
  const document = hocuspocus.documents.get(showId);
  if (document) {
    const log = document.getArray<unknown>('log');
    const read = (): void => {
      const events = log
        .toArray()
        .map(parseShowEvent)
        .filter((e): e is ShowEvent => e !== null);
      followers.setPosition(findDeckPosition(events));
    };
    log.observe(read);
    read();
  }

  return {
    handleRequest(request, response) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === `/${FOLLOW_FOLDER}`) {
        response.writeHead(308, { location: `${PREFIX}${url.search}` });
        response.end();
        return true;
      }
      if (!url.pathname.startsWith(PREFIX)) return false;
      const rest = url.pathname.slice(PREFIX.length - 1);
      const isPage = rest === '/' || rest === '/index.html';
      if (isPage && !url.searchParams.has('published') && followers.isFull()) {
        response.writeHead(503, {
          'content-type': 'text/html; charset=utf-8',
          'retry-after': '120',
          'cache-control': 'no-store',
        });
        response.end(renderFullPage(options.publishedUrl ?? UNFOLLOWED));
        return true;
      }
      request.url = `${rest}${url.search}`;
      serveFollow(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
      });
      return true;
    },
    handleUpgrade(path, request, socket, head) {
      if (path !== SOCKET_PATH) return false;
      followers.handleUpgrade(request, socket, head);
      return true;
    },
    endReplaced: () => followers.endInvalid(),
    greet(connection) {
      if (showsCount(connection)) connection.sendStateless(countText(tally.total()));
    },
    async close() {
      followers.close();
      await tally.close();
      const closing = direct;
      direct = null;
      // The engine's types say `void`; the method returns the promise of the final save.
      await Promise.resolve(closing?.disconnect());
    },
  };
}
