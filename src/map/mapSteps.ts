/**
 * The fragment steps of a map slide. The `map` layout renders one fragment per step, marked
 * with `data-map-step`: one per convention (its id), then {@link MAP_STEP_BOTH}, then
 * {@link MAP_STEP_FOCUS}. This module says what a set of reached steps means.
 */

/** The step that singles out the States party to both conventions. */
export const MAP_STEP_BOTH = 'both';
/** The step that zooms to the data's focus region. */
export const MAP_STEP_FOCUS = 'focus';

/** What the map should show after the steps reached so far. */
export interface MapStepsState {
  /** Ids of the conventions whose Parties are shown. */
  readonly conventions: readonly string[];
  /** `'both'` while the States party to both are singled out. */
  readonly emphasis: 'both' | null;
  /** Whether the view is zoomed to the focus region. */
  readonly zoomed: boolean;
}

/**
 * Reads the steps reached, in order, into what the map shows. Singling out the States party
 * to both lasts only while that is the latest step.
 * @example readMapSteps(['lima', 'oslo', 'both']) // { conventions: ['lima', 'oslo'], emphasis: 'both', zoomed: false }
 */
export function readMapSteps(reached: readonly string[]): MapStepsState {
  return {
    conventions: reached.filter((s) => s !== MAP_STEP_BOTH && s !== MAP_STEP_FOCUS),
    emphasis: reached.at(-1) === MAP_STEP_BOTH ? 'both' : null,
    zoomed: reached.includes(MAP_STEP_FOCUS),
  };
}
