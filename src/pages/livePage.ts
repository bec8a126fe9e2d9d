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
import { makeClockNote } from '../live/makeClockNote.ts';
import { makeClockSync, type ClockSync } from '../live/makeClockSync.ts';
import {
  LIVE_SHOW_PATH,
  LIVE_TIME_PATH,
  parseLiveShowInfo,
  type LiveShowInfo,
} from '../live/liveShowInfo.ts';
import { makePresencePart } from '../runofshow/parts/makePresencePart.ts';
import { makeCheckinPart } from '../speaker/parts/makeCheckinPart.ts';
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
import { makeShiftedClock, systemClock, type Clock } from '../time/clock.ts';
import { formatClock, formatShortDate, formatTime, fromMillis } from '../time/format.ts';
import { describeSlide } from '../show/describeSlide.ts';
import { buildSchedule, getSpeakerSegments, type Schedule } from '../time/schedule.ts';
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

/** Where the page keeps what it last heard from the server, for a reload while it is away. */
const INFO_KEY = 'live:show-info';
const OFFSET_KEY = 'live:clock-offset';

/**
 * How long a page trusts what the server last said when it cannot ask again: a dress rehearsal
 * lasts an afternoon, and a page opened offline on the real day must not run on yesterday's
 * rehearsal clock.
 */
const INFO_KEPT_MS = 12 * 3600_000;

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * Which document and clock the show runs on, from the server; offline, what it said last
 * time if that was within `INFO_KEPT_MS`; failing both, the real show's. A page must know before it connects, so that a dress
 * rehearsal's marks never reach the real show's copy.
 */
async function loadLiveShowInfo(showId: string, storage: Storage | null): Promise<LiveShowInfo> {
  const key = `${INFO_KEY}:${showId}`;
  try {
    const response = await fetch(buildLiveHttpUrl(LIVE_SHOW_PATH, document.baseURI), {
      cache: 'no-store',
      signal: AbortSignal.timeout(4000),
    });
    const info = parseLiveShowInfo(response.ok ? ((await response.json()) as unknown) : null);
    if (info) {
      storage?.setItem(key, JSON.stringify({ info, savedAt: Date.now() }));
      return info;
    }
  } catch {
    // Offline, or not served by the live server: fall back below.
  }
  try {
    const saved = JSON.parse(storage?.getItem(key) ?? 'null') as {
      info?: unknown;
      savedAt?: unknown;
    } | null;
    const kept = parseLiveShowInfo(saved?.info);
    const age = typeof saved?.savedAt === 'number' ? Date.now() - saved.savedAt : Infinity;
    if (kept && age >= 0 && age < INFO_KEPT_MS) return kept;
  } catch {
    // A damaged copy: the real show's clock.
  }
  return { document: showId, rehearsal: null };
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
  const zone = model.event.timeZone;
  const schedule = buildSchedule(model);
  const zoneLabel = model.event.timeZoneLabel;
  const extra = h('div', { class: 'live-extra' });
  const panel = makeLivePanel({
    root: mount,
    live,
    page,
    people: model.speakers.map((s) => ({ id: s.id, name: s.name })),
    describeSlide: (slideId) => describePosition(slideId, schedule),
    formatTime: (ms) => formatTime(fromMillis(ms), zone),
    extra,
  });
  panel.render();
  panel.bind();
  panel.update();
  const parts: Controller[] = [
    makeClockNote({
      root: extra.appendChild(h('div', {})),
      offsetMs: () => sync.offsetMs(),
      onOffsetChange: (onChange) => sync.onChange(onChange),
      rehearsal: info.rehearsal,
      compact: page === 'deck',
      describeStart: (ms) =>
        `${formatTime(ms, zone)} on ${formatShortDate(ms, zone)} (${zoneLabel})`,
    }),
  ];
  const bothZones = (ms: number, id: string): string => {
    const speaker = model.speakers.find((s) => s.id === id);
    const event = `${formatTime(ms, zone)} ${zoneLabel}`;
    return speaker && speaker.timeZone !== zone
      ? `${event}, ${formatTime(ms, speaker.timeZone)} ${speaker.timeZoneLabel}`
      : event;
  };
  if (page === 'run-of-show') {
    parts.push(
      makePresencePart({
        root: extra.appendChild(h('div', {})),
        live,
        clock,
        speakers: model.speakers.map((s) => ({
          id: s.id,
          name: s.name,
          turns: getSpeakerSegments(schedule, s.id).map((segment) => ({
            startMs: segment.start.toMillis(),
            endMs: segment.end.toMillis(),
          })),
        })),
        formatTime: (ms) => formatClock(ms, zone),
        formatBothZones: bothZones,
      }),
    );
  }
  if (page === 'speaker' && key.speakerId !== null) {
    const speakerId = key.speakerId;
    parts.push(
      makeCheckinPart({
        root: extra.appendChild(h('div', {})),
        live,
        formatAt: (ms) => bothZones(ms, speakerId),
      }),
    );
  }
  for (const part of parts) {
    part.render();
    part.bind();
    part.update();
  }
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
    recordSlide(slideId, step) {
      // The deck's key writes nothing itself: the server checks the slide and records it.
      live.recordSlide(slideId, step);
    },
  };
}
