/**
 * The deck page's second part, loaded after the first slide is on screen: the model, luxon
 * and everything that depends on the viewer (times in their zone, the countdown, the model
 * the map and the States Parties table are drawn from, the run-of-show link). It adds these onto the sections the build
 * rendered (src/build/prerenderDeck.ts) instead of building the deck again.
 */
import compact from 'virtual:model';
import type { Model } from '../../data/types.ts';
import { addViewerTimes } from '../deck/addViewerTimes.ts';
import { makeCountdownPlugin } from '../deck/countdownPlugin.ts';
import { makeDeckStepsPlugin } from '../deck/makeDeckStepsPlugin.ts';
import type { RevealPlugin } from '../deck/initDeck.ts';
import { makeRunOfShowPlugin } from '../deck/makeRunOfShowPlugin.ts';
import { StatusLineController } from '../runofshow/StatusLineController.ts';
import { RUN_OF_SHOW_WINDOW } from '../live/hostKeyHandoff.ts';
import type { TakenKey } from '../live/takeLiveKey.ts';
import { makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { readClockMs, systemClock, type Clock } from '../time/clock.ts';
import { makeListeners } from '../lib/listeners.ts';
import { viewerZone } from '../time/format.ts';
import { hydrateModel } from '../show/hydrateModel.ts';
import { buildSchedule, type Schedule } from '../show/schedule.ts';
import type { LivePage } from './livePage.ts';

/**
 * The deck's clock: the machine's until the live show (if any) has started, then the live
 * page's, corrected against the server and on the show's clock in a dress rehearsal.
 */
let liveClock: Clock | null = null;
const clockWatchers = makeListeners();
const setLiveClock = (
  clock: Clock | null,
  onClockChange?: (onChange: () => void) => void,
): void => {
  liveClock = clock;
  onClockChange?.(clockWatchers.notify);
  clockWatchers.notify();
};
const deckClock: Clock = {
  now: () => (liveClock ?? systemClock).now(),
  nowMs: () => readClockMs(liveClock ?? systemClock),
};

/** The run-of-show's page, beside this one (the site's base is relative). */
const RUN_OF_SHOW_URL = 'run-of-show.html';

/** What the deck page uses of this part. */
export interface ViewerParts {
  /** Adds the viewer's times under `root`; says whether anything changed. */
  readonly addViewerTimes: (root: ParentNode) => boolean;
  /** The model, for the States Parties slides (src/map draws the map and tables from it). */
  readonly model: Model;
  /** Plugins to register once the deck runs: the countdown, and the host's run-of-show link. */
  readonly plugins: (options: { readonly host: boolean }) => RevealPlugin[];
}

/**
 * The `R` key and the deck's side of the run-of-show sync: it posts each slide the deck
 * moves to, answers the run-of-show's queries, and draws the live status line in reveal's
 * speaker-view preview.
 */
function makeRunOfShowDeckPlugin(
  model: Model,
  schedule: Schedule,
  recordSlide: LiveSlideRecorder,
): RevealPlugin {
  const channel = makeShowChannel(buildChannelName(model.event.id));
  const plugin = makeRunOfShowPlugin({
    open: () => window.open(RUN_OF_SHOW_URL, RUN_OF_SHOW_WINDOW),
    onSlide: (slide, moved) => {
      channel?.post({ type: 'deck-slide', ...slide, moved });
      recordSlide(slide.slideId, 0);
    },
    onSpeakerPreview: (host) => {
      const status = new StatusLineController({
        root: host,
        schedule,
        clock: deckClock,
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

/** Asks the server to record that the deck shows `slideId` at fragment step `step`. */
type LiveSlideRecorder = (slideId: string, step: number) => void;

/**
 * In a live show (the deck was opened with the deck's link), asks the server to record each
 * slide the deck shows, and each map step (for followers' decks), so every page of the show
 * can say what is on screen. The key was
 * taken out of the address before reveal.js started (deck.ts); this tab keeps it. The live
 * module is loaded on the first slide, so the speaker view's previews (which never report
 * slides) and decks without a key never load it; the public build leaves all of it out.
 */
function makeLiveSlideRecorder(model: Model, taken: TakenKey): LiveSlideRecorder {
  if (import.meta.env.MODE === 'public') return () => undefined;
  if (taken === null) return () => undefined;
  let started: Promise<LivePage | null> | null = null;
  let recorded: string | null = null;
  return (slideId, step) => {
    started ??= import('./livePage.ts').then((m) => {
      const mount = document.createElement('div');
      mount.className = 'live-slot live-slot-deck';
      document.body.append(mount);
      return m.startLivePage({ taken, model, page: 'deck', mount });
    });
    void started.then((live) => {
      if (live) setLiveClock(live.clock, (onChange) => live.onClockChange(onChange));
    });
    void started.then((live) => {
      const position = `${slideId}@${step}`;
      if (!live || position === recorded) return;
      recorded = position;
      live.recordSlide(slideId, step);
    });
  };
}

/** What the deck page knows before this part loads. */
export interface ViewerPartsOptions {
  /** The key the deck took from its address (deck.ts, the one place it is read), or `null`. */
  readonly liveKey: TakenKey;
}

/** The host's deck's plugins: the run-of-show link, and the live record of its slides and steps. */
function makeHostPlugins(model: Model, schedule: Schedule, liveKey: TakenKey): RevealPlugin[] {
  const recordSlide = makeLiveSlideRecorder(model, liveKey);
  return [
    makeRunOfShowDeckPlugin(model, schedule, recordSlide),
    makeDeckStepsPlugin({ onStep: recordSlide }),
  ];
}

/** Hydrates the model and makes the viewer-dependent parts of the deck. */
export function makeViewerParts({ liveKey }: ViewerPartsOptions): ViewerParts {
  const model = hydrateModel(compact);
  const schedule = buildSchedule(model);
  const zone = viewerZone();
  return {
    addViewerTimes: (root) => addViewerTimes(root, model, schedule, zone),
    model,
    plugins: ({ host }) => [
      makeCountdownPlugin({
        clock: deckClock,
        schedule,
        watchClock: clockWatchers.add,
      }),
      // Tested on the build's mode as well, so that the viewers' builds leave the host's
      // plugin (the show log, the stores, the status line, the sync) out of their bundle.
      ...(host && import.meta.env.MODE !== 'public' && import.meta.env.MODE !== 'single'
        ? makeHostPlugins(model, schedule, liveKey)
        : []),
    ],
  };
}
