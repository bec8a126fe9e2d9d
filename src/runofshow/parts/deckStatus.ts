/**
 * What the deck in this browser shows, as the run-of-show reports it.
 */
import { definePart } from '../../lib/part.ts';
import { h } from '../../lib/h.ts';
import type { DeckSlideMessage } from '../../sync/makeShowChannel.ts';
import type { RunOfShowContext } from '../runOfShowContext.ts';

/** What the deck in this browser shows, or why nothing is known. */
export const deckStatusPart = definePart({
  view: (ctx: RunOfShowContext, deck: DeckSlideMessage | null, channelAvailable: boolean) =>
    !channelAvailable
      ? {
          linked: false,
          text: 'This browser cannot link to the deck: mark each segment with the buttons.',
        }
      : deck
        ? {
            linked: true,
            text: `Deck: slide ${deck.number} of ${deck.total}${deck.segmentId ? ` · ${ctx.schedule.segments.find((s) => s.id === deck.segmentId)?.item.label ?? deck.segmentId}` : ''}`,
          }
        : {
            linked: false,
            text: 'Deck: not seen yet. Open it in this browser (press R in the deck to open this page).',
          },
  render: (view) =>
    h(
      'p',
      { class: 'ros-deck', 'data-testid': 'run-of-show.deck', 'data-linked': String(view.linked) },
      view.text,
    ),
});
