import { isSameView } from './isSameView.ts';
import { makeRegion } from './morph.ts';

/**
 * A part of a page in two steps: `view` derives the little it shows from the page's state
 * (formatted text, levels, ids, references to state that does not change between
 * repaints), and `render` draws that view and reads nothing else. The view is therefore
 * the part's whole key: it cannot miss a field the drawing uses.
 */
export interface Part<I extends readonly unknown[], V> {
  readonly view: (...input: I) => V;
  readonly render: (view: V) => Node | null;
  /**
   * For a part that ticks (a clock): brings `node`, which `render` drew for `shown`, up to
   * `view` in place and says whether it could, so that a tick sets a text instead of
   * building a node to morph. Must leave `node` as `render(view)` would draw it.
   * @defaultValue none: every change is rendered and morphed
   */
  readonly patch?: (node: Node, view: V, shown: V) => boolean;
}

/**
 * Makes a part from its two steps, with `draw` for callers that want the node at once
 * (tests, pages drawn once).
 * @example const clock = definePart((now: Instant) => formatClock(now, zone), (text) => h('p', {}, text));
 */
export function definePart<I extends readonly unknown[], V, N extends Node | null>(
  view: (...input: I) => V,
  render: (view: V) => N,
  patch?: (node: NonNullable<N>, view: V, shown: V) => boolean,
): Part<I, V> & { readonly render: (view: V) => N; readonly draw: (...input: I) => N } {
  return {
    view,
    render,
    draw: (...input) => render(view(...input)),
    // The region hands back the node `render` drew, so the cast only restores its type.
    ...(patch
      ? { patch: (node: Node, v: V, shown: V) => patch(node as NonNullable<N>, v, shown) }
      : {}),
  };
}

/** A region showing a part: `show` redraws only when the part's view changed. */
export interface PartRegion<I extends readonly unknown[]> {
  readonly element: HTMLElement;
  /** Derives the view from `input` and redraws when it differs from the one on screen; says whether it did. */
  show(...input: I): boolean;
}

/** Makes a `PartRegion` over `element`. */
export function makePartRegion<I extends readonly unknown[], V>(
  element: HTMLElement,
  part: Part<I, V>,
): PartRegion<I> {
  const region = makeRegion(element);
  let shown: { readonly view: V } | null = null;
  return {
    element,
    show(...input) {
      const view = part.view(...input);
      if (shown && isSameView(shown.view, view)) return false;
      const node = element.firstChild;
      const patched =
        shown !== null &&
        node !== null &&
        element.childNodes.length === 1 &&
        part.patch?.(node, view, shown.view) === true;
      shown = { view };
      if (!patched) region.draw(part.render(view));
      return true;
    },
  };
}
