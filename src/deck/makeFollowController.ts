/**
 * A follower's deck: it shows the slide and map step where the host's deck is, as the live
 * server says, while the attendee follows; any move of the attendee's own (keys, swipes, the
 * map, the table, the reading view's scrolling) pauses following, and "Back to the live
 * slide" (or `L`) jumps to where the host is and follows again. Each live slide change is
 * read out politely: "Slide 9 of 16: Where the conventions are in force".
 */
import type { RevealApi } from 'reveal.js';
import type { Controller } from '../lib/controller.ts';
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

/** Options for `makeFollowController`. */
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

/** Makes the controller; `bind` starts following. */
export function makeFollowController(options: FollowControllerOptions): Controller {
  const { root, deck, source } = options;
  let following = true;
  let bar: FollowBar | null = null;
  let announcedSlide: string | null = null;
  const unbinders: (() => void)[] = [];

  /**
   * The host's position in this deck. The host's holding slide is not in the viewers' deck:
   * before the start, followers see the first slide, which gives the start in their zone.
   */
  const target = (): { position: DeckPosition; section: HTMLElement } | null => {
    const position = source.position();
    if (!position) return null;
    const section = document.getElementById(position.slideId);
    if (section && deck.getSlidesElement()?.contains(section)) return { position, section };
    const first = deck.getSlides()[0];
    return first ? { position: { slideId: first.id, step: 0 }, section: first } : null;
  };

  /** Moves the deck to the host's position, and announces a new slide. */
  const goLive = (): void => {
    const live = target();
    if (!live || samePosition(readDeck(deck), live.position)) return;
    const { position, section } = live;
    const { h, v } = deck.getIndices(section);
    deck.slide(h, v, position.step - 1);
    if (position.slideId !== announcedSlide && bar) {
      announcedSlide = position.slideId;
      const number = deck.getSlidePastCount() + 1;
      const title = slideTitle(section);
      bar.announcer.textContent = `Slide ${number} of ${deck.getTotalSlides()}${title ? `: ${title}` : ''}`;
    }
  };

  const state = (): FollowState => {
    const status = source.status();
    if (status === 'connecting') return 'connecting';
    if (status !== 'connected') return 'offline';
    return following ? 'live' : 'paused';
  };

  function update(): void {
    if (!bar) return;
    const refusal = source.refusal();
    if (refusal) {
      root.replaceChildren(
        renderFollowRefusal(refusal, options.publishedHref, options.invalidMessage),
      );
      bar = null;
      return;
    }
    if (following && source.status() === 'connected') goLive();
    showFollowState(bar, state());
  }

  const pause = (): void => {
    if (!following) return;
    following = false;
    update();
  };
  const resume = (): void => {
    following = true;
    update();
    bar?.root.focus();
  };

  /** After any move of the deck: if it is not where the host is, the attendee moved it. */
  const onDeckMoved = (): void => {
    if (following && source.status() === 'connected') {
      const live = target();
      if (live && !samePosition(readDeck(deck), live.position)) pause();
    }
  };
  const onExplore = (event: Event): void => {
    const target = event.target as Element | null;
    const slides = deck.getSlidesElement();
    if (!target || !slides?.contains(target)) return;
    if (event instanceof KeyboardEvent && QUIET_KEYS.has(event.key)) return;
    if (target.closest(EXPLORING)) pause();
  };

  return {
    render() {
      bar = renderFollowBar(resume);
      bar.root.tabIndex = -1;
      root.replaceChildren(bar.root);
      showFollowState(bar, state());
    },
    bind() {
      unbinders.push(source.onChange(update));
      for (const name of ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const) {
        deck.on(name, onDeckMoved);
        unbinders.push(() => deck.off(name, onDeckMoved));
      }
      for (const name of ['pointerdown', 'keydown'] as const) {
        document.addEventListener(name, onExplore, true);
        unbinders.push(() => document.removeEventListener(name, onExplore, true));
      }
      deck.addKeyBinding(BACK_KEY, resume);
      unbinders.push(() => deck.removeKeyBinding(BACK_KEY.keyCode));
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      root.replaceChildren();
      bar = null;
    },
  };
}
