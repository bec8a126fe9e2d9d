/**
 * Lets the keyboard scroll a focusable scroll region on a slide (the States Parties table).
 * reveal.js listens for keys on the document, so ↑, ↓, Home and End would change slides
 * instead of scrolling the region that has focus. While focus is in the region and the region
 * can scroll, those keys stay with the browser, which scrolls it. PageUp, PageDown, Space, ←
 * and → still reach reveal, so a presenter's clicker keeps changing slides.
 */

import { PrerenderedController } from './PrerenderedController.ts';

/** The keys that scroll the region rather than the deck. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Keeps the scroll keys for one region. */
export class ScrollRegionKeys extends PrerenderedController {
  constructor(private readonly region: HTMLElement) {
    super();
  }

  /** Listens to keys pressed inside the region. */
  protected listen(signal: AbortSignal): void {
    const onKeyDown = (event: Event): void => {
      const { key, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
      if (!SCROLL_KEYS.has(key) || altKey || ctrlKey || metaKey) return;
      // Compact (print, scroll view) the region does not scroll: the keys are the page's.
      if (this.region.scrollHeight <= this.region.clientHeight) return;
      event.stopPropagation();
    };
    this.region.addEventListener('keydown', onKeyDown, { signal });
  }
}
