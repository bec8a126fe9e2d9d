/** The links `npm run live` prints: one line per role, each with its key. */
import { LIVE_KEY_PARAM } from '../live/liveKey.ts';
import { makeLiveKey } from './liveKeys.ts';

/** Options for `formatLiveLinks`. */
export interface LiveLinksOptions {
  /** `http://host:port` of the live server. */
  readonly origin: string;
  readonly secret: Buffer;
  readonly showId: string;
  readonly speakerIds: readonly string[];
}

/**
 * One line per role: `host: …`, `deck: …`, `moderator: …`, then `speaker <id>: …` for each
 * speaker. Keys go in the fragment, which browsers never send to a server, except on the
 * deck, whose fragment reveal.js owns (its query goes only to this server).
 * @example formatLiveLinks(o)[0] // "host: http://127.0.0.1:4174/run-of-show.html#live=host.Ab…"
 */
export function formatLiveLinks(options: LiveLinksOptions): string[] {
  const { origin, secret, showId } = options;
  const key = (role: 'host' | 'moderator' | 'speaker', speakerId: string | null = null): string =>
    `${LIVE_KEY_PARAM}=${makeLiveKey(secret, showId, role, speakerId)}`;
  return [
    `host: ${origin}/run-of-show.html#${key('host')}`,
    `deck: ${origin}/index.html?${key('host')}`,
    `moderator: ${origin}/run-of-show.html#${key('moderator')}`,
    ...options.speakerIds.map(
      (id) =>
        `speaker ${id}: ${origin}/speaker.html?speaker=${encodeURIComponent(id)}#${key('speaker', id)}`,
    ),
  ];
}
