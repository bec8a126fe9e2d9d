/**
 * The "tell me when it changes" set that the live connection, the follow connection, the
 * clock sync and the deck's clock each keep: one place for adding a listener (with the way
 * to remove it), telling them all, and letting them all go.
 */

/** A set of change listeners. */
export interface Listeners {
  /** Adds `onChange`; returns how to remove it. */
  readonly add: (onChange: () => void) => () => void;
  /** Calls every listener, in the order they were added. */
  readonly notify: () => void;
  /** Removes every listener (the thing they listen to is gone). */
  readonly clear: () => void;
}

/** Makes an empty set of change listeners. */
export function makeListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    add: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
    clear: () => listeners.clear(),
  };
}
