/**
 * The one entry point of the States Parties slides for the deck page: which sections they
 * are, what to do when one comes near, at each fragment step and when the deck leaves it.
 * The page passes these to the deck's steps plugin and knows nothing else about the map.
 *
 * No d3 and no luxon here: the map's module (d3, topojson, the geometry) is loaded with
 * `import()` when a map slide comes near, and the full table (which formats dates) before the
 * views that lay every slide out at once. Both stay off the first slide's path.
 */
import type { Model } from '../../data/types.ts';
import { applyMapState } from './applyMapState.ts';
import type { MapController } from './MapController.ts';
import { MAP_STEP_BOTH, MAP_STEP_FOCUS, readMapSteps } from './mapSteps.ts';

/** How the deck is laid out: one slide at a time, or every slide at once. */
export type MapSlidesView = 'slides' | 'scroll' | 'print';

/** Options for `makeMapSlides`. */
export interface MapSlidesOptions {
  /** How the deck is laid out. */
  readonly view: MapSlidesView;
  /** Whether the map moves without animation (reduced motion, print, `?transition=none`). */
  readonly still: boolean;
  /** Loads the model; called the first time a map or table is needed, not before. */
  readonly loadModel: () => Promise<Model>;
}

/** What the deck page hands to its steps plugin, and calls before the deck starts. */
export interface MapSlides {
  /** The sections whose fragment steps drive a map. */
  readonly selector: string;
  /** The sections to prepare when they come near: the maps and the table slide. */
  readonly nearSelector: string;
  /** Draws the maps and fills the tables that every-slide-at-once views need before they start. */
  prepare(root: ParentNode): Promise<void>;
  /** Starts loading what a near section needs; true when it changed the section's height. */
  onNear(section: HTMLElement): boolean;
  /** The map steps reached in `section`, in document order. */
  readSteps(section: HTMLElement): string[];
  /** Shows the state the reached steps mean. */
  onSteps(
    section: HTMLElement,
    reached: readonly string[],
    context: { readonly printedOnce: boolean },
  ): void;
  /** Leaves the map's explore mode and closes its tooltip when the deck leaves the slide. */
  onLeave(section: HTMLElement): void;
}

const MAP_SECTION = 'section[data-layout="map"]';
const NEAR_SECTIONS = 'section[data-layout="map"], section[data-layout="map-table"]';

/** Makes the entry point for the deck page. */
export function makeMapSlides(options: MapSlidesOptions): MapSlides {
  const maps = new WeakMap<HTMLElement, Promise<MapController | null>>();
  const layoutOf = (section: HTMLElement): HTMLElement | null =>
    section.querySelector<HTMLElement>('.map-layout');
  const loadMap = (layout: HTMLElement): Promise<MapController | null> => {
    let map = maps.get(layout);
    if (!map) {
      if (options.still) layout.dataset.motion = 'off';
      map = Promise.all([import('./mountMap.ts'), options.loadModel()]).then(([m, model]) =>
        m.mountMap(layout, model, { printed: options.view === 'print' }),
      );
      maps.set(layout, map);
    }
    return map;
  };
  return {
    selector: MAP_SECTION,
    nearSelector: NEAR_SECTIONS,
    async prepare(root) {
      if (options.view === 'slides') return;
      const [{ fillPartiesTables }, model] = await Promise.all([
        import('./fillPartiesTables.ts'),
        options.loadModel(),
      ]);
      fillPartiesTables(root, model);
      await Promise.all([...root.querySelectorAll<HTMLElement>('.map-layout')].map(loadMap));
    },
    onNear(section) {
      const layout = layoutOf(section);
      if (layout) void loadMap(layout);
      return false;
    },
    readSteps(section) {
      // The first step is no fragment: it is reached as soon as the slide is on screen.
      const reached = '[data-map-step]:not(.fragment), .fragment.visible[data-map-step]';
      return [...section.querySelectorAll<HTMLElement>(reached)].map(
        (el) => el.dataset.mapStep ?? '',
      );
    },
    onSteps(section, reached, { printedOnce }) {
      const layout = layoutOf(section);
      if (!layout) return;
      // A handout printed with one copy per slide shows the world with every convention
      // coloured: the zoom and the emphasis are for presenting.
      const steps = printedOnce
        ? reached.filter((s) => s !== MAP_STEP_BOTH && s !== MAP_STEP_FOCUS)
        : reached;
      applyMapState(layout, readMapSteps(steps));
      // A tooltip open before the step (a State clicked, then PageDown) goes at once: no
      // mouse move is needed to take it away.
      void maps.get(layout)?.then((map) => map?.closeTooltip());
    },
    onLeave(section) {
      const layout = layoutOf(section);
      if (layout) void loadMap(layout).then((map) => map?.setActive(false));
    },
  };
}
