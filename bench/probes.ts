/**
 * Code that runs inside the measured page. Playwright serialises these functions, so each
 * one is self-contained: no imports, no helpers from outside its own body.
 */

/** When the first slide was visible, and what the page had loaded by then. */
export interface FirstSlide {
  /** ms from navigation start to the paint after `.reveal.ready` showed a visible slide. */
  readonly at: number;
  /** URLs of every resource the page had finished loading when the slide was visible. */
  readonly resources: readonly string[];
}

/** What `installProbe` leaves on `window.__benchProbe`. */
export interface PageProbe {
  readonly firstSlide: Promise<FirstSlide>;
  /** ms from navigation start to the paint after that, once its web fonts had loaded. */
  readonly fontsSettled: Promise<number>;
  /** How many times a MutationObserver on the whole document has fired: one per repaint. */
  mutationBatches: number;
  /** Set by `armArrival`: ms from the keypress to the paint after the slide change. */
  arrival?: Promise<number>;
}

/** The page's window as the probes see it. */
export type ProbedWindow = Window & { __benchProbe: PageProbe };

/**
 * Installed with `addInitScript`, before any page script: watches for the first visible
 * slide (by rAF, so it sees what a viewer sees) and counts DOM mutation batches.
 */
export function installProbe(): void {
  // Checks `ready` in each rAF callback, which runs just before its frame is painted; a
  // message posted from the callback where it holds arrives once that frame is painted.
  const paintedWhen = (ready: () => boolean): Promise<number> =>
    new Promise((resolve) => {
      const check = (): void => {
        // A page with no deck (the run-of-show) is never ready; polling it every frame
        // would cost more than the page itself.
        const noDeck = document.readyState !== 'loading' && !document.querySelector('.reveal');
        if (noDeck) return;
        if (!ready()) {
          requestAnimationFrame(check);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    });
  let resources: string[] = [];
  const firstSlide = paintedWhen(() => {
    const present = document.querySelector('.reveal.ready .slides section.present');
    const visible = present?.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (visible) resources = performance.getEntriesByType('resource').map((e) => e.name);
    return visible === true;
  }).then((at) => ({ at, resources }));
  const fontsSettled = firstSlide.then(async () => {
    await document.fonts.ready;
    return paintedWhen(() => true);
  });
  const probe: PageProbe = { firstSlide, fontsSettled, mutationBatches: 0 };
  new MutationObserver(() => {
    probe.mutationBatches++;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  (window as unknown as ProbedWindow).__benchProbe = probe;
}

/** A leaf slide (a section with no sections inside) and its size in elements. */
export interface SlideInfo {
  readonly h: number;
  readonly v: number;
  readonly id: string;
  readonly elements: number;
  /** Whether the slide holds the States Parties map's root (`data-testid="map"`). */
  readonly hasMap: boolean;
  /** Whether the slide looks like it will hold the map once its code has loaded. */
  readonly mayHaveMap: boolean;
}

/** Lists the deck's leaf slides with their element counts, in reading order. */
export function listSlides(): SlideInfo[] {
  const slides: SlideInfo[] = [];
  const horizontal = document.querySelectorAll(':is(.reveal .slides) > section');
  horizontal.forEach((top, h) => {
    const nested = top.querySelectorAll(':scope > section');
    const leaves = nested.length > 0 ? [...nested] : [top];
    leaves.forEach((slide, v) => {
      const hasMap = slide.querySelector('[data-testid="map"]') !== null;
      const layout = slide.getAttribute('data-layout') ?? '';
      slides.push({
        h,
        v,
        id: slide.id,
        elements: slide.querySelectorAll('*').length,
        hasMap,
        mayHaveMap:
          hasMap ||
          /(^|-)map($|-)/.test(layout) ||
          (/(^|-)map($|-)/.test(slide.id) && !/table/.test(slide.id)),
      });
    });
  });
  return slides;
}

/** How many state shapes and markers the present slide's map has drawn. */
export function countMapShapes(): number {
  return document.querySelectorAll('.slides section.present [data-testid="map"] [data-iso]').length;
}

/**
 * Arms `probe.arrival` for the next keypress: it resolves with the ms from the keydown to
 * the paint after `slidechanged`, or, when `shapes` > 0, to the paint of the frame where
 * the present slide's map reached its final shape count: `shapes`, or a count that then
 * held for 5 frames (a map that draws fewer shapes than the survey saw still finishes).
 */
export function armArrival(shapes: number): void {
  const probe = (window as unknown as ProbedWindow).__benchProbe;
  const reveal = document.querySelector('.reveal');
  if (!reveal) throw new Error('[bench] The page has no .reveal element.');
  // A message posted from a rAF callback arrives once that frame is painted.
  const paintOf = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const count = (): number =>
    document.querySelectorAll('.slides section.present [data-testid="map"] [data-iso]').length;
  probe.arrival = new Promise<number>((resolve) => {
    let start = 0;
    addEventListener(
      'keydown',
      (event) => {
        const now = performance.now();
        start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      },
      { capture: true, once: true },
    );
    reveal.addEventListener(
      'slidechanged',
      () => {
        let last = -1;
        let steady = 0;
        let painted: Promise<number> = Promise.resolve(0);
        const frame = (): void => {
          const now = shapes > 0 ? count() : 0;
          if (now !== last) {
            last = now;
            steady = 0;
            painted = paintOf();
          } else {
            steady++;
          }
          if (shapes === 0 || now >= shapes || (now > 0 && steady >= 5)) {
            void painted.then((at) => resolve(at - start));
          } else {
            requestAnimationFrame(frame);
          }
        };
        requestAnimationFrame(frame);
      },
      { once: true },
    );
  });
}
