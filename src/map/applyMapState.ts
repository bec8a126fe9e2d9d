/**
 * Shows a step of the map by setting classes on its layout element; map.css does the rest.
 * Has no d3 in it, so the page can call it before the map's code has loaded, and on the
 * printed copies of the slide, which have no controller.
 */

/** What the map shows. */
export interface MapState {
  /** Ids of the conventions whose Parties are coloured. */
  readonly conventions: readonly string[];
  /** `'both'` to single out the States party to both conventions. */
  readonly emphasis: 'both' | null;
  /** Whether the view is zoomed to the focus region. */
  readonly zoomed: boolean;
}

/**
 * Applies `state` to a map layout element (the one with `data-conventions`, the convention
 * ids in the order the map colours them).
 */
export function applyMapState(layout: HTMLElement, state: MapState): void {
  const order = (layout.dataset.conventions ?? '').split(' ').filter(Boolean);
  order.forEach((id, i) => layout.classList.toggle(`shows-${i}`, state.conventions.includes(id)));
  layout.classList.toggle('emphasis-both', state.emphasis === 'both');
  layout.classList.toggle('zoomed', state.zoomed);
  layout.dataset.mapState = [
    ...state.conventions,
    state.emphasis ?? '',
    state.zoomed ? 'zoomed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
