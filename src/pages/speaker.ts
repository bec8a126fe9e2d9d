/** Composition root of the speaker page (`speaker.html?speaker=<id>`). */
import '../lib/page.css';
import '../speaker/speaker.css';
import slides from 'virtual:slides';
import compactModel from 'virtual:model';
import { startController } from '../lib/controller.ts';
import { h } from '../lib/h.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { takeLiveKey } from '../live/takeLiveKey.ts';
import { getSlideLabel } from '../speaker/getSlideLabel.ts';
import { SpeakerController } from '../speaker/SpeakerController.ts';
import { renderSpeakerIndex } from '../speaker/renderSpeakerIndex.ts';
import type { SpeakerSlide } from '../speaker/speakerContext.ts';
import { makeShowRecordStore, makeSpeakerRehearsalStore } from '../store/showStores.ts';
import { systemClock } from '../time/clock.ts';
import { formatSpeakerName } from '../show/cues.ts';
import { viewerZone } from '../time/format.ts';
import { buildSchedule, buildScheduleSlidePlans, getSpeakerSegments } from '../show/schedule.ts';
import { hydrateModel } from '../show/hydrateModel.ts';
import type { LivePage } from './livePage.ts';

const speakerHref = (id: string): string => `speaker.html?speaker=${encodeURIComponent(id)}`;

async function main(): Promise<void> {
  const model = hydrateModel(compactModel);
  const schedule = buildSchedule(model);
  const root = document.getElementById('app');
  if (!root) throw new Error('[speaker] speaker.html has no #app element.');
  const { event } = model;
  const requested = new URLSearchParams(window.location.search).get('speaker');
  const speaker = model.speakers.find((s) => s.id === requested);
  const segments = speaker ? getSpeakerSegments(schedule, speaker.id) : [];

  const footer = h(
    'footer',
    { class: 'sp-footer' },
    h('a', { href: 'run-of-show.html' }, 'Run-of-show'),
    ' · ',
    h('a', { href: './' }, 'The deck'),
    ' · Speaker pages: ',
    model.speakers.map((s, i) => [
      i > 0 ? ', ' : '',
      h('a', { href: speakerHref(s.id), 'data-speaker': s.id }, formatSpeakerName(s)),
    ]),
  );

  if (!speaker || segments.length === 0) {
    document.title = `Speaker pages · ${event.sessionLabel}`;
    root.replaceChildren(
      renderSpeakerIndex(
        model,
        speakerHref,
        requested === null || requested === '' ? null : requested,
        h(
          'p',
          { class: 'sp-footer' },
          h('a', { href: 'run-of-show.html' }, 'Run-of-show'),
          ' · ',
          h('a', { href: './' }, 'The deck'),
        ),
      ),
    );
    document.documentElement.dataset.pageReady = '1';
    return;
  }

  const taken = takeLiveKey(`speaker:${speaker.id}`);
  let live: LivePage | null = null;
  if (taken !== null) {
    const mount = document.createElement('div');
    mount.className = 'live-slot';
    root.before(mount);
    const { startLivePage } = await import('./livePage.ts');
    live = await startLivePage({ taken, model, page: 'speaker', speakerId: speaker.id, mount });
  }
  // The host's record, for re-plans: from the live server with a key, else from the
  // run-of-show in this browser.
  const showStore = makeShowRecordStore(live?.documentName ?? event.id, 'live');

  document.title = `${speaker.name} · Speaker page · ${event.sessionLabel}`;
  const plans = buildScheduleSlidePlans(schedule, slides);
  const ownSegments = new Set(segments.map((s) => s.id));
  const ownSlides: SpeakerSlide[] = slides.flatMap((slide) => {
    const plan = plans.get(slide.id);
    if (!plan || !ownSegments.has(plan.segmentId)) return [];
    return [
      { id: slide.id, label: getSlideLabel(slide, schedule), notesHtml: slide.notesHtml, plan },
    ];
  });

  const controller = startController(
    new SpeakerController({
      root,
      ctx: {
        model,
        schedule,
        speaker,
        segments,
        slides: ownSlides,
        viewerZone: viewerZone(),
        slideHref: (id) => `./#/${encodeURIComponent(id)}`,
      },
      clock: live?.clock ?? systemClock,
      store: makeSpeakerRehearsalStore(event.id, speaker.id),
      showStore: live ? live.wrapStore(showStore) : showStore,
      footer,
      exportName: `${event.id}-rehearsals-${speaker.id}`,
    }),
  );
  live?.onClockChange(() => controller.update());
}

main().catch((error: unknown) => renderFatal('speaker', error));
