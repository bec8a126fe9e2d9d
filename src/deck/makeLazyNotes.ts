/**
 * reveal.js's notes plugin (the speaker view), loaded when it is first needed. With the
 * copy of marked it carries, it is 19.5 kB of gzipped JS, a quarter of what the deck
 * would otherwise load before its first slide, and neither viewers nor the first slide
 * need it (see bench/README.md).
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

/** The stand-in registered with reveal.js in place of the notes plugin. */
export interface LazyNotesPlugin extends RevealPlugin {
  /** The same id as reveal's plugin, so `deck.getPlugin('notes')` finds this one. */
  readonly id: 'notes';
  /** Loads the notes plugin if needed and opens the speaker view. */
  open(): Promise<void>;
  /** Loads and starts the notes plugin; resolves when it is listening. */
  load(): Promise<void>;
}

/** Options for `makeLazyNotes`. */
export interface LazyNotesOptions {
  /** Loads reveal's notes plugin factory. @defaultValue a dynamic import of reveal.js/plugin/notes */
  readonly importNotes?: () => Promise<() => NotesPlugin>;
  /** Schedules the load once the deck is idle. @defaultValue requestIdleCallback, else a 1 s timeout */
  readonly whenIdle?: (load: () => void) => void;
}

const defaultImport = async (): Promise<() => NotesPlugin> =>
  (await import('reveal.js/plugin/notes')).default;

const defaultWhenIdle = (load: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
};

/**
 * Makes the stand-in. It does what the notes plugin does at start-up without loading it:
 * S opens the speaker view, `?notes` opens it at once, a heartbeat from a speaker view left
 * open across a reload reconnects it, and speaker-view previews (`?receiver`) get nothing.
 * Otherwise the plugin is loaded when the deck is first idle, so that S answers at once.
 */
export function makeLazyNotes(options: LazyNotesOptions = {}): LazyNotesPlugin {
  const importNotes = options.importNotes ?? defaultImport;
  const whenIdle = options.whenIdle ?? defaultWhenIdle;
  let deck: RevealApi | undefined;
  let loading: Promise<NotesPlugin> | undefined;

  // The real plugin's init rebinds S to itself and listens for heartbeats from then on.
  const begin = async (ready: RevealApi): Promise<NotesPlugin> => {
    try {
      const notes = (await importNotes())();
      void notes.init?.(ready); // synchronous in reveal 6; typed as possibly async
      return notes;
    } catch (error) {
      loading = undefined; // so that the next S tries again
      throw error;
    }
  };
  const start = (): Promise<NotesPlugin> => {
    if (!deck) return Promise.reject(new Error('[deck] The notes plugin was used before init.'));
    if (!loading) loading = begin(deck);
    return loading;
  };
  const load = async (): Promise<void> => {
    await start();
  };
  const open = async (): Promise<void> => {
    (await start()).open();
  };
  const warn = (error: unknown): void => {
    console.warn('[deck] The speaker view could not be loaded:', error);
  };
  const onMessage = (event: MessageEvent): void => {
    if (typeof event.data !== 'string' || !event.data.includes('"reveal-notes"')) return;
    window.removeEventListener('message', onMessage);
    // The next heartbeat, a second later, reaches the real plugin's listener.
    load().catch(warn);
  };

  return {
    id: 'notes',
    init(reveal) {
      deck = reveal;
      const search = window.location.search;
      if (/receiver/i.test(search)) return;
      // The real plugin sees ?notes itself and opens the speaker view.
      if (/(\?|&)notes/i.test(search)) {
        load().catch(warn);
        return;
      }
      reveal.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, () => {
        open().catch(warn);
      });
      window.addEventListener('message', onMessage);
      // Preloaded when idle, the speaker view opens at once when the host presses S.
      whenIdle(() => {
        load().catch(warn);
      });
    },
    open,
    load,
  };
}
