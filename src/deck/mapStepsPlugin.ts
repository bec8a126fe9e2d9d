/**
 * A reveal.js plugin that tells the page about stepped slides (the map): when one comes near
 * (so that its code and data can load before it is shown; likewise for other slides the page
 * fills late), which of its fragment steps are reached, and when the deck leaves it. It knows
 * nothing about what the steps mean: the page passes what it reports to the slides' owner.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/** Options for `makeMapStepsPlugin`. */
export interface MapStepsPluginOptions {
  /** Sections whose fragment steps are reported. */
  readonly selector: string;
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
  /** The steps whose fragments are visible in `section`, in document order. */
  readonly readSteps: (section: HTMLElement) => string[];
  /**
   * Called with the steps reached on a stepped slide, in order, when it becomes current and
   * on each fragment step; in print, once for every printed copy of the slide, with
   * `printedOnce` true when the handout prints one copy per slide rather than one per step.
   */
  readonly onSteps: (
    section: HTMLElement,
    reached: readonly string[],
    context: { readonly printedOnce: boolean },
  ) => void;
  /** Called when the deck leaves a stepped slide. */
  readonly onLeave: (section: HTMLElement) => void;
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
  const { selector, readSteps } = options;
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
        if (current.matches(selector)) {
          options.onSteps(current, readSteps(current), { printedOnce: false });
        }
        previous = current;
      };
      deck.on('ready', update);
      deck.on('slidechanged', update);
      deck.on('fragmentshown', update);
      deck.on('fragmenthidden', update);
      // Print lays out a copy of the slide per fragment step; each copy shows its own step.
      deck.on('pdf-ready', () => {
        const printedOnce = deck.getConfig().pdfSeparateFragments === false;
        for (const section of mapSections()) {
          options.onSteps(section, readSteps(section), { printedOnce });
        }
      });
    },
  };
}
