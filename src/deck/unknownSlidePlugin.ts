/**
 * The reveal.js plugin that explains a link to a slide the deck doesn't have. reveal opens
 * the first slide without a word; a viewer who followed a link deserves to know why.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { h } from '../lib/h.ts';
import { findUnknownSlide } from './findUnknownSlide.ts';

/** The notice shown over the deck, text only. */
export function renderUnknownSlideNotice(name: string, onDismiss: () => void): HTMLElement {
  const close = h('button', { type: 'button', class: 'deck-notice-close' }, 'OK');
  close.addEventListener('click', onDismiss);
  return h(
    'div',
    { class: 'deck-notice', role: 'status', 'data-testid': 'deck.notice' },
    h(
      'p',
      {},
      `There is no slide “${name}” in this deck, so it opens at the start. Slide links look like #/programme.`,
    ),
    close,
  );
}

/** Makes the plugin; the notice goes once the viewer moves or presses OK. */
export function makeUnknownSlidePlugin(): RevealPlugin {
  return {
    id: 'unknown-slide',
    init(deck: RevealApi) {
      let notice: HTMLElement | null = null;
      const dismiss = (): void => {
        if (!notice) return;
        notice.remove();
        notice = null;
      };
      const check = (hash: string): void => {
        const slides = deck.getSlidesElement();
        const name = findUnknownSlide(hash, (id) =>
          Boolean(slides?.querySelector(`section[id="${CSS.escape(id)}"]`)),
        );
        dismiss();
        if (name === null || deck.isSpeakerNotes()) return;
        notice = renderUnknownSlideNotice(name, dismiss);
        deck.getRevealElement()?.append(notice);
      };
      // reveal rewrites the hash to the slide it opens before 'ready', so keep the one asked for.
      const requested = location.hash;
      deck.on('ready', () => check(requested));
      window.addEventListener('hashchange', () => check(location.hash));
      // Moving on means the viewer has read it.
      deck.on('slidechanged', dismiss);
    },
  };
}
