/**
 * A page's live show, loaded with `import()` only when its URL carries a key: it checks the
 * key's shape and role against the page, connects, mounts the live panel, and gives the page
 * the shared log as its record store and the deck's moves as its deck channel. A page without
 * a key never loads this module, nor the sync engine behind it.
 */
import '../live/live.css';
import slides from 'virtual:slides';
import type { Model } from '../../data/types.ts';
import type { Controller } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { renderNotice } from '../lib/renderNotice.ts';
import { buildLiveHttpUrl, connectLive, type LiveShow } from '../live/connectLive.ts';
import { makeClockSync, type ClockSync } from '../live/makeClockSync.ts';
import { LIVE_TIME_PATH } from '../live/liveShowInfo.ts';
import { loadLiveShowInfo } from '../live/loadLiveShowInfo.ts';
import { offerHostKey } from '../live/hostKeyHandoff.ts';
import { buildLiveUrl, parseLiveKey, type LiveKey } from '../live/liveKey.ts';
import { makeLiveChannel } from '../live/makeLiveChannel.ts';
import { makeLiveLogStore } from '../live/makeLiveLogStore.ts';
import { LivePanelController, type LivePanelPage } from '../live/LivePanelController.ts';
import { QUERY_KEY_MESSAGE, type TakenKey } from '../live/takeLiveKey.ts';
import { INVALID_LINK_MESSAGE, renderLiveStatus, type DeckPosition } from '../live/renderLive.ts';
import { getSlideLabel } from '../speaker/getSlideLabel.ts';
import type { Store } from '../store/makeStore.ts';
import type { DeckSlideMessage, ShowChannel } from '../sync/makeShowChannel.ts';
import { makeShiftedClock, systemClock, type Clock } from '../time/clock.ts';
import { formatTime, fromMillis } from '../time/format.ts';
import { describeSlide } from '../show/describeSlide.ts';
import { buildSchedule, type Schedule } from '../show/schedule.ts';
import type { ShowEvent } from '../show/showLog.ts';
import { makeLiveParts } from './liveParts.ts';

/** Options for `startLivePage`. */
export interface LivePageOptions {
  /** The key the page took from its address or this tab (`takeLiveKey`). */
  readonly taken: NonNullable<TakenKey>;
  readonly model: Model;
  readonly page: LivePanelPage;
  /** The speaker page's speaker, when `page` is 'speaker'. */
  readonly speakerId?: string | null;
  /** Where the panel goes. */
  readonly mount: HTMLElement;
}

/** A page's live show once started. */
export interface LivePage {
  readonly live: LiveShow;
  readonly panel: Controller;
  /**
   * The page's clock: the machine's, corrected by its measured offset from the server's and,
   * in a dress rehearsal, moved onto the show's clock. Every time the page shows reads it.
   */
  readonly clock: Clock;
  /** The show's document: the real show's id, or a dress rehearsal's, for keeping records apart. */
  readonly documentName: string;
  /** Calls `onChange` when the clock's correction changes, so the page repaints at once. */
  onClockChange(onChange: () => void): () => void;
  /** The page's record store, with the live log merged in. */
  wrapStore(local: Store<readonly ShowEvent[]>): Store<readonly ShowEvent[]>;
  /** The page's deck channel, with the deck's moves on other machines added. */
  wrapChannel(local: ShowChannel | null): ShowChannel;
  /** The deck: records that it shows `slideId`, at fragment step `step` (for followers). */
  recordSlide(slideId: string, step: number): void;
}

/** Where a slide stands in this build's deck, by id. */
function describeDeckSlide(slideId: string): Omit<DeckSlideMessage, 'type' | 'moved'> | null {
  const index = slides.findIndex((s) => s.id === slideId);
  const place = describeSlide(slides, index);
  return place ? { ...place, number: index + 1, total: slides.length } : null;
}

function describePosition(slideId: string, schedule: Schedule): DeckPosition | null {
  const slide = slides.find((s) => s.id === slideId);
  const described = describeDeckSlide(slideId);
  return slide && described
    ? { number: described.number, total: described.total, label: getSlideLabel(slide, schedule) }
    : null;
}

/** Whether a key of this role may open this page (a speaker's only her own). */
function fitsPage(key: LiveKey, page: LivePanelPage, speakerId: string | null): boolean {
  if (page === 'deck') return key.role === 'deck';
  if (page === 'run-of-show') return key.role === 'host' || key.role === 'moderator';
  return key.role === 'speaker' && key.speakerId === speakerId;
}

/**
 * Shows that the link is not valid, in the page's live slot; the page goes on without it.
 * The deck, on the shared screen, says nothing (the host sees the deck has not moved).
 */
export function renderInvalidLink(
  mount: HTMLElement,
  page: LivePanelPage,
  role: LiveKey['role'] = 'host',
  message = INVALID_LINK_MESSAGE,
): void {
  if (page === 'deck') {
    console.warn(`[live] ${message}`);
    return;
  }
  mount.replaceChildren(
    h(
      'section',
      { class: 'live-panel', 'aria-label': 'Live show' },
      h('div', { class: 'live-bar' }, renderLiveStatus('refused', role)),
      renderNotice('live', message),
    ),
  );
}

/** Where the page keeps its last measured clock offset, for a reload while the server is away. */
const OFFSET_KEY = 'live:clock-offset';

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * Starts the live show on a page, or shows why the link cannot be used and resolves to
 * `null` (the page then works from the clock, as without a key).
 */
export async function startLivePage(options: LivePageOptions): Promise<LivePage | null> {
  const { model, page, mount, taken } = options;
  if (taken.kind === 'query') {
    renderInvalidLink(mount, page, 'host', QUERY_KEY_MESSAGE);
    return null;
  }
  const key = parseLiveKey(taken.text);
  if (!key || !fitsPage(key, page, options.speakerId ?? null)) {
    renderInvalidLink(mount, page, key?.role);
    return null;
  }
  const storage = safeStorage();
  const info = await loadLiveShowInfo(model.event.id, storage);
  const sync: ClockSync = makeClockSync({
    url: buildLiveHttpUrl(LIVE_TIME_PATH, document.baseURI),
    storage,
    storageKey: OFFSET_KEY,
  });
  // The machine's error and the rehearsal's shift, added here and nowhere else.
  const shiftMs = info.rehearsal?.shiftMs ?? 0;
  const clock = makeShiftedClock(systemClock, () => sync.offsetMs() + shiftMs);
  const live = connectLive({
    url: buildLiveUrl(document.baseURI),
    showId: info.document,
    key,
    presence: { role: key.role, speakerId: key.speakerId, page },
  });
  const announce = (): void =>
    live.announceClockOffset(sync.isMeasured() ? Math.round(sync.offsetMs()) : null);
  announce();
  sync.onChange(announce);
  const schedule = buildSchedule(model);
  const extra = h('div', { class: 'live-extra' });
  const panel = new LivePanelController({
    root: mount,
    live,
    page,
    people: model.speakers.map((s) => ({ id: s.id, name: s.name })),
    describeSlide: (slideId) => describePosition(slideId, schedule),
    formatTime: (ms) => formatTime(fromMillis(ms), model.event.timeZone),
    extra,
  });
  panel.render();
  panel.bind();
  panel.update();
  makeLiveParts({
    root: extra,
    live,
    page,
    speakerId: key.speakerId,
    model,
    schedule,
    clock,
    sync,
    rehearsal: info.rehearsal,
  });
  document.documentElement.dataset.live = key.role;
  // The host's run-of-show lends its key to the run-of-show `R` opens from the live deck.
  if (page === 'run-of-show' && key.role === 'host') offerHostKey(model.event.id, key.text);

  return {
    live,
    panel,
    clock,
    documentName: info.document,
    onClockChange: (onChange) => sync.onChange(onChange),
    wrapStore: (local) => makeLiveLogStore(local, live),
    wrapChannel: (local) => makeLiveChannel(local, live, describeDeckSlide),
    recordSlide(slideId, step) {
      // The deck's key writes nothing itself: the server checks the slide and records it.
      live.recordSlide(slideId, step);
    },
  };
}
