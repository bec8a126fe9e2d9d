/**
 * The server's side of messages to the stage: it checks each request against the sender's
 * role and the limits, then writes it into the show's document itself, because only the
 * host's connection may write the document directly.
 */
import type * as Y from 'yjs';
import { findDeckPosition } from '../live/findDeckPosition.ts';
import type { LiveKey } from '../live/liveKey.ts';
import {
  checkMessageText,
  formatAckKey,
  normaliseMessageText,
  parseLiveMessage,
  parseLiveRequest,
  type LiveAck,
  type LiveCheckin,
  type LiveMessage,
} from '../live/liveMessages.ts';
import { makeShowEvent, parseShowEvent, type ShowEvent } from '../show/showLog.ts';

/** The most messages one show keeps; past it the server refuses new ones. */
export const MAX_MESSAGES = 500;

/** What happened to a request: applied, or refused with a sentence for the sender. */
export type LiveRequestResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Options for `applyLiveRequest`. */
export interface ApplyLiveRequestOptions {
  readonly doc: Y.Doc;
  /** Who sent it, from their checked key. */
  readonly sender: LiveKey;
  /** The request's JSON text. */
  readonly payload: string;
  /** The programme's speaker ids: the only addressees besides `all`. */
  readonly speakerIds: readonly string[];
  /** The deck's slide ids, the only ones the deck may say it shows; `null` takes any id. */
  readonly slideIds?: readonly string[] | null;
  /** Now on the show's clock, epoch ms. */
  readonly now: number;
}

const isEvent = (event: ShowEvent | null): event is ShowEvent => event !== null;

const refuse = (reason: string): LiveRequestResult => ({ ok: false, reason });

/** Checks one request and, when it may be done, does it in `doc`. */
export function applyLiveRequest(options: ApplyLiveRequestOptions): LiveRequestResult {
  const { doc, sender, speakerIds, now } = options;
  const request = parseLiveRequest(options.payload);
  if (!request) return refuse('The server did not understand this request.');
  const messages = doc.getArray<unknown>('messages');
  const acks = doc.getMap<unknown>('acks');

  if (request.type === 'new-link') {
    return refuse('New links are made by the server itself, not written into the show.');
  }

  if (request.type === 'slide') {
    if (sender.role !== 'deck' && sender.role !== 'host') {
      return refuse('Only the deck’s link records which slide is on screen.');
    }
    const { slideIds } = options;
    if (slideIds && !slideIds.includes(request.slideId)) {
      return refuse(`There is no slide “${request.slideId}” in this deck.`);
    }
    const log = doc.getArray<unknown>('log');
    const { slideId, step } = request;
    const position = findDeckPosition(log.toArray().map(parseShowEvent).filter(isEvent));
    // Only what changed: a new slide (from step 0), then its step if it is further on.
    const events: ShowEvent[] = [];
    if (position?.slideId !== slideId) events.push(makeShowEvent({ kind: 'slide', slideId }, now));
    if ((position?.slideId === slideId ? position.step : 0) !== step) {
      events.push(makeShowEvent({ kind: 'step', slideId, step }, now));
    }
    if (events.length > 0) log.push(events);
    return { ok: true };
  }

  if (request.type === 'checkin') {
    if (sender.role !== 'speaker' || sender.speakerId === null) {
      return refuse('Only a speaker’s link can check in.');
    }
    // The first check-in counts: a reload or a second click does not move it.
    const checkins = doc.getMap<unknown>('checkins');
    if (!checkins.has(sender.speakerId)) {
      const checkin: LiveCheckin = { by: sender.speakerId, at: now };
      checkins.set(sender.speakerId, checkin);
    }
    return { ok: true };
  }

  if (request.type === 'message') {
    if (sender.role !== 'host' && sender.role !== 'moderator') {
      return refuse(`A ${sender.role}’s link cannot send messages.`);
    }
    if (request.to !== 'all' && !speakerIds.includes(request.to)) {
      return refuse(`There is no speaker “${request.to}” in this show.`);
    }
    const text = normaliseMessageText(request.text);
    const problem = checkMessageText(text);
    if (problem) return refuse(problem);
    if (messages.length >= MAX_MESSAGES) {
      return refuse(`This show already has ${MAX_MESSAGES} messages, the most it keeps.`);
    }
    const known = messages.toArray().some((m) => parseLiveMessage(m)?.id === request.id);
    if (known) return { ok: true };
    const message: LiveMessage = {
      id: request.id,
      at: now,
      from: sender.role,
      to: request.to,
      text,
    };
    messages.push([message]);
    return { ok: true };
  }

  if (sender.role !== 'speaker' || sender.speakerId === null) {
    return refuse('Only the speaker a message is for can acknowledge it.');
  }
  const by = sender.speakerId;
  const message = messages
    .toArray()
    .map(parseLiveMessage)
    .find((m) => m?.id === request.messageId);
  if (!message) return refuse('That message is not in this show.');
  if (message.to !== 'all' && message.to !== by) {
    return refuse('That message is for another speaker.');
  }
  const key = formatAckKey(message.id, by);
  if (!acks.has(key)) {
    const ack: LiveAck = { messageId: message.id, by, at: now };
    acks.set(key, ack);
  }
  return { ok: true };
}
