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
 * Calls `repaint` as each second of `nowMs()` turns, so that a clock on screen
 * changes with the second. Returns a function that stops it.
 */
export function startRepaintTimer(nowMs: () => number, repaint: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = (): void => {
    const ms = nowMs();
    const delay = 1000 - (((ms % 1000) + 1000) % 1000);
    timer = setTimeout(() => {
      repaint();
      next();
    }, delay);
  };
  next();
  return () => clearTimeout(timer);
}
