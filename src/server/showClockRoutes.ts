/**
 * The live server's clock: the show clock (the real clock, or a dress rehearsal's started at a
 * chosen instant), the clock-sync endpoint pages measure their machine's error against, and
 * the small JSON that tells pages which document and which clock the show runs on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestHandler } from 'timesync/server';
import {
  buildRehearsalDocument,
  LIVE_SHOW_PATH,
  LIVE_TIME_PATH,
  type LiveShowInfo,
} from '../live/liveShowInfo.ts';
import { buildShowShift } from '../time/showClock.ts';

/** The show's clock on the server. */
export interface ShowClock {
  /** The show's time now, epoch ms: what messages, acknowledgements and check-ins record. */
  nowMs(): number;
  /** What the pages are told. */
  readonly info: LiveShowInfo;
}

/**
 * The show clock: the real clock when `startedAt` is `null`, else a clock that reads
 * `startedAt` at `realNow()`'s first reading and runs from there, on a document of its own.
 */
export function makeShowClock(
  showId: string,
  startedAt: number | null,
  realNow: () => number = Date.now,
): ShowClock {
  if (startedAt === null) return { nowMs: realNow, info: { document: showId, rehearsal: null } };
  const shiftMs = buildShowShift(startedAt, realNow());
  return {
    nowMs: () => realNow() + shiftMs,
    info: {
      document: buildRehearsalDocument(showId, startedAt),
      rehearsal: { startedAt, shiftMs },
    },
  };
}

/**
 * Answers the clock's two HTTP routes and returns `true`, or returns `false` for any other
 * request. The sync endpoint answers with the server's real time (timesync's own handler): a
 * page's correction is about its machine, never about the rehearsal's shift.
 */
export function handleShowClockRequest(
  clock: ShowClock,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === `/${LIVE_TIME_PATH}` && request.method === 'POST') {
    response.setHeader('cache-control', 'no-store');
    requestHandler(request, response);
    return true;
  }
  if (path === `/${LIVE_SHOW_PATH}` && (request.method === 'GET' || request.method === 'HEAD')) {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(clock.info));
    return true;
  }
  return false;
}
