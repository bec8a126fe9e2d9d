/** Composition root of the deck page. */
import '@fontsource-variable/source-sans-3';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/serif.css';
import '../deck/deck.css';
import slides from 'virtual:slides';
import { loadModel } from '../../data/index.ts';
import { buildDeck } from '../deck/buildDeck.ts';
import { initDeck } from '../deck/initDeck.ts';
import { renderFatal } from '../lib/renderFatal.ts';
import { viewerZone } from '../time/format.ts';
import { buildSchedule } from '../time/schedule.ts';

async function main(): Promise<void> {
  const model = loadModel();
  const schedule = buildSchedule(model);
  const root = document.querySelector<HTMLElement>('.reveal');
  const slidesEl = root?.querySelector<HTMLElement>('.slides');
  if (!root || !slidesEl) throw new Error('[deck] index.html has no .reveal .slides element.');
  slidesEl.replaceChildren(
    ...buildDeck(model, schedule, slides, {
      viewerZone: viewerZone(),
      includeNotes: import.meta.env.MODE !== 'public',
    }),
  );
  await initDeck(root, {
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  document.documentElement.dataset.deckReady = '1';
}

main().catch((error: unknown) => renderFatal('deck', error));
