/**
 * Starts reveal.js on the built sections. The only place (with the deck plugins) that
 * imports reveal.js.
 */
import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig, RevealPlugin, RevealPluginFactory } from 'reveal.js';

/** A plugin, or a factory that makes one (as reveal's own plugins are exported). */
export type DeckPlugin = RevealPlugin | RevealPluginFactory;

/** A plugin object, as a deck that is already running registers it. */
export type { RevealPlugin };

/** Options for `initDeck`. */
export interface DeckOptions {
  /** Plugins, e.g. `makeLazyNotes()` for the speaker view. @defaultValue [] */
  readonly plugins?: readonly DeckPlugin[];
  /** Whether the viewer asked for reduced motion. @defaultValue false */
  readonly reducedMotion?: boolean;
  /**
   * How reveal.js will lay the deck out, as the page read it from the query string: one
   * slide at a time, the scroll view, or print. @defaultValue 'slides'
   */
  readonly view?: 'print' | 'scroll' | 'slides';
}

/**
 * Our defaults for a 16:9 Zoom share. reveal.js merges, in order: its own defaults, this
 * object, then any query-string parameters (so `?transition=none` still wins).
 */
export const deckDefaults: RevealConfig = {
  /** @defaultValue 1280 × 720: 16:9, scaled by reveal to the window. */
  width: 1280,
  height: 720,
  // No margin: the 16:9 slide fills a 16:9 share edge to edge, as the master's band is drawn.
  margin: 0,
  hash: true,
  history: false,
  center: true,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Each content slide's footer carries its number, inside the slide's grid (buildDeck).
  slideNumber: false,
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
 * reveal's key help (`?`) is a scrolling box that keyboard users could not scroll; it is
 * made a focused, labelled dialog each time it opens.
 */
export function makeDeckReadable(deck: RevealApi): void {
  const root = deck.getRevealElement();
  if (root?.getAttribute('role') === 'application') root.removeAttribute('role');
  // In print every slide is on its own page, yet reveal leaves all but one marked hidden. A
  // tagged PDF is built from the accessibility tree, so those slides would print untagged:
  // no headings, lists or alt text for a screen reader. Printed, every slide is shown.
  deck.on('pdf-ready', () => {
    for (const section of root?.querySelectorAll<HTMLElement>('.slides section') ?? []) {
      section.hidden = false;
      section.removeAttribute('aria-hidden');
      section.inert = false;
    }
  });
  deck.on('showhelp', () => {
    const overlay = root?.querySelector<HTMLElement>('.r-overlay-help');
    const content = overlay?.querySelector<HTMLElement>('.r-overlay-content');
    if (!overlay || !content) return;
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', 'Keyboard shortcuts');
    content.tabIndex = 0;
    content.focus();
  });
}

/**
 * Scrolls the scroll view to the slide the URL's hash names, once reveal has placed it.
 *
 * reveal 6.0.2 places a deep-linked slide at `index / slides × (scrollHeight − one page)`,
 * which falls short by a growing fraction of a page, so scroll snapping lands on the slide
 * before from about halfway through the deck on (reveal.js issue #3815). We scroll the
 * slide's own page into view instead, after reveal's attempt (it runs on `load`) and on
 * every later hash change.
 */
export function keepScrollViewOnHashSlide(deck: RevealApi): void {
  // isScrollView() exists at run time but is missing from reveal's types.
  if (deck.getConfig().view !== 'scroll') return;
  const scrollToHashSlide = (): void => {
    const name = decodeURIComponent(location.hash.replace(/^#\/?/, '').split('/')[0] ?? '');
    if (!name) return;
    const slide = /^\d+$/.test(name) ? deck.getSlide(Number(name)) : document.getElementById(name);
    const page = slide?.closest('.scroll-page');
    if (page) requestAnimationFrame(() => page.scrollIntoView({ block: 'start' }));
  };
  if (document.readyState === 'complete') scrollToHashSlide();
  else window.addEventListener('load', scrollToHashSlide, { once: true });
  window.addEventListener('hashchange', scrollToHashSlide);
}

/**
 * Hides the deck's slides until reveal.js places them. As it starts, reveal.js measures every
 * slide that is not `display: none` to centre it, before it knows the current slide; then
 * it shows the slides within its view distance (with its `display` setting) and hides the
 * rest. Starting hidden spares that first measurement (a layout of the whole deck, before the
 * first paint) the slides that are hidden straight after. Only for the one-slide-at-a-time
 * view: print and the scroll view lay every slide out.
 */
export function hideSlidesUntilPlaced(root: HTMLElement): void {
  for (const section of root.querySelectorAll<HTMLElement>('.slides > section')) {
    section.style.display = 'none';
  }
}

/**
 * The class that keeps every slide but the present one out of layout while the deck starts
 * (deck.css). reveal.js shows the slides within its view distance (3) at once, so that the
 * next ones are ready to fade in; laying those out before the first paint cost the first
 * slide about 10 ms of main-thread time (bench/README.md). They are laid out just after it.
 */
export const STARTING_CLASS = 'deck-starting';

/**
 * Lets the slides near the present one be laid out, once the first slide has been painted,
 * and has reveal.js centre them. Until then a slide change still shows the right slide:
 * reveal.js marks the new slide present and lays it out before painting it.
 */
export function layOutNearSlides(deck: RevealApi): void {
  const root = deck.getRevealElement();
  if (!root?.classList.contains(STARTING_CLASS)) return;
  root.classList.remove(STARTING_CLASS);
  deck.layout();
}

/** Initialises reveal.js on `root` (the `.reveal` element) and resolves when it is ready. */
export async function initDeck(root: HTMLElement, options: DeckOptions = {}): Promise<RevealApi> {
  const config: RevealConfig = {
    ...deckDefaults,
    ...(options.reducedMotion ? { transition: 'none' as const } : {}),
    plugins: [...(options.plugins ?? [])],
  };
  const starting = (options.view ?? 'slides') === 'slides';
  if (starting) {
    hideSlidesUntilPlaced(root);
    root.classList.add(STARTING_CLASS);
  }
  const deck = new Reveal(root, config);
  // The overview shows every slide: one opened before the page gets to it needs them now.
  if (starting) deck.on('overviewshown', () => layOutNearSlides(deck));
  await deck.initialize();
  makeDeckReadable(deck);
  keepScrollViewOnHashSlide(deck);
  return deck;
}
