/** The links `npm run live` prints: one line per role, each with its key, at the public address. */
import { formatLinkName, formatLinkPath, LIVE_ROLES, type LiveRole } from '../live/liveKey.ts';
import { makeLiveKey } from './liveKeys.ts';

/** Options for `formatLiveLinks`. */
export interface LiveLinksOptions {
  /** Where people reach the site, ending in `/`: `http://127.0.0.1:4174/` or the proxy's URL. */
  readonly baseUrl: string;
  readonly secret: Buffer;
  readonly showId: string;
  readonly speakerIds: readonly string[];
  /** Each link name's current version (`linkVersions.ts`). @defaultValue always 0 */
  readonly versionOf?: (linkName: string) => number;
}

/**
 * One link: the role's page under `baseUrl`, with its current key in the fragment, which
 * browsers never send to a server (nor to a proxy's log).
 */
export function formatLiveLink(
  options: Omit<LiveLinksOptions, 'speakerIds'>,
  role: LiveRole,
  speakerId: string | null = null,
): string {
  const { baseUrl, secret, showId } = options;
  const version = options.versionOf?.(formatLinkName({ role, speakerId })) ?? 0;
  const text = makeLiveKey(secret, showId, role, speakerId, version);
  return new URL(formatLinkPath({ role, speakerId, text }), baseUrl).href;
}

/**
 * One line per link, in the order of `LIVE_ROLES`: `host: …`, `deck: …`, `moderator: …`, then
 * `speaker <id>: …` for each speaker.
 * @example formatLiveLinks(o)[0] // "host: https://events.example.org/webinar/run-of-show.html#live=host.Ab…"
 */
export function formatLiveLinks(options: LiveLinksOptions): string[] {
  return (Object.keys(LIVE_ROLES) as LiveRole[]).flatMap((role) =>
    LIVE_ROLES[role].hasSubject
      ? options.speakerIds.map((id) => `${role} ${id}: ${formatLiveLink(options, role, id)}`)
      : [`${role}: ${formatLiveLink(options, role)}`],
  );
}

/**
 * Checks `--public-url`: an absolute http(s) address with no query, fragment or user name;
 * returns it ending in `/` (the folder the site is served from).
 * @example parsePublicUrl('https://events.example.org/webinar') // "https://events.example.org/webinar/"
 */
export function parsePublicUrl(text: string): string {
  const fail = (what: string): Error =>
    new Error(
      `At --public-url: expected ${what}, got "${text}". Give the address people open, such as https://events.example.org/webinar/.`,
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('an absolute http:// or https:// address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fail('an address starting with http:// or https://');
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw fail('an address without a query (?…), a fragment (#…) or a user name');
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
