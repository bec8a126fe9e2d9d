/**
 * `R` on the live deck opens the host's run-of-show with the live show, without a key in any
 * address: the deck opens the plain run-of-show in a window named `run-of-show`, which asks
 * this browser's open host run-of-show (same origin, over a BroadcastChannel) for the host's
 * key and keeps it in its own tab. When no host page is open here, it opens as a run-of-show
 * without the live show, as it always did. Engine-free, so the page asks before it loads the
 * sync engine.
 */

/** The window name the deck opens the run-of-show in (`deckViewerParts.ts`). */
export const RUN_OF_SHOW_WINDOW = 'run-of-show';

/** How long a run-of-show opened from the deck waits for a host page's answer. */
const ASK_MS = 400;

const channelName = (showId: string): string => `${showId}:live-host-key`;

interface HandoffMessage {
  readonly type: 'ask' | 'answer';
  readonly key?: string;
}

function isHandoffMessage(value: unknown): value is HandoffMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, key } = value as { type?: unknown; key?: unknown };
  return (type === 'ask' || type === 'answer') && (key === undefined || typeof key === 'string');
}

/**
 * On the host's live run-of-show: answers this browser's run-of-show windows that ask for
 * the host's key. Returns the function that stops answering.
 */
export function offerHostKey(showId: string, keyText: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName(showId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isHandoffMessage(event.data) && event.data.type === 'ask') {
      const answer: HandoffMessage = { type: 'answer', key: keyText };
      channel.postMessage(answer);
    }
  };
  return () => channel.close();
}

/**
 * In a run-of-show window the deck opened: asks for the host's key, and resolves with it, or
 * with `null` when no host page answers in time.
 */
export function askForHostKey(showId: string): Promise<string | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null);
  const channel = new BroadcastChannel(channelName(showId));
  return new Promise((resolve) => {
    const done = (key: string | null): void => {
      clearTimeout(timer);
      channel.close();
      resolve(key);
    };
    const timer = setTimeout(() => done(null), ASK_MS);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isHandoffMessage(event.data) && event.data.type === 'answer' && event.data.key) {
        done(event.data.key);
      }
    };
    const ask: HandoffMessage = { type: 'ask' };
    channel.postMessage(ask);
  });
}
