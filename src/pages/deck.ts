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
 * What this build is for (vite.config.ts): the host's full site, the viewers' public site,
 * or the single file that opens from disk.
 */
const mode = import.meta.env.MODE;
/** The viewers' build: no notes and no host tools (host-only plugins go behind this). */
const isPublic = mode === 'public';

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
  // reveal's speaker view needs notes and http: not in the public build, not from file://.
  // The mode is a constant at build time, so those builds leave the plugin's code out.
  const speakerView =
    import.meta.env.MODE !== 'public' && import.meta.env.MODE !== 'single'
      ? [await loadSpeakerViewPlugin()]
      : [];
  await initDeck(root, {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    plugins: [
      ...speakerView,
      makeCountdownPlugin({ clock: systemClock, schedule }),
      makeViewSwitchPlugin(),
    ],
  });
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
