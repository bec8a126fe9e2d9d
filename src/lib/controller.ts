import { startRepaintTimer, type RepaintTimer } from './repaintTimer.ts';

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

/**
 * The small base every controller class extends (the map, the sortable table, the scroll
 * region, the holding slide's countdown): `bind` makes one AbortController and hands its
 * signal to `listen`, where every listener (`addEventListener(type, fn, { signal })`) and
 * timer (`startRepaintTimer(…, signal)`) takes it, so that `unbind` and `destroy` free all of
 * it at once, with no list of listeners to keep.
 */
export abstract class ControllerBase implements Controller {
  #binding: AbortController | null = null;

  /** Builds the controller's frame. */
  abstract render(): void;

  /** Repaints from the state (and the clock). */
  abstract update(): void;

  /** Starts listening; everything started here takes `signal`, which aborts on `unbind`. */
  protected abstract listen(signal: AbortSignal): void;

  /** Undoes what `render` did, after `destroy` has stopped listening. @defaultValue nothing */
  protected clear(): void {
    // Most controllers leave their frame to the page that owns the root.
  }

  /** Starts listening (again: a second `bind` first ends the first). */
  bind(): void {
    this.unbind();
    this.#binding = new AbortController();
    this.listen(this.#binding.signal);
  }

  /** Stops every listener and timer `listen` started. */
  unbind(): void {
    this.#binding?.abort();
    this.#binding = null;
  }

  /** Stops listening and clears the frame. */
  destroy(): void {
    this.unbind();
    this.clear();
  }
}

/** Calls `fn` when `signal` aborts: for subscriptions that are not DOM listeners. */
export function onAbort(signal: AbortSignal, fn: () => void): void {
  signal.addEventListener('abort', fn, { once: true });
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
  let binding: AbortController | null = null;
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
      binding?.abort();
      binding = new AbortController();
      const { signal } = binding;
      document.addEventListener(
        'visibilitychange',
        () => {
          if (document.visibilityState === 'visible') update();
        },
        { signal },
      );
      for (const stop of options.listen?.() ?? []) onAbort(signal, stop);
      // Armed by the next `update` (startController's first), from its answer.
      timer = startRepaintTimer(options.nowMs, () => options.update(true), signal);
      onAbort(signal, () => (timer = null));
    },
    update,
    destroy() {
      binding?.abort();
      binding = null;
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
