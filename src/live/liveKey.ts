/**
 * The shape of a live show's key, shared by the pages and the server. A key names its role
 * (and, for a speaker, whose page it is) in the clear, followed by a signature that only the
 * server can make and check: the page reads the role to choose what it offers, the server
 * decides what the key may actually do.
 */

/** Who a page is, in a live show. */
export type LiveRole = 'host' | 'moderator' | 'speaker';

/** A key taken apart; `mac` is the server's signature, checked only by the server. */
export interface LiveKey {
  readonly role: LiveRole;
  /** The speaker whose page this is; `null` for the host and the moderator. */
  readonly speakerId: string | null;
  readonly mac: string;
  /** The key as it travels: `host.<mac>`, `moderator.<mac>`, `speaker.<id>.<mac>`. */
  readonly text: string;
}

/** The URL parameter (query or fragment) that carries the key. */
export const LIVE_KEY_PARAM = 'live';

/** The path of the sync endpoint on the live server. */
export const LIVE_PATH = '/live';

const MAC = /^[A-Za-z0-9_-]{16,64}$/;
const SPEAKER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Formats a key from its parts.
 * @example formatLiveKey('speaker', 'nadia-starr', 'AbC…') // "speaker.nadia-starr.AbC…"
 */
export function formatLiveKey(role: LiveRole, speakerId: string | null, mac: string): string {
  return role === 'speaker' ? `speaker.${speakerId ?? ''}.${mac}` : `${role}.${mac}`;
}

/** Takes a key apart, or `null` when it is not shaped like one (the server still checks it). */
export function parseLiveKey(text: string): LiveKey | null {
  const parts = text.split('.');
  const [role, a, b] = parts;
  if ((role === 'host' || role === 'moderator') && parts.length === 2 && a && MAC.test(a)) {
    return { role, speakerId: null, mac: a, text };
  }
  if (role === 'speaker' && parts.length === 3 && a && b && SPEAKER_ID.test(a) && MAC.test(b)) {
    return { role, speakerId: a, mac: b, text };
  }
  return null;
}

/**
 * The key in a page's URL, from its query (`?live=`) or its fragment (`#live=`, where
 * reveal.js does not own the fragment), or `null` when the page has none.
 */
export function readLiveKeyParam(search: string, hash: string): string | null {
  const fromQuery = new URLSearchParams(search).get(LIVE_KEY_PARAM);
  if (fromQuery !== null) return fromQuery;
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(`${LIVE_KEY_PARAM}=`)) return null;
  return new URLSearchParams(fragment).get(LIVE_KEY_PARAM);
}
