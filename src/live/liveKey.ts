/**
 * The shape of a live show's key, shared by the pages and the server. A key names its role
 * (and, for a speaker, whose page it is) in the clear, followed by a signature that only the
 * server can make and check: the page reads the role to choose what it offers, the server
 * decides what the key may actually do.
 *
 * The roles are one list (`LIVE_ROLES`): a new kind of link is one entry there, with the page
 * it opens and how many pages may hold it at once; everything else (parsing, link names, the
 * links `npm run live` prints, link replacement) follows from the list.
 */

/** What a role is: whose page it opens, and how many pages may use one key at once. */
export interface LiveRoleSpec {
  /** Whether the key names a person (`speaker.<id>.<mac>`) or not (`host.<mac>`). */
  readonly hasSubject: boolean;
  /** The page the role's link opens, relative to the site's base. */
  readonly page: 'run-of-show.html' | 'index.html' | 'speaker.html' | 'follow/';
  /**
   * Pages connected with one key at once (on one server process): enough for a person's
   * laptop and a spare window, too few for a leaked link to fill the show.
   */
  readonly maxConnections: number;
  /** The words the run-of-show uses for the role's link. */
  readonly label: string;
}

/** Every role a key can carry. The host's key writes the show; every other role asks. */
export const LIVE_ROLES = {
  host: { hasSubject: false, page: 'run-of-show.html', maxConnections: 6, label: 'Host' },
  deck: { hasSubject: false, page: 'index.html', maxConnections: 2, label: 'Deck' },
  moderator: {
    hasSubject: false,
    page: 'run-of-show.html',
    maxConnections: 4,
    label: 'Moderator',
  },
  speaker: { hasSubject: true, page: 'speaker.html', maxConnections: 3, label: 'Speaker' },
  // Attendees' link to the viewers' deck that follows the host's (the server's follow socket,
  // capped by --max-followers): never a page of the show's document, so no connection here.
  follow: { hasSubject: false, page: 'follow/', maxConnections: 0, label: 'Follow' },
} as const satisfies Readonly<Record<string, LiveRoleSpec>>;

/** Who a page is, in a live show. */
export type LiveRole = keyof typeof LIVE_ROLES;

/** Whether `text` names a role. */
export function isLiveRole(text: string): text is LiveRole {
  return Object.hasOwn(LIVE_ROLES, text);
}

/** A key taken apart; `mac` is the server's signature, checked only by the server. */
export interface LiveKey {
  readonly role: LiveRole;
  /** The speaker whose page this is; `null` for roles without a subject. */
  readonly speakerId: string | null;
  readonly mac: string;
  /** The key as it travels: `host.<mac>`, `deck.<mac>`, `speaker.<id>.<mac>`. */
  readonly text: string;
}

/** The fragment parameter that carries the key (`#live=…`); never the query. */
export const LIVE_KEY_PARAM = 'live';

/** The path of the sync endpoint on the live server (pages find it relative to their base). */
export const LIVE_PATH = '/live';

const MAC = /^[A-Za-z0-9_-]{16,64}$/;
const SUBJECT = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Formats a key from its parts.
 * @example formatLiveKey('speaker', 'ada-lovelace', 'AbC…') // "speaker.ada-lovelace.AbC…"
 */
export function formatLiveKey(role: LiveRole, speakerId: string | null, mac: string): string {
  return LIVE_ROLES[role].hasSubject ? `${role}.${speakerId ?? ''}.${mac}` : `${role}.${mac}`;
}

/** Takes a key apart, or `null` when it is not shaped like one (the server still checks it). */
export function parseLiveKey(text: string): LiveKey | null {
  const parts = text.split('.');
  const [role, a, b] = parts;
  if (role === undefined || !isLiveRole(role)) return null;
  if (!LIVE_ROLES[role].hasSubject) {
    return parts.length === 2 && a && MAC.test(a) ? { role, speakerId: null, mac: a, text } : null;
  }
  return parts.length === 3 && a && b && SUBJECT.test(a) && MAC.test(b)
    ? { role, speakerId: a, mac: b, text }
    : null;
}

/**
 * A link's name, as the command line and the run-of-show say it: `host`, `deck`, `moderator`,
 * `speaker:<id>`. Each name has one current key; a new link for the name ends the old one.
 * @example formatLinkName({ role: 'speaker', speakerId: 'ada-lovelace' }) // "speaker:ada-lovelace"
 */
export function formatLinkName(key: Pick<LiveKey, 'role' | 'speakerId'>): string {
  return LIVE_ROLES[key.role].hasSubject ? `${key.role}:${key.speakerId ?? ''}` : key.role;
}

/** A link name taken apart, or why it is not one (`At <where>: expected …, got …. <fix>`). */
export function parseLinkName(
  text: string,
  subjects: readonly string[],
  where = 'the link name',
): { readonly role: LiveRole; readonly speakerId: string | null } | { readonly error: string } {
  const [role = '', subject, ...rest] = text.split(':');
  const names = Object.entries(LIVE_ROLES)
    .map(([r, spec]) => (spec.hasSubject ? `${r}:<id>` : r))
    .join(', ');
  if (!isLiveRole(role) || rest.length > 0) {
    return { error: `At ${where}: expected one of ${names}, got "${text}".` };
  }
  if (!LIVE_ROLES[role].hasSubject) {
    return subject === undefined
      ? { role, speakerId: null }
      : { error: `At ${where}: expected "${role}" alone, got "${text}".` };
  }
  if (subject === undefined || !subjects.includes(subject)) {
    return {
      error: `At ${where}: expected ${role}:<id> with one of ${subjects.join(', ')}, got "${text}". Use an id from the programme.`,
    };
  }
  return { role, speakerId: subject };
}

/**
 * Where a key's link goes, relative to the site's base: the role's page, with the speaker
 * named in the query (not secret) and the key in the fragment, which browsers never send.
 * @example formatLinkPath(key) // "speaker.html?speaker=ada-lovelace#live=speaker.ada-lovelace.AbC…"
 */
export function formatLinkPath(key: Pick<LiveKey, 'role' | 'speakerId' | 'text'>): string {
  const { page } = LIVE_ROLES[key.role];
  const query =
    page === 'speaker.html' && key.speakerId !== null
      ? `?speaker=${encodeURIComponent(key.speakerId)}`
      : '';
  return `${page}${query}#${LIVE_KEY_PARAM}=${key.text}`;
}

/**
 * The sync endpoint beside a page, found from the page's own address, so one build works at
 * `/`, under a sub-path, over http on loopback and behind an HTTPS proxy (`wss:`).
 * @example buildLiveUrl('https://events.example.org/webinar/run-of-show.html') // "wss://events.example.org/webinar/live"
 */
export function buildLiveUrl(baseUri: string): string {
  const url = new URL(LIVE_PATH.slice(1), baseUri);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  return url.href;
}
