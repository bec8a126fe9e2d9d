/** The reveal.js plugin that starts the holding slide's countdown. */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { Clock } from '../time/clock.ts';
import type { Schedule } from '../show/schedule.ts';
import { CountdownController } from './CountdownController.ts';

/** Options for `makeCountdownPlugin`. */
export interface CountdownPluginOptions {
  readonly clock: Clock;
  readonly schedule: Schedule;
  /**
   * Calls back when the clock is corrected (a live deck learns its machine's error, or a dress
   * rehearsal's show clock), so the count repaints at once rather than at its next wake-up.
   * Returns how to stop.
   */
  readonly watchClock?: (onChange: () => void) => () => void;
}

/** The test id of the countdown element the holding layout renders. */
export const COUNTDOWN_SELECTOR = '[data-testid="deck.countdown"]';

/**
 * Makes the plugin. In the speaker view's preview frames (`isSpeakerNotes()`) the countdown
 * is hidden and never ticks: the speaker view has its own clock, and two more live counts in
 * small previews would only distract. In print view it paints once, without a frozen count.
 */
export function makeCountdownPlugin(options: CountdownPluginOptions): RevealPlugin {
  let controller: CountdownController | null = null;
  let stopWatching: (() => void) | null = null;
  return {
    id: 'countdown',
    init(deck: RevealApi) {
      const el = deck.getSlidesElement()?.querySelector<HTMLElement>(COUNTDOWN_SELECTOR);
      if (!el) return;
      if (deck.isSpeakerNotes()) {
        el.hidden = true;
        return;
      }
      controller = new CountdownController(el, {
        ...options,
        deck,
        live: deck.getConfig().view !== 'print',
      });
      controller.render();
      controller.bind();
      stopWatching = options.watchClock?.(() => controller?.update()) ?? null;
    },
    destroy() {
      stopWatching?.();
      stopWatching = null;
      controller?.destroy();
      controller = null;
    },
  };
}
