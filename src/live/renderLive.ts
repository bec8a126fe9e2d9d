/**
 * Pure renderers of the live show's parts of a page: its status, the deck's position, the
 * messages and their acknowledgements. Text only: a message's words become text nodes,
 * never HTML.
 */
import { h } from '../lib/h.ts';
import type { LiveStatus, WaitingMessage } from './connectLive.ts';
import { LIVE_ROLES, type LiveRole } from './liveKey.ts';
import type { LiveAck, LiveMessage, MessageSender } from './liveMessages.ts';

/** What a page says when the server (or the page) turns its link down. */
export const INVALID_LINK_MESSAGE =
  'This link is not valid for this show: ask the host for a new one. This page goes on from the clock, without the live show.';

/** Where the deck is, as a page shows it. */
export interface DeckPosition {
  readonly number: number;
  readonly total: number;
  readonly label: string;
}

/** Who is who, for messages: a speaker's id and the name to show. */
export interface LivePerson {
  readonly id: string;
  readonly name: string;
}

/**
 * The status line's text; it always says `connected` or `offline`.
 * @example formatLiveStatus('offline', 'speaker') // "Live: offline. Working from the clock and this page’s copy; it catches up when the connection returns."
 */
export function formatLiveStatus(status: LiveStatus, role: LiveRole): string {
  switch (status) {
    case 'connected':
      return `Live: connected as ${LIVE_ROLES[role].label.toLowerCase()}.`;
    case 'connecting':
      return 'Live: offline for now, connecting…';
    case 'offline':
      return 'Live: offline. Working from the clock and this page’s copy; it catches up when the connection returns.';
    case 'refused':
      return 'Live: offline. This link was refused.';
  }
}

/** The status line (`live.status`), with `data-status` for styles and tests. */
export function renderLiveStatus(status: LiveStatus, role: LiveRole): HTMLElement {
  return h(
    'p',
    { class: 'live-status', 'data-testid': 'live.status', 'data-status': status, role: 'status' },
    h('span', { class: 'live-dot', 'aria-hidden': 'true' }),
    formatLiveStatus(status, role),
  );
}

/**
 * The deck's status: a small dot in the corner of the shared screen, its words only for
 * screen readers and as a tooltip, so the audience never reads the show's plumbing on a
 * slide (the host sees the deck's position on the run-of-show).
 */
export function renderQuietLiveStatus(status: LiveStatus, role: LiveRole): HTMLElement {
  const words = formatLiveStatus(status, role);
  return h(
    'p',
    {
      class: 'live-status live-status-quiet',
      'data-testid': 'live.status',
      'data-status': status,
      title: words,
    },
    h('span', { class: 'live-dot', 'aria-hidden': 'true' }),
    // The deck page's own visually-hidden class (map.css, loaded with every deck).
    h('span', { class: 'visually-hidden' }, words),
  );
}

/**
 * Where the deck is, or that it has not said yet.
 * @example formatDeckPosition({ number: 9, total: 16, label: 'The map' }) // "On screen: slide 9 of 16, The map"
 */
export function formatDeckPosition(position: DeckPosition | null): string {
  return position
    ? `On screen: slide ${position.number} of ${position.total}, ${position.label}`
    : 'On screen: the deck has not moved yet in this live show.';
}

/** The deck's position line (`live.deck`). */
export function renderDeckPosition(position: DeckPosition | null): HTMLElement {
  return h('p', { class: 'live-deck', 'data-testid': 'live.deck' }, formatDeckPosition(position));
}

/**
 * Who of a message's addressees has seen it, and when: the text says "acknowledged" once one
 * of them has, and only then (a message to all lists who has not yet).
 * @example formatAcks(toSpeaker, [], people, time) // "Not seen yet by Ms. Ada Lovelace"
 */
export function formatAcks(
  message: LiveMessage,
  acks: readonly LiveAck[],
  people: readonly LivePerson[],
  formatTime: (ms: number) => string,
): string {
  const name = (id: string): string => people.find((p) => p.id === id)?.name ?? id;
  const mine = acks.filter((a) => a.messageId === message.id).sort((a, b) => a.at - b.at);
  if (message.to !== 'all') {
    const ack = mine.find((a) => a.by === message.to);
    return ack
      ? `Acknowledged by ${name(ack.by)} at ${formatTime(ack.at)}`
      : `Not seen yet by ${name(message.to)}`;
  }
  if (mine.length === 0) return 'Not seen yet by any speaker';
  const seen = new Set(mine.map((a) => a.by));
  const missing = people.filter((p) => !seen.has(p.id)).map((p) => p.name);
  return `Acknowledged by ${mine.map((a) => `${name(a.by)} at ${formatTime(a.at)}`).join(', ')}${
    missing.length > 0 ? ` · not yet: ${missing.join(', ')}` : ''
  }`;
}

/**
 * The messages sent in this show, newest first (`run-of-show.sent`, one per message), each
 * with who sent it (you, or the other sender) and who acknowledged it; above them the ones
 * this page sent that the server has not taken yet, so the host sees they are not lost.
 */
export function renderMessageLog(
  messages: readonly LiveMessage[],
  acks: readonly LiveAck[],
  people: readonly LivePerson[],
  formatTime: (ms: number) => string,
  waiting: readonly WaitingMessage[] = [],
  viewer: MessageSender | null = null,
): HTMLElement {
  if (messages.length === 0 && waiting.length === 0) {
    return h('p', { class: 'live-empty' }, 'No messages sent yet.');
  }
  const name = (id: string): string =>
    id === 'all' ? 'all speakers' : (people.find((p) => p.id === id)?.name ?? id);
  const sender = (from: MessageSender): string => (from === viewer ? 'you' : `the ${from}`);
  return h(
    'ol',
    { class: 'live-messages', reversed: true },
    waiting.map((m) =>
      h(
        'li',
        { 'data-testid': 'run-of-show.sent', 'data-message-id': m.id, 'data-waiting': 'true' },
        h('span', { class: 'live-message-meta' }, `Waiting to send · to ${name(m.to)}: `),
        h('q', { class: 'live-message-text' }, m.text),
        h(
          'span',
          { class: 'live-message-ack', 'data-testid': 'run-of-show.message-ack' },
          'It goes when the connection returns; it is kept if you reload.',
        ),
      ),
    ),
    [...messages]
      .sort((a, b) => b.at - a.at)
      .map((m) => {
        const text = formatAcks(m, acks, people, formatTime);
        return h(
          'li',
          {
            'data-testid': 'run-of-show.sent',
            'data-message-id': m.id,
            'data-from': m.from,
            'data-acked': String(text.startsWith('Acknowledged')),
          },
          h(
            'span',
            { class: 'live-message-meta' },
            `${formatTime(m.at)} · ${sender(m.from)} → ${name(m.to)}: `,
          ),
          h('q', { class: 'live-message-text' }, m.text),
          h(
            'span',
            {
              class: 'live-message-ack',
              'data-testid': 'run-of-show.message-ack',
              'data-acked': String(text.startsWith('Acknowledged')),
            },
            text,
          ),
        );
      }),
  );
}

/**
 * Every message a speaker has not acknowledged yet, newest first, large, each with its own
 * "Got it" (`speaker.message`, holding its `speaker.message-ack`): acknowledging one never
 * acknowledges another she has not read. The button is inside its message's
 * `data-message-id`, which is how the page's one listener knows which one it is for.
 */
export function renderSpeakerMessages(
  messages: readonly LiveMessage[],
  formatTime: (ms: number) => string,
): HTMLElement | null {
  if (messages.length === 0) return null;
  const newestFirst = [...messages].sort((a, b) => b.at - a.at);
  return h(
    'section',
    {
      class: 'live-speaker-messages',
      'aria-live': 'assertive',
      'aria-label': 'Messages from the host and the moderator',
    },
    newestFirst.map((message) =>
      h(
        'article',
        {
          class: 'live-speaker-message',
          'data-testid': 'speaker.message',
          'data-message-id': message.id,
        },
        h(
          'p',
          { class: 'live-speaker-message-meta' },
          `From the ${message.from} at ${formatTime(message.at)}`,
        ),
        h(
          'p',
          { class: 'live-speaker-message-text', 'data-testid': 'speaker.message-text' },
          message.text,
        ),
        h(
          'button',
          { type: 'button', class: 'btn btn-primary', 'data-testid': 'speaker.message-ack' },
          'Got it',
        ),
      ),
    ),
  );
}
