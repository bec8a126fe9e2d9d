/**
 * The live panel's parts, one per region: each derives a small view from the live show and
 * draws only from it, so the view is the region's whole key. None changes with the time
 * alone: the live show's changes wake them.
 */
import { definePart } from '../lib/part.ts';
import { renderNotice } from '../lib/renderNotice.ts';
import { renderFollowers } from '../runofshow/renderFollowers.ts';
import type { LiveStatus, WaitingMessage } from './connectLive.ts';
import type { LiveRole } from './liveKey.ts';
import type { LiveAck, LiveMessage, MessageSender } from './liveMessages.ts';
import {
  INVALID_LINK_MESSAGE,
  renderDeckPosition,
  renderLiveStatus,
  renderMessageLog,
  renderQuietLiveStatus,
  renderSpeakerMessages,
  type DeckPosition,
  type LivePerson,
} from './renderLive.ts';

/** Server refusals by reason, in words for the page. */
const REFUSALS: Readonly<Record<string, string>> = {
  'invalid-key': INVALID_LINK_MESSAGE,
  'too-many-connections':
    'The live show has as many pages open as it allows: close a page you no longer need, then reload this one.',
  'too-many-for-link':
    'This link is already open in as many windows as one link may be: close one you no longer need, then reload this page.',
  'rate-limited':
    'This page sent the server more than it takes at once, so the server paused it; it reconnects by itself in a moment.',
  'server-restarting':
    'The server is restarting: this page reconnects by itself and catches up, nothing to do.',
  'document-too-large':
    'The live show’s record is full, so the server took nothing more from this page.',
  'not-allowed': 'The server refused something this page sent.',
  'offline-new-link':
    'A new link needs the server: wait until this page says connected, then try again.',
};

/** The status line (`live.status`); on the deck, the quiet dot of the shared screen. */
export const liveStatusPart = definePart({
  view: (status: LiveStatus, role: LiveRole, quiet: boolean) => ({ status, role, quiet }),
  render: ({ status, role, quiet }) =>
    quiet ? renderQuietLiveStatus(status, role) : renderLiveStatus(status, role),
});

/** Why the server turned the page down, in words; nothing while it has not. */
export const refusalPart = definePart({
  view: (refusal: string | null) =>
    refusal === null ? null : (REFUSALS[refusal] ?? `The server refused: ${refusal}`),
  render: (text: string | null) => (text === null ? null : renderNotice('live', text)),
});

/** Where the deck is (`live.deck`). */
export const deckPositionPart = definePart({
  view: (position: DeckPosition | null) => position,
  render: renderDeckPosition,
});

/** How many attendees follow the deck (`run-of-show.followers`). */
export const followersPart = definePart({
  view: (count: number | null) => count,
  render: renderFollowers,
});

/** What the run-of-show's log of messages shows. */
export interface MessageLogView {
  readonly messages: readonly LiveMessage[];
  readonly acks: readonly LiveAck[];
  readonly waiting: readonly WaitingMessage[];
  readonly people: readonly LivePerson[];
  readonly formatTime: (ms: number) => string;
  /** Who reads the log, so that its own messages say "you". */
  readonly viewer: MessageSender | null;
}

/** The messages sent in this show, with their acknowledgements (`run-of-show.sent`). */
export const messageLogPart = definePart({
  view: (log: MessageLogView) => log,
  render: (log: MessageLogView) =>
    renderMessageLog(log.messages, log.acks, log.people, log.formatTime, log.waiting, log.viewer),
});

/**
 * A speaker's messages not yet acknowledged (`speaker.message`); each "Got it" says which
 * message it is for, and the panel listens to them all at once.
 */
export const speakerMessagesPart = definePart({
  view: (messages: readonly LiveMessage[], formatTime: (ms: number) => string) => ({
    messages,
    formatTime,
  }),
  render: ({ messages, formatTime }) => renderSpeakerMessages(messages, formatTime),
});
