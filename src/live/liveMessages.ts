/**
 * Messages to the stage and their acknowledgements: their shapes in the show's document,
 * the requests pages send the server to add them, and the limits the server holds them to.
 * Pure and engine-free, so the pages and the server check the same things the same way.
 */

/** The longest message, in characters: a speaker reads it at a glance. */
export const MAX_MESSAGE_LENGTH = 140;

/** Ready-made messages the run-of-show offers with one click. */
export const READY_MESSAGES = [
  '2 minutes',
  'Please wrap up',
  'You are muted',
  'Next question from the audience',
] as const;

/** Who sends messages: the host or the moderator. */
export type MessageSender = 'host' | 'moderator';

/** A message in the show's document. `to` is a speaker's id or `all`. Text only, never HTML. */
export interface LiveMessage {
  readonly id: string;
  /** When the server took it, epoch ms. */
  readonly at: number;
  readonly from: MessageSender;
  readonly to: string;
  readonly text: string;
}

/** A speaker's acknowledgement of a message, stored under `formatAckKey(messageId, by)`. */
export interface LiveAck {
  readonly messageId: string;
  /** The speaker who acknowledged it. */
  readonly by: string;
  readonly at: number;
}

/** A speaker's "I'm here and ready", stored under her id in the document's `checkins` map. */
export interface LiveCheckin {
  readonly by: string;
  /** When the server took it, on the show's clock, epoch ms. */
  readonly at: number;
}

/** What a page asks the server to do (Hocuspocus stateless messages, as JSON). */
export type LiveRequest =
  | { readonly type: 'message'; readonly id: string; readonly to: string; readonly text: string }
  | { readonly type: 'ack'; readonly messageId: string }
  /**
   * The deck shows this slide now, at this fragment step (the map's steps; 0 before the
   * first), for followers' decks. The deck's key records nothing else.
   */
  | { readonly type: 'slide'; readonly slideId: string; readonly step: number }
  /** The host asks for a new link for `link` (`deck`, `speaker:<id>`…), ending the old one. */
  | { readonly type: 'new-link'; readonly link: string }
  /** A speaker says she is here and ready. */
  | { readonly type: 'checkin' };

/** What the server answers when it refuses a request. */
export interface LiveRefusal {
  readonly type: 'refused';
  readonly reason: string;
}

/** What the server answers the host who asked for a new link: the link's new key. */
export interface LiveNewLink {
  readonly type: 'new-link';
  readonly link: string;
  readonly key: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LINK = /^[a-z]{1,32}(:[a-z0-9][a-z0-9-]{0,63})?$/;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** The key of an acknowledgement in the document's `acks` map. */
export function formatAckKey(messageId: string, by: string): string {
  return `${messageId}/${by}`;
}

/**
 * Tidies a message's text as typed: spaces collapsed, ends trimmed.
 * @example normaliseMessageText('  Please   wrap up ') // "Please wrap up"
 */
export function normaliseMessageText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Why a message's text cannot be sent, or `null` when it can. */
export function checkMessageText(text: string): string | null {
  if (text === '') return 'The message is empty: type a few words or choose a ready-made one.';
  const { length } = text;
  if (length > MAX_MESSAGE_LENGTH) {
    return `The message has ${length} characters, more than the ${MAX_MESSAGE_LENGTH} a speaker can read at a glance: shorten it.`;
  }
  return null;
}

/** Checks a message read from the document; `null` for anything malformed. */
export function parseLiveMessage(value: unknown): LiveMessage | null {
  if (!isRecord(value)) return null;
  const { id, at, from, to, text } = value;
  if (!isId(id) || !isTime(at) || (from !== 'host' && from !== 'moderator')) return null;
  if (!isId(to) || typeof text !== 'string' || checkMessageText(text) !== null) return null;
  return { id, at, from, to, text };
}

/** Checks an acknowledgement read from the document; `null` for anything malformed. */
export function parseLiveAck(value: unknown): LiveAck | null {
  if (!isRecord(value)) return null;
  const { messageId, by, at } = value;
  if (!isId(messageId) || !isId(by) || !isTime(at)) return null;
  return { messageId, by, at };
}

/** Checks a check-in read from the document; `null` for anything malformed. */
export function parseLiveCheckin(value: unknown): LiveCheckin | null {
  if (!isRecord(value)) return null;
  const { by, at } = value;
  return isId(by) && isTime(at) ? { by, at } : null;
}

/** Checks a request's JSON text; `null` for anything that is not one. */
export function parseLiveRequest(payload: string): LiveRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (value.type === 'checkin') return { type: 'checkin' };
  if (value.type === 'ack' && isId(value.messageId)) {
    return { type: 'ack', messageId: value.messageId };
  }
  if (value.type === 'slide' && isId(value.slideId)) {
    const step = value.step ?? 0;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > 100) return null;
    return { type: 'slide', slideId: value.slideId, step };
  }
  if (value.type === 'new-link' && typeof value.link === 'string' && LINK.test(value.link)) {
    return { type: 'new-link', link: value.link };
  }
  if (
    value.type === 'message' &&
    isId(value.id) &&
    isId(value.to) &&
    typeof value.text === 'string'
  ) {
    return { type: 'message', id: value.id, to: value.to, text: value.text };
  }
  return null;
}

/** Checks the server's answer; `null` for anything that is not a refusal. */
export function parseLiveRefusal(payload: string): LiveRefusal | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (isRecord(value) && value.type === 'refused' && typeof value.reason === 'string') {
      return { type: 'refused', reason: value.reason };
    }
  } catch {
    // Not JSON: not ours.
  }
  return null;
}

/** Checks the server's answer to a new-link request; `null` for anything else. */
export function parseLiveNewLink(payload: string): LiveNewLink | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (
      isRecord(value) &&
      value.type === 'new-link' &&
      typeof value.link === 'string' &&
      LINK.test(value.link) &&
      typeof value.key === 'string'
    ) {
      return { type: 'new-link', link: value.link, key: value.key };
    }
  } catch {
    // Not JSON: not ours.
  }
  return null;
}

/** Whether `message` is for the speaker `speakerId`. */
export function isMessageFor(message: LiveMessage, speakerId: string): boolean {
  return message.to === 'all' || message.to === speakerId;
}
