/**
 * The deck page's second part, loaded after the first slide is on screen: the model, luxon
 * and everything that depends on the viewer (times in their zone, the countdown, the map,
 * the States Parties table, the run-of-show link). It adds these onto the sections the build
 * rendered (src/build/prerenderDeck.ts) instead of building the deck again.
 */
import compact from 'virtual:model';
import type { Model } from '../../data/types.ts';
import { addViewerTimes } from '../deck/addViewerTimes.ts';
import { makeCountdownPlugin } from '../deck/countdownPlugin.ts';
import type { RevealPlugin } from '../deck/initDeck.ts';
import { makeRunOfShowPlugin } from '../deck/makeRunOfShowPlugin.ts';
import type { MapController } from '../map/MapController.ts';
import { renderPartiesTable } from '../map/renderPartiesTable.ts';
import { ScrollRegionKeys } from '../map/ScrollRegionKeys.ts';
import { SortableTable } from '../map/SortableTable.ts';
import { makeStatusLineController } from '../runofshow/makeStatusLineController.ts';
import { readLiveKeyParam } from '../live/liveKey.ts';
import { makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { systemClock } from '../time/clock.ts';
import { viewerZone } from '../time/format.ts';
import { hydrateModel } from '../time/hydrateModel.ts';
import { buildSchedule, type Schedule } from '../time/schedule.ts';
import type { LivePage } from './livePage.ts';

/** The run-of-show's page, beside this one (the site's base is relative). */
const RUN_OF_SHOW_URL = 'run-of-show.html';

/** What the deck page uses of this part. */
export interface ViewerParts {
  /** Adds the viewer's times under `root`; says whether anything changed. */
  readonly addViewerTimes: (root: ParentNode) => boolean;
  /** Fills the empty States Parties table slots under `root`; says whether it filled any. */
  readonly fillPartiesTables: (root: ParentNode) => boolean;
  /** Draws the map of a `.map-layout` the first time it is asked for. */
  readonly loadMap: (layout: HTMLElement) => Promise<MapController | null>;
  /** Plugins to register once the deck runs: the countdown, and the host's run-of-show link. */
  readonly plugins: (options: { readonly host: boolean }) => RevealPlugin[];
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

/**
 * The `R` key and the deck's side of the run-of-show sync: it posts each slide the deck
 * moves to, answers the run-of-show's queries, and draws the live status line in reveal's
 * speaker-view preview.
 */
function makeRunOfShowDeckPlugin(model: Model, schedule: Schedule): RevealPlugin {
  const channel = makeShowChannel(buildChannelName(model.event.id));
  const recordSlide = makeLiveSlideRecorder(model);
  const plugin = makeRunOfShowPlugin({
    open: () => window.open(RUN_OF_SHOW_URL, 'run-of-show'),
    onSlide: (slide, moved) => {
      channel?.post({ type: 'deck-slide', ...slide, moved });
      recordSlide(slide.slideId);
    },
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

/**
 * In a live show (the deck's URL carries the host's key), records each slide the deck shows
 * in the shared log, so every page of the show can say what is on screen. The live module is
 * loaded on the first slide, so the speaker view's previews (which never report slides) and
 * decks without a key never load it; the public build leaves all of it out.
 */
function makeLiveSlideRecorder(model: Model): (slideId: string) => void {
  const keyText = readLiveKeyParam(location.search, location.hash);
  if (import.meta.env.MODE === 'public' || keyText === null) return () => undefined;
  let started: Promise<LivePage | null> | null = null;
  let recorded: string | null = null;
  return (slideId) => {
    started ??= import('./livePage.ts').then((m) => {
      const mount = document.createElement('div');
      mount.className = 'live-slot live-slot-deck';
      document.body.append(mount);
      return m.startLivePage({ keyText, model, page: 'deck', mount });
    });
    void started.then((live) => {
      if (!live || slideId === recorded) return;
      recorded = slideId;
      live.recordSlide(slideId);
    });
  };
}

/** Hydrates the model and makes the viewer-dependent parts of the deck. */
export function makeViewerParts(): ViewerParts {
  const model = hydrateModel(compact);
  const schedule = buildSchedule(model);
  const zone = viewerZone();
  return {
    addViewerTimes: (root) => addViewerTimes(root, model, schedule, zone),
    fillPartiesTables: (root) => fillPartiesTables(root, model),
    loadMap: makeMapLoader(model),
    plugins: ({ host }) => [
      makeCountdownPlugin({ clock: systemClock, schedule }),
      ...(host ? [makeRunOfShowDeckPlugin(model, schedule)] : []),
    ],
  };
}
