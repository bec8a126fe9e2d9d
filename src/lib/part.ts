import { isSameView } from './isSameView.ts';
import { makeRegion } from './morph.ts';

/**
 * A part of a page: `view` derives the little it shows from the page's state (formatted
 * text, levels, ids, references to state that does not change between repaints), `render`
 * draws that view and reads nothing else, and `nextChange` says when the view can next
 * differ with the time alone. The view is therefore the part's whole key (it cannot miss a
 * field the drawing uses), and the page's one timer wakes only when a part on screen is due.
 */
export interface Part<I extends readonly unknown[], V> {
  readonly view: (...input: I) => V;
  readonly render: (view: V) => Node | null;
  /**
   * The first instant after `nowMs` (on the page's clock, epoch ms) at which `view` can
   * differ with nothing but the time moving on, such as the next second's turn of a
   * countdown; `Infinity` when only a change of state changes it.
   */
  readonly nextChange: (view: V, nowMs: number) => number;
  /**
   * For a part that ticks (a clock): brings `node`, which `render` drew for `shown`, up to
   * `view` in place and says whether it could, so that a tick sets a text instead of
   * building a node to morph. Must leave `node` as `render(view)` would draw it.
   */
  readonly patch?: (node: Node, view: V, shown: V) => boolean;
}

/** What `definePart` is given: a part's steps, `nextChange` and `patch` when it has them. */
export interface PartSpec<I extends readonly unknown[], V, N extends Node | null> {
  readonly view: (...input: I) => V;
  readonly render: (view: V) => N;
  /** See `Part.nextChange`. @defaultValue never: the view changes only with the state */
  readonly nextChange?: (view: V, nowMs: number) => number;
  /** See `Part.patch`. @defaultValue none: every change is rendered and morphed */
  readonly patch?: (node: NonNullable<N>, view: V, shown: V) => boolean;
}

/** A part's `nextChange` when only a change of state changes its view. */
function changesOnlyWithState(): number {
  return Infinity;
}

/**
 * Makes a part, with `draw` for callers that want the node at once (tests, pages drawn once).
 * @example const clock = definePart({ view: (nowMs: number) => formatClock(nowMs, zone), render: (text) => h('p', {}, text), nextChange: (_, nowMs) => nextClockChange(nowMs) });
 */
export function definePart<I extends readonly unknown[], V, N extends Node | null>(
  spec: PartSpec<I, V, N>,
): Part<I, V> & { readonly render: (view: V) => N; readonly draw: (...input: I) => N } {
  const { view, render, patch } = spec;
  return {
    view,
    render,
    nextChange: spec.nextChange ?? changesOnlyWithState,
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
  /** When the view on screen, shown at `nowMs`, can next change with the time alone (`Infinity` before the first `show`). */
  nextChange(nowMs: number): number;
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
    nextChange(nowMs) {
      return shown ? part.nextChange(shown.view, nowMs) : Infinity;
    },
  };
}
