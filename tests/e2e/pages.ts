/**
 * Every page of the site, for the checks that apply to all of them (axe, keyboard, lang,
 * the Content-Security-Policy).
 */
import { loadModel } from '../../data/index.ts';

export interface SitePage {
  readonly name: string;
  /** Relative to the site's base URL. */
  readonly path: string;
  /** A selector present once the page has rendered. */
  readonly ready: string;
}

const DECK_READY = 'html[data-deck-ready="1"]';
const PAGE_READY = 'html[data-page-ready="1"]';
const aSpeaker = loadModel().speakers[0]!.id;

export const SITE_PAGES: readonly SitePage[] = [
  { name: 'deck, holding slide', path: './?transition=none', ready: DECK_READY },
  { name: 'deck, programme', path: './?transition=none#/programme', ready: DECK_READY },
  { name: 'deck, conventions', path: './?transition=none#/conventions', ready: DECK_READY },
  // The map once drawn, and the table's scroll region (axe: scrollable-region-focusable).
  {
    name: 'deck, map',
    path: './?transition=none#/map',
    ready: `${DECK_READY} section#map [data-testid="map"][data-state="ready"]`,
  },
  { name: 'deck, map table', path: './?transition=none#/map-table', ready: DECK_READY },
  { name: 'deck, scroll view', path: './?view=scroll&transition=none', ready: DECK_READY },
  { name: 'run-of-show', path: './run-of-show.html', ready: PAGE_READY },
  { name: 'run-of-show, rehearsal', path: './run-of-show.html?mode=rehearsal', ready: PAGE_READY },
  { name: 'speaker page', path: `./speaker.html?speaker=${aSpeaker}`, ready: PAGE_READY },
  { name: 'speaker list', path: './speaker.html', ready: PAGE_READY },
];
