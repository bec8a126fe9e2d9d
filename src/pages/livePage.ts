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
import { connectLive, type LiveShow } from '../live/connectLive.ts';
import { findLatestSlide } from '../live/findLatestSlide.ts';
import { offerHostKey } from '../live/hostKeyHandoff.ts';
import { buildLiveUrl, parseLiveKey, type LiveKey } from '../live/liveKey.ts';
import { makeLiveLogStore } from '../live/makeLiveLogStore.ts';
import { makeLivePanel, type LivePanelPage } from '../live/makeLivePanel.ts';
import { QUERY_KEY_MESSAGE, type TakenKey } from '../live/takeLiveKey.ts';
import { INVALID_LINK_MESSAGE, renderLiveStatus, type DeckPosition } from '../live/renderLive.ts';
import { getSlideLabel } from '../speaker/getSlideLabel.ts';
import type { Store } from '../store/makeStore.ts';
import type { DeckSlideMessage, ShowChannel, ShowMessage } from '../sync/makeShowChannel.ts';
import { formatTime, fromMillis } from '../time/format.ts';
import { describeSlide } from '../show/describeSlide.ts';
import { buildSchedule, type Schedule } from '../time/schedule.ts';
import { parseShowEvent, type ShowEvent } from '../show/showLog.ts';

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
  /** The page's record store, with the live log merged in. */
  wrapStore(local: Store<readonly ShowEvent[]>): Store<readonly ShowEvent[]>;
  /** The page's deck channel, with the deck's moves on other machines added. */
  wrapChannel(local: ShowChannel | null): ShowChannel;
  /** The deck: records that it moved to `slideId`. */
  recordSlide(slideId: string): void;
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

/**
 * Starts the live show on a page, or shows why the link cannot be used and returns `null`
 * (the page then works from the clock, as without a key).
 */
export function startLivePage(options: LivePageOptions): LivePage | null {
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
  const live = connectLive({
    url: buildLiveUrl(document.baseURI),
    showId: model.event.id,
    key,
  });
  const zone = model.event.timeZone;
  const schedule = buildSchedule(model);
  const panel = makeLivePanel({
    root: mount,
    live,
    page,
    people: model.speakers.map((s) => ({ id: s.id, name: s.name })),
    describeSlide: (slideId) => describePosition(slideId, schedule),
    formatTime: (ms) => formatTime(fromMillis(ms), zone),
  });
  panel.render();
  panel.bind();
  panel.update();
  document.documentElement.dataset.live = key.role;
  // The host's run-of-show lends its key to the run-of-show `R` opens from the live deck.
  if (page === 'run-of-show' && key.role === 'host') offerHostKey(model.event.id, key.text);

  return {
    live,
    panel,
    wrapStore: (local) => makeLiveLogStore(local, live),
    wrapChannel(local) {
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
    },
    recordSlide(slideId) {
      // The deck's key writes nothing itself: the server checks the slide and records it.
      live.recordSlide(slideId);
    },
  };
}
