/**
 * Starts reveal.js on the built sections. The only place (with the deck plugins) that
 * imports reveal.js.
 */
import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';

/** Options for `initDeck`. */
export interface DeckOptions {
  /** Extra plugins, after the notes plugin. @defaultValue [] */
  readonly plugins?: readonly RevealPlugin[];
  /** Whether the viewer asked for reduced motion. @defaultValue false */
  readonly reducedMotion?: boolean;
  /**
   * Offer reveal's speaker view (`S`). Off where it would be empty (the public build has no
   * notes) or cannot work (a file opened from disk: the view needs http). @defaultValue true
   */
  readonly speakerView?: boolean;
}

/**
 * Our defaults for a 16:9 Zoom share. reveal.js merges, in order: its own defaults, this
 * object, then any query-string parameters (so `?transition=none` still wins).
 */
export const deckDefaults: RevealConfig = {
  /** @defaultValue 1280 × 720: 16:9, scaled by reveal to the window. */
  width: 1280,
  height: 720,
  margin: 0.04,
  hash: true,
  history: false,
  center: true,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  controls: true,
  controlsTutorial: false,
  progress: true,
  help: true,
  // One printed page per slide: the layout test keeps every slide inside the frame.
  pdfMaxPagesPerSlide: 1,
  // Our own viewer notice handles narrow screens; reveal's automatic scroll view on
  // phones would hide it behind a layout change.
  scrollActivationWidth: 0,
};

/**
 * Makes the deck readable by screen readers once reveal has set it up.
 *
 * reveal.js puts `role="application"` on `.reveal`. That forces screen readers (NVDA, JAWS)
 * out of browse mode for the whole deck: keys go straight to reveal, but a blind viewer can
 * no longer read a slide line by line, by heading or by table cell, which is how slides are
 * read (reveal.js issue #3772). The role adds nothing we need: reveal's key handler listens on
 * the document either way. So we remove it and keep reveal's own care for screen readers:
 * - slides other than the current one get `hidden`, `aria-hidden="true"` and `inert` from
 *   reveal, so browse mode and Tab only ever reach the slide on screen;
 * - reveal's polite `aria-live` status region (`.aria-status`) still reads each new slide
 *   when the viewer moves on, which is what the application role was for.
 * `.reveal` is the page's `<main>` (index.html), so the deck is also the main landmark.
 * The scroll view (`?view=scroll`, key W) shows every slide at once for reading.
 */
export function makeDeckReadable(deck: RevealApi): void {
  const root = deck.getRevealElement();
  if (root?.getAttribute('role') === 'application') root.removeAttribute('role');
}

/** Initialises reveal.js on `root` (the `.reveal` element) and resolves when it is ready. */
export async function initDeck(root: HTMLElement, options: DeckOptions = {}): Promise<RevealApi> {
  const config: RevealConfig = {
    ...deckDefaults,
    ...(options.reducedMotion ? { transition: 'none' as const } : {}),
    plugins: [...(options.speakerView === false ? [] : [Notes]), ...(options.plugins ?? [])],
  };
  const deck = new Reveal(root, config);
  await deck.initialize();
  makeDeckReadable(deck);
  return deck;
}
