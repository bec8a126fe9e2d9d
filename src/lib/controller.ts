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

/** Starts a page's controller and marks the page ready (tests wait on `data-page-ready`). */
export function startController(controller: Controller): Controller {
  controller.render();
  controller.bind();
  controller.update();
  document.documentElement.dataset.pageReady = '1';
  return controller;
}
