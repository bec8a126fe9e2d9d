/**
 * Composition root of the deck page. The build has rendered the first section into
 * index.html (src/build/prerenderDeck.ts), so this starts reveal.js on it at once; the other
 * sections (`laterSlides.ts`) and what depends on the viewer (`deckViewerParts.ts`) come
 * after the first paint.
 */
import '../deck/revealStyles.ts';
import '../deck/deck.css';
import '../map/map.css';
import '../runofshow/statusLine.css';
import { initDeck, layOutNearSlides } from '../deck/initDeck.ts';
import { makeLaterSlides, needsEverySlideAtStart } from '../deck/laterSlides.ts';
import { makeLazyNotes } from '../deck/makeLazyNotes.ts';
import { makeMapStepsPlugin } from '../deck/mapStepsPlugin.ts';
import { makeUnknownSlidePlugin } from '../deck/unknownSlidePlugin.ts';
import { parseDeckView, renderViewSwitch } from '../deck/viewSwitch.ts';
import { makeViewSwitchPlugin } from '../deck/viewSwitchPlugin.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { takeLiveKey } from '../live/takeLiveKey.ts';
import { makeMapSlides } from '../map/makeMapSlides.ts';
import type { ViewerParts } from './deckViewerParts.ts';

/**
 * Host tools (speaker view, run-of-show key and sync) stay out of the public build. reveal's
 * speaker view also needs http, and the run-of-show page is not in the single file that opens
 * from disk, so that build goes without them too. The mode is a constant at build time, so
 * the code behind it is left out of the builds that don't use it.
 */
const isHost = import.meta.env.MODE !== 'public' && import.meta.env.MODE !== 'single';

/** How reveal.js will lay the deck out, read the way it reads it: from the query string. */
function readView(search: string): 'print' | 'scroll' | 'slides' {
  const params = new URLSearchParams(search);
  if (/print-pdf/i.test(search) || params.get('view') === 'print') return 'print';
  return parseDeckView(search);
}

/** Resolves after the next frame has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/**
 * Resolves when the page is next idle (at most `timeoutMs` later): for work the first slide
 * does not need, so that it does not delay the frames just after the first paint.
 */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => done(), { timeout: timeoutMs });
    else setTimeout(done, 0);
  });
}

/**
 * Attendees open the viewers' deck from the live server's follow link (the live server serves
 * this build under /follow/); `?published` is where a full live deck sends them, unfollowed.
 */
function takeFollowKey(): string | null {
  if (import.meta.env.MODE !== 'public') return null;
  if (new URLSearchParams(location.search).has('published')) return null;
  const taken = takeLiveKey('follow');
  return taken?.kind === 'key' ? taken.text : null;
}

async function main(): Promise<void> {
  // The deck's link carries its key in the fragment, which reveal.js reads as a slide: take it
  // out (into this tab's storage) before reveal starts, and before anyone sees the address.
  // This is the one place the deck learns whether it is live; the rest is told.
  const liveKey = isHost ? takeLiveKey('deck') : null;
  const loadViewerParts = async (): Promise<ViewerParts> =>
    (await import('./deckViewerParts.ts')).makeViewerParts({ liveKey });
  const root = document.querySelector<HTMLElement>('.reveal');
  const slidesEl = root?.querySelector<HTMLElement>('.slides');
  const firstSlide = slidesEl?.querySelector('section');
  if (!root || !slidesEl || !firstSlide) {
    throw new Error('[deck] index.html has no slides: build it with `npm run build`.');
  }
  // Opened from its live link, the deck is the one shared in Zoom: a link there is one no
  // viewer can click, so the title and closing slides leave out the one to the scroll view.
  if (liveKey?.kind === 'key') root.dataset.shared = 'live';
  // Before anything reads the fragment: reveal.js takes it for a slide's name.
  const followKey = takeFollowKey();
  const following = followKey === null ? null : import('./followPage.ts');
  const view = readView(location.search);
  const addLaterSlides = makeLaterSlides(slidesEl);
  const oneSlideFirst = !needsEverySlideAtStart({
    view,
    search: location.search,
    hash: location.hash,
    firstId: firstSlide.id,
  });
  if (!oneSlideFirst) await addLaterSlides();
  // The build renders the link to the scroll view; in the scroll view it leads back.
  if (view === 'scroll') {
    for (const link of slidesEl.querySelectorAll('.view-switch')) {
      link.replaceWith(renderViewSwitch('scroll'));
    }
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const still =
    reducedMotion ||
    view === 'print' ||
    new URLSearchParams(location.search).get('transition') === 'none';
  // One slide at a time: the first slide first, then the rest (or as soon as a map slide
  // comes near). Print and the scroll view lay every slide out once, at start, so they need
  // the times, maps and tables before that.
  let loading: Promise<ViewerParts> | null = null;
  const viewerParts = (): Promise<ViewerParts> => (loading ??= loadViewerParts());
  const mapSlides = makeMapSlides({
    view,
    still,
    loadModel: async () => (await viewerParts()).model,
  });
  if (view !== 'slides') {
    const parts = await viewerParts();
    parts.addViewerTimes(slidesEl);
    await mapSlides.prepare(slidesEl);
  }

  const deck = await initDeck(root, {
    reducedMotion,
    view,
    plugins: [
      ...(isHost ? [makeLazyNotes()] : []),
      makeViewSwitchPlugin(),
      makeUnknownSlidePlugin(),
      makeMapStepsPlugin(mapSlides),
    ],
  });
  if (view === 'slides') {
    await afterNextPaint();
    void viewerParts();
    if (oneSlideFirst) {
      await addLaterSlides();
      // reveal.js takes in the new sections: their backgrounds, the controls, the progress bar.
      deck.sync();
    }
  }
  // Every slide is in place now, so the host's can be shown whichever it is.
  if (following && followKey !== null) (await following).startFollowing(deck, followKey);
  if (view === 'slides') {
    await whenIdle(500);
    layOutNearSlides(deck);
  }
  const parts = await viewerParts();
  if (parts.addViewerTimes(slidesEl)) deck.layout();
  for (const plugin of parts.plugins({ host: isHost })) deck.registerPlugin(plugin);
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
