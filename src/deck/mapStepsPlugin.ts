/**
 * A reveal.js plugin that tells the page about map slides: when one comes near (so that the
 * map's code and geometry can load before it is shown; likewise for other slides the page
 * fills late, such as the States Parties table), which of its fragment steps are reached, and
 * when the deck leaves it. It knows nothing about maps beyond the
 * `data-map-step` fragments; the page passes what it reports to src/map.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { MAP_STEP_BOTH, MAP_STEP_FOCUS } from './mapSteps.ts';

/** Options for `makeMapStepsPlugin`. */
export interface MapStepsPluginOptions {
  /** Sections that hold a map. @defaultValue 'section[data-layout="map"]' */
  readonly selector?: string;
  /**
   * Sections reported to `onNear`: the map slides and any other slide the page fills only
   * when it comes near. @defaultValue `selector`
   */
  readonly nearSelector?: string;
  /** How many slides before or after a map slide count as near. @defaultValue 2 */
  readonly nearBy?: number;
  /**
   * Called when a section of `nearSelector` is near the current slide (again on each slide
   * change). Returns true when it changed what the section holds, so that reveal.js lays the
   * deck out again (it centres each slide by its height).
   */
  readonly onNear: (section: HTMLElement) => boolean | undefined;
  /**
   * Called with the steps reached on a map slide, in order, when it becomes current and on
   * each fragment step; in print, once for every printed copy of the slide.
   */
  readonly onSteps: (section: HTMLElement, reached: readonly string[]) => void;
  /** Called when the deck leaves a map slide. */
  readonly onLeave: (section: HTMLElement) => void;
}

/** The steps whose fragments are visible in `section`, in document order. */
export function readReachedSteps(section: Element): string[] {
  return [...section.querySelectorAll<HTMLElement>('.fragment.visible[data-map-step]')].map(
    (el) => el.dataset.mapStep ?? '',
  );
}

/**
 * Whether reveal.js lays the deck out for print. reveal.js 6.0.2 types this as
 * `isPrintingPDF()`, but the runtime API is `isPrintView()`.
 */
function isPrintView(deck: RevealApi): boolean {
  const api = deck as RevealApi & { isPrintView?: () => boolean };
  return api.isPrintView?.() ?? false;
}

/** Makes the plugin. */
export function makeMapStepsPlugin(options: MapStepsPluginOptions): RevealPlugin {
  const selector = options.selector ?? 'section[data-layout="map"]';
  const nearSelector = options.nearSelector ?? selector;
  const nearBy = options.nearBy ?? 2;
  return {
    id: 'map-steps',
    init(deck: RevealApi) {
      let previous: HTMLElement | null = null;
      const sectionsOf = (sel: string): HTMLElement[] => [
        ...(deck.getSlidesElement()?.querySelectorAll<HTMLElement>(sel) ?? []),
      ];
      const mapSections = (): HTMLElement[] => sectionsOf(selector);
      const update = (): void => {
        if (isPrintView(deck)) return;
        const current = deck.getCurrentSlide();
        const here = deck.getIndices().h;
        let changed = false;
        for (const section of sectionsOf(nearSelector)) {
          if (Math.abs(deck.getIndices(section).h - here) <= nearBy) {
            changed = options.onNear(section) === true || changed;
          }
        }
        if (changed) deck.layout();
        if (previous && previous !== current && previous.matches(selector)) {
          options.onLeave(previous);
        }
        if (current.matches(selector)) options.onSteps(current, readReachedSteps(current));
        previous = current;
      };
      deck.on('ready', update);
      deck.on('slidechanged', update);
      deck.on('fragmentshown', update);
      deck.on('fragmenthidden', update);
      // Print lays out a copy of the slide per fragment step; each copy shows its own step.
      // A handout printed with one copy per slide (pdfSeparateFragments=false) shows the
      // world with every convention coloured: the zoom and the emphasis are for presenting.
      deck.on('pdf-ready', () => {
        const oneCopy = deck.getConfig().pdfSeparateFragments === false;
        for (const section of mapSections()) {
          const reached = readReachedSteps(section);
          options.onSteps(
            section,
            oneCopy ? reached.filter((s) => s !== MAP_STEP_BOTH && s !== MAP_STEP_FOCUS) : reached,
          );
        }
      });
    },
  };
}
