/**
 * Where a page stands with the live server and what the server last told it: the status, why
 * it refused the key or a request, how many people follow, the new links it made. The
 * provider's events are read into it here, each a change the page's listeners hear of, so
 * that `connectLive` only wires the engine to it.
 */
import { WebSocketStatus } from '@hocuspocus/provider';
import { parseFollowerCount } from './followMessages.ts';
import { parseLiveNewLink, parseLiveRefusal } from './liveMessages.ts';
import { makeListeners } from '../lib/listeners.ts';

/**
 * Where the page stands with the server: `connecting` before the first answer, `connected`,
 * `offline` (working from its own copy until the server answers again), or `refused` (the
 * server turned the key down; the page goes on without the live show).
 */
export type LiveStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/**
 * Why the server ended this page's connection, as it said it (`liveCloseReasons` on the
 * server): the page says it in words until it is connected again (a replaced link never is).
 */
const SERVER_CLOSE_REASONS: ReadonlySet<string> = new Set([
  'invalid-key',
  'rate-limited',
  'not-allowed',
  'document-too-large',
  'server-restarting',
]);

/** The page's standing with the server, and the provider's events that change it. */
export interface LiveState {
  readonly status: () => LiveStatus;
  /** Why the server refused the key or the last request, as it said; `null` if it did not. */
  readonly refusal: () => string | null;
  /** How many people follow the deck now, as the server last said. */
  readonly followers: () => number | null;
  /** The key of the last new link the server made for `linkName` here, or `null`. */
  readonly newLinkKey: (linkName: string) => string | null;
  /** Calls `onChange` after every change; returns how to stop. */
  readonly onChange: (onChange: () => void) => () => void;
  /** Tells the listeners that something changed (the document, the outbox). */
  readonly notify: () => void;
  /** Forgets every listener (the page's live show is destroyed). */
  readonly clear: () => void;
  /** The server refused the key: `stop` ends the line, unless the server is only restarting. */
  readonly onAuthenticationFailed: (reason: string, stop: () => void) => void;
  /** The page has the server's copy: a reason the server gave when it ended the line is over. */
  readonly onSynced: () => void;
  /** The socket closed, for the reason the server gave. */
  readonly onClose: (reason: string) => void;
  /** The socket's own status moved. */
  readonly onSocketStatus: (socketStatus: WebSocketStatus) => void;
  /** The server said something to this page alone (a count, a new link, a refused request). */
  readonly onStateless: (payload: string) => void;
  /** The page refuses a request itself (`offline-new-link`), and says why as a refusal. */
  readonly refuse: (reason: string) => void;
}

/**
 * Makes the state, `connecting`. `onRequestRefused` runs before the listeners hear that the
 * server refused a request, to drop the requests that wait (they would be refused again).
 */
export function makeLiveState(onRequestRefused: () => void): LiveState {
  const listeners = makeListeners();
  let status: LiveStatus = 'connecting';
  let refusal: string | null = null;
  let followers: number | null = null;
  const newLinks = new Map<string, string>();
  const { notify } = listeners;
  const setStatus = (next: LiveStatus): void => {
    if (status === next || status === 'refused') return;
    status = next;
    notify();
  };
  return {
    status: () => status,
    refusal: () => refusal,
    followers: () => followers,
    newLinkKey: (linkName) => newLinks.get(linkName) ?? null,
    onChange: listeners.add,
    notify,
    clear: listeners.clear,
    onAuthenticationFailed(reason, stop) {
      refusal = reason;
      if (reason === 'server-restarting') {
        // Not a refusal of the key: the server is going, and the socket with it; the page
        // connects again once it is back.
        setStatus('offline');
        notify();
        return;
      }
      setStatus('refused');
      status = 'refused';
      stop();
      notify();
    },
    onSynced() {
      if (refusal !== null && SERVER_CLOSE_REASONS.has(refusal)) refusal = null;
      setStatus('connected');
    },
    onClose(reason) {
      if (!SERVER_CLOSE_REASONS.has(reason) || status === 'refused') return;
      refusal = reason;
      setStatus('offline');
      notify();
    },
    onSocketStatus(socketStatus) {
      if (socketStatus === WebSocketStatus.Connected) return; // Connected means synced, which onSynced says.
      if (status !== 'connecting' || socketStatus === WebSocketStatus.Disconnected)
        setStatus('offline');
    },
    onStateless(payload) {
      const count = parseFollowerCount(payload);
      if (count !== null) {
        followers = count;
        notify();
        return;
      }
      const made = parseLiveNewLink(payload);
      if (made) {
        newLinks.set(made.link, made.key);
        notify();
        return;
      }
      const answer = parseLiveRefusal(payload);
      if (answer) {
        onRequestRefused();
        refusal = answer.reason;
        notify();
      }
    },
    refuse(reason) {
      refusal = reason;
      notify();
    },
  };
}
