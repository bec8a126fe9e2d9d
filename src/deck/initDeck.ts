/**
 * Starts reveal.js on the built sections. The only place (with the deck plugins) that
 * imports reveal.js.
 */
import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig, RevealPlugin } from 'reveal.js';
import { makeLazyNotes } from './makeLazyNotes.ts';

/** Options for `initDeck`. */
export interface DeckOptions {
  /** Extra plugins, after the (lazily loaded) notes plugin. @defaultValue [] */
  readonly plugins?: readonly RevealPlugin[];
  /** Whether the viewer asked for reduced motion. @defaultValue false */
  readonly reducedMotion?: boolean;
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
  // Our own viewer notice handles narrow screens; reveal's automatic scroll view on
  // phones would hide it behind a layout change.
  scrollActivationWidth: 0,
};

/** Initialises reveal.js on `root` (the `.reveal` element) and resolves when it is ready. */
export async function initDeck(root: HTMLElement, options: DeckOptions = {}): Promise<RevealApi> {
  const config: RevealConfig = {
    ...deckDefaults,
    ...(options.reducedMotion ? { transition: 'none' as const } : {}),
    plugins: [makeLazyNotes(), ...(options.plugins ?? [])],
  };
  const deck = new Reveal(root, config);
  await deck.initialize();
  return deck;
}
