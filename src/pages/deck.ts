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
import { readMapSteps } from '../deck/mapSteps.ts';
import { makeMapStepsPlugin } from '../deck/mapStepsPlugin.ts';
import { makeUnknownSlidePlugin } from '../deck/unknownSlidePlugin.ts';
import { parseDeckView } from '../deck/viewSwitch.ts';
import { makeViewSwitchPlugin } from '../deck/viewSwitchPlugin.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { applyMapState } from '../map/applyMapState.ts';
import type { MapController } from '../map/MapController.ts';
import { renderPartiesTable } from '../map/renderPartiesTable.ts';
import { ScrollRegionKeys } from '../map/ScrollRegionKeys.ts';
import { SortableTable } from '../map/SortableTable.ts';
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

/**
 * Draws each map the first time it is asked for. The map's module (d3, topojson, the
 * geometry) is loaded with `import()` here, so it is not part of the first slide's script.
 */
function makeMapLoader(model: Model): (layout: HTMLElement) => Promise<MapController | null> {
  const maps = new WeakMap<HTMLElement, Promise<MapController | null>>();
  return (layout) => {
    let map = maps.get(layout);
    if (!map) {
      map = import('../map/mountMap.ts').then((m) => m.mountMap(layout, model));
      maps.set(layout, map);
    }
    return map;
  };
}

/**
 * Renders the States Parties table into the empty table slots under `root`, and says whether
 * it filled any. The table (every State with its formatted dates) is not on the first slide,
 * and reveal.js measures every slide at start, so the page fills it later: when its slide
 * comes near, when the deck is first idle, or before start in the views that lay every slide
 * out at once.
 */
function fillPartiesTables(root: ParentNode, model: Model): boolean {
  let filled = false;
  for (const slot of root.querySelectorAll<HTMLElement>('[data-map-table-slot]')) {
    if (slot.firstChild) continue;
    const table = renderPartiesTable(model);
    slot.replaceChildren(table);
    const tableEl = table.querySelector('table');
    if (tableEl) new SortableTable(tableEl).bind();
    new ScrollRegionKeys(table).bind();
    filled = true;
  }
  return filled;
}

/** Calls `run` once the page is idle (soon after, where the browser has no idle callback). */
function onIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
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
  // Print and scroll views lay every slide out once, at start: fill the tables before that.
  if (view !== 'slides') fillPartiesTables(slidesEl, model);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const still =
    reducedMotion ||
    view === 'print' ||
    new URLSearchParams(location.search).get('transition') === 'none';
  const layoutOf = (section: HTMLElement): HTMLElement | null =>
    section.querySelector<HTMLElement>('.map-layout');
  const mapLayouts = [...slidesEl.querySelectorAll<HTMLElement>('.map-layout')];
  for (const layout of mapLayouts) if (still) layout.dataset.motion = 'off';
  const loadMap = makeMapLoader(model);
  // Print and scroll views lay every slide out once, at start: draw the maps before that.
  if (view !== 'slides') await Promise.all(mapLayouts.map(loadMap));

  const mapSteps = makeMapStepsPlugin({
    nearSelector: 'section[data-layout="map"], section[data-layout="map-table"]',
    onNear: (section) => {
      const layout = layoutOf(section);
      if (layout) void loadMap(layout);
      return fillPartiesTables(section, model);
    },
    onSteps: (section, reached) => {
      const layout = layoutOf(section);
      if (layout) applyMapState(layout, readMapSteps(reached));
    },
    onLeave: (section) => {
      const layout = layoutOf(section);
      if (layout) void loadMap(layout).then((map) => map?.setActive(false));
    },
  });
  const deck = await initDeck(root, {
    reducedMotion,
    view,
    plugins: [
      ...hostPlugins,
      makeCountdownPlugin({ clock: systemClock, schedule }),
      makeViewSwitchPlugin(),
      makeUnknownSlidePlugin(),
      mapSteps,
    ],
  });
  document.documentElement.dataset.deckReady = '1';
  // The overview (Esc) shows every slide: have the tables by the time anyone looks.
  onIdle(() => {
    if (fillPartiesTables(slidesEl, model)) deck.layout();
  });
}

main().catch((error: unknown) => renderFatal('deck', error));
