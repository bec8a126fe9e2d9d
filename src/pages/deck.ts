/** Composition root of the deck page. */
import '@fontsource-variable/source-sans-3';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import '../deck/deck.css';
import '../map/map.css';
import '../runofshow/statusLine.css';
import slides from 'virtual:slides';
import { loadModel } from '../../data/index.ts';
import type { Model } from '../../data/types.ts';
import { buildDeck } from '../deck/buildDeck.ts';
import { makeCountdownPlugin } from '../deck/countdownPlugin.ts';
import { initDeck, type DeckPlugin } from '../deck/initDeck.ts';
import { makeLazyNotes } from '../deck/makeLazyNotes.ts';
import { makeRunOfShowPlugin } from '../deck/makeRunOfShowPlugin.ts';
import { makeMapStepsPlugin } from '../deck/mapStepsPlugin.ts';
import { makeUnknownSlidePlugin } from '../deck/unknownSlidePlugin.ts';
import { parseDeckView } from '../deck/viewSwitch.ts';
import { makeViewSwitchPlugin } from '../deck/viewSwitchPlugin.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { makeMapSlides } from '../map/makeMapSlides.ts';
import { makeStatusLineController } from '../runofshow/makeStatusLineController.ts';
import { makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { systemClock } from '../time/clock.ts';
import { viewerZone } from '../time/format.ts';
import { buildSchedule, type Schedule } from '../time/schedule.ts';

/**
 * The viewers' build (vite.config.ts, mode `public`): no notes and no host tools. The mode is
 * a constant at build time, so code behind `import.meta.env.MODE` checks is left out of
 * builds that don't use it.
 */
const isPublic = import.meta.env.MODE === 'public';

/** How reveal.js will lay the deck out, read the way it reads it: from the query string. */
function readView(search: string): 'print' | 'scroll' | 'slides' {
  const params = new URLSearchParams(search);
  if (/print-pdf/i.test(search) || params.get('view') === 'print') return 'print';
  return parseDeckView(search);
}

/** The run-of-show's page, beside this one (the site's base is relative). */
const RUN_OF_SHOW_URL = 'run-of-show.html';

/**
 * The `R` key and the deck's side of the run-of-show sync: it posts each slide the deck
 * moves to, answers the run-of-show's queries, and draws the live status line in reveal's
 * speaker-view preview.
 */
function makeRunOfShowDeckPlugin(model: Model, schedule: Schedule): DeckPlugin {
  const channel = makeShowChannel(buildChannelName(model.event.id));
  const plugin = makeRunOfShowPlugin({
    open: () => window.open(RUN_OF_SHOW_URL, 'run-of-show'),
    onSlide: (slide, moved) => channel?.post({ type: 'deck-slide', ...slide, moved }),
    onSpeakerPreview: (host) => {
      const status = makeStatusLineController({
        root: host,
        schedule,
        clock: systemClock,
        recordStore: makeShowRecordStore(model.event.id, 'live'),
      });
      status.render();
      status.bind();
      status.update();
    },
  });
  channel?.listen((message) => {
    const slide = plugin.describeSlide();
    if (message.type === 'deck-query' && slide) {
      channel.post({ type: 'deck-slide', ...slide, moved: false });
    }
  });
  return plugin;
}

async function main(): Promise<void> {
  const model = loadModel();
  const schedule = buildSchedule(model);
  const root = document.querySelector<HTMLElement>('.reveal');
  const slidesEl = root?.querySelector<HTMLElement>('.slides');
  if (!root || !slidesEl) throw new Error('[deck] index.html has no .reveal .slides element.');
  slidesEl.replaceChildren(
    ...buildDeck(model, schedule, slides, {
      viewerZone: viewerZone(),
      includeNotes: !isPublic,
      view: parseDeckView(location.search),
    }),
  );
  // Host tools (speaker view, run-of-show key and sync) stay out of the public build.
  // reveal's speaker view also needs http, and the run-of-show page is not in the single
  // file that opens from disk, so that build goes without them too.
  const hostPlugins =
    import.meta.env.MODE !== 'public' && import.meta.env.MODE !== 'single'
      ? [makeLazyNotes(), makeRunOfShowDeckPlugin(model, schedule)]
      : [];
  const view = readView(location.search);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const still =
    reducedMotion ||
    view === 'print' ||
    new URLSearchParams(location.search).get('transition') === 'none';
  const mapSlides = makeMapSlides(model, { view, still });
  // Print and scroll views lay every slide out once, at start: draw what they need before.
  await mapSlides.prepare(slidesEl);
  await initDeck(root, {
    reducedMotion,
    view,
    plugins: [
      ...hostPlugins,
      makeCountdownPlugin({ clock: systemClock, schedule }),
      makeViewSwitchPlugin(),
      makeUnknownSlidePlugin(),
      makeMapStepsPlugin(mapSlides),
    ],
  });
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
