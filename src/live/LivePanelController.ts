/**
 * The live show's panel on a page, as a controller with the project's one lifecycle: the
 * status line on every page, the deck's position on the run-of-show and speaker pages, the
 * message composer and log on the run-of-show (host and moderator), and the current message
 * with its acknowledgement on a speaker's page. Each region shows a part (livePanelParts.ts),
 * redrawn only when its view changes.
 */
import { ControllerBase, onAbort } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { makePartRegion, type Part, type PartRegion } from '../lib/part.ts';
import { parseShowEvent } from '../show/showLog.ts';
import type { LiveShow } from './connectLive.ts';
import { findLatestSlide } from './findLatestSlide.ts';
import { isMessageFor, type LiveMessage } from './liveMessages.ts';
import {
  deckPositionPart,
  followersPart,
  liveStatusPart,
  messageLogPart,
  refusalPart,
  speakerMessagesPart,
} from './livePanelParts.ts';
import { makeLinkControls } from './makeLinkControls.ts';
import { makeMessageAlerts, type MessageAlerts } from './makeMessageAlerts.ts';
import { renderMessageComposer, type MessageComposer } from './renderMessageComposer.ts';
import type { DeckPosition, LivePerson } from './renderLive.ts';

/** Which page the panel is on. */
export type LivePanelPage = 'deck' | 'run-of-show' | 'speaker';

/** Options for `LivePanelController`. */
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

/** A region of the panel showing `part`, in the panel's own `live-region` element. */
function liveRegion<I extends readonly unknown[], V>(part: Part<I, V>): PartRegion<I> {
  return makePartRegion(h('div', { class: 'live-region' }), part);
}

/** The panel; `render` fills `root`, `bind` starts listening to the live show. */
export class LivePanelController extends ControllerBase {
  readonly #options: LivePanelOptions;
  readonly #status = liveRegion(liveStatusPart);
  readonly #notice = liveRegion(refusalPart);
  readonly #deck = liveRegion(deckPositionPart);
  readonly #followers = liveRegion(followersPart);
  readonly #messages = liveRegion(messageLogPart);
  readonly #speaker = liveRegion(speakerMessagesPart);
  readonly #links: ReturnType<typeof makeLinkControls> | null;
  /** The composer, on the run-of-show of the host and the moderator: built once, only adjusted. */
  readonly #composer: MessageComposer | null;
  readonly #alerts: MessageAlerts | null;
  /** Messages this speaker acknowledged here, hidden at once, before the server confirms. */
  readonly #ackedHere = new Set<string>();
  #refusedHandled = false;

  constructor(options: LivePanelOptions) {
    super();
    this.#options = options;
    const { page, live, people } = options;
    const role = live.key.role;
    this.#links = page === 'run-of-show' && role === 'host' ? makeLinkControls(live, people) : null;
    const canSend = page === 'run-of-show' && (role === 'host' || role === 'moderator');
    this.#composer = canSend ? renderMessageComposer(people) : null;
    this.#alerts = page === 'speaker' ? makeMessageAlerts() : null;
  }

  render(): void {
    const { page } = this.#options;
    const composer = this.#composer;
    this.#options.root.replaceChildren(
      h(
        'section',
        { class: `live-panel live-panel-${page}`, 'aria-label': 'Live show' },
        h(
          'div',
          { class: 'live-bar' },
          this.#status.element,
          page === 'deck' ? null : this.#deck.element,
          page === 'run-of-show' ? this.#followers.element : null,
        ),
        this.#notice.element,
        this.#options.extra ?? null,
        page === 'speaker' ? this.#speaker.element : null,
        this.#alerts?.element,
        composer
          ? h(
              'div',
              { class: 'live-columns' },
              composer.form,
              h(
                'div',
                { class: 'live-log' },
                h('h2', { class: 'live-title' }, 'Messages sent'),
                this.#messages.element,
              ),
            )
          : null,
        this.#links?.element,
      ),
    );
  }

  update(): void {
    const { live, page } = this.#options;
    const status = live.status();
    this.#status.show(status, live.key.role, page === 'deck');
    if (status === 'refused' && !this.#refusedHandled) {
      this.#refusedHandled = true;
      this.#options.onRefused?.();
    }
    // The deck is on the shared screen: it says nothing more than its dot.
    if (page === 'deck') return;
    this.#notice.show(live.refusal());
    this.#links?.update();
    this.#deck.show(this.#deckPosition());
    if (page === 'run-of-show') this.#showRunOfShow();
    else this.#showSpeaker();
  }

  protected listen(signal: AbortSignal): void {
    onAbort(
      signal,
      this.#options.live.onChange(() => this.update()),
    );
    this.#alerts?.listen(signal);
    this.#speaker.element.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('[data-testid="speaker.message-ack"]');
        const messageId = button?.closest<HTMLElement>('[data-message-id]')?.dataset.messageId;
        if (messageId !== undefined) this.#acknowledge(messageId);
      },
      { signal },
    );
    const composer = this.#composer;
    if (!composer) return;
    composer.form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#send(composer, composer.text.value);
      },
      { signal },
    );
    composer.form.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button');
        if (button?.dataset.message !== undefined) this.#send(composer, button.dataset.message);
        else if (button?.dataset.testid === 'run-of-show.message-send') {
          this.#send(composer, composer.text.value);
        }
      },
      { signal },
    );
  }

  protected override clear(): void {
    this.#options.root.replaceChildren();
  }

  #send(composer: MessageComposer, words: string): void {
    const problem = this.#options.live.sendMessage(composer.to.value, words);
    composer.feedback.textContent = problem ?? '';
    if (!problem) composer.text.value = '';
  }

  #acknowledge(messageId: string): void {
    if (this.#ackedHere.has(messageId)) return;
    this.#ackedHere.add(messageId);
    this.#options.live.acknowledge(messageId);
    this.update();
  }

  #deckPosition(): DeckPosition | null {
    const slideId = findLatestSlide(this.#options.live.readLog(parseShowEvent));
    return slideId === null ? null : this.#options.describeSlide(slideId);
  }

  #showRunOfShow(): void {
    const { live, people, formatTime } = this.#options;
    const role = live.key.role;
    this.#followers.show(live.followers());
    this.#messages.show({
      messages: live.readMessages(),
      acks: live.readAcks(),
      waiting: live.waitingMessages(),
      people,
      formatTime,
      viewer: role === 'host' || role === 'moderator' ? role : null,
    });
  }

  #showSpeaker(): void {
    const { live, formatTime } = this.#options;
    const { speakerId } = live.key;
    const acked = new Set(
      live
        .readAcks()
        .filter((a) => a.by === speakerId)
        .map((a) => a.messageId),
    );
    const mine: LiveMessage[] =
      speakerId === null ? [] : live.readMessages().filter((m) => isMessageFor(m, speakerId));
    const waiting = mine.filter((m) => !acked.has(m.id) && !this.#ackedHere.has(m.id));
    this.#alerts?.update(waiting);
    this.#speaker.show(waiting, formatTime);
  }
}
