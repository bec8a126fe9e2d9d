/**
 * The deck's link to the run-of-show, as a reveal.js plugin (`{ id, init(deck) }`, after
 * reveal's notes plugin): the `R` key opens the run-of-show in its own window, as `S` opens
 * the speaker view, and listed in the `?` help; the deck reports each slide it moves to, so
 * the run-of-show can record when segments start; and in reveal's speaker view, the
 * current-slide preview (which is this deck, loaded as a "receiver") gets a live status line.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/** Where the deck is in the programme, read from the current `<section>`. */
export interface DeckSlideInfo {
  readonly slideId: string;
  readonly segmentId: string | null;
  /** Before the first segment's slides, inside the programme, or after the last segment. */
  readonly position: 'before' | 'segment' | 'after';
  /** Whether this is the first slide of its segment in the deck. */
  readonly isSegmentStart: boolean;
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

/** Reads where `slide` stands among the deck's `slides`. */
export function describeSlide(
  slides: readonly HTMLElement[],
  slide: HTMLElement,
): Omit<DeckSlideInfo, 'number' | 'total'> {
  const index = slides.indexOf(slide);
  const segmentOf = (el: HTMLElement | undefined): string | null => el?.dataset.segment ?? null;
  const segmentId = segmentOf(slide);
  const inProgramme = slides.map((s, i) => (segmentOf(s) === null ? -1 : i)).filter((i) => i >= 0);
  const first = inProgramme[0] ?? -1;
  const last = inProgramme.at(-1) ?? -1;
  const position = index < first ? 'before' : index > last ? 'after' : 'segment';
  return {
    slideId: slide.id,
    segmentId,
    position,
    isSegmentStart:
      segmentId !== null && slides.findIndex((s) => segmentOf(s) === segmentId) === index,
  };
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
    const slide = deck.getCurrentSlide() as HTMLElement | undefined;
    if (!slide) return null;
    return {
      ...describeSlide(deck.getSlides(), slide),
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
