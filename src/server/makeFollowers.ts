/**
 * The followers' side of the live server: their WebSocket endpoint, apart from the show's
 * sync endpoint, so that a follower never receives the show's document (its record,
 * messages, presence or keys). A follower says its key once; from then on it only receives
 * the deck's position, and a follower that sends anything more is closed. Each process
 * holds at most `maxFollowers`; the server tells every one of its followers each move.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  FOLLOW_CLOSE_CODES,
  parseFollowHello,
  type DeckPosition,
  type FollowRefusal,
  type FollowServerMessage,
} from '../live/followMessages.ts';

/** Options for `makeFollowers`. */
export interface FollowersOptions {
  /** Most followers this process holds at once. */
  readonly maxFollowers: number;
  /** Whether `key` is this show's follow key (as the server checks keys). */
  readonly isFollowKey: (key: string) => boolean;
  /** Called when the number of followers on this process changes. */
  readonly onCountChange?: (count: number) => void;
}

/** The followers of one process. */
export interface Followers {
  /** Takes an HTTP upgrade on the follow socket's path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Tells every follower the deck's new position (nothing when it has not changed). */
  setPosition(position: DeckPosition | null): void;
  /** Followers on this process now. */
  count(): number;
  /** Whether this process takes no more followers. */
  isFull(): boolean;
  /** Ends every follower whose key `isFollowKey` no longer takes (its link was replaced). */
  endInvalid(): void;
  /** Closes every follower's socket. */
  close(): void;
}

/** The default cap on followers per process. */
export const DEFAULT_MAX_FOLLOWERS = 2000;

/** A follower that has not said its key within this long is closed. */
const HELLO_TIMEOUT_MS = 10_000;

/** A follower's one message is a key: far below this. */
const MAX_FOLLOWER_MESSAGE_BYTES = 1024;

/** Makes the followers' endpoint (it listens on no port: the live server hands it upgrades). */
export function makeFollowers(options: FollowersOptions): Followers {
  const { maxFollowers, isFollowKey } = options;
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FOLLOWER_MESSAGE_BYTES,
    // Positions are a few dozen bytes: compressing them costs memory per socket for nothing.
    perMessageDeflate: false,
  });
  /** Each follower's socket, with the key it came with. */
  const following = new Map<WebSocket, string>();
  let position: DeckPosition | null = null;
  let positionText = JSON.stringify({ type: 'position', position } satisfies FollowServerMessage);

  const changed = (): void => options.onCountChange?.(following.size);
  const refuse = (ws: WebSocket, reason: FollowRefusal): void => {
    const answer: FollowServerMessage = { type: 'refused', reason };
    ws.send(JSON.stringify(answer), () => ws.close(FOLLOW_CLOSE_CODES[reason], reason));
  };

  const onHello = (ws: WebSocket, data: RawData, isBinary: boolean): void => {
    const hello =
      isBinary || !Buffer.isBuffer(data) ? null : parseFollowHello(data.toString('utf8'));
    if (!hello || !isFollowKey(hello.key)) {
      refuse(ws, 'invalid-key');
      return;
    }
    if (following.size >= maxFollowers) {
      refuse(ws, 'full');
      return;
    }
    following.set(ws, hello.key);
    ws.send(positionText);
    changed();
    // Followers cannot write: anything after the key ends the connection.
    ws.on('message', () => refuse(ws, 'not-allowed'));
  };

  sockets.on('connection', (ws) => {
    ws.on('error', () => ws.terminate());
    const timer = setTimeout(
      () => ws.close(FOLLOW_CLOSE_CODES['invalid-key'], 'no key'),
      HELLO_TIMEOUT_MS,
    );
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      onHello(ws, data, isBinary);
    });
    ws.on('close', () => {
      clearTimeout(timer);
      if (following.delete(ws)) changed();
    });
  });

  return {
    handleUpgrade(request, socket, head) {
      sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
    },
    setPosition(next) {
      if (next?.slideId === position?.slideId && next?.step === position?.step) return;
      position = next;
      positionText = JSON.stringify({ type: 'position', position } satisfies FollowServerMessage);
      for (const ws of following.keys()) ws.send(positionText);
    },
    endInvalid() {
      for (const [ws, key] of following) {
        if (!isFollowKey(key)) {
          following.delete(ws);
          refuse(ws, 'invalid-key');
        }
      }
      changed();
    },
    count: () => following.size,
    isFull: () => following.size >= maxFollowers,
    close() {
      for (const ws of sockets.clients) ws.terminate();
      following.clear();
      sockets.close();
    },
  };
}
