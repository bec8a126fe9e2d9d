/** Composition root of the run-of-show page (`run-of-show.html`, `?mode=rehearsal`). */
import '../lib/page.css';
import '../runofshow/runOfShow.css';
import slides from 'virtual:slides';
import compactModel from 'virtual:model';
import type { Model } from '../../data/types.ts';
import { startController } from '../lib/controller.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { askForHostKey, RUN_OF_SHOW_WINDOW } from '../live/hostKeyHandoff.ts';
import { keepLiveKey, takeLiveKey } from '../live/takeLiveKey.ts';
import { getSlideLabel } from '../speaker/getSlideLabel.ts';
import { RunOfShowController } from '../runofshow/RunOfShowController.ts';
import { renderCueSheet } from '../runofshow/renderCueSheet.ts';
import type { RunOfShowMode } from '../runofshow/runOfShowContext.ts';
import { makeRehearsalClockStore, makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { systemClock } from '../time/clock.ts';
import { buildSchedule } from '../show/schedule.ts';
import { hydrateModel } from '../show/hydrateModel.ts';
import type { LivePage } from './livePage.ts';

/** Starts the live show when the URL carries a key (live mode only); `null` otherwise. */
async function startLive(
  model: Model,
  root: HTMLElement,
  mode: RunOfShowMode,
): Promise<LivePage | null> {
  if (mode !== 'live') return null;
  let taken = takeLiveKey('run-of-show');
  if (taken === null && window.name === RUN_OF_SHOW_WINDOW) {
    // Opened by `R` on the live deck: the host's page in this browser may lend its key.
    const lent = await askForHostKey(model.event.id);
    if (lent !== null) {
      keepLiveKey('run-of-show', lent);
      taken = { kind: 'key', text: lent };
    }
  }
  if (taken === null) return null;
  const mount = document.createElement('div');
  mount.className = 'live-slot';
  root.before(mount);
  const { startLivePage } = await import('./livePage.ts');
  return startLivePage({ taken, model, page: 'run-of-show', mount });
}

async function main(): Promise<void> {
  const model = hydrateModel(compactModel);
  const schedule = buildSchedule(model);
  const root = document.getElementById('app');
  if (!root) throw new Error('[run-of-show] run-of-show.html has no #app element.');
  const params = new URLSearchParams(window.location.search);
  const requested = params.get('mode');
  const mode: RunOfShowMode = requested === 'rehearsal' ? 'rehearsal' : 'live';
  const notices =
    requested !== null && requested !== 'rehearsal' && requested !== 'live'
      ? [
          `There is no “${requested}” mode, so this is the live run-of-show. Use ?mode=rehearsal to rehearse.`,
        ]
      : [];
  const eventId = model.event.id;
  const { event } = model;
  const live = await startLive(model, root, mode);
  if (live?.live.key.role === 'moderator') {
    notices.push(
      'Moderator’s link: you see the host’s marks as they happen and can message the speakers; only the host marks segments.',
    );
  }
  // A dress rehearsal on the show's clock keeps its record apart from the real show's.
  const recordStore = makeShowRecordStore(live?.documentName ?? eventId, mode);
  const channel = makeShowChannel(buildChannelName(eventId));
  document.title = `${mode === 'rehearsal' ? 'Rehearsal · ' : ''}Run-of-show · ${event.sessionLabel}`;

  if (params.get('print') === 'cue-sheet') {
    // The printable cue sheet (`npm run export`'s run-of-show.pdf): the plan only.
    document.title = `Cue sheet · ${event.series} · Session ${event.session}`;
    root.replaceChildren(
      renderCueSheet(
        {
          model,
          schedule,
          mode: 'live',
          speakerHref: (id) => `speaker.html?speaker=${encodeURIComponent(id)}`,
        },
        slides.map((slide) => ({
          id: slide.id,
          title: getSlideLabel(slide, schedule),
          segment: slide.segment,
        })),
        '',
      ),
    );
    document.documentElement.dataset.pageReady = '1';
    return;
  }

  const controller = startController(
    new RunOfShowController({
      root,
      ctx: {
        model,
        schedule,
        mode,
        speakerHref: (id) => `speaker.html?speaker=${encodeURIComponent(id)}`,
        slideTitles: new Map(slides.map((slide) => [slide.id, getSlideLabel(slide, schedule)])),
        slideSegments: new Map(slides.map((slide) => [slide.id, slide.segment])),
      },
      realClock: live?.clock ?? systemClock,
      recordStore: live ? live.wrapStore(recordStore) : recordStore,
      ...(mode === 'rehearsal' ? { rehearsalStore: makeRehearsalClockStore(eventId) } : {}),
      channel: live ? live.wrapChannel(channel) : channel,
      otherModeHref: mode === 'rehearsal' ? 'run-of-show.html' : 'run-of-show.html?mode=rehearsal',
      exportName: `${eventId}-run-of-show${mode === 'rehearsal' ? '-rehearsal' : ''}`,
      notices,
    }),
  );
  live?.onClockChange(() => controller.update());
  // The live panel (messages, who is on the show, links) comes second: after the time left,
  // what is on and next and the host's controls, so that those are on screen without
  // scrolling at 1280×720 and at 960×600, and before the page's footer.
  const liveSlot = root.previousElementSibling;
  const main = root.querySelector('.ros-main');
  if (live && liveSlot instanceof HTMLElement && liveSlot.classList.contains('live-slot') && main) {
    main.after(liveSlot);
  }
}

main().catch((error: unknown) => renderFatal('run-of-show', error));
