/**
 * The lifecycle every page controller follows (after reveal.js's controllers): build the
 * frame once, start listening, repaint from state, and undo all of it.
 */
export interface Controller {
  /** Builds the controller's frame into its root. */
  render(): void;
  /** Starts listening: keys, buttons, channels, storage, the repaint timer. */
  bind(): void;
  /** Repaints from the clock and the state. */
  update(): void;
  /** Stops everything `bind` started and empties the root. */
  destroy(): void;
}

/** Puts `node` into `region`, unless the region already shows an equal node (so links and focus survive repaints). */
export function paint(region: Element, node: Node | null): void {
  const current = region.firstChild;
  if (node === null) {
    if (current) region.replaceChildren();
    return;
  }
  if (!current || region.childNodes.length !== 1 || !current.isEqualNode(node)) {
    region.replaceChildren(node);
  }
}

/**
 * The longest a page sleeps between repaints even when nothing it shows is due to change,
 * so that a system clock set forward or back is caught up within a minute.
 */
export const MAX_SLEEP_MS = 60_000;

/** A repaint timer: woken when the page says, rescheduled whenever the page repaints. */
export interface RepaintTimer {
  /** Sleeps until `nextMs` of the page's clock (`Infinity`: until `MAX_SLEEP_MS` from now). */
  wakeAt(nextMs: number): void;
  stop(): void;
}

/**
 * Calls `repaint` at the instant of `nowMs()` it last returned: the next instant anything
 * the page shows can change (the next second's turn while a clock with seconds is on
 * screen, the next minute's or the next boundary of the show otherwise), and at most
 * `MAX_SLEEP_MS` apart. Derived times never depend on the wake-ups being on time.
 */
export function startRepaintTimer(nowMs: () => number, repaint: () => number): RepaintTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const wakeAt = (nextMs: number): void => {
    clearTimeout(timer);
    if (stopped) return;
    const delay = Math.min(MAX_SLEEP_MS, Math.max(0, nextMs - nowMs()));
    timer = setTimeout(() => wakeAt(repaint()), delay);
  };
  return {
    wakeAt,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

function isSameShape(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) === value) continue;
    // A strict Content-Security-Policy refuses style attributes but allows the CSSOM.
    if (name === 'style' && target instanceof HTMLElement && source instanceof HTMLElement) {
      target.style.cssText = source.style.cssText;
    } else {
      target.setAttribute(name, value);
    }
  }
}

/**
 * Makes `target` look like `source` while keeping every node whose tag still matches, so
 * that a tick which changes one text (a clock's seconds) changes only that text node and
 * the browser restyles only what changed. Where shapes differ, nodes of `source` move in.
 */
export function morph(target: Node, source: Node): void {
  if (target.nodeType !== Node.ELEMENT_NODE) {
    if (target.nodeValue !== source.nodeValue) target.nodeValue = source.nodeValue;
    return;
  }
  if (target instanceof Element && source instanceof Element) morphAttributes(target, source);
  morphChildren(target, source);
}

/** Makes the children of `target` look like those of `source`, as `morph` does. */
function morphChildren(target: Node, source: Node): void {
  const have = [...target.childNodes];
  const want = [...source.childNodes];
  want.forEach((node, i) => {
    const old = have[i];
    if (!old) target.appendChild(node);
    else if (isSameShape(old, node)) morph(old, node);
    else target.replaceChild(node, old);
  });
  for (const extra of have.slice(want.length)) extra.remove();
}

/** A region of a page, repainted by morphing what it should show into what it shows. */
export interface Region {
  readonly element: HTMLElement;
  /**
   * Shows `node`: morphed into the node on screen when their shapes match, so that only
   * changed text and attributes are touched (links, focus and selection survive).
   */
  draw(node: Node | null): void;
}

/** Makes a `Region` over `element`. */
export function makeRegion(element: HTMLElement): Region {
  return {
    element,
    draw(node) {
      const current = element.firstChild;
      if (node === null) {
        if (current) element.replaceChildren();
      } else if (node instanceof DocumentFragment) {
        // Several nodes side by side (a part drawn into its parent's flow): each is morphed.
        morphChildren(element, node);
      } else if (current && element.childNodes.length === 1 && isSameShape(current, node)) {
        morph(current, node);
      } else element.replaceChildren(node);
    },
  };
}

/**
 * Whether two views are the same: equal primitives, or arrays and plain objects whose
 * entries are the same views. Anything else (a luxon DateTime, a Schedule's segments'
 * instants) is the same only when it is the same object, which is what a view holding a
 * reference to unchanged state relies on.
 */
export function isSameView(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => isSameView(x, b[i]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return keys.every((key) => key in right && isSameView(left[key], right[key]));
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

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

/** What a page controller made by `makePageController` is built from. */
export interface PageControllerOptions {
  readonly root: HTMLElement;
  /** The page's clock in milliseconds, which `update`'s answer is read on. */
  readonly nowMs: () => number;
  /** Builds the page's frame, once: the regions and controls `update` fills. */
  readonly frame: () => Node;
  /**
   * Repaints from the clock and the state, and returns the next instant of `nowMs()` at
   * which anything shown can change (`Infinity` when nothing will by itself). `timer` is
   * true when the repaint timer woke it, so only the time moved on since the last repaint;
   * a page may then skip deriving what changes only with its state.
   */
  readonly update: (timer: boolean) => number;
  /** Starts the page's own listeners (keys, channels, storage); returns how to stop each. */
  readonly listen?: () => readonly (() => void)[];
  /** Frees what the page holds besides its listeners (download URLs). */
  readonly dispose?: () => void;
}

/**
 * The one lifecycle of the run-of-show, the speaker pages and the status line: the frame
 * built once, a repaint when something shown is due to change and when the tab comes back
 * into view, the page's listeners, and all of it undone by `destroy`. Every `update` (a key,
 * a button, another window's save) also reschedules the timer from its answer.
 */
export function makePageController(options: PageControllerOptions): Controller {
  const { root } = options;
  const unbinders: (() => void)[] = [];
  let timer: RepaintTimer | null = null;
  const update = (): void => {
    const next = options.update(false);
    timer?.wakeAt(next);
  };
  return {
    render() {
      root.replaceChildren(options.frame());
    },
    bind() {
      const onVisible = (): void => {
        if (document.visibilityState === 'visible') update();
      };
      document.addEventListener('visibilitychange', onVisible);
      unbinders.push(() => document.removeEventListener('visibilitychange', onVisible));
      unbinders.push(...(options.listen?.() ?? []));
      const repaintTimer = startRepaintTimer(options.nowMs, () => options.update(true));
      timer = repaintTimer;
      // Armed by the next `update` (startController's first), from its answer.
      unbinders.push(() => {
        repaintTimer.stop();
        timer = null;
      });
    },
    update,
    destroy() {
      for (const unbind of unbinders.splice(0)) unbind();
      options.dispose?.();
      root.replaceChildren();
    },
  };
}

/** Starts a page's controller and marks the page ready (tests wait on `data-page-ready`). */
export function startController(controller: Controller): Controller {
  controller.render();
  controller.bind();
  controller.update();
  document.documentElement.dataset.pageReady = '1';
  return controller;
}
