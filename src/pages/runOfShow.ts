/** Composition root of the run-of-show page (`run-of-show.html`, `?mode=rehearsal`). */
import '@fontsource-variable/source-sans-3';
import '../lib/page.css';
import '../runofshow/runOfShow.css';
import compactModel from 'virtual:model';
import { renderFatal } from '../lib/renderFatal.ts';
import { makeRunOfShowController } from '../runofshow/makeRunOfShowController.ts';
import type { RunOfShowMode } from '../runofshow/renderRunOfShow.ts';
import { makeRehearsalClockStore, makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { systemClock } from '../time/clock.ts';
import { buildSchedule } from '../time/schedule.ts';
import { hydrateModel } from '../time/hydrateModel.ts';

function main(): void {
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
  document.title = `${mode === 'rehearsal' ? 'Rehearsal · ' : ''}Run-of-show · ${event.series} · Session ${event.session}`;

  const controller = makeRunOfShowController({
    root,
    ctx: {
      model,
      schedule,
      mode,
      speakerHref: (id) => `speaker.html?speaker=${encodeURIComponent(id)}`,
    },
    realClock: systemClock,
    recordStore: makeShowRecordStore(eventId, mode),
    ...(mode === 'rehearsal' ? { rehearsalStore: makeRehearsalClockStore(eventId) } : {}),
    channel: makeShowChannel(buildChannelName(eventId)),
    otherModeHref: mode === 'rehearsal' ? 'run-of-show.html' : 'run-of-show.html?mode=rehearsal',
    exportName: `${eventId}-run-of-show${mode === 'rehearsal' ? '-rehearsal' : ''}`,
    notices,
  });
  controller.render();
  controller.bind();
  controller.update();
  document.documentElement.dataset.pageReady = '1';
}

try {
  main();
} catch (error) {
  renderFatal('run-of-show', error);
}
