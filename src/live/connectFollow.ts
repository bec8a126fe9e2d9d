/**
 * A follower's side of the live show: the smallest client that can follow the host's deck.
 * It opens one WebSocket to the follow socket, says its key once, then only listens for the
 * deck's position; it reconnects by itself, a little later each time, and stops for good when
 * the server refuses its key or the deck is full. No sync engine, no document, no storage: a
 * follower holds the deck's position and nothing else of the show.
 */
import {
  FOLLOW_SOCKET_NAME,
  parseFollowCloseCode,
  parseFollowServerMessage,
  type DeckPosition,
  type FollowHello,
  type FollowRefusal,
} from './followMessages.ts';
import { makeListeners } from '../lib/listeners.ts';

/** Where the follower stands with the server. */
export type FollowStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** The part of the WebSocket API the client uses: the browser's, or `ws` in Node. */
export interface FollowSocket {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onclose: ((event: { readonly code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Options for `connectFollow`. */
export interface FollowOptions {
  /** The follow socket, `ws://host/…/follow/socket`. */
  readonly url: string;
  /** The follow key, as the link carries it. */
  readonly key: string;
  /** Makes a socket: the browser's `WebSocket` by default. */
  readonly makeSocket?: (url: string) => FollowSocket;
}

/** A follower's connection. */
export interface FollowConnection {
  status(): FollowStatus;
  /** Why the server turned this follower away, once it has. */
  refusal(): FollowRefusal | null;
  /** The host's deck's position as last heard; `null` before the deck has moved. */
  position(): DeckPosition | null;
  /** Calls `onChange` after each change of the status or the position. */
  onChange(onChange: () => void): () => void;
  /** Closes the socket and stops reconnecting. */
  destroy(): void;
}

/** Waits between reconnections: short at first (a restarted server is picked up at once). */
const RETRY_MS = { first: 250, factor: 1.6, most: 5000 } as const;

/** The follow socket beside the follow page: `<page folder>/socket`, over ws: or wss:. */
export function buildFollowSocketUrl(location: Pick<Location, 'href'>): string {
  const url = new URL(FOLLOW_SOCKET_NAME, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

/** Connects and returns at once; `status()` says when the first position has come. */
export function connectFollow(options: FollowOptions): FollowConnection {
  const makeSocket =
    options.makeSocket ?? ((url: string): FollowSocket => new WebSocket(url) as FollowSocket);
  const listeners = makeListeners();
  let status: FollowStatus = 'connecting';
  let refusal: FollowRefusal | null = null;
  let position: DeckPosition | null = null;
  let socket: FollowSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let wait: number = RETRY_MS.first;
  let stopped = false;
  const { notify } = listeners;
  const setStatus = (next: FollowStatus): void => {
    if (status === next) return;
    status = next;
    notify();
  };

  const open = (): void => {
    retryTimer = null;
    if (stopped) return;
    const current = makeSocket(options.url);
    socket = current;
    current.onopen = () => {
      const hello: FollowHello = { type: 'hello', key: options.key };
      current.send(JSON.stringify(hello));
    };
    current.onmessage = ({ data }) => {
      const message = parseFollowServerMessage(data);
      if (!message) return;
      if (message.type === 'refused') {
        refuse(message.reason);
        return;
      }
      wait = RETRY_MS.first;
      const changed =
        message.position?.slideId !== position?.slideId ||
        message.position?.step !== position?.step;
      position = message.position;
      if (status !== 'connected') setStatus('connected');
      else if (changed) notify();
    };
    current.onerror = () => undefined; // A close follows every error; it decides.
    current.onclose = ({ code }) => {
      if (socket !== current) return;
      socket = null;
      const reason = parseFollowCloseCode(code);
      if (reason) {
        refuse(reason);
        return;
      }
      if (stopped || status === 'refused') return;
      setStatus('offline');
      retryTimer = setTimeout(open, wait);
      wait = Math.min(RETRY_MS.most, wait * RETRY_MS.factor);
    };
  };
  const refuse = (reason: FollowRefusal): void => {
    refusal = reason;
    stopped = true;
    socket?.close();
    setStatus('refused');
  };
  open();

  return {
    status: () => status,
    refusal: () => refusal,
    position: () => position,
    onChange: listeners.add,
    destroy() {
      stopped = true;
      listeners.clear();
      if (retryTimer !== null) clearTimeout(retryTimer);
      socket?.close();
      socket = null;
    },
  };
}
