/** Composition root of the deck page. */
import '@fontsource-variable/source-sans-3';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import '../deck/deck.css';
import slides from 'virtual:slides';
import { loadModel } from '../../data/index.ts';
import { buildDeck } from '../deck/buildDeck.ts';
import { makeCountdownPlugin } from '../deck/countdownPlugin.ts';
import { initDeck, loadSpeakerViewPlugin } from '../deck/initDeck.ts';
import { parseDeckView } from '../deck/viewSwitch.ts';
import { makeViewSwitchPlugin } from '../deck/viewSwitchPlugin.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { systemClock } from '../time/clock.ts';
import { viewerZone } from '../time/format.ts';
import { buildSchedule } from '../time/schedule.ts';

/**
 * The viewers' build (vite.config.ts, mode `public`): no notes and no host tools. The mode is
 * a constant at build time, so code behind `import.meta.env.MODE` checks is left out of
 * builds that don't use it.
 */
const isPublic = import.meta.env.MODE === 'public';

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
  // Host tools (speaker view, rehearsal keys) stay out of the public build. reveal's speaker
  // view also needs http, so the single file that opens from disk goes without it too.
  const hostPlugins =
    import.meta.env.MODE !== 'public' && import.meta.env.MODE !== 'single'
      ? [await loadSpeakerViewPlugin()]
      : [];
  await initDeck(root, {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    plugins: [
      ...hostPlugins,
      makeCountdownPlugin({ clock: systemClock, schedule }),
      makeViewSwitchPlugin(),
    ],
  });
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
