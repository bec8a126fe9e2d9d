/**
 * The reveal.js plugin that explains a link to a slide or a view the deck doesn't have.
 * reveal opens the first slide, as slides, without a word; a viewer who followed a link
 * deserves to know why.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { h } from '../lib/h.ts';
import { findUnknownSlide } from './findUnknownSlide.ts';
import { findUnknownView } from './viewSwitch.ts';

/** What to say about a link to a slide the deck doesn't have. */
export function formatUnknownSlide(name: string): string {
  return `There is no slide “${name}” in this deck, so it opens at the start. Slide links look like #/programme.`;
}

/** What to say about a link to a view the deck doesn't have. */
export function formatUnknownView(name: string): string {
  return `There is no “${name}” view, so the deck opens as slides. Use ?view=scroll to read it as one page.`;
}

/** The notice shown over the deck, text only: one paragraph per problem with the link. */
export function renderDeckNotice(messages: readonly string[], onDismiss: () => void): HTMLElement {
  const close = h('button', { type: 'button', class: 'deck-notice-close' }, 'OK');
  close.addEventListener('click', onDismiss);
  return h(
    'div',
    { class: 'deck-notice', role: 'status', 'data-testid': 'deck.notice' },
    messages.map((message) => h('p', {}, message)),
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
      const check = (hash: string, search: string): void => {
        const slides = deck.getSlidesElement();
        const slide = findUnknownSlide(hash, (id) =>
          Boolean(slides?.querySelector(`section[id="${CSS.escape(id)}"]`)),
        );
        const view = findUnknownView(search);
        dismiss();
        if ((slide === null && view === null) || deck.isSpeakerNotes()) return;
        const messages = [
          ...(view === null ? [] : [formatUnknownView(view)]),
          ...(slide === null ? [] : [formatUnknownSlide(slide)]),
        ];
        notice = renderDeckNotice(messages, dismiss);
        deck.getRevealElement()?.append(notice);
      };
      // reveal rewrites the hash to the slide it opens before 'ready', so keep the one asked for.
      const requested = location.hash;
      deck.on('ready', () => check(requested, location.search));
      // A view is chosen once, at load: later hash changes are about slides only.
      window.addEventListener('hashchange', () => check(location.hash, ''));
      // Moving on means the viewer has read it.
      deck.on('slidechanged', dismiss);
    },
  };
}
