/**
 * The live show's panel on a page, as a controller with the project's one lifecycle: the
 * status line on every page, the deck's position on the run-of-show and speaker pages, the
 * message composer and log on the run-of-show (host and moderator), and the current message
 * with its acknowledgement on a speaker's page.
 */
import { makeRegion } from '../lib/morph.ts';
import type { Controller } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { makeButton } from '../lib/makeButton.ts';
import { renderNotice } from '../lib/renderNotice.ts';
import { renderFollowers } from '../runofshow/renderFollowers.ts';
import { parseShowEvent } from '../show/showLog.ts';
import type { LiveShow } from './connectLive.ts';
import { findLatestSlide } from './findLatestSlide.ts';
import {
  isMessageFor,
  MAX_MESSAGE_LENGTH,
  READY_MESSAGES,
  type LiveMessage,
} from './liveMessages.ts';
import { makeMessageAlerts } from './makeMessageAlerts.ts';
import { makeLinkControls } from './makeLinkControls.ts';
import {
  INVALID_LINK_MESSAGE,
  renderDeckPosition,
  renderLiveStatus,
  renderQuietLiveStatus,
  renderMessageLog,
  renderSpeakerMessages,
  type DeckPosition,
  type LivePerson,
} from './renderLive.ts';

/** Which page the panel is on. */
export type LivePanelPage = 'deck' | 'run-of-show' | 'speaker';

/** Options for `makeLivePanel`. */
export interface LivePanelOptions {
  readonly root: HTMLElement;
  readonly live: LiveShow;
  readonly page: LivePanelPage;
  /** The speakers, for the composer's addressees and the acknowledgements. */
  readonly people: readonly LivePerson[];
  /** Where a slide stands in the deck, by id; `null` for a slide this build does not have. */
  readonly describeSlide: (slideId: string) => DeckPosition | null;
  /** A time of day as pages show it (the event's zone). */
  readonly formatTime: (ms: number) => string;
  /** Parts of the live show kept in files of their own (clock note, presence, check-in). */
  readonly extra?: HTMLElement;
  /** Called when the server refuses the page's key, so the page can go on without it. */
  readonly onRefused?: () => void;
}

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

/** A region that builds and draws its content only when the key of what it shows changes. */
function makeKeyedRegion(element: HTMLElement): {
  readonly element: HTMLElement;
  show(key: string, build: () => Node | null): void;
} {
  const region = makeRegion(element);
  let shown: string | null = null;
  return {
    element,
    show(key, build) {
      if (key === shown) return;
      shown = key;
      region.draw(build());
    },
  };
}

/** Makes the panel; `render` fills `root`, `bind` starts listening to the live show. */
export function makeLivePanel(options: LivePanelOptions): Controller {
  const { root, live, page, people, describeSlide, formatTime } = options;
  const role = live.key.role;
  const regions = {
    status: makeKeyedRegion(h('div', { class: 'live-region' })),
    notice: makeKeyedRegion(h('div', { class: 'live-region' })),
    deck: makeKeyedRegion(h('div', { class: 'live-region' })),
    messages: makeKeyedRegion(h('div', { class: 'live-region' })),
    speaker: makeKeyedRegion(h('div', { class: 'live-region' })),
    followers: makeKeyedRegion(h('div', { class: 'live-region' })),
  };
  const unbinders: (() => void)[] = [];
  const links = page === 'run-of-show' && role === 'host' ? makeLinkControls(live, people) : null;
  let refusedHandled = false;
  /** Messages this speaker acknowledged here, hidden at once, before the server confirms. */
  const ackedHere = new Set<string>();

  // The composer (run-of-show, host and moderator): built once, only adjusted.
  const to = h(
    'select',
    { id: 'live-message-to', 'data-testid': 'run-of-show.message-to' },
    h('option', { value: 'all' }, 'All speakers'),
    people.map((p) => h('option', { value: p.id }, p.name)),
  );
  const text = h('input', {
    id: 'live-message-text',
    type: 'text',
    maxlength: MAX_MESSAGE_LENGTH,
    autocomplete: 'off',
    placeholder: 'A short message for the speaker’s screen',
    'data-testid': 'run-of-show.message-text',
  });
  const feedback = h('p', {
    class: 'live-feedback',
    'data-testid': 'run-of-show.message-feedback',
    role: 'status',
  });
  const send = (words: string): void => {
    const problem = live.sendMessage(to.value, words);
    feedback.textContent = problem ?? '';
    if (!problem) text.value = '';
  };
  const sendButton = makeButton(
    'run-of-show.message-send',
    'Send',
    () => send(text.value),
    'btn-primary',
  );
  const readyButtons = READY_MESSAGES.map((words) => {
    const button = makeButton('run-of-show.message-ready', words, () => send(words));
    button.dataset.message = words;
    return button;
  });
  const form = h(
    'form',
    { class: 'live-composer', 'aria-label': 'Message to a speaker’s screen' },
    h('label', { for: 'live-message-to' }, 'To'),
    to,
    h('label', { for: 'live-message-text' }, 'Message'),
    text,
    sendButton,
    h('div', { class: 'live-ready' }, readyButtons),
    feedback,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(text.value);
  });

  const alerts = page === 'speaker' ? makeMessageAlerts() : null;
  function acknowledge(messageId: string): void {
    if (ackedHere.has(messageId)) return;
    ackedHere.add(messageId);
    live.acknowledge(messageId);
    update();
  }

  function ownMessages(): LiveMessage[] {
    const speakerId = live.key.speakerId;
    if (speakerId === null) return [];
    return live.readMessages().filter((m) => isMessageFor(m, speakerId));
  }

  function deckPosition(): DeckPosition | null {
    const slideId = findLatestSlide(live.readLog(parseShowEvent));
    return slideId === null ? null : describeSlide(slideId);
  }

  function update(): void {
    const status = live.status();
    regions.status.show(status, () =>
      page === 'deck' ? renderQuietLiveStatus(status, role) : renderLiveStatus(status, role),
    );
    if (status === 'refused' && !refusedHandled) {
      refusedHandled = true;
      options.onRefused?.();
    }
    // The deck is on the shared screen: it says nothing more than its dot.
    if (page === 'deck') return;
    const refusal = live.refusal();
    regions.notice.show(refusal ?? '', () =>
      refusal === null
        ? null
        : renderNotice('live', REFUSALS[refusal] ?? `The server refused: ${refusal}`),
    );
    links?.update();
    const position = deckPosition();
    regions.deck.show(JSON.stringify(position), () => renderDeckPosition(position));
    if (page === 'run-of-show') {
      const followers = live.followers();
      regions.followers.show(String(followers), () => renderFollowers(followers));
      const messages = live.readMessages();
      const acks = live.readAcks();
      const waiting = live.waitingMessages();
      regions.messages.show(JSON.stringify([messages, acks, waiting]), () =>
        renderMessageLog(
          messages,
          acks,
          people,
          formatTime,
          waiting,
          role === 'host' || role === 'moderator' ? role : null,
        ),
      );
    } else {
      const { speakerId } = live.key;
      const acked = new Set(
        live
          .readAcks()
          .filter((a) => a.by === speakerId)
          .map((a) => a.messageId),
      );
      const waiting = ownMessages().filter((m) => !acked.has(m.id) && !ackedHere.has(m.id));
      alerts?.update(waiting);
      regions.speaker.show(waiting.map((m) => m.id).join(' '), () =>
        renderSpeakerMessages(waiting, acknowledge, formatTime),
      );
    }
  }

  const canSend = page === 'run-of-show' && (role === 'host' || role === 'moderator');
  return {
    render() {
      root.replaceChildren(
        h(
          'section',
          { class: `live-panel live-panel-${page}`, 'aria-label': 'Live show' },
          h(
            'div',
            { class: 'live-bar' },
            regions.status.element,
            page === 'deck' ? null : regions.deck.element,
            page === 'run-of-show' ? regions.followers.element : null,
          ),
          regions.notice.element,
          options.extra ?? null,
          page === 'speaker' ? regions.speaker.element : null,
          alerts?.element,
          canSend
            ? h(
                'div',
                { class: 'live-columns' },
                form,
                h(
                  'div',
                  { class: 'live-log' },
                  h('h2', { class: 'live-title' }, 'Messages sent'),
                  regions.messages.element,
                ),
              )
            : null,
          links?.element,
        ),
      );
    },
    bind() {
      unbinders.push(live.onChange(update));
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      alerts?.destroy();
      root.replaceChildren();
    },
  };
}
