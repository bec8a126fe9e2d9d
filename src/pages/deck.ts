/** Composition root of the deck page. */
import '@fontsource-variable/source-sans-3';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import '../deck/deck.css';
import '../runofshow/statusLine.css';
import slides from 'virtual:slides';
import { loadModel } from '../../data/index.ts';
import { buildDeck } from '../deck/buildDeck.ts';
import { initDeck } from '../deck/initDeck.ts';
import { makeRunOfShowPlugin, type RunOfShowPlugin } from '../deck/makeRunOfShowPlugin.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { makeStatusLineController } from '../runofshow/makeStatusLineController.ts';
import { makeShowRecordStore } from '../store/showStores.ts';
import { buildChannelName, makeShowChannel } from '../sync/makeShowChannel.ts';
import { systemClock } from '../time/clock.ts';
import { viewerZone } from '../time/format.ts';
import { buildSchedule } from '../time/schedule.ts';

/** The run-of-show's page, beside this one (the site's base is relative). */
const RUN_OF_SHOW_URL = 'run-of-show.html';

async function main(): Promise<void> {
  const model = loadModel();
  const schedule = buildSchedule(model);
  const root = document.querySelector<HTMLElement>('.reveal');
  const slidesEl = root?.querySelector<HTMLElement>('.slides');
  if (!root || !slidesEl) throw new Error('[deck] index.html has no .reveal .slides element.');
  const hostTools = import.meta.env.MODE !== 'public';
  slidesEl.replaceChildren(
    ...buildDeck(model, schedule, slides, {
      viewerZone: viewerZone(),
      includeNotes: hostTools,
    }),
  );

  const plugins: RunOfShowPlugin[] = [];
  if (hostTools) {
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
    plugins.push(plugin);
  }

  await initDeck(root, {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    plugins,
  });
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
