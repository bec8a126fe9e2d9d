/**
 * The deck's link to the run-of-show, as a reveal.js plugin (`{ id, init(deck) }`, after
 * reveal's notes plugin): the `R` key opens the run-of-show in its own window, as `S` opens
 * the speaker view, and listed in the `?` help; the deck reports each slide it moves to, so
 * the run-of-show can record when segments start; and in reveal's speaker view, the
 * current-slide preview (which is this deck, loaded as a "receiver") gets a live status line.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { describeSlide, type SlidePlace } from '../show/describeSlide.ts';

/** Where the deck is in the programme, read from the current `<section>`. */
export interface DeckSlideInfo extends SlidePlace {
  /** 1-based slide number, and the slide count. */
  readonly number: number;
  readonly total: number;
}

/** Options for `makeRunOfShowPlugin`. */
export interface RunOfShowPluginOptions {
  /** Opens (or focuses) the run-of-show window. */
  readonly open: () => void;
  /**
   * Called with the current slide when the deck is ready (`moved: false`) and after each
   * move (`moved: true`). Never called in the speaker view's previews or when printing,
   * which are copies of the deck, not the host's.
   */
  readonly onSlide?: (slide: DeckSlideInfo, moved: boolean) => void;
  /**
   * Called once in the speaker view's current-slide preview with an element fixed over
   * the preview's top edge, for a live status line.
   */
  readonly onSpeakerPreview?: (host: HTMLElement) => void;
  /** The key that opens the run-of-show. @defaultValue "R" */
  readonly key?: string;
}

/** The plugin, with a way to ask where the deck is. */
export interface RunOfShowPlugin extends RevealPlugin {
  readonly id: 'run-of-show';
  /** The current slide; `null` before the deck is ready, and in previews and print. */
  describeSlide(): DeckSlideInfo | null;
}

/**
 * Whether reveal lays the deck out for print. reveal 6.0.2 calls this `isPrintView` at
 * run time, while its bundled types still declare `isPrintingPDF`; accept either.
 */
function isPrinting(reveal: RevealApi): boolean {
  const api = reveal as Partial<Pick<RevealApi, 'isPrintingPDF'> & { isPrintView: () => boolean }>;
  return api.isPrintView?.() ?? api.isPrintingPDF?.() ?? false;
}

/** Makes the run-of-show plugin. */
export function makeRunOfShowPlugin(options: RunOfShowPluginOptions): RunOfShowPlugin {
  const key = (options.key ?? 'R').toUpperCase();
  let deck: RevealApi | null = null;
  const current = (): DeckSlideInfo | null => {
    if (!deck || deck.isSpeakerNotes() || isPrinting(deck)) return null;
    const slides = deck.getSlides();
    const shown = deck.getCurrentSlide() as HTMLElement | undefined;
    const place = shown
      ? describeSlide(
          slides.map((s) => ({ id: s.id, segment: s.dataset.segment ?? null })),
          slides.indexOf(shown),
        )
      : null;
    if (!place) return null;
    return {
      ...place,
      number: deck.getSlidePastCount() + 1,
      total: deck.getTotalSlides(),
    };
  };
  return {
    id: 'run-of-show',
    describeSlide: current,
    init(reveal) {
      deck = reveal;
      if (reveal.isSpeakerNotes()) {
        // reveal's speaker view loads this deck twice: the current slide (the one that
        // posts its events back) and the upcoming one. Only the current gets the status.
        if (reveal.getConfig().postMessageEvents && options.onSpeakerPreview) {
          const host = document.createElement('div');
          host.className = 'speaker-preview-status';
          document.body.append(host);
          options.onSpeakerPreview(host);
        }
        return;
      }
      if (isPrinting(reveal)) return;
      reveal.addKeyBinding(
        { keyCode: key.charCodeAt(0), key, description: 'Run-of-show (second screen)' },
        () => options.open(),
      );
      const report = (moved: boolean): void => {
        const slide = current();
        if (slide) options.onSlide?.(slide, moved);
      };
      // The page registers this plugin after the first paint, when the deck may be ready.
      if (reveal.isReady()) report(false);
      else reveal.on('ready', () => report(false));
      reveal.on('slidechanged', () => report(true));
    },
  };
}
