/**
 * Asks the live server, before a page connects, which document and clock the show runs on,
 * and keeps the answer in the page's storage: a page reloaded while the server is away must
 * still write to the same document (a dress rehearsal's marks never reach the real show's).
 */
import { buildLiveHttpUrl } from './connectLive.ts';
import { LIVE_SHOW_PATH, parseLiveShowInfo, type LiveShowInfo } from './liveShowInfo.ts';

/** Where the page keeps what it last heard from the server, for a reload while it is away. */
const INFO_KEY = 'live:show-info';

/**
 * How long a page trusts what the server last said when it cannot ask again: a dress rehearsal
 * lasts an afternoon, and a page opened offline on the real day must not run on yesterday's
 * rehearsal clock.
 */
const INFO_KEPT_MS = 12 * 3600_000;

/**
 * Which document and clock the show runs on, from the server; offline, what it said last
 * time if that was within `INFO_KEPT_MS`; failing both, the real show's. A page must know before it connects, so that a dress
 * rehearsal's marks never reach the real show's copy.
 */
export async function loadLiveShowInfo(
  showId: string,
  storage: Storage | null,
): Promise<LiveShowInfo> {
  const key = `${INFO_KEY}:${showId}`;
  try {
    const response = await fetch(buildLiveHttpUrl(LIVE_SHOW_PATH, document.baseURI), {
      cache: 'no-store',
      signal: AbortSignal.timeout(4000),
    });
    const info = parseLiveShowInfo(response.ok ? ((await response.json()) as unknown) : null);
    if (info) {
      storage?.setItem(key, JSON.stringify({ info, savedAt: Date.now() }));
      return info;
    }
  } catch {
    // Offline, or not served by the live server: fall back below.
  }
  try {
    const saved = JSON.parse(storage?.getItem(key) ?? 'null') as {
      info?: unknown;
      savedAt?: unknown;
    } | null;
    const kept = parseLiveShowInfo(saved?.info);
    const age = typeof saved?.savedAt === 'number' ? Date.now() - saved.savedAt : Infinity;
    if (kept && age >= 0 && age < INFO_KEPT_MS) return kept;
  } catch {
    // A damaged copy: the real show's clock.
  }
  return { document: showId, rehearsal: null };
}
