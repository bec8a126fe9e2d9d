/**
 * Renders the deck's `<section>`s at build time, with the same renderers the browser would
 * run (`buildDeck`), in jsdom and in the event's zone. The page starts reveal.js on them
 * at once and adds what depends on the viewer afterwards (`src/deck/addViewerTimes.ts`).
 */
import { JSDOM } from 'jsdom';
import { buildDeck } from '../deck/buildDeck.ts';
import { renderQrCode } from './renderQrCode.ts';
import type { SlideDoc } from '../deck/slideDoc.ts';
import type { Model } from '../../data/types.ts';
import { buildSchedule } from '../show/schedule.ts';

/** Options for `prerenderDeck`. */
export interface PrerenderOptions {
  /** Add the speaker notes (the host build). */
  readonly includeNotes: boolean;
  /** Key hints ("or press W") for readers: the public build only, never a projected slide. */
  readonly keyHints: boolean;
}

/** The globals `src/lib/h.ts` reads, swapped for jsdom's while the deck renders. */
const DOM_GLOBALS = ['document', 'Node'] as const;

/**
 * Runs `render` with jsdom's `document` and `Node` as globals, then puts back whatever was
 * there (vitest's jsdom environment has its own).
 */
export function withDom<T>(render: (document: Document) => T): T {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const scope = globalThis as Record<string, unknown>;
  const saved = DOM_GLOBALS.map(
    (name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const,
  );
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(scope, name, { value: window[name], configurable: true, writable: true });
  }
  try {
    return render(window.document);
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else Reflect.deleteProperty(scope, name);
    }
  }
}

/** The deck's sections as HTML, one string each, built in the event's zone for the given build mode. */
export function prerenderDeck(
  model: Model,
  slides: readonly SlideDoc[],
  options: PrerenderOptions,
): string[] {
  return withDom(() =>
    buildDeck(model, buildSchedule(model), slides, {
      viewerZone: model.event.timeZone,
      includeNotes: options.includeNotes,
      keyHints: options.keyHints,
      view: 'slides',
      drawQrCode: renderQrCode,
    }).map((section) => section.outerHTML),
  );
}
