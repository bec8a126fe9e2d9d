/**
 * A follower's deck: it shows the slide and map step where the host's deck is, as the live
 * server says, while the attendee follows; any move of the attendee's own (keys, swipes, the
 * map, the table, the reading view's scrolling) pauses following, and "Back to the live
 * slide" (or `L`) jumps to where the host is and follows again. Each live slide change is
 * read out politely: "Slide 9 of 16: Where the conventions are in force".
 */
import type { RevealApi } from 'reveal.js';
import { ControllerBase, onAbort } from '../lib/controller.ts';
import type { DeckPosition } from '../live/followMessages.ts';
import { fragmentStep } from './makeDeckStepsPlugin.ts';
import {
  renderFollowBar,
  renderFollowRefusal,
  showFollowState,
  type FollowBar,
  type FollowState,
} from './renderFollowBar.ts';

/** What the controller needs of the follow connection (src/live/connectFollow.ts). */
export interface FollowSource {
  status(): 'connecting' | 'connected' | 'offline' | 'refused';
  refusal(): 'invalid-key' | 'full' | 'not-allowed' | null;
  position(): DeckPosition | null;
  onChange(onChange: () => void): () => void;
}

/** Options for `FollowController`. */
export interface FollowControllerOptions {
  /** Where the bar goes (a child of the page's body, outside the slides). */
  readonly root: HTMLElement;
  readonly deck: RevealApi;
  readonly source: FollowSource;
  /** Where "the published deck" is, for a full live deck. */
  readonly publishedHref: string;
  /** The words for a link that is not valid. */
  readonly invalidMessage: string;
}

/** The key that goes back to the live slide. */
const BACK_KEY = { keyCode: 76, key: 'L', description: 'Back to the live slide (following)' };

/** Elements inside a slide that an attendee explores: the map, tables, links, controls. */
const EXPLORING = 'a, button, input, select, summary, table, [tabindex], .map-layout';

/** Keys that move focus or speak, not the deck: they never pause following. */
const QUIET_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape', 'CapsLock']);

/** Where the deck shows now, as a position. */
function readDeck(deck: RevealApi): DeckPosition | null {
  const slide = deck.getCurrentSlide() as HTMLElement | undefined;
  if (!slide?.id) return null;
  return { slideId: slide.id, step: fragmentStep(deck) };
}

function samePosition(a: DeckPosition | null, b: DeckPosition | null): boolean {
  return a?.slideId === b?.slideId && a?.step === b?.step;
}

/** The slide's heading, as a screen reader would name it. */
function slideTitle(slide: HTMLElement): string {
  const heading = slide.querySelector('h1, h2, h3');
  const text = (heading?.textContent ?? slide.getAttribute('aria-label') ?? '').trim();
  return text.replace(/\s+/g, ' ');
}

/**
 * The follower's deck as a controller: `render` puts the bar in, `bind` starts following
 * (the connection, the deck's moves, the attendee's own exploring, the `L` key), all of it
 * on the one signal that `destroy` aborts.
 */
export class FollowController extends ControllerBase {
  readonly #options: FollowControllerOptions;
  #following = true;
  #bar: FollowBar | null = null;
  #announcedSlide: string | null = null;

  constructor(options: FollowControllerOptions) {
    super();
    this.#options = options;
  }

  render(): void {
    const bar = renderFollowBar(() => this.#resume());
    bar.root.tabIndex = -1;
    this.#bar = bar;
    this.#options.root.replaceChildren(bar.root);
    showFollowState(bar, this.#state());
  }

  update(): void {
    const bar = this.#bar;
    if (!bar) return;
    const { root, source } = this.#options;
    const refusal = source.refusal();
    if (refusal) {
      root.replaceChildren(
        renderFollowRefusal(refusal, this.#options.publishedHref, this.#options.invalidMessage),
      );
      this.#bar = null;
      return;
    }
    if (this.#following && source.status() === 'connected') this.#goLive();
    showFollowState(bar, this.#state());
  }

  protected listen(signal: AbortSignal): void {
    const { deck, source } = this.#options;
    onAbort(
      signal,
      source.onChange(() => this.update()),
    );
    const onDeckMoved = (): void => this.#onDeckMoved();
    for (const name of ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const) {
      deck.on(name, onDeckMoved);
      onAbort(signal, () => deck.off(name, onDeckMoved));
    }
    for (const name of ['pointerdown', 'keydown'] as const) {
      document.addEventListener(name, (event) => this.#onExplore(event), {
        capture: true,
        signal,
      });
    }
    deck.addKeyBinding(BACK_KEY, () => this.#resume());
    onAbort(signal, () => deck.removeKeyBinding(BACK_KEY.keyCode));
  }

  protected override clear(): void {
    this.#options.root.replaceChildren();
    this.#bar = null;
  }

  /**
   * The host's position in this deck. The host's holding slide is not in the viewers' deck:
   * before the start, followers see the first slide, which gives the start in their zone.
   */
  #target(): { position: DeckPosition; section: HTMLElement } | null {
    const { deck, source } = this.#options;
    const position = source.position();
    if (!position) return null;
    const section = document.getElementById(position.slideId);
    if (section && deck.getSlidesElement()?.contains(section)) return { position, section };
    const first = deck.getSlides()[0];
    return first ? { position: { slideId: first.id, step: 0 }, section: first } : null;
  }

  /** Moves the deck to the host's position, and announces a new slide. */
  #goLive(): void {
    const { deck } = this.#options;
    const live = this.#target();
    if (!live || samePosition(readDeck(deck), live.position)) return;
    const { position, section } = live;
    const { h, v } = deck.getIndices(section);
    deck.slide(h, v, position.step - 1);
    if (position.slideId !== this.#announcedSlide && this.#bar) {
      this.#announcedSlide = position.slideId;
      const number = deck.getSlidePastCount() + 1;
      const title = slideTitle(section);
      this.#bar.announcer.textContent = `Slide ${number} of ${deck.getTotalSlides()}${title ? `: ${title}` : ''}`;
    }
  }

  #state(): FollowState {
    const status = this.#options.source.status();
    if (status === 'connecting') return 'connecting';
    if (status !== 'connected') return 'offline';
    return this.#following ? 'live' : 'paused';
  }

  #pause(): void {
    if (!this.#following) return;
    this.#following = false;
    this.update();
  }

  #resume(): void {
    this.#following = true;
    this.update();
    this.#bar?.root.focus();
  }

  /** After any move of the deck: if it is not where the host is, the attendee moved it. */
  #onDeckMoved(): void {
    if (this.#following && this.#options.source.status() === 'connected') {
      const live = this.#target();
      if (live && !samePosition(readDeck(this.#options.deck), live.position)) this.#pause();
    }
  }

  #onExplore(event: Event): void {
    const target = event.target as Element | null;
    const slides = this.#options.deck.getSlidesElement();
    if (!target || !slides?.contains(target)) return;
    if (event instanceof KeyboardEvent && QUIET_KEYS.has(event.key)) return;
    if (target.closest(EXPLORING)) this.#pause();
  }
}
