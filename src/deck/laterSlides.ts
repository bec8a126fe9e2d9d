/**
 * The deck's page holds only the slide it opens on (the build puts the first section into
 * `index.html`); the other sections come in a module of their own (`virtual:later-slides`),
 * added as soon as that first slide is on screen. A page that needs every slide before
 * reveal.js starts (print, the scroll view, a link to another slide, the speaker view's
 * previews) adds them first.
 */

/**
 * Whether the page must have every slide before reveal.js starts: any view but slides, a
 * hash naming a slide other than the first (reveal would clamp it to the one it has), and
 * the speaker view's previews (`?receiver`), which the speaker view moves to any slide.
 * @example needsEverySlideAtStart({ view: 'slides', search: '', hash: '#/map', firstId: 'holding' }) // true
 */
export function needsEverySlideAtStart(page: {
  readonly view: 'print' | 'scroll' | 'slides';
  readonly search: string;
  readonly hash: string;
  readonly firstId: string;
}): boolean {
  if (page.view !== 'slides' || /(?:^\?|&)receiver(?:[=&]|$)/i.test(page.search)) return true;
  const name = /^#\/([^/?]+)/.exec(page.hash)?.[1];
  if (name === undefined || name === '0') return false;
  try {
    return decodeURIComponent(name) !== page.firstId;
  } catch {
    // A name that cannot be decoded: the unknown-slide notice explains it, with every slide.
    return true;
  }
}

/**
 * Appends the sections after the first to `slides` (the deck's `.slides`), once however
 * often it is called. Resolves when they are in.
 */
export function makeLaterSlides(slides: HTMLElement): () => Promise<void> {
  let adding: Promise<void> | null = null;
  return () =>
    (adding ??= import('virtual:later-slides').then(({ default: html }) => {
      slides.insertAdjacentHTML('beforeend', html);
    }));
}
