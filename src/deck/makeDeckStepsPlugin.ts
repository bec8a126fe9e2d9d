/**
 * The host's deck reports its fragment step (the map's steps) as it moves, so that the live
 * server can show followers the same step. A reveal.js plugin; previews and print are copies
 * of the deck, not the host's, and report nothing.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/**
 * The fragment step the deck shows: 0 before the first fragment, n after the nth. reveal.js
 * types `getIndices().f` as a number, but leaves it out on a slide without fragments.
 */
export function fragmentStep(deck: RevealApi): number {
  const { f } = deck.getIndices() as { f?: number };
  return (f ?? -1) + 1;
}

/** Options for `makeDeckStepsPlugin`. */
export interface DeckStepsPluginOptions {
  /**
   * Called with the slide and its step (0 before the first fragment) on each fragment step,
   * and on arriving at a slide already part-way through its steps (coming back shows them all).
   */
  readonly onStep: (slideId: string, step: number) => void;
}

/** Makes the plugin. */
export function makeDeckStepsPlugin(options: DeckStepsPluginOptions): RevealPlugin {
  return {
    id: 'deck-steps',
    init(deck: RevealApi) {
      const api = deck as RevealApi & { isPrintView?: () => boolean };
      if (deck.isSpeakerNotes() || api.isPrintView?.()) return;
      const report = (always: boolean): void => {
        const slide = deck.getCurrentSlide() as HTMLElement | undefined;
        const step = fragmentStep(deck);
        if (slide?.id && (always || step > 0)) options.onStep(slide.id, step);
      };
      deck.on('fragmentshown', () => report(true));
      deck.on('fragmenthidden', () => report(true));
      deck.on('slidechanged', () => report(false));
    },
  };
}
