/**
 * The deck channel of a page on a live show: the page's own channel (the deck in this
 * browser), with where the deck stands on any other machine added, read from the show's log.
 * Kept apart from the page's start-up because it is the one place the two channels meet.
 */
import { parseShowEvent } from '../show/showLog.ts';
import type { DeckSlideMessage, ShowChannel, ShowMessage } from '../sync/makeShowChannel.ts';
import type { LiveShow } from './connectLive.ts';
import { findLatestSlide } from './findLatestSlide.ts';

/** Where a slide stands in this build's deck, by id; `null` for a slide it does not have. */
export type DescribeDeckSlide = (
  slideId: string,
) => Omit<DeckSlideMessage, 'type' | 'moved'> | null;

/**
 * Wraps `local` (or nothing) with the deck's moves recorded in `live`'s log: each new latest
 * slide reaches the listeners as a `deck-slide` message that did not move the show.
 */
export function makeLiveChannel(
  local: ShowChannel | null,
  live: LiveShow,
  describeDeckSlide: DescribeDeckSlide,
): ShowChannel {
  let lastSlideId: string | null = null;
  const latestSlide = (): string | null => findLatestSlide(live.readLog(parseShowEvent));
  return {
    post: (message) => local?.post(message),
    listen(onMessage: (message: ShowMessage) => void) {
      const stopLocal = local?.listen(onMessage) ?? (() => undefined);
      const onLive = (): void => {
        const slideId = latestSlide();
        if (slideId === null || slideId === lastSlideId) return;
        lastSlideId = slideId;
        const described = describeDeckSlide(slideId);
        // The deck moved on some machine: show where it is, but let only the host's own
        // deck (over the local channel) mark segments.
        if (described) onMessage({ type: 'deck-slide', ...described, moved: false });
      };
      const stopLive = live.onChange(onLive);
      onLive();
      return () => {
        stopLocal();
        stopLive();
      };
    },
    close: () => local?.close(),
  };
}
