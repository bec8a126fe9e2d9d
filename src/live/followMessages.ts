/**
 * What travels between the live server and a follower's deck, shared by both sides. A
 * follower gets the deck's position and nothing else of the show, so its channel is not the
 * show's document: it is a WebSocket of its own that carries JSON text, one small message per
 * move of the host's deck. The follower says who it is once (its key) and never writes again;
 * the server closes a follower's socket that sends anything else.
 */

/** The follow socket's path, beside the follow page (`<base>/follow/` → `<base>/follow/socket`). */
export const FOLLOW_SOCKET_NAME = 'socket';

/** The folder the live server serves the viewers' deck under, for followers. */
export const FOLLOW_FOLDER = 'follow';

/** Where the host's deck is: a slide, and the fragment step on it (0 before the first). */
export interface DeckPosition {
  readonly slideId: string;
  readonly step: number;
}

/** Why the server turned a follower away. */
export type FollowRefusal = 'invalid-key' | 'full' | 'not-allowed';

/** The follower's one message: its key. */
export interface FollowHello {
  readonly type: 'hello';
  readonly key: string;
}

/** What the server sends a follower. `position` is `null` before the host's deck has moved. */
export type FollowServerMessage =
  | { readonly type: 'position'; readonly position: DeckPosition | null }
  | { readonly type: 'refused'; readonly reason: FollowRefusal };

/**
 * WebSocket close codes the server ends a follower's socket with (4000–4999 are the
 * application's own), so a page knows not to reconnect.
 */
export const FOLLOW_CLOSE_CODES: Readonly<Record<FollowRefusal, number>> = {
  'invalid-key': 4401,
  full: 4429,
  // 1008: "policy violation", the standard code for a peer that broke the rules.
  'not-allowed': 1008,
};

/** What the server tells the host's and moderator's pages: how many follow now, in all. */
export interface FollowerCountMessage {
  readonly type: 'followers';
  readonly count: number;
}

/** Reads a follower count from the server's stateless message, or `null` if it is not one. */
export function parseFollowerCount(text: unknown): number | null {
  const value = parseJsonObject(text);
  const count = value?.type === 'followers' ? value.count : null;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
}

const MAX_ID_LENGTH = 200;
const MAX_STEP = 100;
const REFUSALS: readonly string[] = ['invalid-key', 'full', 'not-allowed'];

function parseJsonObject(text: unknown): Readonly<Record<string, unknown>> | null {
  if (typeof text !== 'string' || text.length > 4096) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)
      : null;
  } catch {
    return null;
  }
}

/** Checks a deck position from the network; `null` when it is not one. */
export function parseDeckPosition(value: unknown): DeckPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { slideId, step } = value as Readonly<Record<string, unknown>>;
  if (typeof slideId !== 'string' || slideId.length === 0 || slideId.length > MAX_ID_LENGTH) {
    return null;
  }
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > MAX_STEP) {
    return null;
  }
  return { slideId, step };
}

/** Reads a follower's hello, or `null` when the text is anything else. */
export function parseFollowHello(text: unknown): FollowHello | null {
  const value = parseJsonObject(text);
  if (value?.type !== 'hello' || typeof value.key !== 'string' || value.key.length > 200) {
    return null;
  }
  return { type: 'hello', key: value.key };
}

/** Reads a message from the server, or `null` when it is not one this page knows. */
export function parseFollowServerMessage(text: unknown): FollowServerMessage | null {
  const value = parseJsonObject(text);
  if (value?.type === 'position') {
    if (value.position === null) return { type: 'position', position: null };
    const position = parseDeckPosition(value.position);
    return position ? { type: 'position', position } : null;
  }
  if (value?.type === 'refused' && typeof value.reason === 'string') {
    return REFUSALS.includes(value.reason)
      ? { type: 'refused', reason: value.reason as FollowRefusal }
      : null;
  }
  return null;
}

/** The refusal a close code stands for, or `null` for an ordinary close (reconnect). */
export function parseFollowCloseCode(code: number): FollowRefusal | null {
  const found = Object.entries(FOLLOW_CLOSE_CODES).find(([, c]) => c === code);
  return found ? (found[0] as FollowRefusal) : null;
}
